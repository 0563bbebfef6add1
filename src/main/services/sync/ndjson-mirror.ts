import { createHash } from 'node:crypto'
import {
  mkdir,
  open,
  readFile,
  rename,
  truncate,
  writeFile,
  type FileHandle
} from 'node:fs/promises'
import { join } from 'node:path'
import { DigestAccumulator, digestBucketOf } from '../../../shared/domain/sync/digest'
import type { SyncLocalStore, SyncState } from '../../../shared/domain/sync/ports'
import {
  SyncTable,
  type ChangeItem,
  type DigestBucket,
  type Mutation,
  type SnapshotRow
} from '../../../shared/domain/sync/protocol'

/** The file each table is mirrored to: the names `demo generate` writes and `compliance scan` reads. */
export const MIRROR_FILES: Record<SyncTable, string> = {
  departments: 'departments.ndjson',
  catalog: 'catalog.ndjson',
  usageAuthorizations: 'usage-authorizations.ndjson',
  licences: 'licences.ndjson',
  usageRecords: 'usage-records.ndjson',
  objections: 'objections.ndjson',
  notices: 'notices.ndjson',
  circulars: 'circulars.ndjson',
  dispositions: 'dispositions.ndjson',
  auditHeads: 'audit-heads.ndjson'
}

interface Row {
  rev: number
  deleted: boolean
  /** The record as JSON text, '' for a tombstone. */
  text: string
}

type JournalEntry =
  | { op: 'reset'; state: SyncState }
  | { op: 'rows'; rows: SnapshotRow[]; position: { partsDone: number; rowsDone: number } }
  | { op: 'cursor'; cursor: number }
  | { op: 'page'; items: ChangeItem[]; next: number }
  | {
      op: 'bucket'
      table: SyncTable
      bucket: number
      rows: { id: string; rev: number; data: Record<string, unknown> }[]
    }

const JOURNAL = join('.sync', 'journal.ndjson')
const STATE = join('.sync', 'state.json')

/**
 * The library mirrored into a folder of NDJSON files (`sync pull`), one per table. Every page is
 * first appended to a journal with its cursor as one line, so a run killed at any point resumes
 * from the last whole line; `compact()` rewrites the table files and empties the journal. The
 * mirror holds the tables in memory while it runs. It has no outbox: it only reads.
 */
export class NdjsonMirror implements SyncLocalStore {
  private readonly tables = new Map<SyncTable, Map<string, Row>>()
  private state: SyncState | null = null

  private constructor(
    readonly dir: string,
    private journal: FileHandle
  ) {}

  static async open(dir: string): Promise<NdjsonMirror> {
    await mkdir(join(dir, '.sync'), { recursive: true })
    const mirror = new NdjsonMirror(dir, await open(join(dir, JOURNAL), 'a'))
    await mirror.load()
    return mirror
  }

  private table(name: SyncTable): Map<string, Row> {
    let rows = this.tables.get(name)
    if (!rows) this.tables.set(name, (rows = new Map()))
    return rows
  }

  private async load(): Promise<void> {
    const stateText = await readFile(join(this.dir, STATE), 'utf8').catch(absent)
    if (stateText !== null) {
      this.state = JSON.parse(stateText) as SyncState
      for (const name of SyncTable.options) {
        const text = await readFile(join(this.dir, MIRROR_FILES[name]), 'utf8').catch(absent)
        for (const line of (text ?? '').split('\n')) {
          if (line === '') continue
          const record = JSON.parse(line) as { id: string; rev: number }
          this.table(name).set(record.id, { rev: record.rev, deleted: false, text: line })
        }
      }
    }
    const journal = await readFile(join(this.dir, JOURNAL), 'utf8')
    const lines = journal.split('\n')
    // What follows the last newline is '' or the torn line of a run that was killed.
    lines.pop()
    let good = 0
    for (const line of lines) {
      let entry: JournalEntry
      try {
        entry = JSON.parse(line) as JournalEntry
      } catch {
        break
      }
      this.replay(entry)
      good += Buffer.byteLength(line) + 1
    }
    if (good < Buffer.byteLength(journal)) {
      await this.journal.close()
      await truncate(join(this.dir, JOURNAL), good)
      this.journal = await open(join(this.dir, JOURNAL), 'a')
    }
  }

  private replay(entry: JournalEntry): void {
    switch (entry.op) {
      case 'reset':
        for (const name of SyncTable.options) this.tables.set(name, new Map())
        this.state = entry.state
        return
      case 'rows':
        for (const row of entry.rows) this.put(row.table, row.id, row.rev, row.data)
        if (this.state?.bootstrap) {
          this.state = { ...this.state, bootstrap: { ...this.state.bootstrap, ...entry.position } }
        }
        return
      case 'cursor':
        if (this.state) this.state = { ...this.state, cursor: entry.cursor, bootstrap: null }
        return
      case 'page':
        for (const item of entry.items) {
          if (item.op === 'upsert') this.put(item.table, item.id, item.rev, item.data)
          else this.remove(item.table, item.id, item.rev)
        }
        if (this.state) this.state = { ...this.state, cursor: entry.next }
        return
      case 'bucket': {
        const rows = this.table(entry.table)
        for (const [id, row] of rows) {
          if (!row.deleted && digestBucketOf(id) === entry.bucket) rows.delete(id)
        }
        for (const row of entry.rows) this.put(entry.table, row.id, row.rev, row.data)
      }
    }
  }

  /** Upsert unless the mirror already holds a newer revision. */
  private put(table: SyncTable, id: string, rev: number, data: Record<string, unknown>): void {
    const rows = this.table(table)
    if ((rows.get(id)?.rev ?? 0) > rev) return
    rows.set(id, { rev, deleted: false, text: JSON.stringify(data) })
  }

  private remove(table: SyncTable, id: string, rev: number): void {
    const rows = this.table(table)
    if ((rows.get(id)?.rev ?? 0) > rev) return
    rows.set(id, { rev, deleted: true, text: '' })
  }

  private async append(entry: JournalEntry): Promise<void> {
    await this.journal.write(`${JSON.stringify(entry)}\n`)
    this.replay(entry)
  }

  readState = async (): Promise<SyncState | null> => this.state
  startBootstrap = (state: SyncState) => this.append({ op: 'reset', state })
  applySnapshotRows = (
    rows: readonly SnapshotRow[],
    position: { partsDone: number; rowsDone: number }
  ) => this.append({ op: 'rows', rows: [...rows], position })
  finishBootstrap = (cursor: number) => this.append({ op: 'cursor', cursor })
  applyPage = (items: readonly ChangeItem[], next: number) =>
    this.append({ op: 'page', items: [...items], next })
  pendingMutations = async (): Promise<Mutation[]> => []
  recordResults = async (): Promise<void> => undefined
  replaceBucket = (
    table: SyncTable,
    bucket: number,
    rows: readonly { id: string; rev: number; data: Record<string, unknown> }[]
  ) => this.append({ op: 'bucket', table, bucket, rows: [...rows] })

  async digest(table: SyncTable): Promise<DigestBucket[]> {
    const accumulator = new DigestAccumulator()
    for (const [id, row] of this.table(table)) if (!row.deleted) accumulator.add(id, row.rev)
    return accumulator.buckets()
  }

  /** Live rows per table. */
  counts(): Record<SyncTable, number> {
    const counts = {} as Record<SyncTable, number>
    for (const name of SyncTable.options) {
      counts[name] = [...this.table(name).values()].filter((row) => !row.deleted).length
    }
    return counts
  }

  /**
   * The table files and the state rewritten (each to a temporary file, then renamed), then the
   * journal emptied: a crash in between replays the journal over the new files, which is harmless.
   */
  async compact(manifest: Record<string, unknown>): Promise<void> {
    const files: Record<string, { records: number; sha256: string }> = {}
    for (const name of SyncTable.options) {
      const lines = [...this.table(name).values()].filter((row) => !row.deleted)
      const text = lines.map((row) => `${row.text}\n`).join('')
      await replaceFile(join(this.dir, MIRROR_FILES[name]), text)
      files[MIRROR_FILES[name]] = {
        records: lines.length,
        sha256: createHash('sha256').update(text).digest('hex')
      }
    }
    await replaceFile(join(this.dir, STATE), JSON.stringify(this.state))
    await replaceFile(
      join(this.dir, 'manifest.json'),
      `${JSON.stringify({ ...manifest, state: this.state, files }, null, 2)}\n`
    )
    await this.journal.truncate(0)
  }

  close(): Promise<void> {
    return this.journal.close()
  }
}

function absent(error: NodeJS.ErrnoException): null {
  if (error.code === 'ENOENT') return null
  throw error
}

async function replaceFile(path: string, text: string): Promise<void> {
  await writeFile(`${path}.tmp`, text)
  await rename(`${path}.tmp`, path)
}
