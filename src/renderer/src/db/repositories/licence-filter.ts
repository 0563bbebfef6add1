import type { GenerationMode, LicenceState } from '@shared/domain/licences'
import type { LicenceAggregate, StoredLicence } from '../schema'

/** What the licence browser (证照浏览) filters on; absent or empty lists mean "any". */
export interface LicenceFilter {
  departmentIds?: readonly string[]
  typeCodes?: readonly string[]
  states?: readonly LicenceState[]
  generationModes?: readonly GenerationMode[]
  /** 颁发日期 from, inclusive, `YYYY-MM-DD`. */
  issuedFrom?: string
  /** 颁发日期 to, inclusive, `YYYY-MM-DD`. */
  issuedTo?: string
  /** 证照编号 or 持证主体 prefix, or a holder's full code. */
  search?: string
}

export function present<T>(values: readonly T[] | undefined): values is readonly T[] {
  return values !== undefined && values.length > 0
}

/** Whether a cube cell can hold licences matching the filter (month granularity for dates). */
export function cellMayMatch(cell: LicenceAggregate, filter: LicenceFilter): boolean {
  if (present(filter.departmentIds) && !filter.departmentIds.includes(cell.departmentId))
    return false
  if (present(filter.typeCodes) && !filter.typeCodes.includes(cell.typeCode)) return false
  if (present(filter.states) && !filter.states.includes(cell.state)) return false
  if (present(filter.generationModes) && !filter.generationModes.includes(cell.generationMode))
    return false
  if (filter.issuedFrom === undefined && filter.issuedTo === undefined) return true
  if (cell.month === '') return false
  if (filter.issuedFrom !== undefined && cell.month < filter.issuedFrom.slice(0, 7)) return false
  if (filter.issuedTo !== undefined && cell.month > filter.issuedTo.slice(0, 7)) return false
  return true
}

function lastDayOfMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number)
  const day = new Date(Date.UTC(year ?? 0, monthNumber ?? 0, 0)).getUTCDate()
  return `${month}-${String(day).padStart(2, '0')}`
}

/** The cube answers exactly when the date bounds fall on month boundaries. */
export function cubeIsExact(filter: LicenceFilter): boolean {
  if (filter.search !== undefined && filter.search.trim() !== '') return false
  const fromAligned = filter.issuedFrom === undefined || filter.issuedFrom.endsWith('-01')
  const toAligned =
    filter.issuedTo === undefined || filter.issuedTo === lastDayOfMonth(filter.issuedTo.slice(0, 7))
  return fromAligned && toAligned
}

/** The checks a licence read from an index range must still pass. */
export function rowMatches(row: StoredLicence, filter: LicenceFilter): boolean {
  if (row.deleted) return false
  if (present(filter.departmentIds) && !filter.departmentIds.includes(row.issuerDepartmentId))
    return false
  if (present(filter.typeCodes) && !filter.typeCodes.includes(row.typeCode)) return false
  if (present(filter.states) && !filter.states.includes(row.state)) return false
  if (present(filter.generationModes) && !filter.generationModes.includes(row.generationMode))
    return false
  if (filter.issuedFrom !== undefined && !(row.issueDate >= filter.issuedFrom)) return false
  if (filter.issuedTo !== undefined && !(row.issueDate !== '' && row.issueDate <= filter.issuedTo))
    return false
  return true
}
