import { afterEach, describe, expect, it } from 'vitest'
import { openWorkbenchDb, type WorkbenchDb } from '@renderer/db/database'
import { readDemoLoadState, type DemoLoadProgress } from '@renderer/demo/demo-loader'
import { startDemoLoad } from '@renderer/demo/demo-load-client'
import { checkCitizenId } from '@shared/domain/codes'
import { MAX_HASH_BATCH } from '@shared/contract'
import { testHashCodes } from '../holder-hash'
import { localAuditSeal } from '../support/audit-seal'

const opened: WorkbenchDb[] = []
afterEach(() => opened.splice(0).forEach((db) => db.close()))

function dbName(label: string): string {
  return `browser-${label}-${Date.now()}-${Math.random().toString(36).slice(2)}`
}

async function open(name: string): Promise<WorkbenchDb> {
  const db = await openWorkbenchDb({ name })
  opened.push(db)
  return db
}

/** Every string in a stored value, however deeply nested. */
function strings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value)
  else if (Array.isArray(value)) value.forEach((item) => strings(item, into))
  else if (value !== null && typeof value === 'object')
    Object.values(value).forEach((item) => strings(item, into))
  return into
}

/** A standalone 18-character 公民身份号码 shape (not part of a longer code). */
const ID_SHAPE = /(?<![0-9A-Z])\d{17}[\dX](?![0-9A-Z])/g

/** Valid 公民身份号码 anywhere in a stored row (USCCs and type codes do not pass the check). */
function rawIdsIn(row: unknown): string[] {
  return strings(row)
    .flatMap((text) => text.match(ID_SHAPE) ?? [])
    .filter((candidate) => checkCitizenId(candidate).status !== 'invalid')
}

describe('demo city load in a worker, on real IndexedDB', () => {
  it('loads with progress, and no raw 身份证号 reaches IndexedDB', async () => {
    const name = dbName('load')
    const progress: DemoLoadProgress[] = []
    const batches: number[] = []
    const run = startDemoLoad({
      actor: '系统管理员',
      dbName: name,
      options: { licences: 2000, seed: 'browser', batchSize: 500 },
      onProgress: (p) => progress.push(p),
      hashCodes: testHashCodes(batches),
      auditSeal: localAuditSeal()
    })
    expect(await run.finished).toEqual({ status: 'complete', resumedFromBatch: 0 })
    expect(progress.filter((p) => p.phase === 'licences').map((p) => p.done)).toEqual([
      0, 500, 1000, 1500, 2000
    ])

    const db = await open(name)
    expect((await readDemoLoadState(db))?.status).toBe('complete')
    const licences = await db.licences.toArray()
    expect(licences).toHaveLength(2000)
    const persons = licences.filter((licence) => licence.holder.category === 'naturalPerson')
    expect(persons.length).toBeGreaterThan(100)
    for (const licence of persons) {
      if (licence.holder.code !== '') expect(licence.holder.code).toContain('*')
    }
    // The scan itself finds an ID number where one is stored.
    const control = { ...persons[0], holder: { code: '11010519491231002X' } }
    expect(licences.concat([control as never]).flatMap(rawIdsIn)).toEqual(['11010519491231002X'])
    expect(licences.flatMap(rawIdsIn)).toEqual([])
    // The worker asked the window (main, in the app) for the hashes, a batch per generator batch
    // at most, and no key was kept in IndexedDB.
    expect(batches.length).toBeGreaterThan(0)
    expect(batches.length).toBeLessThanOrEqual(4)
    expect(Math.max(...batches)).toBeLessThanOrEqual(MAX_HASH_BATCH)
    expect(JSON.stringify(await db.settings.toArray())).not.toMatch(/[0-9a-f]{64}/)
  })

  it('cancels between batches and resumes on the next start without duplicating data', async () => {
    const name = dbName('cancel')
    const options = { licences: 3000, seed: 'browser-cancel', batchSize: 500 }
    let cancelledAt = 0
    const first = startDemoLoad({
      actor: '系统管理员',
      dbName: name,
      options,
      hashCodes: testHashCodes(),
      auditSeal: localAuditSeal(),
      onProgress: (p) => {
        if (p.phase === 'licences' && p.done > 0 && cancelledAt === 0) {
          cancelledAt = p.done
          first.cancel()
        }
      }
    })
    const outcome = await first.finished
    expect(outcome.status).toBe('cancelled')
    const db = await open(name)
    const partial = await readDemoLoadState(db)
    expect(partial?.status).toBe('loading')
    expect(await db.licences.count()).toBe(partial?.licencesDone)
    expect(partial?.licencesDone).toBeLessThan(3000)

    const second = await startDemoLoad({
      actor: '系统管理员',
      dbName: name,
      options,
      hashCodes: testHashCodes(),
      auditSeal: localAuditSeal()
    }).finished
    expect(second.status).toBe('complete')
    expect(await db.licences.count()).toBe(3000)
    const cells = await db.aggregates.toArray()
    expect(cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(3000)
  })
})
