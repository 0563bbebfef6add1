import { DigestAccumulator, digestBucketOf } from '../../../../src/shared/domain/sync/digest'
import type { SyncLocalStore, SyncState } from '../../../../src/shared/domain/sync/ports'
import type {
  ChangeItem,
  DigestBucket,
  Mutation,
  MutationResult,
  SnapshotRow,
  SyncTable
} from '../../../../src/shared/domain/sync/protocol'

interface Row {
  rev: number
  deleted: boolean
  data: Record<string, unknown> | null
}

type Method = 'applySnapshotRows' | 'applyPage' | 'recordResults' | 'finishBootstrap'

/**
 * A local store for engine tests: each method is one "transaction" that either commits whole or,
 * when a crash is planted, throws and leaves nothing behind (the Dexie store's promise).
 */
export class MemoryStore implements SyncLocalStore {
  rows = new Map<string, Row>()
  state: SyncState | null = null
  outbox: Mutation[] = []
  conflicts: { mutation: Mutation; library: Record<string, unknown> | undefined }[] = []
  rejected: { mutation: Mutation; error: MutationResult['error'] }[] = []
  private crashes = new Map<Method, number>()

  /** The `n`th next call of `method` throws before it commits. */
  crashOn(method: Method, n = 1): void {
    this.crashes.set(method, n)
  }

  private maybeCrash(method: Method): void {
    const n = this.crashes.get(method)
    if (n === undefined) return
    if (n <= 1) {
      this.crashes.delete(method)
      throw new Error(`planted crash in ${method}`)
    }
    this.crashes.set(method, n - 1)
  }

  private key(table: SyncTable, id: string): string {
    return `${table}/${id}`
  }

  private put(table: SyncTable, id: string, rev: number, data: Record<string, unknown> | null) {
    const current = this.rows.get(this.key(table, id))
    if (current && current.rev > rev) return
    this.rows.set(this.key(table, id), { rev, deleted: data === null, data })
  }

  async readState(): Promise<SyncState | null> {
    return this.state && structuredClone(this.state)
  }

  async startBootstrap(state: SyncState): Promise<void> {
    this.rows = new Map()
    this.snapshotWrites = new Map()
    this.state = structuredClone(state)
  }

  /** Rows written by snapshot chunks; a row written twice would be a resume defect. */
  snapshotWrites = new Map<string, number>()

  async applySnapshotRows(
    rows: readonly SnapshotRow[],
    position: { partsDone: number; rowsDone: number }
  ): Promise<void> {
    this.maybeCrash('applySnapshotRows')
    for (const row of rows) {
      const key = this.key(row.table, row.id)
      this.snapshotWrites.set(key, (this.snapshotWrites.get(key) ?? 0) + 1)
      this.put(row.table, row.id, row.rev, row.data)
    }
    if (this.state?.bootstrap) Object.assign(this.state.bootstrap, position)
  }

  async finishBootstrap(cursor: number): Promise<void> {
    this.maybeCrash('finishBootstrap')
    if (this.state) this.state = { ...this.state, cursor, bootstrap: null }
  }

  async applyPage(items: readonly ChangeItem[], next: number): Promise<void> {
    this.maybeCrash('applyPage')
    for (const item of items) {
      this.put(item.table, item.id, item.rev, item.op === 'upsert' ? item.data : null)
    }
    if (this.state) this.state.cursor = next
  }

  async pendingMutations(limit: number): Promise<Mutation[]> {
    return this.outbox.slice(0, limit)
  }

  async recordResults(results: readonly MutationResult[]): Promise<void> {
    this.maybeCrash('recordResults')
    for (const result of results) {
      const at = this.outbox.findIndex((m) => m.mutationId === result.mutationId)
      if (at < 0) continue
      const [mutation] = this.outbox.splice(at, 1) as [Mutation]
      if (result.status === 'conflict') this.conflicts.push({ mutation, library: result.record })
      if (result.status === 'rejected') this.rejected.push({ mutation, error: result.error })
      if (result.record && result.rev !== undefined) {
        this.put(mutation.table, mutation.id, result.rev, result.record)
      }
    }
  }

  async digest(table: SyncTable): Promise<DigestBucket[]> {
    const digest = new DigestAccumulator()
    for (const [key, row] of this.rows) {
      if (key.startsWith(`${table}/`) && !row.deleted)
        digest.add(key.slice(table.length + 1), row.rev)
    }
    return digest.buckets()
  }

  async replaceBucket(
    table: SyncTable,
    bucket: number,
    rows: readonly { id: string; rev: number; data: Record<string, unknown> }[]
  ): Promise<void> {
    for (const [key, row] of this.rows) {
      const id = key.slice(table.length + 1)
      if (key.startsWith(`${table}/`) && !row.deleted && digestBucketOf(id) === bucket) {
        this.rows.delete(key)
      }
    }
    for (const row of rows) this.rows.set(this.key(table, row.id), { ...row, deleted: false })
  }

  live(table: SyncTable): Map<string, Row> {
    const live = new Map<string, Row>()
    for (const [key, row] of this.rows) {
      if (key.startsWith(`${table}/`) && !row.deleted) live.set(key.slice(table.length + 1), row)
    }
    return live
  }
}
