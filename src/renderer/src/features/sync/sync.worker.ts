/// <reference lib="webworker" />
import { openWorkbenchDb } from '../../db/database'
import { createAuditRepository } from '../../db/repositories/audit'
import { createRepositoryContext } from '../../session/repository-context'
import { borrowAuditSeal } from '../../workers/audit-seal-relay'
import { borrowHolderHash } from '../../workers/holder-hash-relay'
import { workerFailed } from '../../workers/worker-errors'
import { createBrowserSyncEnvironment } from './browser-environment'
import { borrowSyncTransport } from './sync-relay'
import { runWorkbenchSync } from './sync-run'
import type { SyncWorkerEvent, SyncWorkerRequest } from './sync-protocol'

/**
 * 同步 off the UI thread: the engine, the parsing of pages and the IndexedDB transactions run
 * here; the page receives progress and relays the protocol requests to main. One run per worker.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const controller = new AbortController()
const post = (event: SyncWorkerEvent) => scope.postMessage(event)

async function run(request: Extract<SyncWorkerRequest, { type: 'start' }>): Promise<void> {
  const db = await openWorkbenchDb({ name: request.dbName })
  try {
    const context = createRepositoryContext(
      db,
      () => request.actor,
      undefined,
      borrowAuditSeal(request.auditPort)
    )
    const outcome = await runWorkbenchSync({
      db,
      audit: createAuditRepository(context),
      transport: borrowSyncTransport(request.transportPort),
      holderHash: borrowHolderHash(request.holderHashPort),
      env: createBrowserSyncEnvironment(),
      signal: controller.signal,
      resync: request.resync,
      verify: request.verify,
      ...(request.fromPackage === null ? {} : { fromPackage: request.fromPackage }),
      onProgress: (progress) => post({ type: 'progress', progress })
    })
    post({ type: 'done', outcome })
  } finally {
    db.close()
  }
}

scope.onmessage = (message: MessageEvent<SyncWorkerRequest>) => {
  const request = message.data
  if (request.type === 'cancel') {
    controller.abort()
    return
  }
  run(request).catch((error: unknown) =>
    post({ type: 'failed', error: workerFailed('sync', error) })
  )
}
