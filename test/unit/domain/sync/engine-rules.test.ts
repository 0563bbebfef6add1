import { describe, expect, it } from 'vitest'
import { gunzipSync } from 'node:zlib'
import { runSync, type SyncProgress } from '../../../../src/shared/domain/sync/engine'
import { SyncFailure, syncFault } from '../../../../src/shared/domain/sync/faults'
import { DigestAccumulator } from '../../../../src/shared/domain/sync/digest'
import type { SyncEnvironment } from '../../../../src/shared/domain/sync/ports'
import type { ChangeItem, Mutation, SnapshotRow } from '../../../../src/shared/domain/sync/protocol'
import { MemoryStore } from './memory-store'
import { ScriptedTransport } from './scripted-transport'

/**
 * The engine's decisions, one by one, against a library the test plays answer by answer: when to
 * bootstrap, which pages it refuses, how it sends the outbox, when it gives up.
 */
const waits: number[] = []
const env: SyncEnvironment = {
  sleep: async (ms) => {
    waits.push(ms)
  },
  random: () => 0.5,
  gunzip: async (bytes) => new Uint8Array(gunzipSync(bytes))
}

function row(id: string, rev = 1, seq = 1): SnapshotRow {
  return { table: 'licences', id, rev, seq, data: { id, rev } }
}

function upsert(seq: number, id: string, rev = 1): ChangeItem {
  return { seq, table: 'licences', op: 'upsert', id, rev, data: { id, rev } }
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

function synced(store: MemoryStore, cursor: number, state: Partial<MemoryStore['state']> = {}) {
  store.state = { datasetId: 'dataset-a', epoch: 1, cursor, bootstrap: null, ...state }
}

describe('when the engine bootstraps', () => {
  it('bootstraps a store that never synced, part by part, and sets the cursor to the snapshot', async () => {
    const library = new ScriptedTransport({ headSeq: 5 })
    library.snapshot('snap-1', 5, [[row('a'), row('b')], [row('c')]])
    const store = new MemoryStore()
    const report = await runSync({ clientId: 'ws', transport: library, store, env })
    expect(report.bootstrapped).toBe(true)
    expect(report.snapshotRows).toBe(3)
    expect(library.calls.filter((c) => c.startsWith('part'))).toEqual([
      'part snap-1 0',
      'part snap-1 1'
    ])
    expect([...store.live('licences').keys()].sort()).toEqual(['a', 'b', 'c'])
    expect(store.state?.cursor).toBe(5)
    expect(library.calls).toContain('changes 5')
  })

  it('pulls from its cursor when the dataset, the epoch and the retained history still match', async () => {
    const library = new ScriptedTransport({ retainFromSeq: 7 })
    library.snapshot('snap-1', 9, [[row('a')]])
    const store = new MemoryStore()
    synced(store, 7)
    const report = await runSync({ clientId: 'ws', transport: library, store, env })
    expect(report.bootstrapped).toBe(false)
    expect(library.calls.some((c) => c.startsWith('part'))).toBe(false)
    expect(library.calls).toContain('changes 7')
  })

  it.each([
    ['another dataset', { datasetId: 'dataset-b' }, 7],
    ['another epoch', { epoch: 2 }, 7],
    ['a cursor the library no longer keeps', {}, 6]
  ])('bootstraps again on %s', async (_, info, cursor) => {
    const library = new ScriptedTransport({ retainFromSeq: 7, ...info })
    library.snapshot('snap-2', 9, [[row('x')]])
    const store = new MemoryStore()
    synced(store, cursor)
    store.rows.set('licences/old', { rev: 1, deleted: false, data: {} })
    const report = await runSync({ clientId: 'ws', transport: library, store, env })
    expect(report.bootstrapped).toBe(true)
    expect([...store.live('licences').keys()]).toEqual(['x'])
    expect(store.state?.cursor).toBe(9)
  })

  it('resumes an interrupted bootstrap of the same snapshot at the row after the last commit', async () => {
    const library = new ScriptedTransport()
    library.snapshot('snap-1', 3, [
      [row('a'), row('b')],
      [row('c'), row('d'), row('e')]
    ])
    const store = new MemoryStore()
    synced(store, null as unknown as number, {
      cursor: null,
      bootstrap: { snapshotId: 'snap-1', snapshotSeq: 3, partsDone: 1, rowsDone: 1 }
    })
    const report = await runSync({ clientId: 'ws', transport: library, store, env })
    expect(library.calls.filter((c) => c.startsWith('part'))).toEqual(['part snap-1 1'])
    expect(report.snapshotRows).toBe(2)
    expect([...store.snapshotWrites.keys()].sort()).toEqual(['licences/d', 'licences/e'])
  })

  it('starts over when the interrupted bootstrap was of another snapshot', async () => {
    const library = new ScriptedTransport()
    library.snapshot('snap-2', 3, [[row('a')], [row('b')]])
    const store = new MemoryStore()
    synced(store, 0, {
      cursor: null,
      bootstrap: { snapshotId: 'snap-1', snapshotSeq: 2, partsDone: 1, rowsDone: 0 }
    })
    await runSync({ clientId: 'ws', transport: library, store, env })
    expect(library.calls.filter((c) => c.startsWith('part'))).toEqual([
      'part snap-2 0',
      'part snap-2 1'
    ])
  })

  it('refuses a part whose bytes do not match the digest the info announced', async () => {
    const library = new ScriptedTransport()
    library.snapshot('snap-1', 1, [[row('a')]])
    const part = library.info_.snapshot.parts[0]
    if (part) part.sha256 = '0'.repeat(64)
    const store = new MemoryStore()
    const error = await failure(
      runSync({ clientId: 'ws', transport: library, store, env, maxAttempts: 2 })
    )
    expect(error.fault.message.code).toBe('sync.fault.checksum')
    expect(store.live('licences').size).toBe(0)
  })
})

describe('pages the engine refuses rather than apply', () => {
  const cases: [string, ChangeItem[], number, boolean][] = [
    ['items not in rising sequence', [upsert(12, 'a'), upsert(11, 'b')], 12, false],
    ['an item at the cursor itself', [upsert(10, 'a')], 10, false],
    ['a next that is not the last item', [upsert(11, 'a')], 15, false],
    ['more promised after an empty page', [], 10, true]
  ]
  it.each(cases)('%s', async (_, items, next, hasMore) => {
    const library = new ScriptedTransport({ headSeq: 20 })
    library.pages.set(10, { epoch: 1, items, next, hasMore, headSeq: 20 })
    const store = new MemoryStore()
    synced(store, 10)
    const error = await failure(
      runSync({ clientId: 'ws', transport: library, store, env, maxAttempts: 3 })
    )
    expect(error.fault.message.code).toBe('sync.fault.order')
    expect(library.calls.filter((c) => c === 'changes 10')).toHaveLength(3)
    expect(store.state?.cursor).toBe(10)
    expect(store.live('licences').size).toBe(0)
  })

  it('applies a well-formed chain of pages and moves the cursor page by page', async () => {
    const library = new ScriptedTransport({ headSeq: 13 })
    library.pages.set(10, {
      epoch: 1,
      items: [upsert(11, 'a'), upsert(12, 'b')],
      next: 12,
      hasMore: true,
      headSeq: 13
    })
    library.pages.set(12, {
      epoch: 1,
      items: [upsert(13, 'a', 2)],
      next: 13,
      hasMore: false,
      headSeq: 13
    })
    const store = new MemoryStore()
    synced(store, 10)
    const progress: SyncProgress[] = []
    const report = await runSync({
      clientId: 'ws',
      transport: library,
      store,
      env,
      onProgress: (p) => progress.push(p)
    })
    expect(report).toMatchObject({ pulledItems: 3, cursor: 13, headSeq: 13, bootstrapped: false })
    expect(store.live('licences').get('a')?.rev).toBe(2)
    expect(progress.filter((p) => p.phase === 'pull').map((p) => p.done)).toEqual([2, 3])
    expect(progress.map((p) => p.phase)).toEqual(['info', 'push', 'pull', 'pull', 'push'])
  })

  it('a page of another epoch bootstraps once; a second one in the same run ends it', async () => {
    const library = new ScriptedTransport({ headSeq: 13 })
    library.snapshot('snap-1', 10, [[row('a')]])
    library.pages.set(10, { epoch: 2, items: [], next: 10, hasMore: false, headSeq: 13 })
    const store = new MemoryStore()
    synced(store, 10)
    const error = await failure(runSync({ clientId: 'ws', transport: library, store, env }))
    expect(error.fault.kind).toBe('resync')
    expect(library.calls.filter((c) => c.startsWith('part'))).toEqual(['part snap-1 0'])
  })
})

describe('the library’s info', () => {
  it('is refused when the library speaks another protocol or wants a newer client', async () => {
    const other = new ScriptedTransport({ protocol: 2 })
    const newer = new ScriptedTransport({ minClientProtocol: 2 })
    const store = new MemoryStore()
    expect(
      (await failure(runSync({ clientId: 'ws', transport: other, store, env }))).fault.message
    ).toEqual({
      code: 'sync.fault.serverProtocol',
      params: { server: 2, client: 1 }
    })
    expect(
      (await failure(runSync({ clientId: 'ws', transport: newer, store, env }))).fault.message.code
    ).toBe('sync.fault.clientTooOld')
    expect(other.calls).toEqual(['info'])
  })

  it('is fetched again when its checksum is wrong, up to the attempts allowed, waiting between', async () => {
    const library = new ScriptedTransport()
    const original = library.info.bind(library)
    library.info = async () => ({ ...(await original()), sha256: 'f'.repeat(64) })
    waits.length = 0
    const error = await failure(
      runSync({ clientId: 'ws', transport: library, store: new MemoryStore(), env, maxAttempts: 4 })
    )
    expect(error.fault.message.code).toBe('sync.fault.checksum')
    expect(library.calls).toEqual(['info', 'info', 'info', 'info'])
    // random() = 0.5: half of 0.5 s, 1 s, 2 s.
    expect(waits).toEqual([250, 500, 1000])
  })

  it('is not retried when the failure is not transient', async () => {
    const library = new ScriptedTransport()
    library.info = async () => {
      library.calls.push('info')
      throw syncFault('auth', 'sync.fault.auth', { status: 403 })
    }
    await failure(runSync({ clientId: 'ws', transport: library, store: new MemoryStore(), env }))
    expect(library.calls).toEqual(['info'])
  })

  it('stops before the next attempt when cancelled while waiting', async () => {
    const library = new ScriptedTransport()
    library.info = async () => {
      library.calls.push('info')
      throw syncFault('unavailable', 'sync.fault.unavailable', { status: 503 })
    }
    const controller = new AbortController()
    const cancelling: SyncEnvironment = {
      ...env,
      sleep: async () => {
        controller.abort()
        throw new Error('aborted')
      }
    }
    const error = await failure(
      runSync({
        clientId: 'ws',
        transport: library,
        store: new MemoryStore(),
        env: cancelling,
        signal: controller.signal
      })
    )
    expect(error.fault.kind).toBe('cancelled')
    expect(library.calls).toEqual(['info'])
  })
})

describe('the outbox', () => {
  function mutation(n: number): Mutation {
    return {
      mutationId: `m${n}`,
      clientSeq: n,
      table: 'dispositions',
      op: 'create',
      id: `d${n}`,
      baseRev: 0,
      payload: {}
    }
  }

  it('is sent in clientSeq order under a key made of its mutation ids, and emptied by the answers', async () => {
    const library = new ScriptedTransport()
    const store = new MemoryStore()
    synced(store, 0)
    store.outbox = [mutation(1), mutation(2), mutation(3)]
    library.mutationAnswers.push({
      results: [
        { mutationId: 'm1', status: 'applied', rev: 1 },
        { mutationId: 'm2', status: 'duplicate', rev: 1 },
        { mutationId: 'm3', status: 'conflict', rev: 4, record: { id: 'd3' } }
      ],
      lastClientSeq: 3
    })
    const report = await runSync({ clientId: 'ws', transport: library, store, env })
    // printf 'ws\nm1\nm2\nm3' | sha256sum
    expect(library.sentBatches[0]?.key).toBe(
      'd4088e6ba917fc47209ae59c8e36fe9f7142c83ea0bbd8ffb5a9f3d723b6324d'
    )
    expect(library.sentBatches[0]?.batch.mutations.map((m) => m.clientSeq)).toEqual([1, 2, 3])
    expect(report.pushed).toEqual({ applied: 1, duplicate: 1, conflict: 1, rejected: 0 })
    expect(store.outbox).toEqual([])
    expect(store.conflicts.map((c) => c.mutation.mutationId)).toEqual(['m3'])
  })

  it('goes in batches of at most 500', async () => {
    const library = new ScriptedTransport()
    const store = new MemoryStore()
    synced(store, 0)
    store.outbox = Array.from({ length: 501 }, (_, i) => mutation(i + 1))
    const answer = (from: number, to: number) => ({
      results: Array.from({ length: to - from + 1 }, (_, i) => ({
        mutationId: `m${from + i}`,
        status: 'applied' as const,
        rev: 1
      })),
      lastClientSeq: to
    })
    library.mutationAnswers.push(answer(1, 500), answer(501, 501))
    await runSync({ clientId: 'ws', transport: library, store, env })
    expect(library.sentBatches.map((s) => s.batch.mutations.length)).toEqual([500, 1])
  })

  it('a batch refused as a whole is sent again one by one; the bad one is set aside with its reason', async () => {
    const library = new ScriptedTransport()
    const store = new MemoryStore()
    synced(store, 0)
    store.outbox = [mutation(1), mutation(2)]
    const refused = syncFault('refused', 'sync.fault.refused', { status: 400, reason: 'bad' })
    library.mutationAnswers.push(
      refused,
      { results: [{ mutationId: 'm1', status: 'applied', rev: 1 }], lastClientSeq: 1 },
      refused
    )
    const report = await runSync({ clientId: 'ws', transport: library, store, env })
    expect(library.sentBatches.map((s) => s.batch.mutations.map((m) => m.mutationId))).toEqual([
      ['m1', 'm2'],
      ['m1'],
      ['m2']
    ])
    expect(report.pushed).toEqual({ applied: 1, duplicate: 0, conflict: 0, rejected: 1 })
    expect(store.rejected[0]?.error).toEqual({
      code: 'sync.fault.refused',
      params: { status: 400, reason: 'bad' }
    })
    expect(store.outbox).toEqual([])
  })

  it('stops when the library answers none of what was sent, keeping the outbox', async () => {
    const library = new ScriptedTransport()
    const store = new MemoryStore()
    synced(store, 0)
    store.outbox = [mutation(1)]
    library.mutationAnswers.push({
      results: [{ mutationId: 'other', status: 'applied', rev: 1 }],
      lastClientSeq: 1
    })
    const error = await failure(runSync({ clientId: 'ws', transport: library, store, env }))
    expect(error.fault.message.code).toBe('sync.fault.unanswered')
    expect(store.outbox).toHaveLength(1)
  })

  it('a transient failure of the push is retried with the same key and the same batch', async () => {
    const library = new ScriptedTransport()
    const store = new MemoryStore()
    synced(store, 0)
    store.outbox = [mutation(1)]
    library.mutationAnswers.push(syncFault('network', 'sync.fault.network', { reason: 'reset' }), {
      results: [{ mutationId: 'm1', status: 'applied', rev: 1 }],
      lastClientSeq: 1
    })
    await runSync({ clientId: 'ws', transport: library, store, env })
    expect(library.sentBatches).toHaveLength(2)
    expect(library.sentBatches[0]?.key).toBe(library.sentBatches[1]?.key)
  })
})

describe('the digest check', () => {
  it('fetches again only the buckets that differ, and only at the same head', async () => {
    const library = new ScriptedTransport({ headSeq: 0 })
    const store = new MemoryStore()
    synced(store, 0)
    store.rows.set('licences/a', { rev: 1, deleted: false, data: { id: 'a' } })
    const remote = new DigestAccumulator()
    remote.add('a', 2)
    const empty = new DigestAccumulator().buckets()
    for (const table of [
      'departments',
      'catalog',
      'usageAuthorizations',
      'licences',
      'usageRecords',
      'objections'
    ] as const) {
      library.digests.set(table, {
        table,
        headSeq: 0,
        count: table === 'licences' ? 1 : 0,
        buckets: table === 'licences' ? remote.buckets() : empty
      })
    }
    // `printf 'a' | sha256sum` starts with ca: bucket 202.
    library.records_.set('licences/202', [{ id: 'a', rev: 2, seq: 0, data: { id: 'a' } }])
    const report = await runSync({ clientId: 'ws', transport: library, store, env, verify: true })
    expect(report.repaired).toEqual({ licences: 1 })
    expect(library.calls.filter((c) => c.startsWith('records'))).toEqual(['records licences 202'])
    expect(store.live('licences').get('a')?.rev).toBe(2)

    const moved = new ScriptedTransport({ headSeq: 0 })
    moved.digests.set('departments', { table: 'departments', headSeq: 5, count: 0, buckets: empty })
    const again = await runSync({ clientId: 'ws', transport: moved, store, env, verify: true })
    expect(again.repaired).toEqual({})
    expect(moved.calls.filter((c) => c.startsWith('digest'))).toEqual(['digest departments'])
  })
})
