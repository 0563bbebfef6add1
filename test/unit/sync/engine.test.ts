import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openLibraryStore, type LibraryStore } from '../../../src/library/store'
import { createLibraryServer } from '../../../src/library/server'
import { seedDemoLibrary } from '../../../src/library/demo-seed'
import { startWriter } from '../../../src/library/writer'
import type { Fault, LibraryRoute } from '../../../src/library/faults'
import { runSync, type SyncRunOptions } from '../../../src/shared/domain/sync/engine'
import { SyncFailure } from '../../../src/shared/domain/sync/faults'
import type { SyncEnvironment, SyncTransport } from '../../../src/shared/domain/sync/ports'
import { LIBRARY_TABLES, type Mutation } from '../../../src/shared/domain/sync/protocol'
import {
  createHttpTransport,
  type HttpSyncTransport
} from '../../../src/main/services/sync/http-transport'
import { nodeSyncEnvironment } from '../../../src/main/services/sync/node-environment'
import { MemoryStore } from '../domain/sync/memory-store'

/**
 * The engine against the real reference library over a real socket: what a user would notice is
 * whether the working copy equals the library afterwards, whatever broke on the way.
 */
let library: LibraryStore
let server: FastifyInstance
let url: string
let transport: HttpSyncTransport
/** Faults planned per route, consumed one per request. */
const planned = new Map<LibraryRoute, Fault[]>()
const waits: number[] = []

const env: SyncEnvironment = {
  ...nodeSyncEnvironment,
  // Backoff is asserted, not slept: the test records the waits the engine asks for.
  sleep: async (ms, signal) => {
    if (signal?.aborted) throw new Error('aborted')
    waits.push(ms)
  },
  random: () => 0.5
}

function plan(route: LibraryRoute, ...faults: Fault[]): void {
  planned.set(route, [...(planned.get(route) ?? []), ...faults])
}

function options(store: MemoryStore, extra: Partial<SyncRunOptions> = {}): SyncRunOptions {
  return { clientId: 'ws-1', transport, store, env, pageSize: 300, ...extra }
}

/** The working copy equals the library: every table's live rows, ids and revisions. */
function expectMirrors(store: MemoryStore): void {
  for (const table of LIBRARY_TABLES) {
    const local = store.live(table)
    const remote = library.liveRows(table)
    expect(local.size, table).toBe(remote.length)
    for (const row of remote) expect(local.get(row.id)?.rev, `${table}/${row.id}`).toBe(row.rev)
  }
  expect(store.state?.cursor).toBe(library.info().headSeq)
}

beforeAll(async () => {
  library = openLibraryStore()
  await seedDemoLibrary(library, { licences: 600, seed: 'engine-test' })
  library.buildSnapshot(900)
  server = createLibraryServer({
    store: library,
    logger: false,
    faults: (route) => planned.get(route)?.shift() ?? null
  })
  await server.listen({ port: 0, host: '127.0.0.1' })
  const address = server.server.address()
  if (typeof address !== 'object' || address === null) throw new Error('no address')
  url = `http://127.0.0.1:${address.port}`
  transport = createHttpTransport({ server: url, timeouts: { headersMs: 2000 } })
}, 60_000)

afterAll(async () => {
  await transport.close()
  await server.close()
  library.close()
})

beforeEach(() => {
  planned.clear()
  waits.length = 0
})

describe('a first sync (bootstrap) and the next ones', () => {
  it('mirrors every table from the snapshot, in several parts, and sets the cursor to the head', async () => {
    const store = new MemoryStore()
    const report = await runSync(options(store))
    expect(report.bootstrapped).toBe(true)
    expect(library.info().snapshot.parts.length).toBeGreaterThan(1)
    expectMirrors(store)
    expect([...store.snapshotWrites.values()].every((n) => n === 1)).toBe(true)
  })

  it('then pulls only what the issuers changed meanwhile, deletions included', async () => {
    const store = new MemoryStore()
    await runSync(options(store))
    const writer = startWriter(library, { seed: 'engine-writer', tickMs: 60_000 })
    const changed = writer.tick() + writer.tick()
    writer.stop()
    expect(changed).toBeGreaterThan(0)
    const report = await runSync(options(store))
    expect(report.bootstrapped).toBe(false)
    expect(report.pulledItems).toBe(changed)
    expectMirrors(store)
  })
})

describe('faults on the wire end in a retry, never in a half-applied page', () => {
  it('a page dropped mid-body, a corrupt page and a 503 with Retry-After are fetched again', async () => {
    const store = new MemoryStore()
    await runSync(options(store))
    const writer = startWriter(library, { seed: 'faults', tickMs: 60_000 })
    for (let i = 0; i < 6; i++) writer.tick()
    writer.stop()
    plan(
      'changes',
      { kind: 'dropMidBody' },
      { kind: 'corruptBody' },
      { kind: 'unavailable', retryAfterSeconds: 2 },
      { kind: 'dropBeforeHeaders' }
    )
    const report = await runSync(options(store))
    expectMirrors(store)
    expect(report.retries.network).toBe(2)
    expect(report.retries.corrupt).toBe(1)
    expect(report.retries.unavailable).toBe(1)
    expect(waits).toContain(2000)
  })

  it('a snapshot part that arrives damaged is fetched again and applied once', async () => {
    plan('snapshotPart', { kind: 'corruptBody' }, { kind: 'dropMidBody' })
    const store = new MemoryStore()
    const report = await runSync(options(store))
    expectMirrors(store)
    expect(report.retries.corrupt).toBe(1)
    expect([...store.snapshotWrites.values()].every((n) => n === 1)).toBe(true)
  })

  it('gives up after the attempts allowed, with the cursor where the last whole page left it', async () => {
    const store = new MemoryStore()
    await runSync(options(store))
    const cursor = store.state?.cursor
    const writer = startWriter(library, { seed: 'give-up', tickMs: 60_000 })
    writer.tick()
    writer.stop()
    plan('changes', ...Array.from({ length: 3 }, () => ({ kind: 'corruptBody' }) as Fault))
    const failure = await runSync(options(store, { maxAttempts: 3 })).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(SyncFailure)
    expect((failure as SyncFailure).fault.message.code).toBe('sync.fault.checksum')
    expect(store.state?.cursor).toBe(cursor)
    await runSync(options(store))
    expectMirrors(store)
  })
})

describe('a client that stops anywhere resumes without losing or doubling a row', () => {
  it('a crash inside a page transaction leaves the cursor at the page before', async () => {
    const store = new MemoryStore()
    await runSync(options(store))
    const writer = startWriter(library, {
      seed: 'crash-page',
      tickMs: 60_000,
      fractionPerTick: 0.5
    })
    for (let i = 0; i < 8; i++) writer.tick()
    writer.stop()
    const before = store.state?.cursor ?? 0
    store.crashOn('applyPage', 2)
    await expect(runSync(options(store))).rejects.toThrow('planted crash')
    const after = store.state?.cursor ?? 0
    expect(after).toBeGreaterThan(before)
    expect(after).toBeLessThan(library.info().headSeq)
    await runSync(options(store))
    expectMirrors(store)
  })

  it('a crash in the middle of a bootstrap resumes at the row after the last commit', async () => {
    const store = new MemoryStore()
    store.crashOn('applySnapshotRows', 2)
    await expect(runSync(options(store))).rejects.toThrow('planted crash')
    expect(store.state?.cursor).toBeNull()
    const report = await runSync(options(store))
    expect(report.bootstrapped).toBe(true)
    expectMirrors(store)
    expect([...store.snapshotWrites.values()].every((n) => n === 1)).toBe(true)
  })

  it('cancelling stops between pages and the next run finishes the job', async () => {
    const store = new MemoryStore()
    const controller = new AbortController()
    const failure = await runSync(
      options(store, {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === 'bootstrap' && p.done === 1) controller.abort()
        }
      })
    ).catch((e: unknown) => e)
    expect((failure as SyncFailure).fault.kind).toBe('cancelled')
    await runSync(options(store))
    expectMirrors(store)
  })
})

describe('the library moves on: 410 and a new epoch', () => {
  it('a cursor older than what the library keeps bootstraps again', async () => {
    const store = new MemoryStore()
    await runSync(options(store))
    const writer = startWriter(library, { seed: 'retain', tickMs: 60_000, fractionPerTick: 0.1 })
    expect(writer.tick()).toBeGreaterThan(0)
    writer.stop()
    library.buildSnapshot(900)
    const head = library.info().headSeq
    expect(library.setRetainFromSeq(head)).toEqual({ ok: true })
    const report = await runSync(options(store))
    expect(report.bootstrapped).toBe(true)
    expectMirrors(store)
  })

  it('a library on another protocol is refused with a message that names both versions', async () => {
    const store = new MemoryStore()
    const older: SyncTransport = {
      ...transport,
      info: async () => {
        const body = await transport.info()
        const info = JSON.parse(body.text) as Record<string, unknown>
        return { text: JSON.stringify({ ...info, protocol: 2 }), sha256: null }
      }
    }
    const failure = await runSync(options(store, { transport: older })).catch((e: unknown) => e)
    expect((failure as SyncFailure).fault.message).toEqual({
      code: 'sync.fault.serverProtocol',
      params: { server: 2, client: 1 }
    })
  })
})

describe('the bureau’s records travel as mutations, once', () => {
  function notice(n: number, clientSeq: number): Mutation {
    return {
      mutationId: `m-${n}`,
      clientSeq,
      table: 'notices',
      op: 'create',
      id: `notice-${n}`,
      baseRev: 0,
      payload: { id: `notice-${n}`, documentNumber: null, issuedOn: '2026-12-02' }
    }
  }

  it('creates get a 发文字号 from the library; an answer lost after commit is not a second notice', async () => {
    const store = new MemoryStore()
    await runSync(options(store))
    store.outbox = [notice(1, 1), notice(2, 2), notice(3, 3)]
    plan('mutations', { kind: 'commitThenDrop' })
    const report = await runSync(options(store))
    expect(store.outbox).toEqual([])
    // The resent batch is answered from the library's receipt: three notices, not six.
    expect(report.pushed.applied + report.pushed.duplicate).toBe(3)
    expect(report.retries.network).toBe(1)
    expect(library.counts().notices).toBe(3)
    const numbers = ['notice-1', 'notice-2', 'notice-3'].map(
      (id) => library.get('notices', id)?.data.documentNumber
    )
    // GB/T 9704-2012 §7.2.4: 发文机关代字〔年份〕序号号, numbered from 1 without leading zeros.
    expect(numbers).toEqual(['许数管〔2026〕1号', '许数管〔2026〕2号', '许数管〔2026〕3号'])
    expect(store.live('notices').get('notice-1')?.data?.documentNumber).toBe(numbers[0])
  })

  it('an update made on an old revision is a conflict: the library’s version wins, the local one is kept aside', async () => {
    const store = new MemoryStore()
    await runSync(options(store))
    const current = library.get('notices', 'notice-1')
    expect(current).not.toBeNull()
    store.outbox = [
      {
        mutationId: 'm-stale',
        clientSeq: 10,
        table: 'notices',
        op: 'update',
        id: 'notice-1',
        baseRev: (current?.rev ?? 1) - 1 || 99,
        payload: { id: 'notice-1', note: 'local edit' }
      }
    ]
    const report = await runSync(options(store))
    expect(report.pushed.conflict).toBe(1)
    expect(store.conflicts).toHaveLength(1)
    expect(store.conflicts[0]?.library?.documentNumber).toBe(current?.data.documentNumber)
  })
})

describe('digests find and repair what a page could not', () => {
  it('a row the working copy got wrong is fetched again by its bucket', async () => {
    const store = new MemoryStore()
    await runSync(options(store))
    const [id, row] = [...store.live('licences')][0] ?? []
    if (!id || !row) throw new Error('no licence')
    store.rows.set(`licences/${id}`, { ...row, rev: row.rev + 7 })
    const report = await runSync(options(store, { verify: true }))
    expect(report.repaired.licences).toBe(1)
    expectMirrors(store)
  })
})
