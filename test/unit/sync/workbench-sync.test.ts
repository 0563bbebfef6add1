import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SyncTransport } from '../../../src/shared/domain/sync/ports'
import { seedDemoLibrary } from '../../../src/library/demo-seed'
import { openLibraryStore } from '../../../src/library/store'
import {
  createHttpTransport,
  type HttpSyncTransport
} from '../../../src/main/services/sync/http-transport'
import { nodeSyncEnvironment } from '../../../src/main/services/sync/node-environment'
import { SYNC_STATE_KEY } from '../../../src/renderer/src/db/sync-store'
import { SYNC_CLIENT_KEY } from '../../../src/renderer/src/db/outbox'
import { readSyncHistory, runWorkbenchSync } from '../../../src/renderer/src/features/sync/sync-run'
import { openTestDb, testRepositories } from '../db/support'
import { startLibrary, type RunningLibrary } from '../library/support'

/**
 * 同步 as the app's worker runs it: the engine over the working copy in IndexedDB, then the run
 * in the 同步 page's history and in the keyed 审计日志. A user pausing the first sync must find
 * it resumed, not restarted; a fault must be said and recorded; 重新同步 must fetch everything
 * again.
 */
const env = { ...nodeSyncEnvironment, sleep: async () => undefined }
let library: RunningLibrary
let transport: HttpSyncTransport
let libraryRows: number

beforeAll(async () => {
  const store = openLibraryStore()
  const seeded = await seedDemoLibrary(store, {
    licences: 2000,
    seed: 'workbench-sync',
    rowsPerPart: 1000
  })
  libraryRows = seeded.snapshot.parts.reduce((sum, part) => sum + part.rows, 0)
  library = await startLibrary({ store })
  transport = createHttpTransport({ server: library.url })
}, 60_000)

afterAll(async () => {
  await transport?.close()
  await library?.close()
})

async function workingCopy(label: string) {
  const db = await openTestDb(label)
  return { db, repos: testRepositories(db, '张三（审计员）') }
}

describe('a sync run of the working copy', () => {
  it('bootstraps every row, keeps a client id, and records the run in the history and the audit log', async () => {
    const { db, repos } = await workingCopy('workbench-sync-first')
    const phases = new Set<string>()
    const outcome = await runWorkbenchSync({
      db,
      audit: repos.audit,
      holderHash: repos.context.holderHash,
      transport,
      env,
      onProgress: (progress) => phases.add(progress.phase),
      now: () => new Date('2026-12-03T06:00:00Z')
    })
    expect(outcome).toMatchObject({ status: 'complete', report: { bootstrapped: true } })
    expect(outcome.status === 'complete' && outcome.report.snapshotRows).toBe(libraryRows)
    expect(await db.licences.count()).toBe(2000)
    expect(phases).toEqual(new Set(['info', 'bootstrap', 'push', 'pull']))
    const clientId = (await db.meta.get(SYNC_CLIENT_KEY))?.value
    expect(clientId).toMatch(/^ws-[0-9a-f-]{36}$/)
    expect(await readSyncHistory(db)).toEqual([
      expect.objectContaining({
        at: '2026-12-03T06:00:00.000Z',
        status: 'complete',
        bootstrapped: true,
        snapshotRows: libraryRows,
        error: null
      })
    ])
    const entry = await db.auditLog.orderBy('seq').last()
    expect(entry).toMatchObject({
      action: 'sync.run',
      actor: '张三（审计员）',
      target: 'sync',
      details: { syncOutcome: 'complete', bootstrapped: true, snapshotRows: libraryRows }
    })

    // A second run pulls from the cursor: nothing new, nothing fetched twice, same client.
    const again = await runWorkbenchSync({
      db,
      audit: repos.audit,
      holderHash: repos.context.holderHash,
      transport,
      env
    })
    expect(again).toMatchObject({ status: 'complete', report: { bootstrapped: false } })
    expect((await db.meta.get(SYNC_CLIENT_KEY))?.value).toBe(clientId)
    expect(await readSyncHistory(db)).toHaveLength(2)
    db.close()
  }, 60_000)

  it('pauses a first sync and resumes it where it stopped, without writing a row twice', async () => {
    const { db, repos } = await workingCopy('workbench-sync-pause')
    const controller = new AbortController()
    const paused = await runWorkbenchSync({
      db,
      audit: repos.audit,
      holderHash: repos.context.holderHash,
      transport,
      env,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.phase === 'bootstrap' && progress.done >= 1) controller.abort()
      }
    })
    expect(paused).toEqual({ status: 'cancelled' })
    const stopped = (await db.meta.get(SYNC_STATE_KEY))?.value as {
      cursor: number | null
      bootstrap: { partsDone: number }
    }
    expect(stopped.cursor).toBeNull()
    expect(stopped.bootstrap.partsDone).toBeGreaterThanOrEqual(1)
    const partial = await db.licences.count()
    expect(partial).toBeLessThan(2000)

    const resumed = await runWorkbenchSync({
      db,
      audit: repos.audit,
      holderHash: repos.context.holderHash,
      transport,
      env
    })
    expect(resumed.status).toBe('complete')
    // Only the rows not yet written came in the resumed run.
    expect(resumed.status === 'complete' && resumed.report.snapshotRows).toBeLessThan(libraryRows)
    expect(await db.licences.count()).toBe(2000)
    expect((await readSyncHistory(db)).map((run) => run.status)).toEqual(['complete', 'cancelled'])
    db.close()
  }, 60_000)

  it('says and records a fault, and 重新同步 fetches everything again, audited', async () => {
    const { db, repos } = await workingCopy('workbench-sync-fault')
    const down: SyncTransport = createHttpTransport({ server: 'http://127.0.0.1:9' })
    const failed = await runWorkbenchSync({
      db,
      audit: repos.audit,
      holderHash: repos.context.holderHash,
      transport: down,
      env
    })
    expect(failed).toMatchObject({
      status: 'failed',
      kind: 'network',
      error: { code: 'sync.fault.network' }
    })
    expect(await readSyncHistory(db)).toEqual([
      expect.objectContaining({
        status: 'failed',
        error: expect.objectContaining({ code: 'sync.fault.network' })
      })
    ])
    expect(await db.auditLog.orderBy('seq').last()).toMatchObject({
      action: 'sync.run',
      details: { syncOutcome: 'failed', faultKind: 'network' }
    })

    await runWorkbenchSync({
      db,
      audit: repos.audit,
      holderHash: repos.context.holderHash,
      transport,
      env
    })
    // Rows lost here (a profile restored from an old backup): only a fresh bootstrap brings them.
    await db.licences.clear()
    const resynced = await runWorkbenchSync({
      db,
      audit: repos.audit,
      holderHash: repos.context.holderHash,
      transport,
      env,
      resync: true
    })
    expect(resynced).toMatchObject({ status: 'complete', report: { bootstrapped: true } })
    expect(await db.licences.count()).toBe(2000)
    const actions = (await db.auditLog.orderBy('seq').toArray()).map((entry) => entry.action)
    expect(actions.slice(-2)).toEqual(['sync.resync', 'sync.run'])
    db.close()
  }, 60_000)
})
