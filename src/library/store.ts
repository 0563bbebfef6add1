import Database from 'better-sqlite3'
import { DigestAccumulator } from '../shared/domain/sync/digest'
import {
  BUREAU_TABLES,
  LIBRARY_TABLES,
  SYNC_PROTOCOL_VERSION,
  type ChangeItem,
  type ChangesPage,
  type MutationBatch,
  type SyncInfo,
  type SyncTable,
  type TableDigest
} from '../shared/domain/sync/protocol'
import { message, type Message } from '../shared/i18n/message'
import { createMutationApplier, type MutationOutcome } from './mutations'
import { createRecordCore, recordOf, type RecordInput, type StoredRow } from './records'
import { migrate, readMeta, writeMeta } from './schema'
import { buildSnapshot, currentSnapshot, snapshotPart, type SnapshotManifest } from './snapshot'

export const ALL_TABLES: readonly SyncTable[] = [...LIBRARY_TABLES, ...BUREAU_TABLES]
/** The oldest protocol a client may speak; older ones are told to upgrade (426). */
export const MIN_CLIENT_PROTOCOL = 1
export const DEFAULT_ROWS_PER_PART = 50_000

export interface LibraryStoreOptions {
  /** A SQLite file; an in-memory library when absent. */
  file?: string
  /** The server's clock for `updatedAt` and `serverTime`; tests pass a fixed one. */
  now?: () => Date
}

/** A live row as `/v1/records` serves it for a digest repair. */
export interface LiveRow {
  id: string
  rev: number
  seq: number
  data: Record<string, unknown>
}

/** The reference city library's data (市统一电子证照库 simulator), one SQLite database. */
export interface LibraryStore {
  /** Writes the records as new versions in one transaction; returns their rev and seq. */
  upsertMany(
    table: SyncTable,
    records: readonly RecordInput[]
  ): { id: string; rev: number; seq: number }[]
  /** Leaves a tombstone (deleted, new rev and seq); null when there is no live row. */
  remove(table: SyncTable, id: string): { rev: number; seq: number } | null
  /** Runs `work` as one transaction: every write in it commits together. */
  transaction<T>(work: () => T): T
  changesSince(since: number, limit: number, tables?: readonly SyncTable[]): ChangesPage
  liveRows(table: SyncTable, bucket?: number): LiveRow[]
  /** The ids of the live rows, without their bodies. */
  liveIds(table: SyncTable): string[]
  /** One live row, or null (absent or a tombstone). */
  get(table: SyncTable, id: string): LiveRow | null
  /** Live rows per table. */
  counts(): Record<SyncTable, number>
  digest(table: SyncTable): TableDigest
  licencesByIdentifier(identifier: string): Record<string, unknown>[]
  licencesByHolder(holderCode: string, typeCode?: string): Record<string, unknown>[]
  buildSnapshot(rowsPerPart?: number): SnapshotManifest
  snapshotPart(id: string, part: number): { data: Buffer; sha256: string } | null
  info(): SyncInfo
  applyMutations(batch: MutationBatch, idempotencyKey: string): MutationOutcome
  /**
   * Forgets history before `seq`: tombstones older than it are purged and cursors below it get
   * 410. Refused above the snapshot's seq, which a client bootstrapping from it could not pass.
   */
  setRetainFromSeq(seq: number): { ok: true } | { ok: false; error: Message }
  /** A rewritten history: every client bootstraps again. */
  bumpEpoch(): number
  close(): void
}

export function openLibraryStore(options: LibraryStoreOptions = {}): LibraryStore {
  const file = options.file ?? ':memory:'
  const now = options.now ?? (() => new Date())
  const db = new Database(file)
  if (file !== ':memory:') db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  migrate(db)
  const core = createRecordCore(db, now)
  const applyMutations = createMutationApplier(db, core)
  // A new library serves an empty snapshot at seq 0: a client bootstraps, then pulls changes.
  if (!currentSnapshot(db)) buildSnapshot(db, DEFAULT_ROWS_PER_PART)

  const changes = db.prepare(
    `SELECT tbl, id, rev, seq, deleted, body FROM records
     WHERE seq > ? AND (? IS NULL OR tbl IN (SELECT value FROM json_each(?)))
     ORDER BY seq LIMIT ?`
  )
  const live = db.prepare(
    'SELECT id, rev, seq, body FROM records WHERE tbl = ? AND deleted = 0 ORDER BY id'
  )
  const liveInBucket = db.prepare(
    'SELECT id, rev, seq, body FROM records WHERE tbl = ? AND bucket = ? AND deleted = 0 ORDER BY id'
  )
  const liveIds = db
    .prepare('SELECT id FROM records WHERE tbl = ? AND deleted = 0 ORDER BY id')
    .pluck()
  const liveRevs = db.prepare('SELECT id, rev FROM records WHERE tbl = ? AND deleted = 0')
  const counts = db.prepare('SELECT tbl, count(*) AS n FROM records WHERE deleted = 0 GROUP BY tbl')
  const byIdentifier = db
    .prepare(
      `SELECT body FROM records WHERE tbl = 'licences' AND deleted = 0
       AND json_extract(body, '$.identifier') = ? ORDER BY id`
    )
    .pluck()
  const byHolder = db
    .prepare(
      `SELECT body FROM records WHERE tbl = 'licences' AND deleted = 0
       AND json_extract(body, '$.holder.code') = ?
       AND (? IS NULL OR json_extract(body, '$.typeCode') = ?) ORDER BY id`
    )
    .pluck()
  const purgeTombstones = db.prepare('DELETE FROM records WHERE deleted = 1 AND seq < ?')

  const toLive = (row: Omit<StoredRow, 'tbl' | 'deleted'>): LiveRow => ({
    id: row.id,
    rev: row.rev,
    seq: row.seq,
    data: JSON.parse(row.body) as Record<string, unknown>
  })

  return {
    upsertMany(table, records) {
      return db.transaction(() =>
        records.map((record) => {
          const { id, rev, seq } = core.put(table, record.id, record, false)
          return { id, rev, seq }
        })
      )()
    },
    remove(table, id) {
      return db.transaction(() => {
        const row = core.get(table, id)
        if (!row || row.deleted === 1) return null
        const { rev, seq } = core.put(table, id, recordOf(row), true)
        return { rev, seq }
      })()
    },
    transaction: (work) => db.transaction(work)(),
    changesSince(since, limit, tables) {
      const filter = tables ? JSON.stringify(tables) : null
      return db.transaction((): ChangesPage => {
        const meta = readMeta(db)
        // One row more than asked tells whether another page follows.
        const rows = changes.all(since, filter, filter, limit + 1) as StoredRow[]
        const page = rows.slice(0, limit)
        const items = page.map((row): ChangeItem =>
          row.deleted === 1
            ? { seq: row.seq, table: row.tbl, op: 'delete', id: row.id, rev: row.rev }
            : {
                seq: row.seq,
                table: row.tbl,
                op: 'upsert',
                id: row.id,
                rev: row.rev,
                data: recordOf(row)
              }
        )
        return {
          epoch: meta.epoch,
          items,
          next: page.at(-1)?.seq ?? since,
          hasMore: rows.length > limit,
          headSeq: meta.headSeq
        }
      })()
    },
    liveRows(table, bucket) {
      const rows = bucket === undefined ? live.all(table) : liveInBucket.all(table, bucket)
      return (rows as StoredRow[]).map(toLive)
    },
    liveIds: (table) => liveIds.all(table) as string[],
    get(table, id) {
      const row = core.get(table, id)
      return row && row.deleted === 0 ? toLive(row) : null
    },
    counts() {
      const result = Object.fromEntries(ALL_TABLES.map((table) => [table, 0])) as Record<
        SyncTable,
        number
      >
      for (const row of counts.all() as { tbl: SyncTable; n: number }[]) result[row.tbl] = row.n
      return result
    },
    digest(table) {
      return db.transaction((): TableDigest => {
        const accumulator = new DigestAccumulator()
        for (const row of liveRevs.iterate(table) as Iterable<{ id: string; rev: number }>) {
          accumulator.add(row.id, row.rev)
        }
        return {
          table,
          headSeq: readMeta(db).headSeq,
          count: accumulator.count,
          buckets: accumulator.buckets()
        }
      })()
    },
    licencesByIdentifier: (identifier) =>
      (byIdentifier.all(identifier) as string[]).map(
        (body) => JSON.parse(body) as Record<string, unknown>
      ),
    licencesByHolder: (holderCode, typeCode) =>
      (byHolder.all(holderCode, typeCode ?? null, typeCode ?? null) as string[]).map(
        (body) => JSON.parse(body) as Record<string, unknown>
      ),
    buildSnapshot: (rowsPerPart = DEFAULT_ROWS_PER_PART) => buildSnapshot(db, rowsPerPart),
    snapshotPart: (id, part) => snapshotPart(db, id, part),
    info() {
      const meta = readMeta(db)
      const snapshot = currentSnapshot(db) ?? buildSnapshot(db, DEFAULT_ROWS_PER_PART)
      return {
        protocol: SYNC_PROTOCOL_VERSION,
        datasetId: meta.datasetId,
        epoch: meta.epoch,
        schemaVersion: meta.schemaVersion,
        minClientProtocol: MIN_CLIENT_PROTOCOL,
        headSeq: meta.headSeq,
        retainFromSeq: meta.retainFromSeq,
        snapshot,
        serverTime: now().toISOString()
      }
    },
    applyMutations,
    setRetainFromSeq(seq) {
      return db.transaction(() => {
        const snapshot = currentSnapshot(db)
        if (!Number.isInteger(seq) || seq < 0 || seq > (snapshot?.seq ?? 0)) {
          return {
            ok: false as const,
            error: message('library.store.retainBeyondSnapshot', { seq })
          }
        }
        writeMeta(db, 'retainFromSeq', seq)
        purgeTombstones.run(seq)
        return { ok: true as const }
      })()
    },
    bumpEpoch() {
      return db.transaction(() => {
        const epoch = readMeta(db).epoch + 1
        writeMeta(db, 'epoch', epoch)
        return epoch
      })()
    },
    close: () => db.close()
  }
}
