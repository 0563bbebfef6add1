import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkLicenceIdentifier } from '../../../../src/shared/domain/codes/licence-identifier'
import { checkLicenceTypeCode } from '../../../../src/shared/domain/codes/licence-type-code'
import { checkUscc } from '../../../../src/shared/domain/codes/uscc'
import {
  CatalogEntry,
  Department,
  Licence,
  Objection,
  UsageRecord
} from '../../../../src/shared/domain/licences'
import {
  collectDemoCity,
  PLANTED_RATES,
  PLANTED_RULE_IDS,
  type CollectedDemoCity,
  type PlantedRuleId
} from '../../../../src/shared/domain/demo'
import { referenceScan } from './reference-scan'

const LICENCES = 20_000
let city: CollectedDemoCity

beforeAll(async () => {
  city = await collectDemoCity({ licences: LICENCES, seed: 'unit-test', batchSize: 3000 })
}, 60_000)

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex')
}

describe('demo city', () => {
  it('is deterministic for a seed and differs between seeds', async () => {
    const [first, again, other] = await Promise.all([
      collectDemoCity({ licences: 1500, seed: 'same', batchSize: 700 }),
      collectDemoCity({ licences: 1500, seed: 'same', batchSize: 400 }),
      collectDemoCity({ licences: 1500, seed: 'other' })
    ])
    expect(digest(again)).toBe(digest(first))
    expect(digest(other.licences)).not.toBe(digest(first.licences))
    expect(other.departments).toEqual(first.departments)
  })

  it('has the requested licences, 40 departments and about 150 catalog entries', () => {
    expect(city.licences).toHaveLength(LICENCES)
    expect(new Set(city.licences.map((licence) => licence.id)).size).toBe(LICENCES)
    expect(city.departments).toHaveLength(40)
    expect(city.catalog.length).toBeGreaterThanOrEqual(140)
    expect(city.catalog.length).toBeLessThanOrEqual(160)
    expect(city.usageRecords.length).toBeGreaterThan(LICENCES)
    expect(city.objections.length).toBeGreaterThan(100)
  })

  it('gives every department and catalog definer a valid USCC, municipal ones under 411000', () => {
    for (const department of city.departments) {
      expect(Department.safeParse(department).success).toBe(true)
      expect(checkUscc(department.uscc).status, department.name).toBe('valid')
      if (department.level === 'municipal') expect(department.uscc.slice(2, 8)).toBe('411000')
      else expect(department.uscc.slice(2, 8)).toBe(department.divisionCode)
    }
    for (const entry of city.catalog) {
      expect(checkLicenceTypeCode(entry.typeCode).status, entry.name).toBe('valid')
    }
    expect(city.catalog.map((entry) => entry.typeCode)).toContain('11100000MB03271699001')
  })

  it('writes records the domain schemas accept, blanked mandatory metadata included', () => {
    const rejected = city.licences.filter((licence) => !Licence.safeParse(licence).success)
    expect(rejected.map((licence) => licence.id)).toEqual([])
    expect(city.groundTruth.violations['metadata.missing'].length).toBeGreaterThan(0)
    for (const entry of city.catalog) expect(CatalogEntry.safeParse(entry).success).toBe(true)
    for (const usage of city.usageRecords.slice(0, 3000)) {
      expect(UsageRecord.safeParse(usage).success).toBe(true)
    }
    for (const objection of city.objections)
      expect(Objection.safeParse(objection).success).toBe(true)
  })

  it('has valid identifiers and holder codes everywhere except planted data.invalid-code', () => {
    const planted = new Set(city.groundTruth.violations['data.invalid-code'])
    for (const licence of city.licences) {
      const identifierValid = checkLicenceIdentifier(licence.identifier).status === 'valid'
      const holderValid =
        licence.holder.codeType !== '001' ||
        licence.holder.code === '' ||
        checkUscc(licence.holder.code).status === 'valid'
      expect(identifierValid && holderValid, licence.id).toBe(!planted.has(licence.id))
    }
  })

  it('stores natural persons only masked, with a keyed hash', () => {
    const people = city.licences.filter(
      (licence) => licence.holder.codeType === '111' && licence.holder.code !== ''
    )
    expect(people.length).toBeGreaterThan(1000)
    for (const licence of people) {
      // First 4 and last 2 of the 18 (GB 11643: the county, birth date and sequence hidden).
      expect(licence.holder.code).toMatch(/^\d{4}\*{12}\d[\dX]$/)
      expect(licence.holder.codeHash).toMatch(/^[0-9a-f]{64}$/)
    }
  })

  it('has ground truth equal to an independent reading of every rule', () => {
    const found = referenceScan(city, city.groundTruth.today)
    for (const rule of PLANTED_RULE_IDS) {
      expect([...found[rule]].sort(), rule).toEqual([...city.groundTruth.violations[rule]].sort())
    }
  })

  it('plants every rule, with ids that exist', () => {
    const ids = new Set([
      ...city.catalog.map((entry) => entry.id),
      ...city.licences.map((licence) => licence.id),
      ...city.usageRecords.map((usage) => usage.id),
      ...city.objections.map((objection) => objection.id)
    ])
    const units = new Set(city.usageRecords.map((usage) => usage.usingUnit.uscc))
    for (const rule of PLANTED_RULE_IDS) {
      const planted = city.groundTruth.violations[rule]
      expect(planted.length, rule).toBeGreaterThan(0)
      for (const id of planted) {
        if (rule === 'status.late') {
          const [licenceId, index] = id.split('#')
          const licence = city.licences.find((candidate) => candidate.id === licenceId)
          expect(licence?.statusHistory[Number(index)], id).toBeDefined()
        } else if (rule === 'usage.bulk-access') {
          expect(units.has(id.split('@')[0] ?? '')).toBe(true)
        } else {
          expect(ids.has(id), `${rule} ${id}`).toBe(true)
        }
      }
    }
  })

  it('plants each rule at about its declared rate', () => {
    const licences = city.licences
    const byMode = (mode: Licence['generationMode']) =>
      licences.filter((licence) => licence.generationMode === mode).length
    const bases: Record<PlantedRuleId, number> = {
      'catalog.incomplete': city.catalog.filter((entry) => !entry.setBySuperiorStandard).length,
      'catalog.unregistered-type': licences.length,
      'push.online-late': byMode('online'),
      'push.offline-late': byMode('offline'),
      'push.bulk-late': byMode('bulk'),
      'status.late': licences.reduce((sum, licence) => sum + licence.statusHistory.length, 0),
      'metadata.missing': licences.length,
      'usage.unauthorized-unit': city.usageRecords.length,
      'usage.bulk-access': licences.length,
      'usage.refused-valid': city.usageRecords.length,
      'objection.late': city.objections.length,
      'data.expired-shown-valid': licences.length,
      'data.invalid-code': licences.length,
      'data.missing-seal': licences.length
    }
    for (const rule of PLANTED_RULE_IDS) {
      const { rate } = PLANTED_RATES[rule]
      const base = bases[rule]
      const measured = city.groundTruth.violations[rule].length
      // Binomial spread, plus room below for plants that were impossible (deadline not yet due).
      const spread = 4 * Math.sqrt(base * rate * (1 - rate)) + 1
      expect(measured, rule).toBeLessThanOrEqual(base * rate + spread)
      expect(measured, rule).toBeGreaterThanOrEqual(base * rate * 0.75 - spread)
    }
  })
})
