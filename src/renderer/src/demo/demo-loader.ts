import {
  createDemoCity,
  DEMO_GENERATOR_VERSION,
  type DemoBatch
} from '@shared/domain/demo/generator'
import type { HolderCodeHasher } from '@shared/domain/privacy'
import { COMPLIANCE_CHANGES_KEY, COMPLIANCE_STATE_KEY } from '../db/compliance-changes'
import { DATA_TABLES, type WorkbenchDb } from '../db/database'
import { CUBE_STAMP_KEY, writeLicences } from '../db/licence-writes'
import type { AuditRepository } from '../db/repositories/audit'

/** meta keys written by the loader. */
export const DEMO_LOAD_KEY = 'demo.load'
export const DEMO_GROUND_TRUTH_KEY = 'demo.groundTruth'

export interface DemoLoadOptions {
  licences: number
  seed: string
  /** Licences per transaction; each also carries their usage records and objections. */
  batchSize: number
}

/** What meta holds while and after loading; `loading` means the data is not to be trusted yet. */
export interface DemoLoadState extends DemoLoadOptions {
  status: 'loading' | 'complete'
  generatorVersion: string
  /** Batches committed, each atomically with this checkpoint. */
  batchesDone: number
  licencesDone: number
}

export type DemoLoadPhase = 'reset' | 'reference' | 'licences' | 'complete'

export interface DemoLoadProgress {
  phase: DemoLoadPhase
  done: number
  total: number
}

export type DemoLoadOutcome =
  { status: 'complete'; resumedFromBatch: number } | { status: 'cancelled'; licencesDone: number }

export interface DemoLoadHooks {
  onProgress?: (progress: DemoLoadProgress) => void
  signal?: AbortSignal
}

function sameRun(state: DemoLoadState, options: DemoLoadOptions): boolean {
  return (
    state.seed === options.seed &&
    state.licences === options.licences &&
    state.batchSize === options.batchSize &&
    state.generatorVersion === DEMO_GENERATOR_VERSION
  )
}

/** Whether the working copy holds a completely loaded demo city (views show nothing before). */
export async function readDemoLoadState(db: WorkbenchDb): Promise<DemoLoadState | undefined> {
  return (await db.meta.get(DEMO_LOAD_KEY))?.value as DemoLoadState | undefined
}

const DEMO_META_KEYS = [
  DEMO_LOAD_KEY,
  DEMO_GROUND_TRUTH_KEY,
  CUBE_STAMP_KEY,
  COMPLIANCE_STATE_KEY,
  COMPLIANCE_CHANGES_KEY
]

async function clearData(db: WorkbenchDb): Promise<void> {
  await Promise.all(DATA_TABLES.map((name) => db.table(name).clear()))
  await db.meta.bulkDelete(DEMO_META_KEYS)
}

/** 重置演示数据: removes the city's data (audit log and settings stay); audited. */
export async function resetDemoData(db: WorkbenchDb, audit: AuditRepository): Promise<void> {
  await audit.recordChange(
    DATA_TABLES.map((name) => db.table(name)),
    { action: 'demo.reset', target: 'demo', details: {} },
    () => clearData(db)
  )
}

/** One generator batch and its checkpoint, atomically (also what the load benchmark times). */
export async function writeDemoBatch(
  db: WorkbenchDb,
  batch: DemoBatch,
  state: DemoLoadState
): Promise<void> {
  await db.transaction(
    'rw',
    [db.licences, db.aggregates, db.usageRecords, db.objections, db.meta],
    async () => {
      await writeLicences(db, batch.licences, 'insert')
      if (batch.usageRecords.length > 0) await db.usageRecords.bulkPut(batch.usageRecords)
      if (batch.objections.length > 0) await db.objections.bulkPut(batch.objections)
      await db.meta.put({ key: DEMO_LOAD_KEY, value: state })
    }
  )
}

/**
 * Loads the embedded demo city (内置演示数据). Idempotent: a finished load of the same run is left
 * alone; an interrupted one (closed window, cancel) resumes after its last committed batch, the
 * generator being deterministic; data of any other run is cleared first. Until the final step
 * the state stays `loading`, so no half-loaded city is presented as complete.
 */
export async function loadDemoCity(
  db: WorkbenchDb,
  audit: AuditRepository,
  options: DemoLoadOptions,
  holderHash: HolderCodeHasher,
  hooks: DemoLoadHooks = {}
): Promise<DemoLoadOutcome> {
  const report = (phase: DemoLoadPhase, done: number) =>
    hooks.onProgress?.({ phase, done, total: options.licences })
  const previous = await readDemoLoadState(db)
  if (previous?.status === 'complete' && sameRun(previous, options)) {
    report('complete', options.licences)
    return { status: 'complete', resumedFromBatch: previous.batchesDone }
  }
  const resumable = previous?.status === 'loading' && sameRun(previous, options)
  // Holder codes are hashed by main, as an import's are, so a search by a person's full ID finds
  // demo and imported licences alike.
  const city = createDemoCity({ ...options, holderHash })
  const state: DemoLoadState = resumable
    ? previous
    : {
        ...options,
        status: 'loading',
        generatorVersion: DEMO_GENERATOR_VERSION,
        batchesDone: 0,
        licencesDone: 0
      }
  const resumedFromBatch = state.batchesDone
  if (!resumable) {
    report('reset', 0)
    await db.transaction(
      'rw',
      [...DATA_TABLES.map((name) => db.table(name)), db.meta],
      async () => {
        await clearData(db)
        report('reference', 0)
        await db.departments.bulkPut(city.reference.departments)
        await db.catalog.bulkPut(city.reference.catalog)
        await db.usageAuthorizations.bulkPut(city.reference.usageAuthorizations)
        await db.meta.put({ key: DEMO_LOAD_KEY, value: state })
      }
    )
  }
  report('licences', state.licencesDone)
  let generated = 0
  let usageRecords = 0
  let objections = 0
  let pending = city.batches.next()
  for (;;) {
    const step = await pending
    if (step.done) {
      await audit.recordChange(
        [db.meta],
        {
          action: 'demo.load',
          target: 'demo',
          details: {
            seed: options.seed,
            licences: options.licences,
            usageRecords,
            objections,
            resumedFromBatch
          }
        },
        async () => {
          await db.meta.put({ key: DEMO_GROUND_TRUTH_KEY, value: step.value })
          await db.meta.put({ key: DEMO_LOAD_KEY, value: { ...state, status: 'complete' } })
        }
      )
      report('complete', options.licences)
      return { status: 'complete', resumedFromBatch }
    }
    generated += 1
    usageRecords += step.value.usageRecords.length
    objections += step.value.objections.length
    // Generate the next batch while this one is written.
    pending = city.batches.next()
    if (generated > state.batchesDone) {
      if (hooks.signal?.aborted) {
        void pending.catch(() => undefined)
        return { status: 'cancelled', licencesDone: state.licencesDone }
      }
      state.batchesDone = generated
      state.licencesDone += step.value.licences.length
      await writeDemoBatch(db, step.value, { ...state })
      report('licences', state.licencesDone)
    }
  }
}
