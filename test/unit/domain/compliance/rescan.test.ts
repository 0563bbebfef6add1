import { describe, expect, it } from 'vitest'
import {
  createInMemoryComplianceSource,
  rescanCompliance,
  scanCompliance,
  type ComplianceTables,
  type ScanReport
} from '../../../../src/shared/domain/compliance'
import { day, message } from '../../../../src/shared/i18n'
import {
  catalogEntry,
  licence,
  objection,
  settings,
  tables,
  UNIT_USCC,
  usageRecord
} from './fixtures'
import { zh } from './words'

async function fullScan(data: ComplianceTables): Promise<ScanReport> {
  const result = await scanCompliance(createInMemoryComplianceSource(data), settings())
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.data
}

function sample(): ComplianceTables {
  return tables({
    licences: Array.from({ length: 30 }, (_, i) =>
      licence({
        id: `lic-${i + 1}`,
        sealPresent: i % 5 !== 0,
        pushedAt: i % 7 === 0 ? '2026-03-10T09:00:00+08:00' : '2026-03-02T10:00:00+08:00'
      })
    ),
    usageRecords: Array.from({ length: 30 }, (_, i) =>
      usageRecord({ id: `use-${i + 1}`, licenceId: `lic-${i + 1}` })
    ),
    objections: [objection({ repliedAt: null, receivedAt: '2026-11-02T10:00:00+08:00' })]
  })
}

describe('rescanCompliance', () => {
  it('changes only the findings of the one licence that changed', async () => {
    const data = sample()
    const before = await fullScan(data)
    const changed = data.licences[2]
    if (!changed) throw new Error('fixture')
    changed.sealPresent = false
    const result = await rescanCompliance(
      createInMemoryComplianceSource(data),
      before,
      { licenceIds: ['lic-3'] },
      settings()
    )
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    const after = result.data
    expect(after.delta).toEqual({ opened: ['data.missing-seal:lic-3'], updated: [], resolved: [] })
    const unchanged = (report: ScanReport) => report.findings.filter((f) => f.sourceId !== 'lic-3')
    expect(unchanged(after)).toEqual(unchanged(before))
    // The same findings a full scan of the changed data gives.
    const byId = (report: ScanReport) =>
      [...report.findings].sort((a, b) => a.id.localeCompare(b.id))
    expect(byId(after)).toEqual(byId(await fullScan(data)))
  })

  it('resolves a fixed finding with the date and never duplicates one found again', async () => {
    const data = sample()
    const before = await fullScan(data)
    const late = data.licences[0]
    if (!late) throw new Error('fixture')
    late.pushedAt = '2026-03-03T09:00:00+08:00'
    late.sealPresent = true
    const result = await rescanCompliance(
      createInMemoryComplianceSource(data),
      before,
      { licenceIds: ['lic-1', 'lic-1', 'lic-8'] },
      settings()
    )
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    expect(result.data.delta.resolved.sort()).toEqual([
      'data.missing-seal:lic-1',
      'push.offline-late:lic-1'
    ])
    expect(result.data.findings.find((f) => f.id === 'push.offline-late:lic-1')).toMatchObject({
      status: 'resolved',
      resolvedOn: '2026-11-27'
    })
    const ids = result.data.findings.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(result.data.findings.filter((f) => f.id === 'push.offline-late:lic-8')).toHaveLength(1)
  })

  it('resolves the findings of a deleted licence', async () => {
    const data = sample()
    const before = await fullScan(data)
    const removed = data.licences[5]
    if (!removed) throw new Error('fixture')
    removed.deleted = true
    const result = await rescanCompliance(
      createInMemoryComplianceSource(data),
      before,
      { licenceIds: ['lic-6'] },
      settings()
    )
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    expect(result.data.delta.resolved).toEqual(['data.missing-seal:lic-6'])
  })

  it('re-reads the licences of a type whose catalog registration changed', async () => {
    const data = sample()
    const before = await fullScan(data)
    const withdrawn = { ...data, catalog: [catalogEntry({ deleted: true })] }
    const result = await rescanCompliance(
      createInMemoryComplianceSource(withdrawn),
      before,
      {},
      settings()
    )
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    expect(
      result.data.delta.opened.filter((id) => id.startsWith('catalog.unregistered-type:'))
    ).toHaveLength(30)
    const restored = await rescanCompliance(
      createInMemoryComplianceSource(data),
      result.data,
      {},
      settings()
    )
    if (!restored.ok) throw new Error(JSON.stringify(restored.error))
    expect(
      restored.data.delta.resolved.filter((id) => id.startsWith('catalog.unregistered-type:'))
    ).toHaveLength(30)
  })

  it('re-counts the unit-days a changed use left and joined', async () => {
    const uses = Array.from({ length: 201 }, (_, i) =>
      usageRecord({ id: `use-${i}`, licenceId: `lic-${i}`, usedAt: '2026-05-06T10:00:00+08:00' })
    )
    const data = tables({ usageRecords: uses })
    const before = await fullScan(data)
    expect(before.delta.opened).toEqual([`usage.bulk-access:${UNIT_USCC}@2026-05-06`])
    const moved = uses[0]
    if (!moved) throw new Error('fixture')
    moved.usedAt = '2026-05-07T10:00:00+08:00'
    const result = await rescanCompliance(
      createInMemoryComplianceSource(data),
      before,
      { usageRecordIds: ['use-0'] },
      settings()
    )
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    expect(result.data.delta.resolved).toEqual([`usage.bulk-access:${UNIT_USCC}@2026-05-06`])
  })

  it('re-judges a refusal when its licence changes', async () => {
    const data = tables({
      licences: [licence({ validUntil: '2026-05-05' })],
      usageRecords: [usageRecord({ result: { kind: 'refused', reason: '不认可电子证照' } })]
    })
    const before = await fullScan(data)
    const renewed = data.licences[0]
    if (!renewed) throw new Error('fixture')
    renewed.validUntil = '2031-03-01'
    const result = await rescanCompliance(
      createInMemoryComplianceSource(data),
      before,
      { licenceIds: ['lic-1'] },
      settings()
    )
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    expect(result.data.delta.opened).toEqual(['usage.refused-valid:use-1'])
  })

  it('asks for a full scan on another day or with other parameters', async () => {
    const data = sample()
    const before = await fullScan(data)
    const source = createInMemoryComplianceSource(data)
    const tomorrow = await rescanCompliance(source, before, {}, settings({ today: '2026-11-28' }))
    expect(tomorrow.ok ? null : tomorrow.error).toEqual(
      message('compliance.error.needsFullScan', {
        reason: message('compliance.fullScanReason.dayChanged', {
          previous: day('2026-11-27'),
          today: day('2026-11-28')
        })
      })
    )
    if (!tomorrow.ok)
      expect(zh(tomorrow.error)).toBe(
        '上次检查的基准日为2026年11月27日，本次为2026年11月28日：期限随日期推移届满，需重新全面检查'
      )
    const stricter = await rescanCompliance(
      source,
      before,
      {},
      settings({ parameters: { 'push.offline-late': { deadlineWorkingDays: 0 } } })
    )
    expect(stricter.ok ? null : stricter.error).toEqual(
      message('compliance.error.needsFullScan', {
        reason: message('compliance.fullScanReason.settingsChanged')
      })
    )
  })
})
