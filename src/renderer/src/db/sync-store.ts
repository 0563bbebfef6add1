import type { Table } from 'dexie'
import type { Licence } from '@shared/domain/licences'
import { DigestAccumulator, digestBucketOf } from '@shared/domain/sync/digest'
import type { SyncLocalStore, SyncState } from '@shared/domain/sync/ports'
import type {
  ChangeItem,
  DigestBucket,
  Mutation,
  MutationResult,
  SnapshotRow,
  SyncTable
} from '@shared/domain/sync/protocol'
import { aggregateDeltas, applyAggregateDeltas } from './aggregates'
import { COMPLIANCE_CHANGES_KEY, COMPLIANCE_STATE_KEY } from './compliance-changes'
import type { WorkbenchDb } from './database'
import { CUBE_STAMP_KEY, writeLicences } from './licence-writes'

/** meta key: where the working copy stands against the library (cursor, bootstrap position). */
export const SYNC_STATE_KEY = 'sync.state'

/** The library's tables as they are kept here; tables this version does not hold are skipped. */
type LocalTable =
  | 'departments'
  | 'catalog'
  | 'usageAuthorizations'
  | 'licences'
  | 'usageRecords'
  | 'objections'
  | 'notices'
  | 'circulars'
  | 'auditHeads'

const LOCAL_TABLES: Partial<Record<SyncTable, LocalTable>> = {
  departments: 'departments',
  catalog: 'catalog',
  usageAuthorizations: 'usageAuthorizations',
  licences: 'licences',
  usageRecords: 'usageRecords',
  objections: 'objections',
  notices: 'notices',
  circulars: 'circulars',
  auditHeads: 'auditHeads'
}

/** Cleared by a bootstrap: the library's data and what is derived from it. */
const LIBRARY_DATA: readonly LocalTable[] = [
  'departments',
  'catalog',
  'usageAuthorizations',
  'licences',
  'usageRecords',
  'objections'
]

type Row = { id: string; rev: number } & Record<string, unknown>

/**
 * The working copy as the sync engine's local store (SYNC.md §4.1): each call is one Dexie
 * transaction, so a page and its cursor, or a library answer and the outbox row it settles,
 * commit together or not at all. Licences go through `writeLicences` so the count cube and the
 * compliance change list stay in step.
 */
export class DexieSyncStore implements SyncLocalStore {
  constructor(private readonly db: WorkbenchDb) {}

  /** A seam for crash tests: runs inside the page transaction, after the rows, before the cursor. */
  protected beforeCursorWrite(): void {}

  private table(name: LocalTable): Table<Row, string> {
    return this.db.table(name)
  }

  private dataTables(): Table[] {
    return [...Object.values(LOCAL_TABLES), 'aggregates', 'findings', 'meta'].map((name) =>
      this.db.table(name)
    )
  }

  async readState(): Promise<SyncState | null> {
    return ((await this.db.meta.get(SYNC_STATE_KEY))?.value as SyncState | undefined) ?? null
  }

  private writeState(state: SyncState): Promise<string> {
    return this.db.meta.put({ key: SYNC_STATE_KEY, value: state })
  }

  async startBootstrap(state: SyncState): Promise<void> {
    await this.db.transaction('rw', this.dataTables(), async () => {
      for (const name of LIBRARY_DATA) await this.table(name).clear()
      await this.db.aggregates.clear()
      // Findings are derived from the data: the next scan after the bootstrap makes them anew.
      await this.db.findings.clear()
      await this.db.meta.bulkDelete([CUBE_STAMP_KEY, COMPLIANCE_STATE_KEY, COMPLIANCE_CHANGES_KEY])
      await this.writeState(state)
    })
  }

  async applySnapshotRows(
    rows: readonly SnapshotRow[],
    position: { partsDone: number; rowsDone: number }
  ): Promise<void> {
    const byTable = groupBy(rows, (row) => row.table)
    await this.db.transaction('rw', this.dataTables(), async () => {
      for (const [table, tableRows] of byTable) {
        const local = LOCAL_TABLES[table]
        if (!local) continue
        const records = tableRows.map((row) => ({ ...row.data, id: row.id, rev: row.rev }))
        // After startBootstrap every snapshot row is new exactly once: no need to read first.
        if (local === 'licences') await writeLicences(this.db, records as Licence[], 'insert')
        else await this.table(local).bulkPut(records as Row[])
      }
      const state = await this.readState()
      if (state?.bootstrap)
        await this.writeState({ ...state, bootstrap: { ...state.bootstrap, ...position } })
    })
  }

  async finishBootstrap(cursor: number): Promise<void> {
    await this.db.transaction('rw', this.db.meta, async () => {
      const state = await this.readState()
      if (state) await this.writeState({ ...state, cursor, bootstrap: null })
    })
  }

  async applyPage(items: readonly ChangeItem[], next: number): Promise<void> {
    await this.db.transaction('rw', this.dataTables(), async () => {
      for (const [table, tableItems] of groupBy(items, (item) => item.table)) {
        const local = LOCAL_TABLES[table]
        if (local) await this.applyItems(local, latestPerId(tableItems))
      }
      this.beforeCursorWrite()
      const state = await this.readState()
      if (state) await this.writeState({ ...state, cursor: next })
    })
  }

  /** Items newer than or as new as the local row win; older ones (a replayed page) are skipped. */
  private async applyItems(local: LocalTable, items: readonly ChangeItem[]): Promise<void> {
    const current = await this.table(local).bulkGet(items.map((item) => item.id))
    const upserts: Row[] = []
    const deletes: Row[] = []
    items.forEach((item, index) => {
      const before = current[index]
      if (before && before.rev > item.rev) return
      if (item.op === 'upsert') upserts.push({ ...item.data, id: item.id, rev: item.rev })
      else if (before) deletes.push(before)
    })
    if (local === 'licences') {
      await writeLicences(this.db, upserts as unknown as Licence[], 'upsert')
      await this.deleteLicences(deletes as unknown as Licence[])
      return
    }
    if (upserts.length > 0) await this.table(local).bulkPut(upserts)
    if (deletes.length > 0) await this.table(local).bulkDelete(deletes.map((row) => row.id))
  }

  /** Removes licences and their counts from the cube. */
  private async deleteLicences(licences: readonly Licence[]): Promise<void> {
    if (licences.length === 0) return
    const deltas = aggregateDeltas(
      licences.map((before) => ({ before, after: { ...before, deleted: true } }))
    )
    const cells = await this.db.aggregates.bulkGet([...deltas.keys()])
    const { put, remove } = applyAggregateDeltas(cells, deltas)
    await this.db.licences.bulkDelete(licences.map((licence) => licence.id))
    if (put.length > 0) await this.db.aggregates.bulkPut(put)
    if (remove.length > 0) await this.db.aggregates.bulkDelete(remove)
    await this.db.meta.put({ key: CUBE_STAMP_KEY, value: globalThis.crypto.randomUUID() })
  }

  async pendingMutations(limit: number): Promise<Mutation[]> {
    return this.db.outbox.orderBy('clientSeq').limit(limit).toArray()
  }

  async recordResults(results: readonly MutationResult[]): Promise<void> {
    const tables = [this.db.outbox, this.db.syncConflicts, ...this.dataTables()]
    await this.db.transaction('rw', tables, async () => {
      for (const result of results) {
        const mutation = await this.db.outbox.where('mutationId').equals(result.mutationId).first()
        if (!mutation) continue
        await this.db.outbox.delete(mutation.clientSeq)
        if (result.status === 'conflict' || result.status === 'rejected') {
          await this.db.syncConflicts.put({
            mutationId: mutation.mutationId,
            table: mutation.table,
            status: result.status,
            mutation,
            library: result.record ?? null,
            error: result.error ?? null
          })
        }
        const local = LOCAL_TABLES[mutation.table]
        if (local && result.status === 'conflict' && result.record && result.rev !== undefined) {
          // The library's version wins a conflict, however far this workstation got past it;
          // the local one is in the 冲突 list.
          await this.table(local).put({ ...result.record, id: mutation.id, rev: result.rev })
          continue
        }
        if (local && result.record && result.rev !== undefined) {
          const item: ChangeItem = {
            seq: result.seq ?? 0,
            table: mutation.table,
            op: 'upsert',
            id: mutation.id,
            rev: result.rev,
            data: result.record
          }
          await this.applyItems(local, [item])
        }
      }
    })
  }

  async digest(table: SyncTable): Promise<DigestBucket[]> {
    const digest = new DigestAccumulator()
    const local = LOCAL_TABLES[table]
    if (local) await this.table(local).each((row) => digest.add(row.id, row.rev))
    return digest.buckets()
  }

  async replaceBucket(
    table: SyncTable,
    bucket: number,
    rows: readonly { id: string; rev: number; seq: number; data: Record<string, unknown> }[]
  ): Promise<void> {
    const local = LOCAL_TABLES[table]
    if (!local) return
    await this.db.transaction('rw', this.dataTables(), async () => {
      const stale: Row[] = []
      await this.table(local).each((row) => {
        if (digestBucketOf(row.id) === bucket) stale.push(row)
      })
      if (local === 'licences') await this.deleteLicences(stale as unknown as Licence[])
      else await this.table(local).bulkDelete(stale.map((row) => row.id))
      await this.applyItems(
        local,
        rows.map((row) => ({ ...row, table, op: 'upsert' as const }))
      )
    })
  }
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

/** A page may hold several changes of one row: only the last one counts. */
function latestPerId(items: readonly ChangeItem[]): ChangeItem[] {
  const latest = new Map<string, ChangeItem>()
  for (const item of items) latest.set(item.id, item)
  return [...latest.values()]
}
