import 'fake-indexeddb/auto'
import { beforeAll, describe, expect, it } from 'vitest'
import type { GenerationMode, Licence, LicenceState } from '../../../src/shared/domain/licences'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import { fillWithDemoCity } from '../../support/demo-working-copy'
import { issueRankOf } from '../../../src/renderer/src/db/licence-keys'
import type { LicenceFilter } from '../../../src/renderer/src/db/repositories'
import { layOutCube, planRanges } from '../../../src/renderer/src/db/repositories/licence-query'
import type { LicenceAggregate } from '../../../src/renderer/src/db/schema'
import { openTestDb, testRepositories } from './support'

let db: WorkbenchDb
let repos: ReturnType<typeof testRepositories>
let all: Licence[]

beforeAll(async () => {
  db = await openTestDb('query')
  repos = testRepositories(db)
  await fillWithDemoCity(db, {
    licences: 1500,
    seed: 'query',
    batchSize: 500,
    holderHash: repos.context.holderHash
  })
  all = (await db.licences.toArray()).map(
    ({ issueRank: _r, lookupKeys: _k, ...licence }) => licence
  )
})

/** The browser's order and filter, computed the slow way over every row. */
function expected(filter: LicenceFilter): string[] {
  const inList = <T>(list: readonly T[] | undefined, value: T) =>
    list === undefined || list.length === 0 || list.includes(value)
  return all
    .filter(
      (l) =>
        !l.deleted &&
        inList(filter.departmentIds, l.issuerDepartmentId) &&
        inList(filter.typeCodes, l.typeCode) &&
        inList(filter.states, l.state) &&
        inList(filter.generationModes, l.generationMode) &&
        (filter.issuedFrom === undefined || l.issueDate >= filter.issuedFrom) &&
        (filter.issuedTo === undefined || (l.issueDate !== '' && l.issueDate <= filter.issuedTo))
    )
    .sort((a, b) => issueRankOf(a.issueDate) - issueRankOf(b.issueDate) || (a.id < b.id ? -1 : 1))
    .map((l) => l.id)
}

/** Every page in turn, following `next`. */
async function walk(filter: LicenceFilter, limit: number) {
  const ids: string[] = []
  const totals = new Set<number | undefined>()
  let page = await repos.licences.query(filter, { limit })
  for (;;) {
    ids.push(...page.rows.map((row) => row.id))
    totals.add(page.total)
    if (!page.next) return { ids, totals }
    page = await repos.licences.query(filter, { limit, after: page.next })
  }
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0]
}

describe('licence browser query', () => {
  it('pages through every filter combination in date order, with exact totals without dates', async () => {
    const department = mostCommon(all.map((l) => l.issuerDepartmentId))
    const type = mostCommon(
      all.filter((l) => l.issuerDepartmentId !== department).map((l) => l.typeCode)
    )
    const filters: LicenceFilter[] = [
      {},
      { departmentIds: [department] },
      { typeCodes: [type] },
      { states: ['revoked', 'suspended'] },
      { generationModes: ['bulk'] },
      { departmentIds: [department], states: ['valid'], generationModes: ['online', 'offline'] },
      { departmentIds: [department], typeCodes: [type] },
      { issuedFrom: '2025-06-01', issuedTo: '2025-09-30' },
      { typeCodes: [type], issuedFrom: '2026-01-01' }
    ]
    for (const filter of filters) {
      const want = expected(filter)
      const { ids, totals } = await walk(filter, 37)
      expect(ids, JSON.stringify(filter)).toEqual(want)
      const dated = filter.issuedFrom !== undefined || filter.issuedTo !== undefined
      expect([...totals], JSON.stringify(filter)).toEqual([dated ? undefined : want.length])
    }
    expect(expected({ states: ['revoked', 'suspended'] }).length).toBeGreaterThan(0)
  })

  it('pages a day-level date range exactly, in large pages', async () => {
    const filter = { issuedFrom: '2025-03-15', issuedTo: '2025-11-20' }
    const { ids, totals } = await walk(filter, 200)
    expect(ids).toEqual(expected(filter))
    expect([...totals]).toEqual([undefined])
  })

  it('jumps to a page by offset', async () => {
    const page = await repos.licences.query({}, { limit: 20, offset: 100 })
    expect(page.rows.map((r) => r.id)).toEqual(expected({}).slice(100, 120))
  })

  it('finds licences by number prefix and by holder name', async () => {
    const sample = all.find((l) => l.holder.category === 'organization' && l.number !== '')!
    const byNumber = await repos.licences.query(
      { search: sample.number.toLowerCase() },
      { limit: 10 }
    )
    expect(byNumber.rows.map((r) => r.id)).toContain(sample.id)
    const byName = await repos.licences.query({ search: sample.holder.name }, { limit: 50 })
    const starts = byName.rows.map((r) => r.holder.name.startsWith(sample.holder.name))
    expect(byName.rows.every((r) => r.holder.name.includes(sample.holder.name))).toBe(true)
    expect(
      starts.indexOf(false) === -1 || !starts.slice(starts.indexOf(false)).includes(true)
    ).toBe(true)
    expect(byName.rows.map((r) => r.id)).toContain(sample.id)
    const byCode = await repos.licences.query({ search: sample.holder.code }, { limit: 50 })
    expect(byCode.rows.map((r) => r.id)).toContain(sample.id)
    const none = await repos.licences.query({ search: '不存在的持证主体' }, { limit: 10 })
    expect(none.rows).toEqual([])
  })

  it('counts per department, type and state from the cube, matching the rows', async () => {
    const byState = await repos.licences.countBy('state')
    for (const [state, count] of byState) {
      expect(count).toBe(all.filter((l) => l.state === state).length)
    }
    const department = all[0]!.issuerDepartmentId
    const byType = await repos.licences.countBy('typeCode', { departmentIds: [department] })
    const types = all.filter((l) => l.issuerDepartmentId === department)
    expect([...byType.values()].reduce((a, b) => a + b, 0)).toBe(types.length)
  })
})

describe('licence browser query after writes', () => {
  it('reflects every write in the next page, though the cube and plans are cached', async () => {
    const db = await openTestDb('query-writes')
    const repos = testRepositories(db)
    await fillWithDemoCity(db, {
      licences: 300,
      seed: 'writes',
      batchSize: 300,
      holderHash: repos.context.holderHash
    })
    const stored = (await db.licences.toArray()).map(
      ({ issueRank: _r, lookupKeys: _k, ...licence }): Licence => licence
    )
    const present = new Set(stored.map((l) => `${l.state}|${l.generationMode}`))
    const states: LicenceState[] = ['pledged', 'suspended', 'annulled', 'revoked']
    const modes: GenerationMode[] = ['legacy', 'bulk', 'offline', 'online']
    // A (state, mode) range the cube says is empty, so the cached plan skips it.
    const [state, mode] = states
      .flatMap((s) => modes.map((m) => [s, m] as const))
      .find(([s, m]) => !present.has(`${s}|${m}`))!
    const filter: LicenceFilter = { states: [state] }
    const ids = async () =>
      (await repos.licences.query(filter, { limit: 500 })).rows.map((r) => r.id)
    const before = await repos.licences.query(filter, { limit: 500 })

    const added: Licence = {
      ...stored[0]!,
      id: 'lic-added-after-first-query',
      state,
      generationMode: mode,
      issueDate: '2099-01-01'
    }
    await repos.licences.put([added], 'test')
    const afterAdd = await repos.licences.query(filter, { limit: 500 })
    expect(afterAdd.rows[0]?.id).toBe(added.id)
    expect(afterAdd.total).toBe((before.total ?? 0) + 1)

    // An older licence moved to the newest date in its own cell: the cube and its stamp stay as
    // they were, so only the rows read can show it.
    const first = async () => (await repos.licences.query({}, { limit: 5 })).rows[0]?.id
    await first()
    const oldest = stored
      .filter((l) => !l.deleted && l.issueDate !== '' && l.id !== added.id)
      .sort((a, b) => (a.issueDate < b.issueDate ? -1 : 1))[0]!
    await repos.licences.put([{ ...oldest, issueDate: '2099-06-01' }], 'test')
    expect(await first()).toBe(oldest.id)

    await repos.licences.remove(added.id)
    expect(await ids()).not.toContain(added.id)
    expect((await repos.licences.query(filter, { limit: 500 })).total).toBe(before.total)
  })
})

describe('which index answers a first page', () => {
  /** A city of 100,000: mostly 有效 across four modes and two departments, few 吊销. */
  const cells: LicenceAggregate[] = []
  for (const departmentId of ['dept-a', 'dept-b'])
    for (const [generationMode, share] of [
      ['online', 0.4],
      ['offline', 0.45],
      ['bulk', 0.05],
      ['legacy', 0.1]
    ] as const)
      for (const [state, part] of [
        ['valid', 0.97],
        ['revoked', 0.01],
        ['cancelled', 0.02]
      ] as const)
        cells.push({
          key: `${departmentId}|T|${state}|${generationMode}`,
          departmentId,
          typeCode: 'T',
          state,
          generationMode,
          count: Math.round(50_000 * share * part)
        })
  const layout = layOutCube(cells)

  it('reads the unfiltered list as one range newest first, not a merge of every (state, mode)', () => {
    const plan = planRanges({}, layout, 51)
    expect(plan.index).toBe('[issueRank+id]')
    expect(plan.ranges).toHaveLength(1)
    expect(plan.matches).toBe(cells.reduce((sum, cell) => sum + cell.count, 0))
  })

  it('reads a rare state from its own (state, mode) ranges rather than scanning every licence', () => {
    const plan = planRanges({ states: ['revoked'] }, layout, 51)
    expect(plan.index).toBe('lookupKeys')
    expect(plan.ranges.map((range) => range.prefix[0])).toEqual(
      Array.from({ length: 4 }, () => 'revoked')
    )
  })
})
