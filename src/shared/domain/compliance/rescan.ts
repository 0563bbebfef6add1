import { day, message } from '../../i18n/message'
import type { Licence } from '../licences/licence'
import type { UsageRecord } from '../licences/usage-record'
import { beijingDayNumber, isoDateOf } from './deadlines'
import {
  complianceError,
  FindingCollector,
  PreparedRules,
  resolveRules,
  ruleContext,
  type ComplianceResult,
  type ScanSettings
} from './evaluation'
import type { Finding, SourceTable } from './finding'
import { mergeFindings } from './merge'
import {
  asBatches,
  checkAborted,
  licencePass,
  objectionPass,
  ScanAborted,
  unitDayPass,
  usagePass,
  type PassControl
} from './passes'
import type { ChangeSet, IncrementalComplianceSource } from './ports'
import { unitDayKey, type UnitDay } from './rule'
import { scanState, type ScanReport, type ScanState, type ScanTotals } from './scan-state'

export interface PreviousScan {
  findings: readonly Finding[]
  state: ScanState
  totals: ScanTotals
}

/** Elements in exactly one of the two sorted-or-not lists. */
function symmetricDifference(before: readonly string[], after: readonly string[]): string[] {
  const a = new Set(before)
  const b = new Set(after)
  return [...[...a].filter((item) => !b.has(item)), ...[...b].filter((item) => !a.has(item))]
}

async function collect<T>(
  batches: AsyncIterable<readonly T[]>,
  into: Map<string, T>,
  idOf: (row: T) => string
): Promise<void> {
  for await (const batch of batches) for (const row of batch) into.set(idOf(row), row)
}

function unitDayOf(usage: UsageRecord): UnitDay | undefined {
  const day = beijingDayNumber(usage.usedAt)
  return day === undefined ? undefined : { uscc: usage.usingUnit.uscc, date: isoDateOf(day) }
}

/**
 * Re-evaluates only what changed since `previous`: the changed licences, usage records and
 * objections; the usage of changed licences (a refusal is judged against its licence); every
 * unit-day a changed usage record is or was counted in; the licences of type codes whose catalog
 * registration changed and the usage of type codes whose authorisations changed. The small
 * reference tables are re-read whole. Findings not found again among what was re-read are resolved.
 *
 * A re-scan on another day, or with other rules, parameters, holiday tables or departments,
 * would need every record read again: it answers COMPLIANCE_NEEDS_FULL_SCAN.
 */
export async function rescanCompliance(
  source: IncrementalComplianceSource,
  previous: PreviousScan,
  changes: ChangeSet,
  settings: ScanSettings,
  options: { signal?: AbortSignal } = {}
): Promise<ComplianceResult<ScanReport>> {
  const rules = resolveRules(settings)
  if (!rules.ok) return rules
  const control: PassControl = { signal: options.signal }
  try {
    checkAborted(control)
    const reference = await source.reference()
    const state = scanState(settings, rules.data, reference)
    if (state.today !== previous.state.today) {
      return complianceError('compliance.error.needsFullScan', {
        reason: message('compliance.fullScanReason.dayChanged', {
          previous: day(previous.state.today),
          today: day(state.today)
        })
      })
    }
    if (state.fingerprint !== previous.state.fingerprint) {
      return complianceError('compliance.error.needsFullScan', {
        reason: message('compliance.fullScanReason.settingsChanged')
      })
    }
    const collector = new FindingCollector(settings.today)
    const prepared = new PreparedRules(ruleContext(settings, reference), rules.data, collector)
    prepared.evaluateReference()

    // Licences: the changed ones, and those whose type's registration changed.
    const licenceIds = [...new Set(changes.licenceIds ?? [])]
    const licences = new Map<string, Licence>()
    for (const licence of await source.licencesById(licenceIds))
      if (licence) licences.set(licence.id, licence)
    const retyped = symmetricDifference(
      previous.state.registeredTypeCodes,
      state.registeredTypeCodes
    )
    if (retyped.length > 0)
      await collect(source.licencesOfTypeCodes(retyped), licences, (licence) => licence.id)
    checkAborted(control)
    await licencePass(prepared, asBatches([...licences.values()]), control)

    // Usage records: the changed ones, those of changed licences, those of re-authorised types.
    const usageIds = [...new Set(changes.usageRecordIds ?? [])]
    const changedUsage = (await source.usageRecordsById(usageIds)).filter(
      (usage) => usage !== undefined
    )
    const usage = new Map(changedUsage.map((record) => [record.id, record]))
    if (licenceIds.length > 0)
      await collect(source.usageRecordsOfLicences(licenceIds), usage, (record) => record.id)
    const reauthorised = [
      ...new Set(
        symmetricDifference(previous.state.authorizedPairs, state.authorizedPairs).map(
          (pair) => pair.split('|')[0] ?? ''
        )
      )
    ]
    if (reauthorised.length > 0)
      await collect(source.usageRecordsOfTypeCodes(reauthorised), usage, (record) => record.id)
    checkAborted(control)
    await usagePass(
      prepared,
      asBatches([...usage.values()]),
      (ids) => source.licencesById(ids),
      control,
      false
    )

    // Unit-days: where changed usage is counted now, and where it was counted before.
    const unitDays = new Map<string, UnitDay>()
    for (const record of changedUsage) {
      const unitDay = unitDayOf(record)
      if (unitDay) unitDays.set(unitDayKey(unitDay), unitDay)
    }
    const changedUsageIds = new Set(usageIds)
    for (const finding of previous.findings) {
      if (finding.sourceTable !== 'unitDays' || finding.status !== 'open') continue
      if (!finding.evidence.recordIds.some((id) => changedUsageIds.has(id))) continue
      const [uscc, date] = finding.sourceId.split('@')
      if (uscc && date) unitDays.set(finding.sourceId, { uscc, date })
    }
    if (unitDays.size > 0)
      await unitDayPass(prepared, source.usageRecordsOfUnitDays([...unitDays.values()]), control)

    const objectionIds = [...new Set(changes.objectionIds ?? [])]
    const objections = (await source.objectionsById(objectionIds)).filter(
      (objection) => objection !== undefined
    )
    await objectionPass(prepared, asBatches(objections), control)

    const reread: Record<SourceTable, ReadonlySet<string> | 'all' | 'none'> = {
      reference: 'all',
      licences: new Set([...licenceIds, ...licences.keys()]),
      usageRecords: new Set([...usageIds, ...usage.keys()]),
      unitDays: new Set(unitDays.keys()),
      objections: new Set(objectionIds),
      manual: 'none'
    }
    const enabled = new Set<string>(rules.data.map(({ rule }) => rule.id))
    const { findings, delta } = mergeFindings(
      previous.findings,
      collector.findings,
      (finding) => {
        const scope = reread[finding.sourceTable]
        if (!enabled.has(finding.ruleId) || scope === 'none') return false
        return scope === 'all' || scope.has(finding.sourceId)
      },
      settings.today
    )
    return { ok: true, data: { findings, delta, state, totals: previous.totals } }
  } catch (error) {
    if (error instanceof ScanAborted) return complianceError('compliance.error.aborted')
    throw error
  }
}
