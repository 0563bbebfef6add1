import { beforeAll, describe, expect, it } from 'vitest'
import { defaultWorkingDayCalendar } from '../../../../src/shared/domain/calendar'
import {
  createInMemoryComplianceSource,
  scanCompliance,
  type ScanReport
} from '../../../../src/shared/domain/compliance'
import {
  collectDemoCity,
  RULE_ARTICLE_31_KIND,
  PLANTED_RULE_IDS,
  type CollectedDemoCity
} from '../../../../src/shared/domain/demo'
import { en, zh } from './words'

/**
 * The demo city plants every rule at a known rate and records exactly which records violate
 * which rule. 20,000 licences with the default seed plant every rule at least once (bulk access
 * once per 25,000 licences, rounded up) and generate in a few seconds.
 */
const LICENCES = 20_000
let city: CollectedDemoCity
let report: ScanReport

beforeAll(async () => {
  city = await collectDemoCity({ licences: LICENCES })
  const result = await scanCompliance(createInMemoryComplianceSource({ ...city, notices: [] }), {
    today: city.groundTruth.today,
    calendar: defaultWorkingDayCalendar
  })
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  report = result.data
}, 60_000)

function found(ruleId: string): Set<string> {
  return new Set(
    report.findings
      .filter((finding) => finding.ruleId === ruleId)
      .map((finding) => finding.subjectId)
  )
}

describe('scan of the demo city against its ground truth', () => {
  it.each(PLANTED_RULE_IDS)('%s: finds every planted violation and nothing else', (ruleId) => {
    const planted = new Set(city.groundTruth.violations[ruleId])
    const hits = found(ruleId)
    expect(planted.size, 'the demo plants this rule').toBeGreaterThan(0)
    const falsePositives = [...hits].filter((id) => !planted.has(id))
    const missed = [...planted].filter((id) => !hits.has(id))
    // Precision and recall 100%, with the offending ids in the message when not.
    expect(falsePositives, 'found but not planted').toEqual([])
    expect(missed, 'planted but not found').toEqual([])
  })

  it('files every finding under the Art. 31 kind the ground truth gives, with a responsible department', () => {
    for (const finding of report.findings) {
      const ruleId = finding.ruleId as (typeof PLANTED_RULE_IDS)[number]
      expect(finding.kind, finding.id).toBe(RULE_ARTICLE_31_KIND[ruleId])
      expect(finding.outcome, finding.id).toBe('violation')
      expect(finding.departmentId, finding.id).toMatch(/^dept-/)
      const chinese = zh(finding.explanation)
      const english = en(finding.explanation)
      expect(chinese, finding.id).toMatch(/^依据《办法》第.+条“.+”。/)
      expect(english, finding.id).toMatch(/^Under Article \d+ of the Measures: “.+”\. /)
      // Records are named by their numbers and names, never by internal ids.
      for (const words of [chinese, english])
        expect(words, finding.id).not.toMatch(/\b(?:lic|dept|cat|obj|use|notice)-[0-9a-z]/)
    }
  })

  it('reports no rule the demo does not plant (stale catalog issuers, ignored rectification)', () => {
    expect(found('catalog.stale-issuer').size).toBe(0)
    expect(found('rectification.ignored').size).toBe(0)
  })

  it('gives each finding a stable id of rule and subject, once', () => {
    const ids = report.findings.map((finding) => finding.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const finding of report.findings)
      expect(finding.id).toBe(`${finding.ruleId}:${finding.subjectId}`)
  })

  it('counts what it read', () => {
    expect(report.totals.licences).toBe(LICENCES)
    expect(report.totals.usageRecords).toBe(city.usageRecords.length)
    expect(report.totals.objections).toBe(city.objections.length)
    const withDeadline = city.licences.filter(
      (licence) => licence.generationMode !== 'legacy'
    ).length
    const counted = Object.values(report.totals.byDepartment).reduce(
      (sum, d) => sum + d.withPushDeadline,
      0
    )
    expect(counted).toBe(withDeadline)
  })
})
