import type {
  ComplianceScanMode,
  ComplianceScanProgress,
  ComplianceScanSummary
} from './compliance-scan'
import type { RpcError } from '@shared/contract'
import { DEFAULT_DB_NAME } from '../../db/database'
import type { AuditSealPort } from '../../db/audit-seal'
import { lendAuditSeal } from '../../workers/audit-seal-relay'
import { workerCrashed } from '../../workers/worker-errors'
import type {
  ComplianceScanWorkerEvent,
  ComplianceScanWorkerRequest
} from './compliance-scan-protocol'

export type ComplianceScanResult =
  { ok: true; data: ComplianceScanSummary } | { ok: false; error: RpcError }

export interface ComplianceScanRun {
  /** Settles once: done, or failed (`compliance.error.aborted` when cancelled). */
  finished: Promise<ComplianceScanResult>
  cancel(): void
}

export interface ComplianceScanStart {
  actor: string
  mode: ComplianceScanMode
  today?: string
  batchSize?: number
  onProgress?: (progress: ComplianceScanProgress) => void
  dbName?: string
  /** Main's audit seal, lent to the worker for the entry it writes. */
  auditSeal: AuditSealPort
}

/** Starts a compliance scan in a worker; the worker is terminated when the run settles. */
export function startComplianceScan(start: ComplianceScanStart): ComplianceScanRun {
  const worker = new Worker(new URL('./compliance-scan.worker.ts', import.meta.url), {
    type: 'module'
  })
  const finished = new Promise<ComplianceScanResult>((resolve) => {
    worker.onmessage = (message: MessageEvent<ComplianceScanWorkerEvent>) => {
      const event = message.data
      if (event.type === 'progress') {
        start.onProgress?.(event.progress)
        return
      }
      worker.terminate()
      resolve(
        event.type === 'done'
          ? { ok: true, data: event.summary }
          : { ok: false, error: event.error }
      )
    }
    worker.onerror = (error) => {
      worker.terminate()
      resolve({ ok: false, error: workerCrashed('complianceScan', error) })
    }
  })
  const request: ComplianceScanWorkerRequest = {
    type: 'start',
    dbName: start.dbName ?? DEFAULT_DB_NAME,
    mode: start.mode,
    actor: start.actor,
    ...(start.today ? { today: start.today } : {}),
    ...(start.batchSize ? { batchSize: start.batchSize } : {}),
    auditPort: lendAuditSeal(start.auditSeal)
  }
  worker.postMessage(request, [request.auditPort])
  return {
    finished,
    cancel: () => worker.postMessage({ type: 'cancel' } satisfies ComplianceScanWorkerRequest)
  }
}
