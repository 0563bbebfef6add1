/// <reference lib="webworker" />
import { openWorkbenchDb } from '../db/database'
import { loadDemoCity, resetDemoData } from './demo-loader'
import { createAuditRepository } from '../db/repositories/audit'
import { CodedError, MAX_HASH_BATCH } from '@shared/contract'
import { batchingHasher } from '@shared/domain/privacy'
import { createRepositoryContext } from '../session/repository-context'
import type { DemoLoadEvent, DemoLoadRequest } from './demo-load-protocol'
import { workerFailed } from '../workers/worker-errors'
import { borrowAuditSeal } from '../workers/audit-seal-relay'

/**
 * Loads the demo city off the UI thread: generation and IndexedDB writes both run here, the
 * renderer only receives progress. One run per worker.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const controller = new AbortController()
const post = (event: DemoLoadEvent) => scope.postMessage(event)

/** Hash requests waiting for the window's answer, by id. */
const hashing = new Map<
  number,
  { resolve: (hashes: string[]) => void; reject: (e: unknown) => void }
>()
let nextHashId = 0
const holderHash = batchingHasher(
  (codes) =>
    new Promise<string[]>((resolve, reject) => {
      const id = nextHashId++
      hashing.set(id, { resolve, reject })
      post({ type: 'hash', id, codes })
    }),
  MAX_HASH_BATCH
)

async function run(request: Extract<DemoLoadRequest, { type: 'start' }>): Promise<void> {
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
    if (request.reset) {
      post({ type: 'progress', phase: 'reset', done: 0, total: request.options.licences })
      await resetDemoData(db, audit)
    }
    const outcome = await loadDemoCity(db, audit, request.options, holderHash, {
      signal: controller.signal,
      onProgress: (progress) => post({ type: 'progress', ...progress })
    })
    post({ type: 'done', outcome })
  } finally {
    db.close()
  }
}

scope.onmessage = (message: MessageEvent<DemoLoadRequest>) => {
  const request = message.data
  if (request.type === 'cancel') {
    controller.abort()
    return
  }
  if (request.type === 'hashed' || request.type === 'hashFailed') {
    const waiting = hashing.get(request.id)
    hashing.delete(request.id)
    if (request.type === 'hashed') waiting?.resolve(request.hashes)
    else waiting?.reject(new CodedError(request.error, request.error.detail))
    return
  }
  run(request).catch((error: unknown) =>
    post({ type: 'failed', error: workerFailed('demoLoad', error) })
  )
}
