import type {
  ChangeItem,
  DigestBucket,
  Mutation,
  MutationBatch,
  MutationResult,
  SnapshotRow,
  SyncTable
} from './protocol'

/**
 * The engine's ports (SYNC.md §4.1): the wire, the local copy and time. The engine is pure, so
 * the same steps run in Node tests with injected faults, in the CLI mirror and in the app.
 */

/** A response body as it came off the wire, with the checksum the library declared for it. */
export interface CheckedBody {
  text: string
  sha256: string | null
}

export interface SyncTransport {
  info(): Promise<CheckedBody>
  /** A snapshot part's bytes as served (gzip); its SHA-256 is in `info`. */
  snapshotPart(snapshotId: string, part: number): Promise<Uint8Array>
  changes(query: { since: number; limit: number; epoch: number }): Promise<CheckedBody>
  mutations(batch: MutationBatch, idempotencyKey: string): Promise<CheckedBody>
  digest(table: SyncTable): Promise<CheckedBody>
  records(table: SyncTable, bucket: number): Promise<CheckedBody>
}

export interface BootstrapPosition {
  snapshotId: string
  snapshotSeq: number
  partsDone: number
  /** Rows of part `partsDone` already applied: a resumed bootstrap skips them. */
  rowsDone: number
}

/** Where the local copy stands; absent before the first bootstrap. */
export interface SyncState {
  datasetId: string
  epoch: number
  /** The change sequence applied last; null while a bootstrap is under way. */
  cursor: number | null
  /** A bootstrap in progress: the snapshot, the parts applied and the rows of the next one. */
  bootstrap: BootstrapPosition | null
}

export interface SyncLocalStore {
  readState(): Promise<SyncState | null>
  /**
   * Forgets the library's rows and the cursor to bootstrap afresh; the outbox and the conflicts
   * stay (a new epoch must never read as "deleted here").
   */
  startBootstrap(state: SyncState): Promise<void>
  /**
   * Rows of a snapshot part, written in one transaction with the position they bring the
   * bootstrap to. Each row is applied exactly once after `startBootstrap` emptied the tables, so
   * a store may insert without reading what is there.
   */
  applySnapshotRows(
    rows: readonly SnapshotRow[],
    position: { partsDone: number; rowsDone: number }
  ): Promise<void>
  /** The cursor after the last part, in one transaction with nothing else. */
  finishBootstrap(cursor: number): Promise<void>
  /**
   * One page in one transaction: each item applies when its rev is at least the local one, then
   * the cursor becomes `next`. A failure leaves neither rows nor cursor changed.
   */
  applyPage(items: readonly ChangeItem[], next: number): Promise<void>
  /** The oldest pending mutations, in clientSeq order. */
  pendingMutations(limit: number): Promise<Mutation[]>
  /**
   * The library's answers, in one transaction: acknowledged rows leave the outbox, the library's
   * version of each record is kept, a conflict keeps the local version in the 冲突 list and a
   * rejection is set aside with its reason.
   */
  recordResults(results: readonly MutationResult[]): Promise<void>
  /** The digest buckets of a table's live rows (see digest.ts). */
  digest(table: SyncTable): Promise<DigestBucket[]>
  /** Replaces the live rows of one digest bucket with the library's (repair). */
  replaceBucket(
    table: SyncTable,
    bucket: number,
    rows: readonly { id: string; rev: number; seq: number; data: Record<string, unknown> }[]
  ): Promise<void>
}

export interface SyncEnvironment {
  /** Waits, or rejects with the signal's reason when cancelled. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
  /** In [0, 1): the jitter of the backoff. */
  random(): number
  gunzip(bytes: Uint8Array): Promise<Uint8Array>
}
