import type { HolderCodeHasher } from '../privacy/holder-hash'
import { mayHoldPersonalIds, protectIncomingLicence } from '../privacy/incoming-licence'
import type { SyncLocalStore } from './ports'
import type { SyncTable } from './protocol'

type Body = Record<string, unknown>

/**
 * What a body from the library must become before it is kept (e.g. personal codes masked); a
 * promise only when it has to wait (for main's hash).
 */
export type IncomingBody = (table: SyncTable, data: Body) => Body | Promise<Body>

/** The item with its gated body: the same item when the gate left the body as it was. */
function withData<T extends { data: Body }>(item: T, data: Body | Promise<Body>): T | Promise<T> {
  if (data instanceof Promise) return data.then((body) => withData(item, body))
  return data === item.data ? item : { ...item, data }
}

/** Every item through the gate, waiting only when some of them have to. */
function gateEach<T>(items: readonly T[], gateOne: (item: T) => T | Promise<T>): Promise<T[]> {
  const gated = items.map(gateOne)
  return gated.some((item) => item instanceof Promise)
    ? Promise.all(gated)
    : Promise.resolve(gated as T[])
}

/**
 * The local store behind a gate every row of the library's tables passes on its way in: snapshot
 * rows, change pages and repaired buckets. The gate
 * runs before the store's transaction opens (it may wait on main, and an IndexedDB transaction
 * cannot), so a page is either kept whole, already gated, or not at all.
 */
export function gatedStore(store: SyncLocalStore, gate: IncomingBody): SyncLocalStore {
  return {
    readState: () => store.readState(),
    startBootstrap: (state) => store.startBootstrap(state),
    finishBootstrap: (cursor) => store.finishBootstrap(cursor),
    pendingMutations: (limit) => store.pendingMutations(limit),
    digest: (table) => store.digest(table),
    async applySnapshotRows(rows, position) {
      const gated = await gateEach(rows, (row) => withData(row, gate(row.table, row.data)))
      return store.applySnapshotRows(gated, position)
    },
    async applyPage(items, next) {
      const gated = await gateEach(items, (item) =>
        item.op === 'upsert' ? withData(item, gate(item.table, item.data)) : item
      )
      return store.applyPage(gated, next)
    },
    // Results carry the bureau's own records back (the library refuses writes to its tables).
    recordResults: (results) => store.recordResults(results),
    async replaceBucket(table, bucket, rows) {
      const gated = await gateEach(rows, (row) => withData(row, gate(table, row.data)))
      return store.replaceBucket(table, bucket, gated)
    }
  }
}

/**
 * The gate of 个人信息最小化: a library of record sends holders' ID numbers whole, and none is
 * kept here as it came (see protectIncomingLicence). `hash` is main's keyed hash; null where no
 * key is at hand (the headless mirror keeps masked codes only).
 */
export function personalDataGate(hash: HolderCodeHasher | null): IncomingBody {
  return (table, data) =>
    table === 'licences' && mayHoldPersonalIds(data) ? protectIncomingLicence(data, hash) : data
}
