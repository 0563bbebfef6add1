import type { RpcError } from '@shared/contract'
import type {
  ComplianceScanMode,
  ComplianceScanProgress,
  ComplianceScanSummary
} from './compliance-scan'

/** Messages to the compliance-scan worker. */
export type ComplianceScanWorkerRequest =
  | {
      type: 'start'
      dbName: string
      mode: ComplianceScanMode
      /** TODAY in Beijing (`YYYY-MM-DD`); the clock's date when absent. */
      today?: string
      /** Recorded in the audit log as 操作人. */
      actor: string
      batchSize?: number
      /** Main's audit seal, lent by the page (workers/audit-seal-relay); transferred. */
      auditPort: MessagePort
    }
  | { type: 'cancel' }

/**
 * Messages from the worker; exactly one `done` or `failed` ends a run. A failure is an error
 * value: the scan's own (`compliance.error.…`) or `errors.worker.failed`.
 */
export type ComplianceScanWorkerEvent =
  | { type: 'progress'; progress: ComplianceScanProgress }
  | { type: 'done'; summary: ComplianceScanSummary }
  | { type: 'failed'; error: RpcError }
