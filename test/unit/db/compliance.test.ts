import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { defaultWorkingDayCalendar } from '../../../src/shared/domain/calendar'
import {
  createInMemoryComplianceSource,
  scanCompliance,
  type Finding
} from '../../../src/shared/domain/compliance'
import { fromStoredLicence } from '../../../src/renderer/src/db/licence-keys'
import { runComplianceScan } from '../../../src/renderer/src/features/compliance/compliance-scan'
import { readChanges } from '../../../src/renderer/src/db/compliance-changes'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import { createDexieComplianceSource } from '../../../src/renderer/src/features/compliance/dexie-compliance-source'
import { fillWithDemoCity } from '../../support/demo-working-copy'
import { openTestDb, testRepositories } from './support'

const TODAY = '2026-11-27'
const settings = { today: TODAY, calendar: defaultWorkingDayCalendar }
let db: WorkbenchDb | undefined
afterEach(() => db?.close())

async function demoDb(label: string) {
  db = await openTestDb(label)
  const repos = testRepositories(db)
  await fillWithDemoCity(db, {
    licences: 1500,
    seed: 'compliance-unit',
    batchSize: 500,
    holderHash: repos.context.holderHash
  })
  return { db, repos }
}

/** The same tables, read whole into memory: the reference the Dexie source must agree with. */
async function inMemory(db: WorkbenchDb) {
  return createInMemoryComplianceSource(
    {
      departments: await db.departments.toArray(),
      catalog: await db.catalog.toArray(),
      usageAuthorizations: await db.usageAuthorizations.toArray(),
      notices: await db.notices.toArray(),
      licences: (await db.licences.toArray()).map(fromStoredLicence),
      usageRecords: await db.usageRecords.toArray(),
      objections: await db.objections.toArray()
    },
    { batchSize: 700 }
  )
}

const byId = (findings: readonly Finding[]) =>
  [...findings].sort((a, b) => a.id.localeCompare(b.id))

describe('compliance scan over Dexie', () => {
  it('finds exactly what the in-memory source finds on the same demo city', async () => {
    const { db } = await demoDb('compliance-same')
    const dexie = await scanCompliance(
      createDexieComplianceSource(db, { batchSize: 300 }),
      settings
    )
    const memory = await scanCompliance(await inMemory(db), settings)
    if (!dexie.ok || !memory.ok) throw new Error('scan failed')
    expect(dexie.data.findings.length).toBeGreaterThan(20)
    expect(new Set(dexie.data.findings.map((f) => f.kind)).size).toBeGreaterThan(2)
    expect(byId(dexie.data.findings)).toEqual(byId(memory.data.findings))
    expect(dexie.data.totals).toEqual(memory.data.totals)
  })

  it('stores findings, then re-scans only the edited licence and resolves its finding', async () => {
    const { db, repos } = await demoDb('compliance-rescan')
    const full = await runComplianceScan(db, repos.audit, { mode: 'full', today: TODAY })
    expect(full.ok && full.data.mode).toBe('full')
    const stored = await repos.compliance.findings({ status: 'open' })
    expect(stored.length).toBe(full.ok ? full.data.open : -1)

    // Correct one licence with a missing seal: the next incremental scan resolves that finding.
    const sealFinding = stored.find((f) => f.ruleId === 'data.missing-seal')
    expect(sealFinding).toBeDefined()
    const licence = await repos.licences.get(sealFinding!.subjectId)
    await repos.licences.put(
      [{ ...licence!, sealPresent: true, rev: licence!.rev + 1 }],
      '补加电子印章'
    )
    expect((await readChanges(db)).licenceIds).toEqual([licence!.id])

    const again = await runComplianceScan(db, repos.audit, { mode: 'incremental', today: TODAY })
    expect(again.ok && again.data).toMatchObject({ mode: 'incremental', resolved: 1, opened: 0 })
    const [after] = await repos.compliance.findingsById([sealFinding!.id])
    expect(after).toMatchObject({ status: 'resolved', resolvedOn: TODAY, firstSeen: TODAY })
    expect((await readChanges(db)).licenceIds).toEqual([])

    // The incremental result equals a full scan of the edited data.
    const memory = await scanCompliance(await inMemory(db), settings)
    if (!memory.ok) throw new Error('scan failed')
    const openNow = (await repos.compliance.findings({ status: 'open' })).map((f) => f.id).sort()
    expect(openNow).toEqual(
      memory.data.findings
        .filter((f) => f.status === 'open')
        .map((f) => f.id)
        .sort()
    )
    const actions = (await repos.audit.list({ limit: 5 })).map((entry) => entry.action)
    expect(actions.slice(0, 3)).toEqual(['compliance.scan', 'licence.put', 'compliance.scan'])
  })

  it('computes a licence’s precomputed part on every write, whatever the row brought', async () => {
    const { db, repos } = await demoDb('compliance-precomputed')
    const [row] = await db.licences.limit(1).toArray()
    const broken = {
      ...fromStoredLicence(row!),
      identifier: `${row!.identifier}X`,
      rev: row!.rev + 1
    }
    // A file or a library that sends its own verdicts along with the record.
    const forged = { ...broken, precomputed: { ...row!.precomputed!, identifierValid: true } }
    await repos.licences.put([forged], '修改证照标识')
    const written = await db.licences.get(row!.id)
    expect(written?.precomputed?.identifierValid).toBe(false)
    const outcome = await runComplianceScan(db, repos.audit, { mode: 'incremental', today: TODAY })
    expect(outcome.ok).toBe(true)
    const [finding] = await repos.compliance.findingsById([`data.invalid-code:${row!.id}`])
    expect(finding?.status).toBe('open')
  })

  it('answers compliance.error.aborted when cancelled and keeps the previous findings', async () => {
    const { db, repos } = await demoDb('compliance-cancel')
    const controller = new AbortController()
    const outcome = await runComplianceScan(db, repos.audit, {
      mode: 'full',
      today: TODAY,
      batchSize: 200,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.phase === 'licences' && progress.processed >= 400) controller.abort()
      }
    })
    expect(outcome.ok ? null : outcome.error).toEqual({ code: 'compliance.error.aborted' })
    expect(await db.findings.count()).toBe(0)
    expect(await repos.compliance.lastScan()).toBeUndefined()
  })
})
