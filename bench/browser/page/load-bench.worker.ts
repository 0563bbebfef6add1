/// <reference lib="webworker" />
import { createDemoCity, DEMO_GENERATOR_VERSION } from '@shared/domain/demo/generator'
import { openWorkbenchDb } from '@renderer/db/database'
import { writeDemoBatch, type DemoLoadState } from '@renderer/demo/demo-loader'
import { toStoredLicence } from '@renderer/db/licence-keys'
import type { LoadBenchEvent, PairResult } from './protocol'

/**
 * Loads N demo licences (with their usage records and objections) twice, batch by batch, in a
 * worker: once through the loader's write path (derived keys, count cube, checkpoint, Dexie) and
 * once as raw IndexedDB `put`s of the same stored rows into an identical schema. Only the writes
 * are timed; the two alternate which goes first so drift on this noisy machine hits both.
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

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

async function run(licences: number): Promise<void> {
  const stamp = Date.now()
  const subjectName = `bench-subject-${stamp}`
  const subject = await openWorkbenchDb({ name: subjectName })
  const baseline = await openWorkbenchDb({ name: `bench-baseline-${stamp}` })
  const raw = baseline.backendDB()
  const batchSize = 1000
  const city = createDemoCity({ licences, seed: 'bench', batchSize })
  await subject.departments.bulkPut(city.reference.departments)
  await subject.catalog.bulkPut(city.reference.catalog)
  const state: DemoLoadState = {
    licences,
    seed: 'bench',
    batchSize,
    status: 'loading',
    generatorVersion: DEMO_GENERATOR_VERSION,
    batchesDone: 0,
    licencesDone: 0
  }
  let subjectMs = 0
  let baselineMs = 0
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
    state.batchesDone += 1
    state.licencesDone += batch.licences.length
    const writeSubject = () => writeDemoBatch(subject, batch, { ...state })
    const writeBaseline = () =>
      rawPut(raw, {
        licences: stored,
        usageRecords: batch.usageRecords,
        objections: batch.objections
      })
    if (index % 2 === 0) {
      subjectMs += await timed(writeSubject)
      baselineMs += await timed(writeBaseline)
    } else {
      baselineMs += await timed(writeBaseline)
      subjectMs += await timed(writeSubject)
    }
    rows += batch.licences.length + batch.usageRecords.length + batch.objections.length
    events += batch.licences.reduce((sum, licence) => sum + licence.statusHistory.length, 0)
    if (state.batchesDone % 20 === 0)
      post({ type: 'progress', done: state.licencesDone, total: licences })
  }
  subject.close()
  baseline.close()
  await baseline.delete()
  const perSecond = (ms: number) => Math.round((rows / ms) * 1000)
  const result: PairResult = {
    name: `licence load (${licences} licences, ${rows} rows) vs raw IndexedDB put`,
    baseline: { label: 'raw put', ms: baselineMs },
    subject: { label: 'loader write path', ms: subjectMs },
    ratio: subjectMs / baselineMs,
    target: '≤ 1.3×',
    extra: {
      'loader rec/s': perSecond(subjectMs),
      'raw rec/s': perSecond(baselineMs),
      'licences/s (write)': Math.round((licences / subjectMs) * 1000),
      'generator licences/s': Math.round((licences / generateMs) * 1000),
      'status events': events
    }
  }
  post({ type: 'done', results: [result], subjectDb: subjectName })
}

scope.onmessage = (message: MessageEvent<{ licences: number }>) => {
  run(message.data.licences).catch((error: unknown) =>
    post({
      type: 'failed',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error)
    })
  )
}
