import { createDemoCity } from '../../src/shared/domain/demo/generator'
import type { GroundTruth } from '../../src/shared/domain/demo/ground-truth'
import type { HolderCodeHasher } from '../../src/shared/domain/privacy'
import type { SnapshotRow, SyncTable } from '../../src/shared/domain/sync/protocol'
import type { WorkbenchDb } from '../../src/renderer/src/db/database'
import { DexieSyncStore } from '../../src/renderer/src/db/sync-store'

export interface DemoWorkingCopyOptions {
  licences: number
  seed?: string
  batchSize?: number
  holderHash?: HolderCodeHasher
  /** After each batch, with the licences written so far. */
  onProgress?: (done: number) => void
}

/**
 * Fills a working copy with the demo city the way the app's first start does: as a bootstrap
 * through the sync store, one transaction per batch with its position, the cursor set at the
 * end. Node (fake-indexeddb), browser tests and the benchmarks share it; the app itself gets the
 * same rows from a library over HTTP.
 */
export async function fillWithDemoCity(
  db: WorkbenchDb,
  options: DemoWorkingCopyOptions
): Promise<GroundTruth> {
  const city = createDemoCity({
    licences: options.licences,
    seed: options.seed ?? 'demo-test',
    batchSize: options.batchSize ?? 2000,
    ...(options.holderHash ? { holderHash: options.holderHash } : {})
  })
  const store = new DexieSyncStore(db)
  await store.startBootstrap({
    datasetId: 'demo-working-copy',
    epoch: 1,
    cursor: null,
    bootstrap: { snapshotId: 'demo', snapshotSeq: 0, partsDone: 0, rowsDone: 0 }
  })
  let seq = 0
  let rowsDone = 0
  const apply = async (tables: Partial<Record<SyncTable, readonly { id: string }[]>>) => {
    const rows: SnapshotRow[] = Object.entries(tables).flatMap(([table, records]) =>
      (records ?? []).map((data) => ({
        table: table as SyncTable,
        id: data.id,
        rev: 1,
        seq: ++seq,
        data: data as Record<string, unknown>
      }))
    )
    rowsDone += rows.length
    await store.applySnapshotRows(rows, { partsDone: 0, rowsDone })
  }
  await apply(city.reference)
  let done = 0
  for (;;) {
    const step = await city.batches.next()
    if (step.done) {
      await store.finishBootstrap(seq)
      return step.value
    }
    await apply({
      licences: step.value.licences,
      usageRecords: step.value.usageRecords,
      objections: step.value.objections
    })
    done += step.value.licences.length
    options.onProgress?.(done)
  }
}
