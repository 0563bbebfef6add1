import type Database from 'better-sqlite3'
import { digestBucketOf } from '../shared/domain/sync/digest'
import type { SyncTable } from '../shared/domain/sync/protocol'

/** One row of `records` as stored; `body` is the record's JSON text. */
export interface StoredRow {
  tbl: SyncTable
  id: string
  rev: number
  seq: number
  deleted: 0 | 1
  body: string
}

/** What a write made of a row: its new rev and seq, and the record clients will receive. */
export interface WrittenRow {
  id: string
  rev: number
  seq: number
  record: Record<string, unknown>
}

/** A record as a caller hands it in; the store sets the sync fields itself. */
export type RecordInput = { id: string } & Record<string, unknown>

/**
 * The one place rows are written. Every write takes the next `seq` from `meta.headSeq` in the
 * statement that bumps it, so it must run inside the caller's transaction: the row and the
 * counter commit together or not at all, and seq order is commit order.
 */
export interface RecordCore {
  get(table: SyncTable, id: string): StoredRow | undefined
  /** Writes `data` as the row's new version: rev + 1, the next seq, the server's time. */
  put(table: SyncTable, id: string, data: Record<string, unknown>, deleted: boolean): WrittenRow
}

export function createRecordCore(db: Database.Database, now: () => Date): RecordCore {
  const select = db.prepare(
    'SELECT tbl, id, rev, seq, deleted, body FROM records WHERE tbl = ? AND id = ?'
  )
  const bump = db
    .prepare("UPDATE meta SET value = value + 1 WHERE key = 'headSeq' RETURNING value")
    .pluck()
  const upsert = db.prepare(
    `INSERT INTO records (tbl, id, rev, seq, deleted, bucket, body) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (tbl, id) DO UPDATE SET
       rev = excluded.rev, seq = excluded.seq, deleted = excluded.deleted, body = excluded.body`
  )
  return {
    get: (table, id) => select.get(table, id) as StoredRow | undefined,
    put(table, id, data, deleted) {
      if (!db.inTransaction) throw new Error('RecordCore.put runs inside a transaction')
      const previous = select.get(table, id) as StoredRow | undefined
      const rev = (previous?.rev ?? 0) + 1
      const seq = Number(bump.get())
      // `id` first for readers of the raw JSON; the sync fields last, so they always win.
      const record: Record<string, unknown> = Object.assign({ id }, data, {
        id,
        rev,
        deleted,
        serverSeq: seq,
        updatedAt: now().toISOString()
      })
      upsert.run(table, id, rev, seq, deleted ? 1 : 0, digestBucketOf(id), JSON.stringify(record))
      return { id, rev, seq, record }
    }
  }
}

/** The record a row holds, as clients receive it. */
export function recordOf(row: StoredRow): Record<string, unknown> {
  return JSON.parse(row.body) as Record<string, unknown>
}
