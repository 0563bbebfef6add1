import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { openWorkbenchDb } from '../../../src/renderer/src/db/database'
import { toStoredLicence } from '../../../src/renderer/src/db/licence-keys'
import { maskIdsDeep, remaskHolderCode } from '../../../src/renderer/src/db/personal-data-migration'
import { SCHEMA_VERSIONS, schemaV1, schemaV2, schemaV3 } from '../../../src/renderer/src/db/schema'
import { DATA_SCHEMA_VERSION } from '../../../src/shared/app-meta'
import { sampleLicence } from '../domain/licences/fixtures'
import { uniqueDbName } from './support'

// GB 11643's own example (check X), and a 魏都区 number born 1990-01-01 (check X, Σ = 156).
const EXAMPLE = '11010519491231002X'
const WEIDU = '41100219900101123X'
const person = sampleLicence().holder

describe('remaskHolderCode', () => {
  it('narrows the old ID mask (first 6, last 4) to first 4, last 2, for 18 and 15 digits', () => {
    expect(remaskHolderCode({ ...person, code: '411002********1234' })).toBe('4110************34')
    expect(remaskHolderCode({ ...person, codeType: '999', code: '411002*****1123' })).toBe(
      '4110*********23'
    )
  })

  it('narrows a document mask to the series letter and the last 2', () => {
    expect(remaskHolderCode({ ...person, codeType: '414', code: 'E****5678' })).toBe('E******78')
    expect(remaskHolderCode({ ...person, codeType: '999', code: 'A*************5678' })).toBe(
      'A***************78'
    )
  })

  it('masks a code that was somehow stored in clear, and leaves organisations and blanks', () => {
    expect(remaskHolderCode({ ...person, codeType: '999', code: EXAMPLE })).toBe(
      '1101************2X'
    )
    expect(remaskHolderCode({ ...person, code: '' })).toBe('')
    const company = {
      category: 'organization' as const,
      codeType: '001' as const,
      name: '住建部',
      code: '11100000000013338W',
      codeHash: null
    }
    expect(remaskHolderCode(company)).toBe('11100000000013338W')
  })
})

describe('maskIdsDeep', () => {
  it('masks ID numbers in every string of a nested value and keeps the rest', () => {
    expect(
      maskIdsDeep({ code: 'x', params: { number: WEIDU, list: [EXAMPLE, 3, null, true] } })
    ).toEqual({
      code: 'x',
      params: { number: '4110************3X', list: ['1101************2X', 3, null, true] }
    })
  })
})

describe('schema v4 upgrade', () => {
  it('re-masks stored holder codes, licence numbers, names and quoting findings in place', async () => {
    const name = uniqueDbName('remask')
    const v3 = await openWorkbenchDb({ name, versions: [schemaV1, schemaV2, schemaV3] })
    const byNumber = sampleLicence({ id: 'lic-2', number: WEIDU })
    byNumber.holder = { ...person, name: `王五${EXAMPLE}` }
    const passport = sampleLicence({ id: 'lic-3' })
    passport.holder = { ...person, codeType: '414', code: 'E****5678' }
    const company = sampleLicence({ id: 'lic-4' })
    company.holder = {
      category: 'organization',
      codeType: '001',
      name: '住建部',
      code: '11100000000013338W',
      codeHash: null
    }
    await v3.licences.bulkPut(
      [sampleLicence(), byNumber, passport, company].map((licence) => toStoredLicence(licence))
    )
    await v3.findings.put({
      id: 'rule:lic-2',
      departmentId: 'dep-1',
      status: 'open',
      ruleId: 'rule',
      explanation: { code: 'compliance.x', params: { number: WEIDU } }
    } as never)
    await v3.settings.put({ key: 'privacy.holderHashKey', value: 'ab'.repeat(32) })
    v3.close()

    // Upgraded through every later version: v4 re-masks, later ones keep what it wrote.
    const upgraded = await openWorkbenchDb({ name, versions: SCHEMA_VERSIONS })
    expect(upgraded.verno).toBe(DATA_SCHEMA_VERSION)
    const rows = await upgraded.licences.orderBy('id').toArray()
    expect(rows.map((row) => [row.id, row.number, row.holder.name, row.holder.code])).toEqual([
      ['lic-1', '建字第2430599号', '张三丰', '4110************34'],
      ['lic-2', '4110************3X', '王五1101************2X', '4110************34'],
      ['lic-3', '建字第2430599号', '张三丰', 'E******78'],
      ['lic-4', '建字第2430599号', '住建部', '11100000000013338W']
    ])
    // The hashes stay (the key is adopted by main), and the search terms follow the new values.
    expect(rows[0]?.holder.codeHash).toBe('a'.repeat(64))
    expect(rows[1]?.lookupKeys).toContain('4110************3X')
    expect(JSON.stringify(rows)).not.toContain(WEIDU)
    expect(JSON.stringify(rows)).not.toContain(EXAMPLE)
    expect(JSON.stringify(rows)).not.toMatch(/411002\*/)
    expect(JSON.stringify(await upgraded.findings.toArray())).toContain('4110************3X')
    expect(JSON.stringify(await upgraded.findings.toArray())).not.toContain(WEIDU)
    // The legacy key is for main's hand-over to take (and delete), not for the upgrade.
    expect((await upgraded.settings.get('privacy.holderHashKey'))?.value).toBe('ab'.repeat(32))
    upgraded.close()
  })
})
