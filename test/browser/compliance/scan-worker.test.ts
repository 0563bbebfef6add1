import { afterEach, describe, expect, it } from 'vitest'
import { openWorkbenchDb, type WorkbenchDb } from '@renderer/db/database'
import type { ComplianceScanProgress } from '@renderer/features/compliance/compliance-scan'
import { fillWithDemoCity } from '../../support/demo-working-copy'
import { startComplianceScan } from '@renderer/features/compliance/compliance-scan-client'
import { localAuditSeal } from '../support/audit-seal'
import { createAuditMac } from '@shared/domain/audit'

const opened: WorkbenchDb[] = []
afterEach(() => opened.splice(0).forEach((db) => db.close()))

const TODAY = '2026-11-27'

async function demoCity(label: string, licences: number): Promise<string> {
  const name = `browser-compliance-${label}-${Date.now()}-${Math.random().toString(36).slice(2)}`
  const db = await openWorkbenchDb({ name })
  await fillWithDemoCity(db, { licences, seed: `compliance-${label}`, batchSize: 1000 })
  db.close()
  return name
}

async function open(name: string): Promise<WorkbenchDb> {
  const db = await openWorkbenchDb({ name })
  opened.push(db)
  return db
}

describe('compliance scan in a worker, on real IndexedDB', () => {
  it('scans with progress through every phase and stores the findings', async () => {
    const name = await demoCity('scan', 4000)
    const progress: ComplianceScanProgress[] = []
    const run = startComplianceScan({
      actor: '合规科 张三',
      dbName: name,
      auditSeal: localAuditSeal(),
      mode: 'full',
      today: TODAY,
      batchSize: 500,
      onProgress: (p) => progress.push(p)
    })
    const result = await run.finished
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail ?? ''}`)
    expect(result.data).toMatchObject({ mode: 'full', today: TODAY })
    expect(result.data.opened).toBeGreaterThan(50)

    const licencePhase = progress.filter((p) => p.phase === 'licences')
    expect(licencePhase.length).toBeGreaterThanOrEqual(8)
    expect(licencePhase.at(-1)).toMatchObject({ processed: 4000, total: 4000 })
    expect(new Set(progress.map((p) => p.phase))).toEqual(
      new Set(['reference', 'licences', 'usageRecords', 'objections', 'writing', 'done'])
    )

    const db = await open(name)
    const stored = await db.findings.toArray()
    expect(stored.filter((finding) => finding.status === 'open')).toHaveLength(result.data.open)
    const audit = await db.auditLog.orderBy('seq').last()
    expect(audit).toMatchObject({ action: 'compliance.scan', actor: '合规科 张三' })
    // Keyed by the seal the page lent the worker (the test's key stands in for main's).
    const mac = createAuditMac(new Uint8Array(32).fill(9))
    expect(audit?.mac).toBe(await mac({ ...audit!, prevMac: audit!.prevMac! }))
  })

  it('cancels mid-scan with compliance.error.aborted and stores nothing', async () => {
    const name = await demoCity('cancel', 4000)
    let cancelled = false
    const run = startComplianceScan({
      actor: '合规科 张三',
      dbName: name,
      auditSeal: localAuditSeal(),
      mode: 'full',
      today: TODAY,
      batchSize: 250,
      onProgress: (p) => {
        if (!cancelled && p.phase === 'licences' && p.processed >= 500) {
          cancelled = true
          run.cancel()
        }
      }
    })
    const result = await run.finished
    expect(cancelled).toBe(true)
    expect(result.ok ? 'done' : result.error.code).toBe('compliance.error.aborted')
    const db = await open(name)
    expect(await db.findings.count()).toBe(0)
    expect(await db.meta.get('compliance.state')).toBeUndefined()
  })
})
