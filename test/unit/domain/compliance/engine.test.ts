import { describe, expect, it } from 'vitest'
import {
  createInMemoryComplianceSource,
  scanCompliance,
  type ScanProgress
} from '../../../../src/shared/domain/compliance'
import { list, message } from '../../../../src/shared/i18n'
import { findingsOf, licence, objection, scan, settings, tables, usageRecord } from './fixtures'
import { zh } from './words'

function city(count: number) {
  return tables({
    licences: Array.from({ length: count }, (_, i) =>
      licence({ id: `lic-${i + 1}`, sealPresent: i % 10 !== 0 })
    ),
    usageRecords: Array.from({ length: count }, (_, i) =>
      usageRecord({ id: `use-${i + 1}`, licenceId: `lic-${i + 1}` })
    ),
    objections: [objection()]
  })
}

describe('scanCompliance', () => {
  it('reports progress per batch and phase, with totals from the source', async () => {
    const progress: ScanProgress[] = []
    const source = createInMemoryComplianceSource(city(250), { batchSize: 100 })
    const result = await scanCompliance(source, settings(), { onProgress: (p) => progress.push(p) })
    expect(result.ok).toBe(true)
    const licences = progress.filter((p) => p.phase === 'licences')
    expect(licences.map((p) => p.processed)).toEqual([100, 200, 250])
    expect(licences.every((p) => p.total === 250)).toBe(true)
    expect(progress.map((p) => p.phase).filter((phase, i, all) => phase !== all[i - 1])).toEqual([
      'reference',
      'licences',
      'usageRecords',
      'objections',
      'done'
    ])
  })

  it('stops between batches when cancelled, with an error value rather than partial findings', async () => {
    const controller = new AbortController()
    const progress: ScanProgress[] = []
    const source = createInMemoryComplianceSource(city(500), { batchSize: 100 })
    const result = await scanCompliance(source, settings(), {
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p)
        if (p.phase === 'licences' && p.processed === 200) controller.abort()
      }
    })
    expect(result).toEqual({ ok: false, error: { code: 'compliance.error.aborted' } })
    if (!result.ok) expect(zh(result.error)).toBe('合规检查已取消')
    expect(progress.filter((p) => p.phase === 'licences').map((p) => p.processed)).toEqual([
      100, 200
    ])
  })

  it('refuses parameters outside a rule’s schema, and unknown rules, naming each', async () => {
    const source = createInMemoryComplianceSource(city(1))
    const result = await scanCompliance(
      source,
      settings({
        parameters: {
          'push.offline-late': { deadlineWorkingDays: -1 },
          'push.unknown': {}
        } as never
      })
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toEqual(
      message('compliance.error.invalidSettings', {
        issues: list([
          message('compliance.settings.unknownRule', { rule: 'push.unknown' }),
          message('compliance.settings.parameter', {
            rule: message('compliance.rule.pushOfflineLate'),
            parameter: message('compliance.parameter.deadlineWorkingDays'),
            problem: message('compliance.parameterProblem.tooSmall', { minimum: 0 })
          })
        ])
      })
    )
    expect(zh(result.error)).toBe(
      '检查规则参数有误：没有这条规则：push.unknown、“线下生成证照推送逾期”的参数“推送期限（工作日）”应不小于0'
    )
  })

  it('runs only the rules asked for', async () => {
    const report = await scan(city(20), { ruleIds: ['data.missing-seal'] })
    expect(new Set(report.findings.map((f) => f.ruleId))).toEqual(new Set(['data.missing-seal']))
    expect(report.findings).toHaveLength(2)
  })

  it('ignores tombstoned records', async () => {
    const data = tables({ licences: [licence({ sealPresent: false, deleted: true })] })
    expect((await scan(data)).findings).toEqual([])
  })

  it('updates rather than duplicates on a second scan, and resolves what was fixed with the date', async () => {
    const data = city(20)
    const source = createInMemoryComplianceSource(data)
    const first = await scanCompliance(source, settings({ today: '2026-11-26' }))
    if (!first.ok) throw new Error('scan failed')
    const sealed = data.licences[0]
    if (sealed) sealed.sealPresent = true
    const second = await scanCompliance(source, settings({ today: '2026-11-27' }), {
      previous: first.data.findings
    })
    if (!second.ok) throw new Error('scan failed')
    expect(second.data.findings).toHaveLength(first.data.findings.length)
    const fixed = second.data.findings.find((f) => f.id === 'data.missing-seal:lic-1')
    expect(fixed).toMatchObject({
      status: 'resolved',
      resolvedOn: '2026-11-27',
      firstSeen: '2026-11-26',
      lastSeen: '2026-11-26'
    })
    const kept = second.data.findings.find((f) => f.id === 'data.missing-seal:lic-11')
    expect(kept).toMatchObject({ status: 'open', firstSeen: '2026-11-26', lastSeen: '2026-11-27' })
    expect(second.data.delta).toEqual({
      opened: [],
      updated: ['data.missing-seal:lic-11'],
      resolved: ['data.missing-seal:lic-1']
    })
    expect(findingsOf(second.data, 'data.missing-seal')).toHaveLength(1)
  })
})
