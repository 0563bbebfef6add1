import type { Licence } from '../licences/licence'
import type { ResolvedRule, ScanSettings } from './evaluation'
import type { Finding } from './finding'
import type { FindingDelta } from './merge'
import type { ComplianceReference } from './ports'
import { registeredTypeCodes } from './rules/catalog-unregistered-type'

/**
 * What a re-scan must know of the scan it continues: the reference data the licence and usage
 * findings were judged against, and a fingerprint of everything else they depend on.
 */
export interface ScanState {
  today: string
  /** Rules, parameters, holiday tables and departments; a change needs a full scan. */
  fingerprint: string
  registeredTypeCodes: string[]
  /** `<type code>|<unit USCC>|<from>|<until>` for every usage authorisation not deleted. */
  authorizedPairs: string[]
}

/** Counts from the last full scan, for rates such as on-time pushes per department. */
export interface ScanTotals {
  licences: number
  statusChanges: number
  usageRecords: number
  objections: number
  byDepartment: Record<string, { licences: number; withPushDeadline: number }>
}

export interface ScanReport {
  /** Every finding, open and resolved, earlier ones included. */
  findings: Finding[]
  delta: FindingDelta
  state: ScanState
  totals: ScanTotals
}

export function authorizedPairs(reference: ComplianceReference): string[] {
  return reference.usageAuthorizations
    .filter((authorization) => !authorization.deleted)
    .map(
      (authorization) =>
        `${authorization.typeCode}|${authorization.unit.uscc}|${authorization.validFrom ?? ''}|${authorization.validUntil}`
    )
    .sort()
}

export function scanState(
  settings: ScanSettings,
  rules: readonly ResolvedRule[],
  reference: ComplianceReference
): ScanState {
  const fingerprint = JSON.stringify({
    rules: rules.map(({ rule, parameters }) => [rule.id, parameters]),
    calendar: settings.calendar.notices.map((notice) => [
      notice.year,
      notice.holidays,
      notice.adjustedWorkdays
    ]),
    departments: reference.departments
      .filter((department) => !department.deleted)
      .map((department) => [department.id, department.name, department.uscc])
      .sort()
  })
  return {
    today: settings.today,
    fingerprint,
    registeredTypeCodes: [...registeredTypeCodes(reference.catalog)].sort(),
    authorizedPairs: authorizedPairs(reference)
  }
}

/** Counts licences into `totals` as the licence pass visits them. */
export function totalsCounter(totals: ScanTotals): (licence: Licence) => void {
  const byDepartment = new Map<string, { licences: number; withPushDeadline: number }>()
  totals.byDepartment = {}
  return (licence) => {
    let counts = byDepartment.get(licence.issuerDepartmentId)
    if (!counts) {
      counts = { licences: 0, withPushDeadline: 0 }
      byDepartment.set(licence.issuerDepartmentId, counts)
      totals.byDepartment[licence.issuerDepartmentId] = counts
    }
    counts.licences += 1
    if (licence.generationMode !== 'legacy') counts.withPushDeadline += 1
    totals.licences += 1
    totals.statusChanges += licence.statusHistory.length
  }
}
