import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { createDemoCity } from '../../../src/shared/domain/demo/generator'
import type { Licence } from '../../../src/shared/domain/licences'
import { importHolderHashKey, type HmacKey } from '../../../src/shared/domain/privacy'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import {
  loadDemoCity,
  readDemoLoadState,
  resetDemoData,
  type DemoLoadProgress
} from '../../../src/renderer/src/demo/demo-loader'
import {
  HOLDER_KEY_SETTING,
  settingsHolderKeyProvider
} from '../../../src/renderer/src/db/holder-key'
import { createRepositories } from '../../../src/renderer/src/db/repositories'
import { citizenId, ISSUER, LICENCE_HEADERS, personRow } from '../domain/imports/fixtures'
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
    // Its 用证授权 arrive in their table, as imported ones would, and nowhere else.
    const authorizations = await db.usageAuthorizations.toArray()
    expect(authorizations.length).toBeGreaterThan(50)
    expect(authorizations[0]).toMatchObject({ validFrom: '2025-01-01', validUntil: '长期' })
    expect((await db.meta.toCollection().primaryKeys()).sort()).toEqual([
      'aggregates.stamp',
      'audit.head',
      'demo.groundTruth',
      'demo.load'
    ])
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
    expect(await db.usageAuthorizations.count()).toBe(0)
    expect(await readDemoLoadState(db)).toBeUndefined()
    expect((await repos.licences.countBy('state')).size).toBe(0)
    const actions = (await repos.audit.list({ limit: 10 })).map((e) => e.action)
    expect(actions).toEqual(['demo.reset', 'demo.load', 'demo.load'])
    expect(await repos.audit.verify()).toEqual({ ok: true })
  })

  it('hashes holder codes with the store’s own key, which imports and searches use and a reset keeps', async () => {
    db = await openTestDb('demo-key')
    let tick = Date.parse('2026-11-27T01:00:00Z')
    // Wired as the app wires it: the repositories ask the store for its key.
    const repos = createRepositories({
      db,
      actor: () => '系统管理员',
      now: () => new Date((tick += 1000)),
      holderKeys: settingsHolderKeyProvider(db)
    })
    await loadDemoCity(db, repos.audit, run)
    const keyHex = (await db.settings.get(HOLDER_KEY_SETTING))?.value as string
    expect(keyHex).toMatch(/^[0-9a-f]{64}$/)

    // The stored demo licences carry the hashes the generator makes with that key, not with the
    // key it would derive from the seed on its own.
    const firstPerson = async (key?: HmacKey) => {
      const city = createDemoCity({ ...run, ...(key ? { holderHashKey: key } : {}) })
      const batch = await city.batches.next()
      const licences: Licence[] = batch.done ? [] : batch.value.licences
      return licences.find((licence) => licence.holder.codeHash !== null)!
    }
    const storeKey = await importHolderHashKey(
      Uint8Array.from(keyHex.match(/../g)!, (pair) => Number.parseInt(pair, 16))
    )
    const expected = await firstPerson(storeKey)
    expect((await db.licences.get(expected.id))?.holder.codeHash).toBe(expected.holder.codeHash)
    expect((await firstPerson()).holder.codeHash).not.toBe(expected.holder.codeHash)

    // An import hashes with the same key: the person is found by the full ID number.
    await db.departments.put(ISSUER)
    const id = citizenId('19850312', '123')
    expect(
      await repos.imports.licences(
        { headers: LICENCE_HEADERS, rows: [personRow('K0001', id)] },
        'a.csv'
      )
    ).toEqual({ ok: true, written: 1 })
    const found = await repos.licences.query({ search: id }, { limit: 5 })
    expect(found.rows.map((row) => row.number)).toEqual(['JZK0001'])

    // 重置演示数据 clears the city's data, never the key.
    await resetDemoData(db, repos.audit)
    await loadDemoCity(db, repos.audit, run)
    expect((await db.settings.get(HOLDER_KEY_SETTING))?.value).toBe(keyHex)
  })
})
