import type { Attempts } from './attempts'
import { sha256Hex } from './checked'
import { SyncFailure, syncFault } from './faults'
import type { SyncEnvironment, SyncLocalStore, SyncState } from './ports'
import { SnapshotRow, type SyncInfo } from './protocol'

/** Rows per local transaction: big enough to be fast, small enough not to crash (SYNC.md §2.1). */
export const ROWS_PER_TRANSACTION = 2000

const decoder = new TextDecoder()

export interface BootstrapProgress {
  partsDone: number
  parts: number
  rows: number
}

function parseRow(line: string): SnapshotRow {
  try {
    return SnapshotRow.parse(JSON.parse(line))
  } catch {
    throw syncFault('corrupt', 'sync.fault.unreadable')
  }
}

/** The NDJSON of a snapshot part as rows; any line that is not a row makes the part unreadable. */
export function parseSnapshotText(text: string): SnapshotRow[] {
  const rows: SnapshotRow[] = []
  for (const line of text.split('\n')) {
    if (line !== '') rows.push(parseRow(line))
  }
  return rows
}

/** The rows of one snapshot part, after its checksum and gunzip; a bad part is fetched again. */
async function fetchPart(
  info: SyncInfo,
  n: number,
  fetchBytes: (snapshotId: string, part: number) => Promise<Uint8Array>,
  env: SyncEnvironment
): Promise<SnapshotRow[]> {
  const part = info.snapshot.parts[n]
  if (!part) throw syncFault('refused', 'sync.fault.refused', { status: 404, reason: `part ${n}` })
  const bytes = await fetchBytes(info.snapshot.id, part.n)
  if (bytes.byteLength !== part.bytes || sha256Hex(bytes) !== part.sha256) {
    throw syncFault('corrupt', 'sync.fault.checksum')
  }
  let text: string
  try {
    text = decoder.decode(await env.gunzip(bytes))
  } catch (error) {
    // The environment's own refusal (a part that inflates past its bound) says more.
    if (error instanceof SyncFailure) throw error
    throw syncFault('corrupt', 'sync.fault.unreadable')
  }
  const rows = parseSnapshotText(text)
  if (rows.length !== part.rows) throw syncFault('corrupt', 'sync.fault.checksum')
  return rows
}

/**
 * 首次同步: the snapshot's parts in order, each in transactions of ≤ 2,000 rows that also record
 * how far the bootstrap got, so a run that stops resumes at the row after the last committed
 * transaction and no row is written twice. The cursor is set only after the last part.
 */
export async function bootstrap(
  info: SyncInfo,
  state: SyncState | null,
  store: SyncLocalStore,
  fetchBytes: (snapshotId: string, part: number) => Promise<Uint8Array>,
  env: SyncEnvironment,
  attempts: Attempts,
  onProgress: (progress: BootstrapProgress) => void
): Promise<number> {
  const resuming =
    state?.datasetId === info.datasetId &&
    state.epoch === info.epoch &&
    state.bootstrap?.snapshotId === info.snapshot.id
  const startAt = resuming ? (state.bootstrap?.partsDone ?? 0) : 0
  let skipRows = resuming ? (state.bootstrap?.rowsDone ?? 0) : 0
  if (!resuming) {
    await store.startBootstrap({
      datasetId: info.datasetId,
      epoch: info.epoch,
      cursor: null,
      bootstrap: {
        snapshotId: info.snapshot.id,
        snapshotSeq: info.snapshot.seq,
        partsDone: 0,
        rowsDone: 0
      }
    })
  }
  const parts = info.snapshot.parts.length
  let rowsApplied = 0
  for (let n = startAt; n < parts; n++) {
    const rows = await attempts.run(() => fetchPart(info, n, fetchBytes, env))
    attempts.throwIfCancelled()
    if (skipRows >= rows.length)
      await store.applySnapshotRows([], { partsDone: n + 1, rowsDone: 0 })
    for (let at = skipRows; at < rows.length; at += ROWS_PER_TRANSACTION) {
      const chunk = rows.slice(at, at + ROWS_PER_TRANSACTION)
      const end = at + chunk.length
      const position =
        end >= rows.length ? { partsDone: n + 1, rowsDone: 0 } : { partsDone: n, rowsDone: end }
      await store.applySnapshotRows(chunk, position)
      rowsApplied += chunk.length
    }
    skipRows = 0
    onProgress({ partsDone: n + 1, parts, rows: rowsApplied })
  }
  await store.finishBootstrap(info.snapshot.seq)
  return rowsApplied
}
