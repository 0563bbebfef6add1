import { Attempts, DEFAULT_MAX_ATTEMPTS } from './attempts'
import { bootstrap } from './bootstrap'
import { readChecked } from './checked'
import { differingBuckets } from './digest'
import { SyncFailure, syncFault, type SyncFaultKind } from './faults'
import type { SyncEnvironment, SyncLocalStore, SyncState, SyncTransport } from './ports'
import {
  LIBRARY_TABLES,
  SYNC_PROTOCOL_VERSION,
  SyncInfo,
  TableDigest,
  type SyncTable
} from './protocol'
import { DEFAULT_PAGE_SIZE, pull } from './pull'
import { push, type PushCounts } from './push'
import { z } from 'zod'

export type SyncPhase = 'info' | 'bootstrap' | 'push' | 'pull' | 'verify'

export interface SyncProgress {
  phase: SyncPhase
  /** Parts (bootstrap), mutations (push), items (pull) or tables (verify) done so far. */
  done: number
  /** How many there are, when known. */
  total: number | null
}

export interface SyncRunOptions {
  clientId: string
  transport: SyncTransport
  store: SyncLocalStore
  env: SyncEnvironment
  pageSize?: number
  maxAttempts?: number
  signal?: AbortSignal
  onProgress?: (progress: SyncProgress) => void
  /** Compare digests after pulling and repair differing buckets (daily or on demand). */
  verify?: boolean
  /** Only pull: an offline package carries the library's pages but cannot take the outbox. */
  pullOnly?: boolean
}

export interface SyncReport {
  datasetId: string
  bootstrapped: boolean
  snapshotRows: number
  pulledItems: number
  pushed: PushCounts
  /** Buckets fetched again because their digest differed, per table. */
  repaired: Partial<Record<SyncTable, number>>
  retries: Partial<Record<SyncFaultKind, number>>
  cursor: number
  headSeq: number
}

const InfoHeader = z.object({ protocol: z.int() })

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/** The library's info, refused when it speaks another protocol than this client. */
/** `GET /v1/sync/info`, retried, refused when the library speaks another protocol version. */
export async function readInfo(transport: SyncTransport, attempts: Attempts): Promise<SyncInfo> {
  return attempts.run(async () => {
    const body = await transport.info()
    const header = InfoHeader.safeParse(parseOrNull(body.text))
    if (header.success && header.data.protocol !== SYNC_PROTOCOL_VERSION) {
      throw syncFault('protocol', 'sync.fault.serverProtocol', {
        server: header.data.protocol,
        client: SYNC_PROTOCOL_VERSION
      })
    }
    const info = readChecked(body, SyncInfo)
    if (info.minClientProtocol > SYNC_PROTOCOL_VERSION) {
      throw syncFault('protocol', 'sync.fault.clientTooOld')
    }
    return info
  })
}

/** The local cursor when the library still serves changes from it; null: bootstrap. */
function usableCursor(state: SyncState | null, info: SyncInfo): number | null {
  if (state === null || state.cursor === null) return null
  if (state.datasetId !== info.datasetId || state.epoch !== info.epoch) return null
  return state.cursor < info.retainFromSeq ? null : state.cursor
}

/**
 * One sync run (SYNC.md §4.1): info → bootstrap when needed → push the outbox → pull to the head
 * → push what arrived meanwhile → optionally compare digests. A 410 during the run bootstraps
 * once more, keeping the outbox. Nothing here reads a client clock.
 */
export async function runSync(options: SyncRunOptions): Promise<SyncReport> {
  const { transport, store, env, clientId } = options
  const attempts = new Attempts(env, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, options.signal)
  const progress = options.onProgress ?? (() => undefined)
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE
  const report: SyncReport = {
    datasetId: '',
    bootstrapped: false,
    snapshotRows: 0,
    pulledItems: 0,
    pushed: { applied: 0, duplicate: 0, conflict: 0, rejected: 0 },
    repaired: {},
    retries: attempts.retries,
    cursor: 0,
    headSeq: 0
  }
  const addPushed = (counts: PushCounts) => {
    for (const key of Object.keys(counts) as (keyof PushCounts)[]) {
      report.pushed[key] += counts[key]
    }
  }
  /** `afresh`: the library said the cursor is gone (410), so no earlier progress counts. */
  const bringUp = async (afresh: boolean): Promise<{ info: SyncInfo; cursor: number }> => {
    progress({ phase: 'info', done: 0, total: null })
    const info = await readInfo(transport, attempts)
    report.datasetId = info.datasetId
    const state = afresh ? null : await store.readState()
    const cursor = usableCursor(state, info)
    if (cursor !== null) return { info, cursor }
    report.bootstrapped = true
    report.snapshotRows += await bootstrap(
      info,
      state,
      store,
      (id, n) => transport.snapshotPart(id, n),
      env,
      attempts,
      (p) => progress({ phase: 'bootstrap', done: p.partsDone, total: p.parts })
    )
    return { info, cursor: info.snapshot.seq }
  }
  const pushAll = async () => {
    if (options.pullOnly) return
    progress({ phase: 'push', done: 0, total: null })
    addPushed(
      await push(clientId, transport, store, attempts, (c) =>
        progress({
          phase: 'push',
          done: c.applied + c.duplicate + c.conflict + c.rejected,
          total: null
        })
      )
    )
  }

  let { info, cursor } = await bringUp(false)
  await pushAll()
  for (let resyncs = 0; ; resyncs++) {
    try {
      const pulled = await pull(cursor, info.epoch, pageSize, transport, store, attempts, (p) =>
        progress({ phase: 'pull', done: p.items, total: null })
      )
      report.pulledItems += pulled.items
      report.cursor = pulled.cursor
      report.headSeq = pulled.headSeq
      break
    } catch (error) {
      if (!(error instanceof SyncFailure) || error.fault.kind !== 'resync' || resyncs > 0) {
        throw error
      }
      ;({ info, cursor } = await bringUp(true))
    }
  }
  await pushAll()
  if (options.verify) await verify(options, attempts, report, progress)
  return report
}

/**
 * 核对: each table's digest against the library's at the same head; a differing bucket's rows
 * are fetched again and replace the local ones. Skipped when the library moved on meanwhile
 * (the next run compares again).
 */
async function verify(
  options: SyncRunOptions,
  attempts: Attempts,
  report: SyncReport,
  progress: (progress: SyncProgress) => void
): Promise<void> {
  const { transport, store } = options
  const RecordsPage = z.object({
    items: z.array(
      z.object({
        id: z.string(),
        rev: z.int(),
        seq: z.int(),
        data: z.record(z.string(), z.unknown())
      })
    )
  })
  let done = 0
  for (const table of LIBRARY_TABLES) {
    progress({ phase: 'verify', done, total: LIBRARY_TABLES.length })
    const remote = await attempts.run(async () =>
      readChecked(await transport.digest(table), TableDigest)
    )
    if (remote.headSeq !== report.cursor) return
    const differing = differingBuckets(await store.digest(table), remote.buckets)
    for (const bucket of differing) {
      const page = await attempts.run(async () =>
        readChecked(await transport.records(table, bucket), RecordsPage)
      )
      await store.replaceBucket(table, bucket, page.items)
    }
    if (differing.length > 0) report.repaired[table] = differing.length
    done += 1
  }
  progress({ phase: 'verify', done, total: LIBRARY_TABLES.length })
}
