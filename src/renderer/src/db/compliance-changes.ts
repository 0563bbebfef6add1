import {
  readStoredFinding,
  type ChangeSet,
  type Finding,
  type ScanState,
  type ScanTotals
} from '@shared/domain/compliance'
import type { WorkbenchDb } from './database'
import type { StoredFinding } from './schema'

/** meta key: the ids written since the last compliance scan (待复查的变更). */
export const COMPLIANCE_CHANGES_KEY = 'compliance.changes'
/** meta key: what the last scan needs to be continued incrementally. */
export const COMPLIANCE_STATE_KEY = 'compliance.state'

/** Past this many changed ids a re-scan would cost about as much as a full one. */
export const MAX_TRACKED_CHANGES = 50_000

export interface ComplianceChanges {
  licenceIds: string[]
  usageRecordIds: string[]
  objectionIds: string[]
  /** More changed than tracked: the next scan must be full. */
  overflow: boolean
  /** Raised by every note, so a scan can tell whether anything was written while it ran. */
  generation: number
}

/** The last scan: its state and totals (for scorecards), and when it ran. */
export interface ComplianceScanRecord {
  state: ScanState
  totals: ScanTotals
  finishedAt: string
  mode: 'full' | 'incremental'
}

export const noChanges = (): ComplianceChanges => ({
  licenceIds: [],
  usageRecordIds: [],
  objectionIds: [],
  overflow: false,
  generation: 0
})

export async function readChanges(db: WorkbenchDb): Promise<ComplianceChanges> {
  return ((await db.meta.get(COMPLIANCE_CHANGES_KEY))?.value as ComplianceChanges) ?? noChanges()
}

export async function readScanRecord(db: WorkbenchDb): Promise<ComplianceScanRecord | undefined> {
  return (await db.meta.get(COMPLIANCE_STATE_KEY))?.value as ComplianceScanRecord | undefined
}

type ChangedTable = keyof ChangeSet

/**
 * Notes written ids for the next incremental scan. Must run inside the writing transaction
 * (which includes `meta`), so a change is never stored without being noted. Before any scan has
 * run there is nothing to continue, so nothing is noted.
 */
export async function noteChanges(
  db: WorkbenchDb,
  table: ChangedTable,
  ids: readonly string[]
): Promise<void> {
  if (ids.length === 0 || !(await readScanRecord(db))) return
  const changes = await readChanges(db)
  changes.generation += 1
  if (!changes.overflow) {
    changes[table] = [...new Set([...changes[table], ...ids])]
    const tracked =
      changes.licenceIds.length + changes.usageRecordIds.length + changes.objectionIds.length
    if (tracked > MAX_TRACKED_CHANGES) {
      changes.overflow = true
      changes.licenceIds = []
      changes.usageRecordIds = []
      changes.objectionIds = []
    }
  }
  await db.meta.put({ key: COMPLIANCE_CHANGES_KEY, value: changes })
}

/**
 * What is left to re-scan after a scan that started from `covered` finished: nothing when no
 * write came meanwhile, else everything noted (re-reading an id the scan already saw is harmless;
 * dropping one written again during the scan would not be).
 */
export function remainingChanges(
  current: ComplianceChanges,
  covered: ComplianceChanges
): ComplianceChanges {
  return current.generation === covered.generation
    ? { ...noChanges(), generation: current.generation }
    : current
}

export function toStoredFinding(finding: Finding): StoredFinding {
  return { ...finding, departmentId: finding.departmentId ?? '' }
}

/**
 * A stored finding as the domain reads it. Rows written before explanations became messages
 * (their explanation, title and article Chinese text) are read tolerantly: the old sentence is
 * shown as it was written, the title and article are put in words again from the rule.
 */
export function fromStoredFinding(row: StoredFinding): Finding {
  return readStoredFinding({
    ...row,
    departmentId: row.departmentId === '' ? null : row.departmentId
  })
}
