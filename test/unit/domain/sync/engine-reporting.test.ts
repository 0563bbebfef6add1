import { describe, expect, it } from 'vitest'
import { gunzipSync } from 'node:zlib'
import { DigestAccumulator } from '../../../../src/shared/domain/sync/digest'
import { runSync, type SyncProgress } from '../../../../src/shared/domain/sync/engine'
import { SyncFailure, syncFault } from '../../../../src/shared/domain/sync/faults'
import type { SyncEnvironment } from '../../../../src/shared/domain/sync/ports'
import { checkPage } from '../../../../src/shared/domain/sync/pull'
import type { ChangeItem, Mutation } from '../../../../src/shared/domain/sync/protocol'
import { MemoryStore } from './memory-store'
import { ScriptedTransport } from './scripted-transport'

/**
 * What a sync run tells the person running it: the progress it shows, the counts it reports,
 * the fault it ends with, and that a cancel is honoured and reported as a cancel.
 */
const env: SyncEnvironment = {
  sleep: async () => undefined,
  random: () => 0.5,
  gunzip: async (bytes) => new Uint8Array(gunzipSync(bytes))
}

async function failure(promise: Promise<unknown>): Promise<SyncFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  if (!(error instanceof SyncFailure))
    throw new Error(`expected a SyncFailure, got ${String(error)}`)
  return error
}

function synced(store: MemoryStore, cursor: number): void {
  store.state = { datasetId: 'dataset-a', epoch: 1, cursor, bootstrap: null }
}

function mutation(n: number, table: Mutation['table'] = 'dispositions'): Mutation {
  return {
    mutationId: `m${n}`,
    clientSeq: n,
    table,
    op: 'create',
    id: `d${n}`,
    baseRev: 0,
    payload: {}
  }
}

function upsert(seq: number, id: string): ChangeItem {
  return { seq, table: 'licences', op: 'upsert', id, rev: 1, data: { id } }
}

describe('the library’s info, refused', () => {
  it('another protocol and a newer minimum client are protocol faults, not retried', async () => {
    const other = new ScriptedTransport({ protocol: 2 })
    const newer = new ScriptedTransport({ minClientProtocol: 2 })
    const otherError = await failure(
      runSync({ clientId: 'ws', transport: other, store: new MemoryStore(), env })
    )
    const newerError = await failure(
      runSync({ clientId: 'ws', transport: newer, store: new MemoryStore(), env })
    )
    expect(otherError.fault.kind).toBe('protocol')
    expect(newerError.fault.kind).toBe('protocol')
    expect(newerError.fault.message.code).toBe('sync.fault.clientTooOld')
    expect(newer.calls).toEqual(['info'])
  })
})

describe('progress', () => {
  it('counts the mutations the library has answered, whatever the answer', async () => {
    const library = new ScriptedTransport()
    const store = new MemoryStore()
    synced(store, 0)
    store.outbox = [mutation(1), mutation(2), mutation(3), mutation(4)]
    library.mutationAnswers.push({
      results: [
        { mutationId: 'm1', status: 'applied', rev: 1 },
        { mutationId: 'm2', status: 'duplicate', rev: 1 },
        { mutationId: 'm3', status: 'conflict', rev: 4, record: { id: 'd3' } },
        {
          mutationId: 'm4',
          status: 'rejected',
          error: {
            code: 'sync.rejected.unknownRecord',
            params: { table: 'dispositions', id: 'd4' }
          }
        }
      ],
      lastClientSeq: 4
    })
    const progress: SyncProgress[] = []
    const report = await runSync({
      clientId: 'ws',
      transport: library,
      store,
      env,
      onProgress: (p) => progress.push(p)
    })
    expect(report.pushed).toEqual({ applied: 1, duplicate: 1, conflict: 1, rejected: 1 })
    expect(progress).toEqual([
      { phase: 'info', done: 0, total: null },
      { phase: 'push', done: 0, total: null },
      { phase: 'push', done: 4, total: null },
      { phase: 'pull', done: 0, total: null },
      { phase: 'push', done: 0, total: null }
    ])
  })

  it('counts the mutations answered so far across batches', async () => {
    const library = new ScriptedTransport()
    const store = new MemoryStore()
    synced(store, 0)
    store.outbox = [mutation(1), mutation(2)]
    const refused = syncFault('refused', 'sync.fault.refused', { status: 400, reason: 'bad' })
    // Refused as a whole, then sent one by one: one answer each.
    library.mutationAnswers.push(
      refused,
      { results: [{ mutationId: 'm1', status: 'applied', rev: 1 }], lastClientSeq: 1 },
      { results: [{ mutationId: 'm2', status: 'duplicate', rev: 1 }], lastClientSeq: 2 }
    )
    const progress: SyncProgress[] = []
    await runSync({
      clientId: 'ws',
      transport: library,
      store,
      env,
      onProgress: (p) => progress.push(p)
    })
    expect(progress.filter((p) => p.phase === 'push').map((p) => p.done)).toEqual([0, 1, 2, 0])
  })

  it('counts the six library tables through the digest check', async () => {
    const library = new ScriptedTransport({ headSeq: 0 })
    const store = new MemoryStore()
    synced(store, 0)
    const empty = new DigestAccumulator().buckets()
    // The library's tables (SYNC.md scope): departments, catalog, usage authorizations,
    // licences, usage records, objections.
    for (const table of [
      'departments',
      'catalog',
      'usageAuthorizations',
      'licences',
      'usageRecords',
      'objections'
    ] as const) {
      library.digests.set(table, { table, headSeq: 0, count: 0, buckets: empty })
    }
    const progress: SyncProgress[] = []
    const report = await runSync({
      clientId: 'ws',
      transport: library,
      store,
      env,
      verify: true,
      onProgress: (p) => progress.push(p)
    })
    expect(report.repaired).toEqual({})
    expect(progress.filter((p) => p.phase !== 'verify').map((p) => p.phase)).toEqual([
      'info',
      'push',
      'pull',
      'push'
    ])
    expect(progress.slice(4)).toEqual(
      [0, 1, 2, 3, 4, 5, 6].map((done) => ({ phase: 'verify', done, total: 6 }))
    )
  })
})

describe('a pull-only run (an offline package)', () => {
  it('leaves the outbox alone: nothing sent, nothing counted, no push shown', async () => {
    const library = new ScriptedTransport()
    const store = new MemoryStore()
    synced(store, 0)
    store.outbox = [mutation(1)]
    const progress: SyncProgress[] = []
    const report = await runSync({
      clientId: 'ws',
      transport: library,
      store,
      env,
      pullOnly: true,
      onProgress: (p) => progress.push(p)
    })
    expect(library.sentBatches).toEqual([])
    expect(store.outbox.map((m) => m.mutationId)).toEqual(['m1'])
    expect(report.pushed).toEqual({ applied: 0, duplicate: 0, conflict: 0, rejected: 0 })
    expect(progress.map((p) => p.phase)).toEqual(['info', 'pull'])
  })
})

describe('the outbox, when the library says no', () => {
  it('keeps a mutation the library rejects aside with the library’s reason', async () => {
    const library = new ScriptedTransport()
    const store = new MemoryStore()
    synced(store, 0)
    store.outbox = [{ ...mutation(1, 'licences'), op: 'update', id: 'lic-1', baseRev: 3 }]
    library.mutationAnswers.push({
      results: [
        {
          mutationId: 'm1',
          status: 'rejected',
          error: { code: 'sync.rejected.readOnlyTable', params: { table: 'licences' } }
        }
      ],
      lastClientSeq: 1
    })
    const report = await runSync({ clientId: 'ws', transport: library, store, env })
    expect(report.pushed.rejected).toBe(1)
    expect(store.outbox).toEqual([])
    expect(store.rejected.map((r) => [r.mutation.mutationId, r.error])).toEqual([
      ['m1', { code: 'sync.rejected.readOnlyTable', params: { table: 'licences' } }]
    ])
  })

  it.each([
    ['the workstation is not let in (403)', syncFault('auth', 'sync.fault.auth', { status: 403 })],
    [
      'the library stays unavailable',
      syncFault('unavailable', 'sync.fault.unavailable', { status: 503 })
    ]
  ])('ends the run and keeps the mutation when %s', async (_, fault) => {
    const library = new ScriptedTransport()
    const store = new MemoryStore()
    synced(store, 0)
    store.outbox = [mutation(1)]
    library.mutationAnswers.push(fault, fault)
    const error = await failure(
      runSync({ clientId: 'ws', transport: library, store, env, maxAttempts: 2 })
    )
    expect(error.fault.kind).toBe(fault.fault.kind)
    expect(store.outbox.map((m) => m.mutationId)).toEqual(['m1'])
    expect(store.rejected).toEqual([])
  })

  it('a library that answers none of the batch is a refusal, not something to retry', async () => {
    const library = new ScriptedTransport()
    const store = new MemoryStore()
    synced(store, 0)
    store.outbox = [mutation(1)]
    library.mutationAnswers.push({
      results: [{ mutationId: 'other', status: 'applied', rev: 1 }],
      lastClientSeq: 1
    })
    const error = await failure(runSync({ clientId: 'ws', transport: library, store, env }))
    expect(error.fault.kind).toBe('refused')
    expect(library.sentBatches).toHaveLength(1)
  })
})

describe('a page of another epoch', () => {
  it('is a resync fault that says the epoch changed', () => {
    const page = { epoch: 2, items: [], next: 10, hasMore: false, headSeq: 10 }
    let error: unknown
    try {
      checkPage(page, 10, 1)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(SyncFailure)
    const fault = (error as SyncFailure).fault
    expect(fault.kind).toBe('resync')
    expect(fault.message.code).toBe('sync.fault.resync')
    expect(fault.message.params?.reason).toMatch(/epoch/)
  })
})

describe('cancelling during a run', () => {
  it('a page that arrives after the cancel is not applied', async () => {
    const library = new ScriptedTransport({ headSeq: 12 })
    library.pages.set(10, {
      epoch: 1,
      items: [upsert(11, 'a'), upsert(12, 'b')],
      next: 12,
      hasMore: false,
      headSeq: 12
    })
    const controller = new AbortController()
    const changes = library.changes.bind(library)
    library.changes = async (query) => {
      const body = await changes(query)
      controller.abort()
      return body
    }
    const store = new MemoryStore()
    synced(store, 10)
    const error = await failure(
      runSync({ clientId: 'ws', transport: library, store, env, signal: controller.signal })
    )
    expect(error.fault.kind).toBe('cancelled')
    expect(store.state?.cursor).toBe(10)
    expect(store.live('licences').size).toBe(0)
  })

  it('a cancel during the last page ends the run as cancelled, not as a finished sync', async () => {
    const library = new ScriptedTransport({ headSeq: 12 })
    library.pages.set(10, {
      epoch: 1,
      items: [upsert(11, 'a'), upsert(12, 'b')],
      next: 12,
      hasMore: false,
      headSeq: 12
    })
    const controller = new AbortController()
    const store = new MemoryStore()
    synced(store, 10)
    const error = await failure(
      runSync({
        clientId: 'ws',
        transport: library,
        store,
        env,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === 'pull') controller.abort()
        }
      })
    )
    expect(error.fault.kind).toBe('cancelled')
    // What was written before the cancel stays (sync.fault.cancelled).
    expect(store.state?.cursor).toBe(12)
  })
})
