import 'fake-indexeddb/auto'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Licence } from '../../../src/shared/domain/licences'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import { fillWithDemoCity } from '../../support/demo-working-copy'
import type { LicenceFilter } from '../../../src/renderer/src/db/repositories'
import { openTestDb, testRepositories } from './support'

let db: WorkbenchDb
let repos: ReturnType<typeof testRepositories>
let all: Licence[]

beforeAll(async () => {
  db = await openTestDb('search')
  repos = testRepositories(db)
  await fillWithDemoCity(db, {
    licences: 1200,
    seed: 'search',
    batchSize: 400,
    holderHash: repos.context.holderHash
  })
  all = (await db.licences.toArray()).map(
    ({ issueRank: _r, lookupKeys: _k, ...licence }) => licence
  )
})

/** Every search page in turn, following `nextOffset`. */
async function searchAll(filter: LicenceFilter, limit: number): Promise<Licence[]> {
  const rows: Licence[] = []
  let page = await repos.licences.query(filter, { limit })
  for (;;) {
    rows.push(...page.rows)
    if (page.nextOffset === undefined) return rows
    page = await repos.licences.query(filter, { limit, offset: page.nextOffset })
  }
}

describe('name search in 证照查询', () => {
  it('finds text in the middle of a holder name, after the names that start with it', async () => {
    const company = all.find(
      (l) => l.holder.category === 'organization' && l.holder.name.length > 6
    )!
    const text = company.holder.name.slice(2, 5)
    const rows = await searchAll({ search: text }, 7)
    const ids = rows.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    const contains = (l: Licence) => l.holder.name.includes(text) || l.number.includes(text)
    expect(new Set(ids)).toEqual(
      new Set(all.filter((l) => !l.deleted && contains(l)).map((l) => l.id))
    )
    expect(ids).toContain(company.id)
    const inMiddle = rows.findIndex(
      (r) => !r.holder.name.startsWith(text) && !r.number.startsWith(text)
    )
    expect(inMiddle).toBeGreaterThan(-1)
    expect(rows.slice(inMiddle).some((r) => r.holder.name.startsWith(text))).toBe(false)
  })

  it('keeps the other filters, and matches no code or hash in the middle', async () => {
    const company = all.find(
      (l) => l.holder.category === 'organization' && l.holder.name.length > 6
    )!
    const text = company.holder.name.slice(3, 5)
    const filter = { search: text, departmentIds: [company.issuerDepartmentId] }
    const rows = await searchAll(filter, 5)
    expect(rows.map((r) => r.id)).toContain(company.id)
    expect(rows.every((r) => r.issuerDepartmentId === company.issuerDepartmentId)).toBe(true)
    const middleOfCode = company.holder.code.slice(5, 11)
    const byCode = await searchAll({ search: middleOfCode }, 20)
    expect(
      byCode.every((r) => r.holder.name.includes(middleOfCode) || r.number.includes(middleOfCode))
    ).toBe(true)
  })

  it('sees a licence written after the last search', async () => {
    const before = await searchAll({ search: '示例新' }, 10)
    expect(before).toEqual([])
    const template = all.find((l) => l.holder.category === 'organization')!
    await repos.licences.put(
      [
        {
          ...template,
          id: 'lic-new',
          identifier: 'new',
          holder: { ...template.holder, name: '许昌示例新材料有限公司' }
        }
      ],
      'test'
    )
    const after = await searchAll({ search: '示例新' }, 10)
    expect(after.map((r) => r.id)).toEqual(['lic-new'])
  })
})
