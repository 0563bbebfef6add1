/// <reference lib="webworker" />
import { createDemoCity } from '@shared/domain/demo/generator'
import type { Licence } from '@shared/domain/licences'
import { openWorkbenchDb } from '@renderer/db/database'
import { toStoredLicence } from '@renderer/db/licence-keys'
import { DexieSyncStore } from '@renderer/db/sync-store'
import { keyedHasher } from '@shared/domain/privacy'
import { parseSnapshotText, ROWS_PER_TRANSACTION } from '@shared/domain/sync/bootstrap'
import { gatedStore, personalDataGate } from '@shared/domain/sync/incoming'
import type { SyncLocalStore } from '@shared/domain/sync/ports'
import type { ChangeItem, SyncTable } from '@shared/domain/sync/protocol'
import type { LoadBenchEvent, PairResult } from './protocol'

/**
 * Loads N demo licences (with their usage records and objections) twice, batch by batch, in a
 * worker: through the sync bootstrap (a snapshot part's NDJSON parsed and applied by the sync
 * store in 2,000-row transactions with their position: derived keys, count cube, Dexie), the way
 * the app's first start fills the working copy (through the same personal-data gate, with a key
 * of the bench's own in main's place), and as raw IndexedDB `put`s of the same stored
 * rows into an identical schema. Only the writes (and the sync's parsing) are timed; the order
 * alternates so drift on this noisy machine hits both. Then 10,000 changes are applied as sync
 * pages against raw puts of the same rows. The bootstrapped database is what the query
 * benchmarks read.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (event: LoadBenchEvent) => scope.postMessage(event)

function rawPut(idb: IDBDatabase, stores: Record<string, readonly unknown[]>): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(Object.keys(stores), 'readwrite')
    for (const [name, rows] of Object.entries(stores)) {
      const store = tx.objectStore(name)
      for (const row of rows) store.put(row)
    }
    tx.oncomplete = () => resolve()
    tx.onabort = () => reject(tx.error)
  })
}

/** A batch as the library's snapshot part would carry it (NDJSON of SnapshotRow). */
function snapshotText(tables: Record<string, readonly { id: string; rev: number }[]>): string {
  let seq = 0
  return Object.entries(tables)
    .flatMap(([table, rows]) =>
      rows.map((data) => JSON.stringify({ table, id: data.id, rev: data.rev, seq: ++seq, data }))
    )
    .join('\n')
}

async function applyAsBootstrap(store: SyncLocalStore, text: string): Promise<void> {
  const rows = parseSnapshotText(text)
  for (let at = 0; at < rows.length; at += ROWS_PER_TRANSACTION) {
    const end = Math.min(rows.length, at + ROWS_PER_TRANSACTION)
    await store.applySnapshotRows(rows.slice(at, end), { partsDone: 0, rowsDone: end })
  }
}

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

async function run(licences: number): Promise<void> {
  const stamp = Date.now()
  const syncName = `bench-sync-${stamp}`
  const baseline = await openWorkbenchDb({ name: `bench-baseline-${stamp}` })
  const raw = baseline.backendDB()
  const syncDb = await openWorkbenchDb({ name: syncName })
  const syncStore = gatedStore(
    new DexieSyncStore(syncDb),
    personalDataGate(keyedHasher(new Uint8Array(32).fill(1)))
  )
  await syncStore.startBootstrap({
    datasetId: 'bench',
    epoch: 1,
    cursor: null,
    bootstrap: { snapshotId: 'bench', snapshotSeq: 0, partsDone: 0, rowsDone: 0 }
  })
  const batchSize = 1000
  const city = createDemoCity({ licences, seed: 'bench', batchSize })
  await applyAsBootstrap(
    syncStore,
    snapshotText({
      departments: city.reference.departments.map((row) => ({ ...row, rev: 1 })),
      catalog: city.reference.catalog.map((row) => ({ ...row, rev: 1 })),
      usageAuthorizations: city.reference.usageAuthorizations
    })
  )
  let licencesDone = 0
  let batchesDone = 0
  let baselineMs = 0
  let syncMs = 0
  const recent: Licence[] = []
  let generateMs = 0
  let rows = 0
  let events = 0
  for (let index = 0; ; index++) {
    const started = performance.now()
    const step = await city.batches.next()
    generateMs += performance.now() - started
    if (step.done) break
    const batch = step.value
    const stored = batch.licences.map(toStoredLicence)
    batchesDone += 1
    licencesDone += batch.licences.length
    const text = snapshotText({
      licences: batch.licences,
      usageRecords: batch.usageRecords,
      objections: batch.objections
    })
    const writeSync = () => applyAsBootstrap(syncStore, text)
    const writeBaseline = () =>
      rawPut(raw, {
        licences: stored,
        usageRecords: batch.usageRecords,
        objections: batch.objections
      })
    if (index % 2 === 0) {
      baselineMs += await timed(writeBaseline)
      syncMs += await timed(writeSync)
    } else {
      syncMs += await timed(writeSync)
      baselineMs += await timed(writeBaseline)
    }
    // Spread over the whole load: the changed licences are old and new ones alike.
    recent.push(...batch.licences.slice(0, Math.ceil((10_000 * batchSize) / licences)))
    rows += batch.licences.length + batch.usageRecords.length + batch.objections.length
    events += batch.licences.reduce((sum, licence) => sum + licence.statusHistory.length, 0)
    if (batchesDone % 20 === 0) post({ type: 'progress', done: licencesDone, total: licences })
  }
  const incremental = await incrementalSync(syncStore, raw, recent.slice(-10_000))
  baseline.close()
  await baseline.delete()
  syncDb.close()
  const perSecond = (ms: number) => Math.round((rows / ms) * 1000)
  const bootstrap: PairResult = {
    name: `sync bootstrap (${licences} licences, ${rows} rows, parse + apply) vs raw IndexedDB put`,
    baseline: { label: 'raw put', ms: baselineMs },
    subject: { label: 'sync bootstrap', ms: syncMs },
    ratio: syncMs / baselineMs,
    target: '≤ 1.25× (≥ 80 % of raw throughput)',
    extra: {
      'sync rec/s': perSecond(syncMs),
      'raw rec/s': perSecond(baselineMs),
      'share of raw throughput': `${Math.round((baselineMs / syncMs) * 100)} %`,
      'licences/s (write)': Math.round((licences / syncMs) * 1000),
      'generator licences/s': Math.round((licences / generateMs) * 1000),
      'status events': events
    }
  }
  post({ type: 'done', results: [bootstrap, incremental], subjectDb: syncName })
}

/**
 * 增量同步: 10,000 changed licences (a status change each) as five pages of 2,000, each in one
 * transaction with its cursor, the count cube moved and the changes noted for the next scan;
 * against raw puts of the same stored rows.
 */
async function incrementalSync(
  store: SyncLocalStore,
  raw: IDBDatabase,
  licences: Licence[]
): Promise<PairResult> {
  const changed = licences.map((licence) => ({
    ...licence,
    rev: licence.rev + 1,
    state: licence.state === 'valid' ? ('suspended' as const) : licence.state
  }))
  let seq = 1_000_000_000
  const pages: ChangeItem[][] = []
  for (let at = 0; at < changed.length; at += 2000) {
    pages.push(
      changed.slice(at, at + 2000).map((data) => ({
        seq: ++seq,
        table: 'licences' as SyncTable,
        op: 'upsert' as const,
        id: data.id,
        rev: data.rev,
        data
      }))
    )
  }
  await store.finishBootstrap(0)
  const stored = changed.map(toStoredLicence)
  const baselineMs = await timed(async () => {
    for (let at = 0; at < stored.length; at += 2000) {
      await rawPut(raw, { licences: stored.slice(at, at + 2000) })
    }
  })
  const subjectMs = await timed(async () => {
    for (const page of pages) await store.applyPage(page, page.at(-1)?.seq ?? 0)
  })
  return {
    name: `sync incremental (${changed.length} changed licences in pages of 2,000) vs raw IndexedDB put`,
    baseline: { label: 'raw put', ms: baselineMs },
    subject: { label: 'sync pages', ms: subjectMs },
    ratio: subjectMs / baselineMs,
    extra: { 'changes/s': Math.round((changed.length / subjectMs) * 1000) }
  }
}

scope.onmessage = (message: MessageEvent<{ licences: number }>) => {
  run(message.data.licences).catch((error: unknown) =>
    post({
      type: 'failed',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error)
    })
  )
}
