/// <reference lib="webworker" />
import { runComplianceScan } from '@renderer/features/compliance/compliance-scan'
import { openWorkbenchDb, type WorkbenchDb } from '@renderer/db/database'
import { createDexieComplianceSource } from '@renderer/features/compliance/dexie-compliance-source'
import { fromStoredLicence } from '@renderer/db/licence-keys'
import { noHolderHash } from '@renderer/session/repository-context'
import { createAuditRepository } from '@renderer/db/repositories/audit'
import { localAuditSeal } from '../../../test/browser/support/audit-seal'
import { fillWithDemoCity } from '../../../test/support/demo-working-copy'
import { createLicenceRepository } from '@renderer/db/repositories/licences'
import type { PairResult } from '../page/protocol'
import type { ComplianceBenchEvent } from './protocol'

/**
 * 合规检查 on real IndexedDB, in a worker as the app runs it: a full scan of N demo licences
 * (with their usage records and objections) against a plain batched read of the same tables
 * through the same source, then an incremental re-scan after 1,000 licences were edited through
 * the licence repository, against reading those 1,000 licences back.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (event: ComplianceBenchEvent) => scope.postMessage(event)
const TODAY = '2026-11-27'
const CHANGED = 1000

async function load(db: WorkbenchDb, licences: number): Promise<void> {
  let batches = 0
  await fillWithDemoCity(db, {
    licences,
    seed: 'compliance-bench',
    batchSize: 2000,
    onProgress: (done) => {
      if (++batches % 50 === 0) post({ type: 'progress', line: `loaded ${done}` })
    }
  })
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now()
  const value = await work()
  return { ms: performance.now() - started, value }
}

async function run(licences: number): Promise<void> {
  const db = await openWorkbenchDb({ name: `bench-compliance-${Date.now()}` })
  try {
    await load(db, licences)
    const context = {
      db,
      actor: () => '基准测试',
      now: () => new Date(),
      holderHash: noHolderHash,
      auditSeal: localAuditSeal()
    }
    const audit = createAuditRepository(context)
    const source = createDexieComplianceSource(db)

    const plainRead = await timed(async () => {
      let rows = 0
      for (const table of [source.licences(), source.usageRecords(), source.objections()])
        for await (const batch of table) rows += batch.length
      return rows
    })
    let lastProgress = 0
    const full = await timed(() =>
      runComplianceScan(db, audit, {
        mode: 'full',
        today: TODAY,
        onProgress: (progress) => {
          const now = performance.now()
          if (now - lastProgress < 2000) return
          lastProgress = now
          post({
            type: 'progress',
            line: `${progress.phase} ${progress.processed}/${progress.total}`
          })
        }
      })
    )
    if (!full.value.ok) throw new Error(JSON.stringify(full.value.error))

    // 1,000 licences corrected or broken (seal added or removed), written as an import would.
    const edited = (await db.licences.limit(CHANGED).toArray()).map(fromStoredLicence)
    await createLicenceRepository(context, audit).put(
      edited.map((licence) => ({
        ...licence,
        sealPresent: !licence.sealPresent,
        rev: licence.rev + 1
      })),
      'benchmark edit'
    )
    const readBack = await timed(() => source.licencesById(edited.map((licence) => licence.id)))
    const incremental = await timed(() =>
      runComplianceScan(db, audit, { mode: 'incremental', today: TODAY })
    )
    if (!incremental.value.ok) throw new Error(JSON.stringify(incremental.value.error))
    if (incremental.value.data.mode !== 'incremental') throw new Error('re-scan fell back to full')

    const results: PairResult[] = [
      {
        name: `compliance full scan from IndexedDB (${licences} licences, ${plainRead.value} rows)`,
        baseline: { label: 'plain batched read', ms: plainRead.ms },
        subject: { label: 'scan + write findings', ms: full.ms },
        ratio: full.ms / plainRead.ms,
        target: '≤ 30 s at 1,000,000 licences',
        extra: {
          findings: full.value.data.opened,
          'licences/s': Math.round((licences / full.ms) * 1000)
        }
      },
      {
        name: `compliance re-scan after ${CHANGED} changed licences (${licences} licences)`,
        baseline: { label: `read ${CHANGED} licences`, ms: readBack.ms },
        subject: { label: 'incremental scan', ms: incremental.ms },
        ratio: incremental.ms / readBack.ms,
        target: '≤ 1 s',
        extra: {
          opened: incremental.value.data.opened,
          resolved: incremental.value.data.resolved
        }
      }
    ]
    post({ type: 'done', results })
  } finally {
    db.close()
    await db.delete()
  }
}

scope.onmessage = (message: MessageEvent<{ licences: number }>) => {
  run(message.data.licences).catch((error: unknown) =>
    post({
      type: 'failed',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error)
    })
  )
}
