import { createHash, randomUUID } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import type Database from 'better-sqlite3'
import { BUREAU_TABLES, LIBRARY_TABLES, type SnapshotPart } from '../shared/domain/sync/protocol'
import { readMeta } from './schema'

/** A snapshot as `/v1/sync/info` describes it. */
export interface SnapshotManifest {
  id: string
  seq: number
  parts: SnapshotPart[]
}

/** Kept so that a client half-way through the previous snapshot can still finish it. */
const SNAPSHOTS_KEPT = 2

interface LiveRow {
  id: string
  rev: number
  seq: number
  body: string
}

/**
 * Writes a snapshot of the live rows as gzip NDJSON parts (SYNC.md §4.1), in bootstrap order:
 * the library's tables (referenced ones first), then the bureau's, each by id. The parts'
 * `sha256` and `bytes` are of the gzip bytes as served, which is what a client verifies. A
 * library with no rows still gets one empty part, so that every snapshot has a row to name it.
 */
export function buildSnapshot(db: Database.Database, rowsPerPart: number): SnapshotManifest {
  const perPart = Math.max(1, Math.floor(rowsPerPart))
  const select = db.prepare(
    'SELECT id, rev, seq, body FROM records WHERE tbl = ? AND deleted = 0 ORDER BY id'
  )
  const insert = db.prepare(
    'INSERT INTO snapshots (id, part, seq, rows, bytes, sha256, data) VALUES (?, ?, ?, ?, ?, ?, ?)'
  )
  return db.transaction((): SnapshotManifest => {
    const seq = readMeta(db).headSeq
    const id = `snap-${seq}-${randomUUID().slice(0, 8)}`
    const gzipped: { rows: number; data: Buffer }[] = []
    let lines: string[] = []
    const flush = () => {
      gzipped.push({ rows: lines.length, data: gzipSync(lines.join('')) })
      lines = []
    }
    // Read fully before writing: a better-sqlite3 connection cannot write while it iterates.
    for (const table of [...LIBRARY_TABLES, ...BUREAU_TABLES]) {
      for (const row of select.iterate(table) as Iterable<LiveRow>) {
        // The body is stored as JSON text already: splice it in rather than parse and re-encode.
        lines.push(
          `{"table":${JSON.stringify(table)},"id":${JSON.stringify(row.id)},"rev":${row.rev},"seq":${row.seq},"data":${row.body}}\n`
        )
        if (lines.length === perPart) flush()
      }
    }
    if (lines.length > 0 || gzipped.length === 0) flush()
    const parts = gzipped.map(({ rows, data }, n) => {
      const sha256 = createHash('sha256').update(data).digest('hex')
      insert.run(id, n, seq, rows, data.length, sha256, data)
      return { n, rows, bytes: data.length, sha256 }
    })
    pruneSnapshots(db)
    return { id, seq, parts }
  })()
}

function pruneSnapshots(db: Database.Database): void {
  const ids = db
    .prepare('SELECT id FROM snapshots GROUP BY id ORDER BY max(seq) DESC, max(rowid) DESC')
    .pluck()
    .all() as string[]
  const drop = db.prepare('DELETE FROM snapshots WHERE id = ?')
  for (const old of ids.slice(SNAPSHOTS_KEPT)) drop.run(old)
}

/** The newest snapshot, or null before the first one is built. */
export function currentSnapshot(db: Database.Database): SnapshotManifest | null {
  const latest = db
    .prepare('SELECT id, seq FROM snapshots ORDER BY seq DESC, rowid DESC LIMIT 1')
    .get() as { id: string; seq: number } | undefined
  if (!latest) return null
  const parts = db
    .prepare('SELECT part AS n, rows, bytes, sha256 FROM snapshots WHERE id = ? ORDER BY part')
    .all(latest.id) as SnapshotPart[]
  return { id: latest.id, seq: latest.seq, parts }
}

/** The gzip bytes of one part as served, with their checksum; null for an unknown id or part. */
export function snapshotPart(
  db: Database.Database,
  id: string,
  part: number
): { data: Buffer; sha256: string } | null {
  const row = db
    .prepare('SELECT data, sha256 FROM snapshots WHERE id = ? AND part = ?')
    .get(id, part) as { data: Buffer; sha256: string } | undefined
  return row ?? null
}
