import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'

/**
 * The tables of the reference city library (市统一电子证照库 simulator). One `records` table holds
 * every synced table's rows so that a single `seq` counter orders all of them: SQLite has one
 * writer, so the order of `seq` is the order of commits and a pull cursor never skips a late one.
 */
const DDL = `
CREATE TABLE IF NOT EXISTS records (
  tbl TEXT NOT NULL,
  id TEXT NOT NULL,
  rev INTEGER NOT NULL,
  -- UNIQUE is also the index the changes feed reads by (seq > ? ORDER BY seq).
  seq INTEGER NOT NULL UNIQUE,
  deleted INTEGER NOT NULL DEFAULT 0,
  -- digestBucketOf(id), kept so that a repair fetch of one bucket is an index lookup.
  bucket INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (tbl, id)
);
CREATE INDEX IF NOT EXISTS records_bucket ON records (tbl, bucket) WHERE deleted = 0;
-- GB/T 36906 look-ups by 证照标识 and by 持证主体代码.
CREATE INDEX IF NOT EXISTS licences_identifier
  ON records (json_extract(body, '$.identifier')) WHERE tbl = 'licences';
CREATE INDEX IF NOT EXISTS licences_holder
  ON records (json_extract(body, '$.holder.code')) WHERE tbl = 'licences';
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value);
CREATE TABLE IF NOT EXISTS receipts (
  client_id TEXT NOT NULL,
  mutation_id TEXT NOT NULL,
  result TEXT NOT NULL,
  PRIMARY KEY (client_id, mutation_id)
);
CREATE TABLE IF NOT EXISTS batches (
  idempotency_key TEXT PRIMARY KEY,
  body_sha256 TEXT NOT NULL,
  response TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS snapshots (
  id TEXT NOT NULL,
  part INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  rows INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (id, part)
);
-- 发文字号 counters: the next sequence number per pattern and year.
CREATE TABLE IF NOT EXISTS serials (
  pattern TEXT NOT NULL,
  year INTEGER NOT NULL,
  next INTEGER NOT NULL,
  PRIMARY KEY (pattern, year)
);
`

export interface LibraryMeta {
  datasetId: string
  epoch: number
  schemaVersion: number
  headSeq: number
  retainFromSeq: number
}

const initialMeta = (): LibraryMeta => ({
  datasetId: randomUUID(),
  epoch: 1,
  schemaVersion: 1,
  headSeq: 0,
  retainFromSeq: 0
})

/** Creates the tables and the meta rows a new database lacks; an existing one is left as it is. */
export function migrate(db: Database.Database): void {
  db.exec(DDL)
  const insert = db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)')
  db.transaction(() => {
    for (const [key, value] of Object.entries(initialMeta())) insert.run(key, value)
  })()
}

export function readMeta(db: Database.Database): LibraryMeta {
  const rows = db.prepare('SELECT key, value FROM meta').all() as {
    key: string
    value: string | number
  }[]
  const values = new Map(rows.map((row) => [row.key, row.value]))
  return {
    datasetId: String(values.get('datasetId')),
    epoch: Number(values.get('epoch')),
    schemaVersion: Number(values.get('schemaVersion')),
    headSeq: Number(values.get('headSeq')),
    retainFromSeq: Number(values.get('retainFromSeq'))
  }
}

export function writeMeta(db: Database.Database, key: keyof LibraryMeta, value: number): void {
  db.prepare('UPDATE meta SET value = ? WHERE key = ?').run(value, key)
}
