import 'fake-indexeddb/auto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibraryStore, type LibraryStore } from '../../../src/library/store'
import { createLibraryServer } from '../../../src/library/server'
import { seedDemoLibrary } from '../../../src/library/demo-seed'
import { startWriter, type Writer } from '../../../src/library/writer'
import type { Fault, LibraryRoute } from '../../../src/library/faults'
import { runSync, type SyncReport } from '../../../src/shared/domain/sync/engine'
import { differingBuckets } from '../../../src/shared/domain/sync/digest'
import type { SyncEnvironment } from '../../../src/shared/domain/sync/ports'
import { LIBRARY_TABLES, type Mutation } from '../../../src/shared/domain/sync/protocol'
import {
  createHttpTransport,
  type HttpSyncTransport
} from '../../../src/main/services/sync/http-transport'
import { nodeSyncEnvironment } from '../../../src/main/services/sync/node-environment'
import { openWorkbenchDb, type WorkbenchDb } from '../../../src/renderer/src/db/database'
import { DexieSyncStore, SYNC_STATE_KEY } from '../../../src/renderer/src/db/sync-store'
import { uniqueDbName } from '../db/support'

/**
 * SYNC.md §4.3, "nothing lost, nothing duplicated", in Node: a library of 20,000 licences whose
 * issuers keep writing, a wire that drops, stalls and corrupts, 5,000 changes made offline, and a
 * client that dies at each of the four points where dying matters. After the writer stops and a
 * final clean sync, the working copy must equal the library table by table and bucket by bucket.
 */
const LICENCES = Number(process.env.SYNC_ACCEPTANCE_LICENCES ?? 20_000)
const OFFLINE_MUTATIONS = 5_000
const CLIENT = 'ws-acceptance'

let dir: string
let library: LibraryStore
let server: FastifyInstance
let transport: HttpSyncTransport
let writer: Writer
const faultsOn = { value: true }
const injected = new Map<string, number>()

/** mulberry32: the same faults every run. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = seeded(20261202)
const firstFaults = new Map<LibraryRoute, Fault[]>([
  ['snapshotPart', [{ kind: 'corruptBody' }, { kind: 'dropMidBody' }]],
  [
    'changes',
    [
      { kind: 'unavailable', retryAfterSeconds: 1 },
      { kind: 'slowHeaders', ms: 1500 }
    ]
  ],
  ['mutations', [{ kind: 'commitThenDrop' }]]
])

/** SYNC.md §4.3's rates: 5 % drops, 5 % 503, 2 % slow headers, 2 % corrupt, 10 % lost push answers. */
function fault(route: LibraryRoute): Fault | null {
  if (!faultsOn.value) return null
  // Every kind strikes at least once, whatever the dice say; then the dice.
  const forced = firstFaults.get(route)?.shift()
  if (forced) {
    injected.set(forced.kind, (injected.get(forced.kind) ?? 0) + 1)
    return forced
  }
  const roll = random()
  const chosen: Fault | null =
    route === 'mutations'
      ? roll < 0.1
        ? { kind: 'commitThenDrop' }
        : null
      : roll < 0.05
        ? { kind: 'dropMidBody' }
        : roll < 0.1
          ? { kind: 'unavailable', retryAfterSeconds: 1 }
          : roll < 0.12
            ? { kind: 'slowHeaders', ms: 1500 }
            : roll < 0.14
              ? { kind: 'corruptBody' }
              : null
  if (chosen) injected.set(chosen.kind, (injected.get(chosen.kind) ?? 0) + 1)
  return chosen
}

const env: SyncEnvironment = { ...nodeSyncEnvironment, sleep: async () => undefined }

type CrashPoint =
  'midBootstrap' | 'beforeApply' | 'insideTransaction' | 'afterCommit' | 'beforeResultStored'

/** The working copy with one planted death; each instance dies once, at its point. */
class MortalStore extends DexieSyncStore {
  private armed = true
  constructor(
    db: WorkbenchDb,
    private readonly point: CrashPoint | null
  ) {
    super(db)
  }

  private die(point: CrashPoint): void {
    if (this.point === point && this.armed) {
      this.armed = false
      throw new Error(`client died: ${point}`)
    }
  }

  protected override beforeCursorWrite(): void {
    this.die('insideTransaction')
  }

  override async applyPage(...args: Parameters<DexieSyncStore['applyPage']>): Promise<void> {
    this.die('beforeApply')
    await super.applyPage(...args)
    this.die('afterCommit')
  }

  private chunks = 0

  override async applySnapshotRows(...args: Parameters<DexieSyncStore['applySnapshotRows']>) {
    // The third transaction of the bootstrap never commits.
    if ((this.chunks += 1) === 3) this.die('midBootstrap')
    await super.applySnapshotRows(...args)
  }

  override async recordResults(...args: Parameters<DexieSyncStore['recordResults']>) {
    this.die('beforeResultStored')
    await super.recordResults(...args)
  }
}

function offlineChanges(): Mutation[] {
  return Array.from({ length: OFFLINE_MUTATIONS }, (_, index) => {
    const n = index + 1
    const isNotice = n % 5 === 0
    const table = isNotice ? 'notices' : 'dispositions'
    const id = `${CLIENT}-${table}-${String(n).padStart(5, '0')}`
    return {
      mutationId: `${id}-create`,
      clientSeq: n,
      table,
      op: 'create',
      id,
      baseRev: 0,
      payload: isNotice
        ? { id, documentNumber: null, issuedOn: '2026-12-02' }
        : { id, findingId: `finding-${n}`, disposition: 'confirmed' }
    } satisfies Mutation
  })
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sync-acceptance-'))
  library = openLibraryStore({ file: join(dir, 'library.sqlite') })
  await seedDemoLibrary(library, { licences: LICENCES, seed: 'acceptance' })
  // Parts of 5,000 rows and pages of 500: enough requests for every fault to strike.
  library.buildSnapshot(5000)
  server = createLibraryServer({ store: library, logger: false, faults: fault })
  await server.listen({ port: 0, host: '127.0.0.1' })
  const address = server.server.address()
  if (typeof address !== 'object' || address === null) throw new Error('no address')
  transport = createHttpTransport({
    server: `http://127.0.0.1:${address.port}`,
    timeouts: { headersMs: 300 }
  })
  // About 50 changes a second while the client syncs: the issuers keep working, the client keeps up.
  writer = startWriter(library, {
    seed: 'acceptance-writer',
    tickMs: 200,
    fractionPerTick: 10 / LICENCES
  })
}, 240_000)

afterAll(async () => {
  writer.stop()
  await transport.close()
  await server.close()
  library.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('SYNC.md §4.3 acceptance at 20,000 licences', () => {
  it('ends with the working copy equal to the library, nothing lost, nothing doubled', async () => {
    const name = uniqueDbName('acceptance')
    const changes = offlineChanges()
    const perRun = Math.ceil(OFFLINE_MUTATIONS / 6)
    let db: WorkbenchDb

    const points: (CrashPoint | null)[] = [
      'midBootstrap',
      'insideTransaction',
      'beforeApply',
      'beforeResultStored',
      'afterCommit',
      null
    ]
    const reports: SyncReport[] = []
    const timings: { point: CrashPoint | null; ms: number; report: SyncReport }[] = []
    const deaths: string[] = []
    for (const [index, point] of points.entries()) {
      // A fresh engine and a fresh connection over the same IndexedDB, as after a restart.
      db = await openWorkbenchDb({ name })
      // Between two runs the auditor worked offline and the issuers kept issuing.
      await db.outbox.bulkPut(changes.slice(index * perRun, (index + 1) * perRun))
      writer.tick()
      const store = new MortalStore(db, point)
      for (let attempt = 0; attempt < 6; attempt++) {
        const started = performance.now()
        try {
          const report = await runSync({ clientId: CLIENT, transport, store, env, pageSize: 500 })
          timings.push({ point, ms: performance.now() - started, report })
          reports.push(report)
          break
        } catch (error) {
          deaths.push(String((error as Error).message))
        }
      }
      db.close()
    }
    expect(deaths.filter((d) => d.startsWith('client died')).sort()).toEqual([
      'client died: afterCommit',
      'client died: beforeApply',
      'client died: beforeResultStored',
      'client died: insideTransaction',
      'client died: midBootstrap'
    ])

    writer.stop()
    faultsOn.value = false
    db = await openWorkbenchDb({ name })
    const store = new DexieSyncStore(db)
    const final = await runSync({ clientId: CLIENT, transport, store, env })
    reports.push(final)

    for (const table of LIBRARY_TABLES) {
      expect(await db.table(table).count(), table).toBe(library.counts()[table])
      expect(differingBuckets(await store.digest(table), library.digest(table).buckets)).toEqual([])
    }
    expect(await db.outbox.count()).toBe(0)
    const state = (await db.meta.get(SYNC_STATE_KEY))?.value as { cursor: number }
    expect(state.cursor).toBe(library.info().headSeq)
    for (const licence of await db.licences.toArray()) {
      expect(licence.rev).toBe(library.get('licences', licence.id)?.rev)
    }

    const sql = new Database(join(dir, 'library.sqlite'), { readonly: true })
    const doubled = sql
      .prepare('SELECT mutation_id, count(*) AS n FROM receipts GROUP BY 1 HAVING n > 1')
      .all()
    expect(doubled).toEqual([])
    const created = sql
      .prepare('SELECT count(*) AS n, count(DISTINCT id) AS ids FROM records WHERE id LIKE ?')
      .get(`${CLIENT}-%`) as { n: number; ids: number }
    expect(created).toEqual({ n: OFFLINE_MUTATIONS, ids: OFFLINE_MUTATIONS })
    const numbers = sql
      .prepare(
        "SELECT json_extract(body, '$.documentNumber') AS number FROM records WHERE tbl = 'notices'"
      )
      .all() as { number: string }[]
    expect(new Set(numbers.map((row) => row.number)).size).toBe(OFFLINE_MUTATIONS / 5)
    sql.close()

    const retries = reports.flatMap((report) => Object.entries(report.retries))
    console.info(
      `acceptance: ${LICENCES} licences, ${OFFLINE_MUTATIONS} offline changes; deaths ${deaths.length}; ` +
        `faults injected ${JSON.stringify(Object.fromEntries(injected))}; retries ${JSON.stringify(retries)}`
    )
    for (const { point, ms, report } of timings) {
      const rows = report.snapshotRows + report.pulledItems
      console.info(
        `  run (${point ?? 'no crash'}): ${(ms / 1000).toFixed(1)} s, ${report.snapshotRows} snapshot rows, ` +
          `${report.pulledItems} changes, ${Math.round(rows / (ms / 1000))} rows/s, pushed ${JSON.stringify(report.pushed)}`
      )
    }
    expect([...injected.keys()].sort()).toEqual([
      'commitThenDrop',
      'corruptBody',
      'dropMidBody',
      'slowHeaders',
      'unavailable'
    ])
    db.close()
  }, 600_000)
})
