/// <reference lib="webworker" />
import { fail } from '@shared/contract'
import { runComplianceScan } from './compliance-scan'
import { openWorkbenchDb } from '../../db/database'
import { createAuditRepository } from '../../db/repositories/audit'
import { createRepositoryContext } from '../../session/repository-context'
import type {
  ComplianceScanWorkerEvent,
  ComplianceScanWorkerRequest
} from './compliance-scan-protocol'
import { workerFailed } from '../../workers/worker-errors'
import { borrowAuditSeal } from '../../workers/audit-seal-relay'

/**
 * 合规检查 off the UI thread: reads the working copy in batches, runs the rules and writes the
 * findings; the renderer only receives progress. One run per worker.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const controller = new AbortController()
const post = (event: ComplianceScanWorkerEvent) => scope.postMessage(event)

async function run(request: Extract<ComplianceScanWorkerRequest, { type: 'start' }>) {
  const db = await openWorkbenchDb({ name: request.dbName })
  try {
    const audit = createAuditRepository(
      createRepositoryContext(
        db,
        () => request.actor,
        undefined,
        borrowAuditSeal(request.auditPort)
      )
    )
    const outcome = await runComplianceScan(db, audit, {
      mode: request.mode,
      ...(request.today ? { today: request.today } : {}),
      ...(request.batchSize ? { batchSize: request.batchSize } : {}),
      signal: controller.signal,
      onProgress: (progress) => post({ type: 'progress', progress })
    })
    post(
      outcome.ok
        ? { type: 'done', summary: outcome.data }
        : { type: 'failed', error: fail(outcome.error).error }
    )
  } finally {
    db.close()
  }
}

scope.onmessage = (message: MessageEvent<ComplianceScanWorkerRequest>) => {
  const request = message.data
  if (request.type === 'cancel') {
    controller.abort()
    return
  }
  run(request).catch((error: unknown) =>
    post({ type: 'failed', error: workerFailed('complianceScan', error) })
  )
}
