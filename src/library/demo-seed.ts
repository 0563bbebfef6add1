import { createDemoCity, DEFAULT_DEMO_SEED } from '../shared/domain/demo/generator'
import type { HolderCodeHasher } from '../shared/domain/privacy'
import type { SyncTable } from '../shared/domain/sync/protocol'
import type { RecordInput } from './records'
import type { SnapshotManifest } from './snapshot'
import type { LibraryStore } from './store'

export { DEFAULT_DEMO_SEED }
/** Fewer than the demo city's default: a library that starts in seconds on a laptop. */
export const DEFAULT_LIBRARY_DEMO_LICENCES = 20_000
/** Rows per transaction: big enough to be fast, small enough to keep the event loop breathing. */
const ROWS_PER_TRANSACTION = 4000

export interface DemoSeedOptions {
  licences?: number
  seed?: string
  /** Called after each batch of licences with how many are in. */
  onProgress?: (done: number, total: number) => void
  /**
   * The keyed hash of holder codes; left out, a key drawn from the seed. The workbench's embedded
   * 演示库 passes its own, so that a search by a full ID number finds the demo's licences.
   */
  holderHash?: HolderCodeHasher
  /** Rows per snapshot part: smaller parts show a bootstrap's progress in finer steps. */
  rowsPerPart?: number
}

export interface DemoSeedResult {
  counts: Record<SyncTable, number>
  snapshot: SnapshotManifest
}

function writeInChunks(store: LibraryStore, table: SyncTable, records: readonly RecordInput[]) {
  for (let at = 0; at < records.length; at += ROWS_PER_TRANSACTION) {
    store.upsertMany(table, records.slice(at, at + ROWS_PER_TRANSACTION))
  }
}

/**
 * Fills a library with the demo city of 许昌市 (the same generator as `demo generate`), the
 * referenced tables first, so that its change feed reads in the order a bootstrap applies it,
 * then builds the snapshot clients bootstrap from.
 */
export async function seedDemoLibrary(
  store: LibraryStore,
  options: DemoSeedOptions = {}
): Promise<DemoSeedResult> {
  const total = options.licences ?? DEFAULT_LIBRARY_DEMO_LICENCES
  const city = createDemoCity({
    licences: total,
    seed: options.seed ?? DEFAULT_DEMO_SEED,
    ...(options.holderHash ? { holderHash: options.holderHash } : {})
  })
  writeInChunks(store, 'departments', city.reference.departments)
  writeInChunks(store, 'catalog', city.reference.catalog)
  writeInChunks(store, 'usageAuthorizations', city.reference.usageAuthorizations)
  let done = 0
  for (;;) {
    const step = await city.batches.next()
    if (step.done) break
    writeInChunks(store, 'licences', step.value.licences)
    writeInChunks(store, 'usageRecords', step.value.usageRecords)
    writeInChunks(store, 'objections', step.value.objections)
    done += step.value.licences.length
    options.onProgress?.(done, total)
  }
  const snapshot = store.buildSnapshot(options.rowsPerPart)
  return { counts: store.counts(), snapshot }
}
