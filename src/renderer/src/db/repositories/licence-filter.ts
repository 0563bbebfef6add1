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
  /** Text anywhere in 证照编号 or 持证主体 (prefix matches first), or a holder's full code. */
  search?: string
}

export function present<T>(values: readonly T[] | undefined): values is readonly T[] {
  return values !== undefined && values.length > 0
}

/** Whether a cube cell can hold licences matching the filter; the cube has no dates. */
export function cellMayMatch(cell: LicenceAggregate, filter: LicenceFilter): boolean {
  if (present(filter.departmentIds) && !filter.departmentIds.includes(cell.departmentId))
    return false
  if (present(filter.typeCodes) && !filter.typeCodes.includes(cell.typeCode)) return false
  if (present(filter.states) && !filter.states.includes(cell.state)) return false
  if (present(filter.generationModes) && !filter.generationModes.includes(cell.generationMode))
    return false
  return true
}

/** The cube counts exactly what the filter selects: no search and no date bounds. */
export function cubeIsExact(filter: LicenceFilter): boolean {
  const searching = filter.search !== undefined && filter.search.trim() !== ''
  return !searching && filter.issuedFrom === undefined && filter.issuedTo === undefined
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
