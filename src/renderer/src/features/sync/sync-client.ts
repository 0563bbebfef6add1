import type { RpcError, SyncAnswer, SyncRequest } from '@shared/contract'
import type { SyncProgress } from '@shared/domain/sync/engine'
import type { AuditSealPort } from '../../db/audit-seal'
import { DEFAULT_DB_NAME } from '../../db/database'
import type { HolderCodeHasher } from '@shared/domain/privacy'
import { lendAuditSeal } from '../../workers/audit-seal-relay'
import { lendHolderHash } from '../../workers/holder-hash-relay'
import { workerCrashed } from '../../workers/worker-errors'
import { lendSyncTransport } from './sync-relay'
import type { SyncOutcome } from './sync-run'
import type { SyncWorkerEvent, SyncWorkerRequest } from './sync-protocol'

export type SyncResult = SyncOutcome | { status: 'crashed'; error: RpcError }

export interface SyncRun {
  /** Settles once: complete, cancelled (resumable), failed on a fault, or the worker crashed. */
  finished: Promise<SyncResult>
  cancel(): void
}

export interface SyncStart {
  actor: string
  /** Main's `sync.request`, or `sync.package.request` for an offline package. */
  request: (request: SyncRequest) => Promise<SyncAnswer>
  fromPackage?: string
  auditSeal: AuditSealPort
  /** Main's keyed hash: a holder's ID number from the library is kept only masked and hashed. */
  holderHash: HolderCodeHasher
  onProgress?: (progress: SyncProgress) => void
  resync?: boolean
  verify?: boolean
  dbName?: string
}

/** Starts a sync run in a worker; the worker is terminated when the run settles. */
export function startSync(start: SyncStart): SyncRun {
  const worker = new Worker(new URL('./sync.worker.ts', import.meta.url), { type: 'module' })
  const finished = new Promise<SyncResult>((resolve) => {
    worker.onmessage = (message: MessageEvent<SyncWorkerEvent>) => {
      const event = message.data
      if (event.type === 'progress') {
        start.onProgress?.(event.progress)
        return
      }
      worker.terminate()
      resolve(event.type === 'done' ? event.outcome : { status: 'crashed', error: event.error })
    }
    worker.onerror = (event) => {
      worker.terminate()
      resolve({ status: 'crashed', error: workerCrashed('sync', event) })
    }
  })
  const request: SyncWorkerRequest = {
    type: 'start',
    dbName: start.dbName ?? DEFAULT_DB_NAME,
    actor: start.actor,
    resync: start.resync ?? false,
    verify: start.verify ?? false,
    fromPackage: start.fromPackage ?? null,
    auditPort: lendAuditSeal(start.auditSeal),
    transportPort: lendSyncTransport(start.request),
    holderHashPort: lendHolderHash(start.holderHash)
  }
  worker.postMessage(request, [request.auditPort, request.transportPort, request.holderHashPort])
  return {
    finished,
    cancel: () => worker.postMessage({ type: 'cancel' } satisfies SyncWorkerRequest)
  }
}
