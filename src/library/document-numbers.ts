import type Database from 'better-sqlite3'
import {
  DEFAULT_NOTICE_NUMBER_PATTERN,
  formatNoticeNumber,
  type NoticeNumberError
} from '../shared/domain/compliance/notice-number'
import type { SyncTable } from '../shared/domain/sync/protocol'

/** The bureau's documents that carry a 发文字号 (GB/T 9704-2012 §7.2.4). */
const NUMBERED_TABLES: ReadonlySet<SyncTable> = new Set(['notices', 'circulars'])
const ISSUED_ON = /^(\d{4})-\d{2}-\d{2}$/

export type NumberingResult =
  { ok: true; record: Record<string, unknown> } | { ok: false; error: NoticeNumberError }

/**
 * Gives an issued notice or circular its 发文字号 from the library's counter for its pattern and
 * year. The library numbers rather than the workstations because two of them issuing offline
 * would otherwise both take 〔2026〕7号. The counter moves in the caller's transaction, so a
 * batch that rolls back gives its numbers back.
 *
 * A record is numbered when it is issued (`issuedOn` is a date) and asks for a number
 * (`documentNumber: null`); any other record is returned as it is.
 */
export function createDocumentNumbering(db: Database.Database) {
  const read = db.prepare('SELECT next FROM serials WHERE pattern = ? AND year = ?').pluck()
  const write = db.prepare(
    `INSERT INTO serials (pattern, year, next) VALUES (?, ?, ?)
     ON CONFLICT (pattern, year) DO UPDATE SET next = excluded.next`
  )
  return function number(table: SyncTable, record: Record<string, unknown>): NumberingResult {
    if (!NUMBERED_TABLES.has(table)) return { ok: true, record }
    if (!('documentNumber' in record) || record.documentNumber !== null) return { ok: true, record }
    const issued = typeof record.issuedOn === 'string' ? ISSUED_ON.exec(record.issuedOn) : null
    if (!issued) return { ok: true, record }
    const year = Number(issued[1])
    const given = record.numberPattern
    // A pattern that is not text cannot hold {year} and {seq}: formatNoticeNumber says so.
    const pattern =
      given === undefined || given === null ? DEFAULT_NOTICE_NUMBER_PATTERN : String(given)
    const next = Number(read.get(pattern, year) ?? 1)
    const formatted = formatNoticeNumber(pattern, year, next)
    if (!formatted.ok) return formatted
    write.run(pattern, year, next + 1)
    return { ok: true, record: { ...record, documentNumber: formatted.data } }
  }
}
