import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibraryStore, type LibraryStore } from '../../../src/library/store'
import { createLibraryServer } from '../../../src/library/server'
import { seedDemoLibrary } from '../../../src/library/demo-seed'
import { startWriter } from '../../../src/library/writer'
import { runSync, type SyncRunOptions } from '../../../src/shared/domain/sync/engine'
import { differingBuckets } from '../../../src/shared/domain/sync/digest'
import type { SyncEnvironment } from '../../../src/shared/domain/sync/ports'
import { LIBRARY_TABLES } from '../../../src/shared/domain/sync/protocol'
import {
  createHttpTransport,
  type HttpSyncTransport
} from '../../../src/main/services/sync/http-transport'
import { nodeSyncEnvironment } from '../../../src/main/services/sync/node-environment'
import { DexieSyncStore, SYNC_STATE_KEY } from '../../../src/renderer/src/db/sync-store'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import { openTestDb } from './support'

/**
 * The working copy (Dexie, in fake-indexeddb) synced from the real reference library: the tables
 * the views read equal the library's, the count cube agrees with the rows, and a page that fails
 * half-way leaves nothing of itself behind.
 */
let library: LibraryStore
let server: FastifyInstance
let transport: HttpSyncTransport

const env: SyncEnvironment = { ...nodeSyncEnvironment, sleep: async () => undefined }

function options(db: WorkbenchDb, store = new DexieSyncStore(db)): SyncRunOptions {
  return { clientId: 'ws-dexie', transport, store, env, pageSize: 250 }
}

async function expectMirrors(db: WorkbenchDb): Promise<void> {
  const store = new DexieSyncStore(db)
  for (const table of LIBRARY_TABLES) {
    expect(await db.table(table).count(), table).toBe(library.counts()[table])
    const remote = library.digest(table).buckets
    expect(differingBuckets(await store.digest(table), remote), table).toEqual([])
  }
  const cube = await db.aggregates.toArray()
  expect(cube.reduce((sum, cell) => sum + cell.count, 0)).toBe(await db.licences.count())
  const state = (await db.meta.get(SYNC_STATE_KEY))?.value as { cursor: number }
  expect(state.cursor).toBe(library.info().headSeq)
}

class CrashingStore extends DexieSyncStore {
  crashes = 1
  protected override beforeCursorWrite(): void {
    if (this.crashes-- > 0) throw new Error('planted crash after the rows, before the cursor')
  }
}

beforeAll(async () => {
  library = openLibraryStore()
  await seedDemoLibrary(library, { licences: 400, seed: 'dexie-store' })
  library.buildSnapshot(700)
  server = createLibraryServer({ store: library, logger: false })
  await server.listen({ port: 0, host: '127.0.0.1' })
  const address = server.server.address()
  if (typeof address !== 'object' || address === null) throw new Error('no address')
  transport = createHttpTransport({ server: `http://127.0.0.1:${address.port}` })
}, 60_000)

afterAll(async () => {
  await transport.close()
  await server.close()
  library.close()
})

describe('the working copy synced from the library', () => {
  it('holds every table of the library after a bootstrap, with the cube in step', async () => {
    const db = await openTestDb('sync-bootstrap')
    const report = await runSync(options(db))
    expect(report.bootstrapped).toBe(true)
    await expectMirrors(db)
  })

  it('takes status changes and deletions, and the cube follows them', async () => {
    const db = await openTestDb('sync-changes')
    await runSync(options(db))
    const writer = startWriter(library, {
      seed: 'dexie-writer',
      tickMs: 60_000,
      fractionPerTick: 0.2,
      tombstoneShare: 0.3
    })
    writer.tick()
    writer.tick()
    writer.stop()
    await runSync(options(db))
    await expectMirrors(db)
  })

  it('a page that fails inside its transaction leaves neither rows nor cursor behind', async () => {
    const db = await openTestDb('sync-crash')
    await runSync(options(db))
    const writer = startWriter(library, {
      seed: 'dexie-crash',
      tickMs: 60_000,
      fractionPerTick: 0.1
    })
    writer.tick()
    writer.stop()
    const before = (await db.meta.get(SYNC_STATE_KEY))?.value as { cursor: number }
    const revsBefore = new Map((await db.licences.toArray()).map((l) => [l.id, l.rev]))
    const crashing = new CrashingStore(db)
    await expect(runSync(options(db, crashing))).rejects.toThrow('planted crash')
    const after = (await db.meta.get(SYNC_STATE_KEY))?.value as { cursor: number }
    expect(after.cursor).toBe(before.cursor)
    const revsAfter = new Map((await db.licences.toArray()).map((l) => [l.id, l.rev]))
    expect(revsAfter).toEqual(revsBefore)
    await runSync(options(db, crashing))
    await expectMirrors(db)
  })

  it('keeps the outbox and the 冲突 list through a new bootstrap', async () => {
    const db = await openTestDb('sync-outbox')
    await runSync(options(db))
    await db.syncConflicts.put({
      mutationId: 'm-old',
      table: 'notices',
      status: 'rejected',
      mutation: {
        mutationId: 'm-old',
        clientSeq: 1,
        table: 'notices',
        op: 'create',
        id: 'n-old',
        baseRev: 0,
        payload: {}
      },
      library: null,
      error: { code: 'sync.rejected.example', params: {} }
    })
    await db.outbox.put({
      mutationId: 'm-waiting',
      clientSeq: 2,
      table: 'dispositions',
      op: 'create',
      id: 'd-1',
      baseRev: 0,
      payload: { id: 'd-1' }
    })
    await new DexieSyncStore(db).startBootstrap({
      datasetId: 'x',
      epoch: 1,
      cursor: null,
      bootstrap: null
    })
    expect(await db.licences.count()).toBe(0)
    expect(await db.aggregates.count()).toBe(0)
    expect(await db.syncConflicts.count()).toBe(1)
    expect(await db.outbox.count()).toBe(1)
    await runSync(options(db))
    await expectMirrors(db)
    // The waiting change was sent on the next run and the library took it.
    expect(await db.outbox.count()).toBe(0)
    expect(library.get('dispositions', 'd-1')).not.toBeNull()
  })
})
