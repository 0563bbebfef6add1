import { beijingToday } from '@shared/domain/calendar'
import {
  rescanCompliance,
  scanCompliance,
  type ComplianceError,
  type Finding,
  type ScanProgress,
  type ScanReport
} from '@shared/domain/compliance'
import {
  COMPLIANCE_CHANGES_KEY,
  COMPLIANCE_STATE_KEY,
  fromStoredFinding,
  readChanges,
  readScanRecord,
  remainingChanges,
  toStoredFinding,
  type ComplianceScanRecord
} from '../../db/compliance-changes'
import type { WorkbenchDb } from '../../db/database'
import { createDexieComplianceSource } from './dexie-compliance-source'
import type { AuditRepository } from '../../db/repositories/audit'
import { readScanSettings } from '../../db/repositories/compliance'

/** Findings are written this many per transaction, so the UI's reads are never held up long. */
const WRITE_BATCH = 2_000

export type ComplianceScanMode = 'full' | 'incremental'

export type ComplianceScanProgress =
  ScanProgress | { phase: 'writing'; processed: number; total: number }

export interface ComplianceScanSummary {
  /** What actually ran: an incremental request falls back to full when it must. */
  mode: ComplianceScanMode
  today: string
  opened: number
  updated: number
  resolved: number
  open: number
  changedLicences: number
}

export type ComplianceScanOutcome =
  { ok: true; data: ComplianceScanSummary } | { ok: false; error: ComplianceError }

export interface ComplianceScanRequest {
  mode: ComplianceScanMode
  /** TODAY in Beijing; the clock's date by default. */
  today?: string
  signal?: AbortSignal
  onProgress?: (progress: ComplianceScanProgress) => void
  batchSize?: number
}

/**
 * 合规检查 over the local working copy: a full scan, or an incremental one over the ids written
 * since the last scan (falling back to full when the day, rules, calendar or departments changed,
 * or when too many records changed to track). Only the findings the scan changed are written,
 * upserted by their stable id; resolved ones keep their date. The scan's state and the noted
 * changes it covered are stored last, audited, so a cancelled or failed scan leaves the previous
 * state to continue from.
 */
export async function runComplianceScan(
  db: WorkbenchDb,
  audit: AuditRepository,
  request: ComplianceScanRequest
): Promise<ComplianceScanOutcome> {
  const today = request.today ?? beijingToday()
  const settings = await readScanSettings(db, today)
  const source = createDexieComplianceSource(db, { batchSize: request.batchSize })
  const changes = await readChanges(db)
  const record = await readScanRecord(db)
  const previous: Finding[] = (await db.findings.toArray()).map(fromStoredFinding)

  let mode: ComplianceScanMode = 'full'
  let result: Awaited<ReturnType<typeof scanCompliance>> | undefined
  if (request.mode === 'incremental' && record && !changes.overflow) {
    result = await rescanCompliance(
      source,
      { findings: previous, state: record.state, totals: record.totals },
      changes,
      settings,
      { signal: request.signal }
    )
    mode = 'incremental'
    if (!result.ok && result.error.code === 'compliance.error.needsFullScan') result = undefined
  }
  if (!result) {
    mode = 'full'
    result = await scanCompliance(source, settings, {
      signal: request.signal,
      onProgress: request.onProgress,
      previous
    })
  }
  if (!result.ok) return result
  await writeReport(db, audit, result.data, {
    mode,
    today,
    changes,
    onProgress: request.onProgress
  })
  const { opened, updated, resolved } = result.data.delta
  return {
    ok: true,
    data: {
      mode,
      today,
      opened: opened.length,
      updated: updated.length,
      resolved: resolved.length,
      open: result.data.findings.filter((finding) => finding.status === 'open').length,
      changedLicences: mode === 'incremental' ? changes.licenceIds.length : 0
    }
  }
}

async function writeReport(
  db: WorkbenchDb,
  audit: AuditRepository,
  report: ScanReport,
  run: {
    mode: ComplianceScanMode
    today: string
    changes: Awaited<ReturnType<typeof readChanges>>
    onProgress?: (progress: ComplianceScanProgress) => void
  }
): Promise<void> {
  const { opened, updated, resolved } = report.delta
  const changed = new Set([...opened, ...updated, ...resolved])
  const rows = report.findings.filter((finding) => changed.has(finding.id)).map(toStoredFinding)
  for (let start = 0; start < rows.length; start += WRITE_BATCH) {
    await db.findings.bulkPut(rows.slice(start, start + WRITE_BATCH))
    run.onProgress?.({
      phase: 'writing',
      processed: Math.min(start + WRITE_BATCH, rows.length),
      total: rows.length
    })
  }
  const scanRecord: ComplianceScanRecord = {
    state: report.state,
    totals: report.totals,
    finishedAt: new Date().toISOString(),
    mode: run.mode
  }
  await audit.recordChange(
    [db.meta],
    {
      action: 'compliance.scan',
      target: 'findings',
      details: {
        mode: run.mode,
        today: run.today,
        opened: opened.length,
        updated: updated.length,
        resolved: resolved.length
      }
    },
    async () => {
      const current = await readChanges(db)
      await db.meta.put({ key: COMPLIANCE_STATE_KEY, value: scanRecord })
      await db.meta.put({
        key: COMPLIANCE_CHANGES_KEY,
        value: remainingChanges(current, run.changes)
      })
    }
  )
}
