import 'fake-indexeddb/auto'
import { createHmac } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoLibrary } from '../../../src/library/demo-seed'
import { openLibraryStore } from '../../../src/library/store'
import { runCli } from '../../../src/cli/index'
import {
  createHttpTransport,
  type HttpSyncTransport
} from '../../../src/main/services/sync/http-transport'
import { nodeSyncEnvironment } from '../../../src/main/services/sync/node-environment'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import { runWorkbenchSync } from '../../../src/renderer/src/features/sync/sync-run'
import {
  borrowHolderHash,
  lendHolderHash
} from '../../../src/renderer/src/workers/holder-hash-relay'
import { keyedHasher } from '../../../src/shared/domain/privacy'
import { openTestDb, TEST_HOLDER_KEY, testRepositories } from '../db/support'
import { citizenId, COMPANY_USCC } from '../domain/imports/fixtures'
import { startLibrary, type RunningLibrary } from '../library/support'

/**
 * A library of record (GB/T 36906) sends a natural person's 公民身份号码 whole. The workbench
 * must keep none of them as it came (个人信息最小化): the stored code is masked, and only main's
 * keyed hash lets an exact search find the licence. Expected hashes are computed here with
 * Node's HMAC, not with the product's hasher.
 */
const env = { ...nodeSyncEnvironment, sleep: async () => undefined }
const PERSON = citizenId('19800307', '123')
const PERSON_AS_ORG = citizenId('19751212', '456')
const PERSON_IN_NUMBER = citizenId('19900101', '789')
const LATER_PERSON = citizenId('20010203', '246')

let library: RunningLibrary
let transport: HttpSyncTransport
const ids: string[] = []

function hmac(code: string): string {
  return createHmac('sha256', TEST_HOLDER_KEY).update(code).digest('hex')
}

/** Everything the working copy keeps, as one text to search for a raw number. */
async function everythingKept(db: WorkbenchDb): Promise<string> {
  const tables = await Promise.all(db.tables.map((table) => table.toArray()))
  return JSON.stringify(tables)
}

function withHolder(id: string, holder: Record<string, unknown>, number?: string) {
  const row = library.store.get('licences', id)
  if (!row) throw new Error(`no licence ${id} in the seeded library`)
  const data = row.data as { holder: Record<string, unknown>; number: string }
  return {
    ...data,
    id,
    holder: { ...data.holder, ...holder },
    ...(number === undefined ? {} : { number })
  }
}

beforeAll(async () => {
  const store = openLibraryStore()
  await seedDemoLibrary(store, { licences: 60, seed: 'personal-data-ingest' })
  library = await startLibrary({ store })
  ids.push(...store.liveIds('licences').slice(0, 4))
  const [person, personAsOrg, company, numbered] = ids as [string, string, string, string]
  store.upsertMany('licences', [
    withHolder(person, {
      category: 'naturalPerson',
      codeType: '111',
      code: PERSON,
      codeHash: null
    }),
    withHolder(personAsOrg, {
      category: 'organization',
      codeType: '099',
      code: PERSON_AS_ORG,
      codeHash: null
    }),
    withHolder(company, {
      category: 'organization',
      codeType: '001',
      code: COMPANY_USCC,
      codeHash: null
    }),
    withHolder(numbered, {}, `驾驶证 ${PERSON_IN_NUMBER}`)
  ])
  // Bootstrapping clients read these rows from the snapshot, not only from the change feed.
  store.buildSnapshot()
  transport = createHttpTransport({ server: library.url })
}, 60_000)

afterAll(async () => {
  await transport?.close()
  await library?.close()
})

describe('personal data from a library of record', () => {
  it('keeps ID numbers masked with main’s keyed hash, finds them by the full number, and leaves organisations alone', async () => {
    const db = await openTestDb('personal-data-ingest')
    const repos = testRepositories(db)
    const sync = () =>
      runWorkbenchSync({
        db,
        audit: repos.audit,
        holderHash: repos.context.holderHash,
        transport,
        env
      })
    expect(await sync()).toMatchObject({ status: 'complete', report: { bootstrapped: true } })
    const [person, personAsOrg, company, numbered] = ids as [string, string, string, string]

    const stored = await db.licences.bulkGet([person, personAsOrg, company, numbered])
    expect(stored[0]?.holder).toMatchObject({
      code: `${PERSON.slice(0, 4)}${'*'.repeat(12)}${PERSON.slice(-2)}`,
      codeHash: hmac(PERSON)
    })
    expect(stored[1]?.holder).toMatchObject({ codeHash: hmac(PERSON_AS_ORG) })
    expect(stored[1]?.holder.code).not.toContain(PERSON_AS_ORG.slice(4, 16))
    expect(stored[2]?.holder).toMatchObject({ code: COMPANY_USCC, codeHash: null })
    expect(stored[3]?.number).toBe(
      `驾驶证 ${PERSON_IN_NUMBER.slice(0, 4)}${'*'.repeat(12)}${PERSON_IN_NUMBER.slice(-2)}`
    )
    expect(stored[3]?.personalIdHashes).toContain(hmac(PERSON_IN_NUMBER))

    // The change feed passes the same gate: a licence issued after the bootstrap.
    library.store.upsertMany('licences', [
      withHolder(company, {
        category: 'naturalPerson',
        codeType: '111',
        code: LATER_PERSON,
        codeHash: null
      })
    ])
    expect(await sync()).toMatchObject({ status: 'complete', report: { pulledItems: 1 } })
    expect((await db.licences.get(company))?.holder.codeHash).toBe(hmac(LATER_PERSON))

    const kept = await everythingKept(db)
    for (const raw of [PERSON, PERSON_AS_ORG, PERSON_IN_NUMBER, LATER_PERSON]) {
      expect(kept).not.toContain(raw)
    }
    for (const [raw, id] of [
      [PERSON, person],
      [PERSON_IN_NUMBER, numbered],
      [LATER_PERSON, company]
    ] as const) {
      const found = await repos.licences.query({ search: raw }, { limit: 5 })
      expect(found.rows.map((row) => row.id)).toContain(id)
    }
    db.close()
  }, 60_000)

  it('repairs a deleted row through the same gate when the digests are compared', async () => {
    const db = await openTestDb('personal-data-repair')
    const repos = testRepositories(db)
    const sync = (verify = false) =>
      runWorkbenchSync({
        db,
        audit: repos.audit,
        holderHash: repos.context.holderHash,
        transport,
        env,
        verify
      })
    await sync()
    const person = ids[0] as string
    await db.licences.delete(person)
    expect(await sync(true)).toMatchObject({ status: 'complete' })
    expect((await db.licences.get(person))?.holder.codeHash).toBe(hmac(PERSON))
    expect(await everythingKept(db)).not.toContain(PERSON)
    db.close()
  }, 60_000)

  it('the headless mirror keeps the codes masked and no hash (it holds no key)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mirror-personal-'))
    try {
      const code = await runCli(['sync', 'pull', '--server', library.url, '--out', dir], {
        cwd: dir,
        out: () => undefined,
        err: () => undefined
      })
      expect(code).toBe(0)
      const files = await readdir(dir)
      const text = (
        await Promise.all(files.map((name) => readFile(join(dir, name), 'utf8').catch(() => '')))
      ).join('\n')
      expect(text).toContain(`${PERSON.slice(0, 4)}${'*'.repeat(12)}${PERSON.slice(-2)}`)
      for (const raw of [PERSON, PERSON_AS_ORG, PERSON_IN_NUMBER, LATER_PERSON]) {
        expect(text).not.toContain(raw)
      }
      expect(text).not.toContain(hmac(PERSON))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 60_000)
})

describe('main’s holder hash lent to the sync worker', () => {
  it('answers a burst of codes in batches with main’s hashes, and says when main cannot hash', async () => {
    const asked: number[] = []
    const main = keyedHasher(TEST_HOLDER_KEY)
    const worker = borrowHolderHash(
      lendHolderHash(async (code) => {
        asked.push(1)
        return main(code)
      })
    )
    const codes = [PERSON, PERSON_AS_ORG, PERSON_IN_NUMBER]
    expect(await Promise.all(codes.map((code) => worker(code)))).toEqual(codes.map(hmac))
    expect(asked).toHaveLength(3)

    const refusing = borrowHolderHash(
      lendHolderHash(() => Promise.reject(new Error('main is locked')))
    )
    await expect(refusing(PERSON)).rejects.toMatchObject({
      code: 'privacy.error.hashUnavailable'
    })
  })
})
