import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibraryStore } from '../../../src/library/store'
import {
  createHttpTransport,
  type HttpSyncTransport
} from '../../../src/main/services/sync/http-transport'
import { nodeSyncEnvironment } from '../../../src/main/services/sync/node-environment'
import { SYNC_CLIENT_KEY } from '../../../src/renderer/src/db/outbox'
import { runWorkbenchSync } from '../../../src/renderer/src/features/sync/sync-run'
import { auditMainFor } from '../db/audit-main'
import { openTestDb, testRepositories } from '../db/support'
import { startLibrary, type RunningLibrary } from '../library/support'

/**
 * The head of each workstation's 审计日志 goes to the library to witness (存证). Main's keyed
 * chain already shows a rewrite made without main's key; what the library holds shows one made
 * with it, or by anyone who took the workstation whole: 校验完整性 must name the entry.
 */
const env = { ...nodeSyncEnvironment, sleep: async () => undefined }
let library: RunningLibrary
let transport: HttpSyncTransport

beforeAll(async () => {
  library = await startLibrary({ store: openLibraryStore() })
  transport = createHttpTransport({ server: library.url })
})

afterAll(async () => {
  await transport?.close()
  await library?.close()
})

async function workstation(label: string) {
  const db = await openTestDb(label)
  const repos = testRepositories(db, '王五（审计员）')
  const sync = () =>
    runWorkbenchSync({
      db,
      audit: repos.audit,
      holderHash: repos.context.holderHash,
      transport,
      env
    })
  /** Something worth auditing: a holder's name shown unmasked. */
  const unmask = () =>
    repos.audit.recordChange(
      [db.meta],
      { action: 'privacy.unmask', target: 'licence:lic-1', details: { field: 'holderName' } },
      async () => undefined
    )
  const clientId = async () => (await db.meta.get(SYNC_CLIENT_KEY))?.value as string
  const heads = async () => {
    const id = await clientId()
    return library.store
      .liveIds('auditHeads')
      .filter((headId) => headId.startsWith(`ah-${id}-`))
      .map((headId) => library.store.get('auditHeads', headId)?.data)
      .sort((a, b) => Number(a?.['seq']) - Number(b?.['seq']))
  }
  return { db, repos, sync, unmask, heads, clientId }
}

describe('the audit head witnessed by the library', () => {
  it('is sent when the log moved, each head kept apart, and not for the sync run alone', async () => {
    const ws = await workstation('witness-send')
    await ws.sync()
    await ws.sync()
    // Nothing happened but the runs themselves: nothing to witness.
    expect(await ws.heads()).toEqual([])

    await ws.unmask()
    const first = await ws.db.auditLog.orderBy('seq').last()
    expect(await ws.sync()).toMatchObject({ report: { pushed: { applied: 1 } } })
    expect(await ws.heads()).toEqual([
      expect.objectContaining({
        clientId: await ws.clientId(),
        seq: first?.seq,
        hash: first?.hash,
        mac: first?.mac
      })
    ])
    expect(await ws.sync()).toMatchObject({ report: { pushed: { applied: 0 } } })

    await ws.unmask()
    const second = await ws.db.auditLog.orderBy('seq').last()
    await ws.sync()
    const heads = await ws.heads()
    expect(heads.map((head) => head?.['seq'])).toEqual([first?.seq, second?.seq])
    expect(heads[0]).toMatchObject({ hash: first?.hash })
    // The feed brings the heads back into the working copy, where 校验完整性 reads them.
    await ws.sync()
    expect(await ws.db.auditHeads.count()).toBe(2)
    expect(await ws.repos.audit.witnessProblems()).toEqual([])
    ws.db.close()
  }, 60_000)

  it('校验完整性 names an entry rewritten after it was witnessed, and a log cut before a witnessed head', async () => {
    const ws = await workstation('witness-check')
    const other = await workstation('witness-other')
    await ws.sync()
    await ws.unmask()
    const witnessed = (await ws.db.auditLog.orderBy('seq').last())!
    await ws.sync()
    await ws.sync()
    expect(await ws.db.auditHeads.count()).toBeGreaterThanOrEqual(1)

    // Another workstation holds this one's heads too, and is not judged by them.
    await other.unmask()
    await other.sync()
    await other.sync()
    expect(await other.repos.audit.witnessProblems()).toEqual([])

    // Rewritten with a hash and keyed code of the attacker's own: only the witness can tell.
    await ws.db.auditLog.update(witnessed.seq, { hash: 'e'.repeat(64), mac: 'f'.repeat(64) })
    expect(await ws.repos.audit.witnessProblems()).toEqual([
      expect.objectContaining({
        seq: witnessed.seq,
        kind: 'edited',
        code: 'audit.chain.witness.changed'
      })
    ])
    const outcome = await auditMainFor(ws.db).check(ws.repos.audit.pages(), () =>
      ws.repos.audit.witnessProblems()
    )
    expect(outcome.workbench.ok).toBe(false)
    expect(outcome.workbench.problems.map((problem) => problem.code)).toContain(
      'audit.chain.witness.changed'
    )

    await ws.db.auditLog.where('seq').aboveOrEqual(witnessed.seq).delete()
    expect(await ws.repos.audit.witnessProblems()).toEqual([
      expect.objectContaining({
        seq: witnessed.seq,
        kind: 'truncated',
        code: 'audit.chain.witness.missing'
      })
    ])
    ws.db.close()
    other.db.close()
  }, 60_000)
})
