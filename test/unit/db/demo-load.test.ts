import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { createDemoCity } from '../../../src/shared/domain/demo/generator'
import type { Licence } from '../../../src/shared/domain/licences'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MAX_HASH_BATCH } from '../../../src/shared/contract'
import {
  batchingHasher,
  keyedHasher,
  type HolderCodeHasher
} from '../../../src/shared/domain/privacy'
import { createHolderHashService } from '../../../src/main/services/privacy/holder-hash-service'
import { createSecretStore } from '../../../src/main/services/secrets/secret-store'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import {
  loadDemoCity,
  readDemoLoadState,
  resetDemoData,
  type DemoLoadProgress
} from '../../../src/renderer/src/demo/demo-loader'
import { HOLDER_KEY_SETTING } from '../../../src/renderer/src/db/holder-key'
import { createRepositories } from '../../../src/renderer/src/db/repositories'
import { citizenId, ISSUER, LICENCE_HEADERS, personRow } from '../domain/imports/fixtures'
import { openTestDb, testRepositories } from './support'
import { auditMainFor, auditProblems } from './audit-main'

const run = { licences: 1200, seed: 'unit-demo', batchSize: 400 }
let db: WorkbenchDb | undefined
afterEach(() => db?.close())

describe('demo city load', () => {
  it('writes every table, counts and progress, and marks the load complete', async () => {
    db = await openTestDb('demo')
    const repos = testRepositories(db)
    const progress: DemoLoadProgress[] = []
    const outcome = await loadDemoCity(db, repos.audit, run, repos.context.holderHash, {
      onProgress: (p) => progress.push(p)
    })
    expect(outcome).toEqual({ status: 'complete', resumedFromBatch: 0 })
    expect(await db.licences.count()).toBe(1200)
    expect(await db.departments.count()).toBeGreaterThan(10)
    expect(await db.usageRecords.count()).toBeGreaterThan(1000)
    const byState = await repos.licences.countBy('state')
    expect([...byState.values()].reduce((a, b) => a + b, 0)).toBe(1200)
    expect(progress.filter((p) => p.phase === 'licences').map((p) => p.done)).toEqual([
      0, 400, 800, 1200
    ])
    expect(progress.at(-1)).toEqual({ phase: 'complete', done: 1200, total: 1200 })
    expect((await readDemoLoadState(db))?.status).toBe('complete')
    expect((await repos.audit.list({ limit: 10 })).map((e) => e.action)).toEqual(['demo.load'])
    // Its 用证授权 arrive in their table, as imported ones would, and nowhere else.
    const authorizations = await db.usageAuthorizations.toArray()
    expect(authorizations.length).toBeGreaterThan(50)
    expect(authorizations[0]).toMatchObject({ validFrom: '2025-01-01', validUntil: '长期' })
    expect((await db.meta.toCollection().primaryKeys()).sort()).toEqual([
      'aggregates.stamp',
      'demo.groundTruth',
      'demo.load'
    ])
  })

  it('resumes a cancelled load after its last committed batch', async () => {
    db = await openTestDb('demo-resume')
    const repos = testRepositories(db)
    const controller = new AbortController()
    const first = await loadDemoCity(db, repos.audit, run, repos.context.holderHash, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'licences' && p.done === 400) controller.abort()
      }
    })
    expect(first).toEqual({ status: 'cancelled', licencesDone: 400 })
    expect(await db.licences.count()).toBe(400)
    expect((await readDemoLoadState(db))?.status).toBe('loading')

    const second = await loadDemoCity(db, repos.audit, run, repos.context.holderHash)
    expect(second).toEqual({ status: 'complete', resumedFromBatch: 1 })
    expect(await db.licences.count()).toBe(1200)
    // Counts are not doubled by the resumed batches.
    const total = [...(await repos.licences.countBy('departmentId')).values()].reduce(
      (a, b) => a + b
    )
    expect(total).toBe(1200)
  })

  it('clears data of another run, and resetDemoData empties the city but keeps the audit log', async () => {
    db = await openTestDb('demo-reset')
    const repos = testRepositories(db)
    await loadDemoCity(db, repos.audit, { ...run, licences: 400 }, repos.context.holderHash)
    await loadDemoCity(
      db,
      repos.audit,
      { ...run, licences: 800, seed: 'other' },
      repos.context.holderHash
    )
    expect(await db.licences.count()).toBe(800)
    await resetDemoData(db, repos.audit)
    expect(await db.licences.count()).toBe(0)
    expect(await db.aggregates.count()).toBe(0)
    expect(await db.usageAuthorizations.count()).toBe(0)
    expect(await readDemoLoadState(db)).toBeUndefined()
    expect((await repos.licences.countBy('state')).size).toBe(0)
    const actions = (await repos.audit.list({ limit: 10 })).map((e) => e.action)
    expect(actions).toEqual(['demo.reset', 'demo.load', 'demo.load'])
    expect(await auditProblems(db, repos.audit.pages())).toEqual([])
  })

  it('hashes holder codes with main’s key, in batches, as imports and searches do, and keeps no key in IndexedDB', async () => {
    db = await openTestDb('demo-key')
    let tick = Date.parse('2026-11-27T01:00:00Z')
    // Wired as the app wires it: main's service behind the batching port (the RPC in the app).
    const folder = mkdtempSync(join(tmpdir(), 'demo-key-'))
    const main = createHolderHashService(createSecretStore(folder))
    const batches: number[] = []
    const holderHash = batchingHasher(async (codes) => {
      batches.push(codes.length)
      return main.hashCodes(codes)
    }, MAX_HASH_BATCH)
    const repos = createRepositories({
      db,
      actor: () => '系统管理员',
      now: () => new Date((tick += 1000)),
      holderHash,
      auditSeal: auditMainFor(db).seal
    })
    await loadDemoCity(db, repos.audit, run, holderHash)
    // One request per generator batch of persons, none over the limit.
    expect(batches.length).toBeGreaterThan(0)
    expect(batches.length).toBeLessThanOrEqual(Math.ceil(run.licences / run.batchSize))
    expect(Math.max(...batches)).toBeLessThanOrEqual(MAX_HASH_BATCH)
    expect(await db.settings.get(HOLDER_KEY_SETTING)).toBeUndefined()
    expect(JSON.stringify(await db.settings.toArray())).not.toMatch(/[0-9a-f]{64}/)

    // The stored demo licences carry the hashes main makes, not those of the key the generator
    // would derive from the seed on its own.
    const firstPerson = async (hash?: HolderCodeHasher) => {
      const city = createDemoCity({ ...run, ...(hash ? { holderHash: hash } : {}) })
      const batch = await city.batches.next()
      const licences: Licence[] = batch.done ? [] : batch.value.licences
      return licences.find((licence) => licence.holder.codeHash !== null)!
    }
    const expected = await firstPerson(keyedHasher(createSecretStore(folder).secret('holderHash')))
    expect((await db.licences.get(expected.id))?.holder.codeHash).toBe(expected.holder.codeHash)
    expect((await firstPerson()).holder.codeHash).not.toBe(expected.holder.codeHash)

    // An import hashes with the same key: the person is found by the full ID number.
    await db.departments.put(ISSUER)
    const id = citizenId('19850312', '123')
    expect(
      await repos.imports.licences(
        { headers: LICENCE_HEADERS, rows: [personRow('K0001', id)] },
        'a.csv'
      )
    ).toEqual({ ok: true, written: 1 })
    const found = await repos.licences.query({ search: id }, { limit: 5 })
    expect(found.rows.map((row) => row.number)).toEqual(['JZK0001'])
  })
})
