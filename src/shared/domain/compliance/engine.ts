import {
  complianceError,
  FindingCollector,
  PreparedRules,
  resolveRules,
  ruleContext,
  type ComplianceResult,
  type ScanSettings
} from './evaluation'
import type { Finding } from './finding'
import { mergeFindings } from './merge'
import {
  checkAborted,
  licencePass,
  objectionPass,
  ScanAborted,
  usagePass,
  type PassControl,
  type ScanProgress
} from './passes'
import type { ComplianceSource } from './ports'
import { scanState, totalsCounter, type ScanReport, type ScanTotals } from './scan-state'

export type {
  ComplianceError,
  ComplianceErrorCode,
  ComplianceResult,
  ScanSettings
} from './evaluation'
export type { FindingDelta } from './merge'
export type { ScanPhase, ScanProgress } from './passes'
export type { ScanReport, ScanState, ScanTotals } from './scan-state'

export interface ScanOptions {
  signal?: AbortSignal
  onProgress?: (progress: ScanProgress) => void
  /** The findings kept from earlier scans: matched by id, so nothing is duplicated. */
  previous?: readonly Finding[]
}

/**
 * The Art. 31 compliance scan: every enabled rule over everything the source holds, in one pass
 * per table (licences, usage records, objections) after the small reference tables. With
 * `previous`, findings are matched by id: found again → updated (firstSeen kept), not found →
 * resolved with TODAY's date. Cancelling through `signal` ends the scan between batches with
 * COMPLIANCE_ABORTED.
 */
export async function scanCompliance(
  source: ComplianceSource,
  settings: ScanSettings,
  options: ScanOptions = {}
): Promise<ComplianceResult<ScanReport>> {
  const rules = resolveRules(settings)
  if (!rules.ok) return rules
  const control: PassControl = { signal: options.signal, onProgress: options.onProgress }
  try {
    checkAborted(control)
    const reference = await source.reference()
    control.totals = await source.counts?.()
    options.onProgress?.({
      phase: 'reference',
      processed: reference.catalog.length,
      total: reference.catalog.length
    })
    const collector = new FindingCollector(settings.today)
    const prepared = new PreparedRules(ruleContext(settings, reference), rules.data, collector)
    prepared.evaluateReference()
    const totals: ScanTotals = {
      licences: 0,
      statusChanges: 0,
      usageRecords: 0,
      objections: 0,
      byDepartment: {}
    }
    await licencePass(prepared, source.licences(), control, totalsCounter(totals))
    totals.usageRecords = await usagePass(
      prepared,
      source.usageRecords(),
      (ids) => source.licencesById(ids),
      control,
      true
    )
    totals.objections = await objectionPass(prepared, source.objections(), control)
    const enabled = new Set<string>(rules.data.map(({ rule }) => rule.id))
    const { findings, delta } = mergeFindings(
      options.previous ?? [],
      collector.findings,
      (finding) => finding.sourceTable !== 'manual' && enabled.has(finding.ruleId),
      settings.today
    )
    options.onProgress?.({ phase: 'done', processed: findings.length, total: findings.length })
    return {
      ok: true,
      data: { findings, delta, state: scanState(settings, rules.data, reference), totals }
    }
  } catch (error) {
    if (error instanceof ScanAborted) return complianceError('compliance.error.aborted')
    throw error
  }
}

export { rescanCompliance } from './rescan'
