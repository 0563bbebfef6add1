import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import {
  loadDemoCity,
  readDemoLoadState,
  resetDemoData,
  type DemoLoadProgress
} from '../../../src/renderer/src/db/demo-loader'
import { openTestDb, testRepositories } from './support'

const run = { licences: 1200, seed: 'unit-demo', batchSize: 400 }
let db: WorkbenchDb | undefined
afterEach(() => db?.close())

describe('demo city load', () => {
  it('writes every table, counts and progress, and marks the load complete', async () => {
    db = await openTestDb('demo')
    const repos = testRepositories(db)
    const progress: DemoLoadProgress[] = []
    const outcome = await loadDemoCity(db, repos.audit, run, {
      onProgress: (p) => progress.push(p)
    })
    expect(outcome).toEqual({ status: 'complete', resumedFromBatch: 0 })
    expect(await db.licences.count()).toBe(1200)
    expect(await db.departments.count()).toBeGreaterThan(10)
    expect(await db.usageRecords.count()).toBeGreaterThan(1000)
    const byState = await repos.licences.countBy('state')
    expect([...byState.values()].reduce((a, b) => a + b, 0)).toBe(1200)
    expect(progress.filter((p) => p.phase === 'licences').map((p) => p.done)).toEqual([
      0, 400, 800, 1200
    ])
    expect(progress.at(-1)).toEqual({ phase: 'complete', done: 1200, total: 1200 })
    expect((await readDemoLoadState(db))?.status).toBe('complete')
    expect((await repos.audit.list({ limit: 10 })).map((e) => e.action)).toEqual(['demo.load'])
  })

  it('resumes a cancelled load after its last committed batch', async () => {
    db = await openTestDb('demo-resume')
    const repos = testRepositories(db)
    const controller = new AbortController()
    const first = await loadDemoCity(db, repos.audit, run, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'licences' && p.done === 400) controller.abort()
      }
    })
    expect(first).toEqual({ status: 'cancelled', licencesDone: 400 })
    expect(await db.licences.count()).toBe(400)
    expect((await readDemoLoadState(db))?.status).toBe('loading')

    const second = await loadDemoCity(db, repos.audit, run)
    expect(second).toEqual({ status: 'complete', resumedFromBatch: 1 })
    expect(await db.licences.count()).toBe(1200)
    // Counts are not doubled by the resumed batches.
    const total = [...(await repos.licences.countBy('departmentId')).values()].reduce(
      (a, b) => a + b
    )
    expect(total).toBe(1200)
  })

  it('clears data of another run, and resetDemoData empties the city but keeps the audit log', async () => {
    db = await openTestDb('demo-reset')
    const repos = testRepositories(db)
    await loadDemoCity(db, repos.audit, { ...run, licences: 400 })
    await loadDemoCity(db, repos.audit, { ...run, licences: 800, seed: 'other' })
    expect(await db.licences.count()).toBe(800)
    await resetDemoData(db, repos.audit)
    expect(await db.licences.count()).toBe(0)
    expect(await db.aggregates.count()).toBe(0)
    expect(await readDemoLoadState(db)).toBeUndefined()
    expect((await repos.licences.countBy('state')).size).toBe(0)
    const actions = (await repos.audit.list({ limit: 10 })).map((e) => e.action)
    expect(actions).toEqual(['demo.reset', 'demo.load', 'demo.load'])
    expect(await repos.audit.verify()).toEqual({ ok: true })
  })
})
