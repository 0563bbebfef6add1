import { errorOf, type RpcError } from '@shared/contract'
import { message } from '@shared/i18n/message'
import { DEFAULT_DEMO_LICENCES, DEFAULT_DEMO_SEED } from '@shared/domain/demo/generator'
import { DEFAULT_DB_NAME } from '../db/database'
import type { AuditSealPort } from '../db/audit-seal'
import { lendAuditSeal } from '../workers/audit-seal-relay'
import type { DemoLoadOptions, DemoLoadOutcome, DemoLoadProgress } from './demo-loader'
import type { DemoLoadEvent, DemoLoadRequest } from './demo-load-protocol'
import { workerCrashed } from '../workers/worker-errors'

export const DEFAULT_DEMO_LOAD: DemoLoadOptions = {
  licences: DEFAULT_DEMO_LICENCES,
  seed: DEFAULT_DEMO_SEED,
  batchSize: 1000
}

/** Why a worker's holder codes were not hashed, when main's error carries no code of its own. */
const HASH_UNAVAILABLE = message('privacy.error.hashUnavailable')

export type DemoLoadResult = DemoLoadOutcome | { status: 'failed'; error: RpcError }

export interface DemoLoadRun {
  /** Settles once: complete, cancelled (resumable on the next start) or failed. */
  finished: Promise<DemoLoadResult>
  cancel(): void
}

export interface DemoLoadStart {
  actor: string
  onProgress?: (progress: DemoLoadProgress) => void
  options?: DemoLoadOptions
  reset?: boolean
  dbName?: string
  /** Main's hash of holder codes (the worker cannot reach main itself). */
  hashCodes: (codes: string[]) => Promise<string[]>
  /** Main's audit seal, lent to the worker for the entries it writes. */
  auditSeal: AuditSealPort
}

/**
 * Starts the demo-load worker (first run on an empty or partly loaded database, or 重置演示数据
 * with `reset`). The worker is terminated when the run settles.
 */
export function startDemoLoad(start: DemoLoadStart): DemoLoadRun {
  const worker = new Worker(new URL('./demo-load.worker.ts', import.meta.url), { type: 'module' })
  const finished = new Promise<DemoLoadResult>((resolve) => {
    worker.onmessage = (message: MessageEvent<DemoLoadEvent>) => {
      const event = message.data
      if (event.type === 'hash') {
        start.hashCodes(event.codes).then(
          (hashes) =>
            worker.postMessage({ type: 'hashed', id: event.id, hashes } satisfies DemoLoadRequest),
          (error: unknown) =>
            worker.postMessage({
              type: 'hashFailed',
              id: event.id,
              error: errorOf(error, HASH_UNAVAILABLE)
            } satisfies DemoLoadRequest)
        )
        return
      }
      if (event.type === 'progress') {
        start.onProgress?.({ phase: event.phase, done: event.done, total: event.total })
        return
      }
      worker.terminate()
      resolve(event.type === 'done' ? event.outcome : { status: 'failed', error: event.error })
    }
    worker.onerror = (event) => {
      worker.terminate()
      resolve({ status: 'failed', error: workerCrashed('demoLoad', event) })
    }
  })
  const request: DemoLoadRequest = {
    type: 'start',
    dbName: start.dbName ?? DEFAULT_DB_NAME,
    options: start.options ?? DEFAULT_DEMO_LOAD,
    reset: start.reset ?? false,
    actor: start.actor,
    auditPort: lendAuditSeal(start.auditSeal)
  }
  worker.postMessage(request, [request.auditPort])
  return {
    finished,
    cancel: () => worker.postMessage({ type: 'cancel' } satisfies DemoLoadRequest)
  }
}
