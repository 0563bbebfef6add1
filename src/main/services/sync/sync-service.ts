import type { LibraryStatus, SyncAnswer, SyncRequest } from '../../../shared/contract/sync'
import { asSyncFault, SyncFailure } from '../../../shared/domain/sync/faults'
import type { CheckedBody } from '../../../shared/domain/sync/ports'
import { message, type Message } from '../../../shared/i18n/message'
import { diagnoseConnection, type ConnectionDiagnosis } from './diagnose'
import {
  createHttpTransport,
  type HttpSyncTransport,
  type LibraryConnection
} from './http-transport'

/**
 * 同步 in main: the one place that talks to 市统一电子证照库. The renderer's engine (in a worker,
 * next to IndexedDB) asks for each protocol request; main makes it with the connection it holds
 * (address, proxy, CA, client certificate), so keys and the network stay out of the renderer.
 */
export interface SyncService {
  status(): LibraryStatus
  request(request: SyncRequest): Promise<SyncAnswer>
  diagnose(): Promise<ConnectionDiagnosis>
  /** The 演示库 being filled on a first start. */
  preparingEmbedded(done: number, total: number): void
  /** The 演示库 answering at `server`; used while no library is configured. */
  useEmbedded(server: string): void
  /** Why the 演示库 could not start. */
  embeddedFailed(reason: Message): void
  close(): Promise<void>
}

export interface SyncServiceOptions {
  /** A library the bureau configured; null: the 演示库 when there is one. */
  configured?: LibraryConnection | null
  diagnose?: typeof diagnoseConnection
}

function answerOf(body: CheckedBody): SyncAnswer {
  return { ok: true, text: body.text, sha256: body.sha256 }
}

export function createSyncService(options: SyncServiceOptions = {}): SyncService {
  const configured = options.configured ?? null
  const diagnose = options.diagnose ?? diagnoseConnection
  let embedded: string | null = null
  let preparing: { done: number; total: number } | null = null
  let failure: Message | null = null
  let transport: HttpSyncTransport | null = null

  const connection = (): LibraryConnection | null =>
    configured ?? (embedded ? { server: embedded } : null)

  function currentTransport(): HttpSyncTransport {
    const target = connection()
    if (!target) {
      throw new SyncFailure({
        kind: 'refused',
        message: message(preparing ? 'sync.library.preparing' : 'sync.library.none')
      })
    }
    transport ??= createHttpTransport(target)
    return transport
  }

  async function send(request: SyncRequest): Promise<SyncAnswer> {
    const wire = currentTransport()
    switch (request.route) {
      case 'info':
        return answerOf(await wire.info())
      case 'snapshotPart': {
        const bytes = await wire.snapshotPart(request.snapshotId, request.part)
        return { ok: true, base64: Buffer.from(bytes).toString('base64') }
      }
      case 'changes':
        return answerOf(await wire.changes(request))
      case 'mutations':
        return answerOf(await wire.mutations(request.batch, request.idempotencyKey))
      case 'digest':
        return answerOf(await wire.digest(request.table))
      case 'records':
        return answerOf(await wire.records(request.table, request.bucket))
    }
  }

  return {
    status() {
      const target = connection()
      return {
        source: configured ? 'configured' : embedded || preparing || failure ? 'embedded' : 'none',
        server: target?.server ?? null,
        proxy: target?.proxy ?? null,
        preparing: embedded ? null : preparing,
        failure: embedded ? null : failure
      }
    },
    async request(request) {
      try {
        return await send(request)
      } catch (error) {
        // Every fault goes back as a value: the engine decides to retry or to stop.
        return { ok: false, fault: asSyncFault(error) }
      }
    },
    async diagnose() {
      const target = connection()
      if (!target) {
        return {
          ok: false,
          steps: [
            {
              step: 'address',
              status: 'failed',
              said: message(preparing ? 'sync.library.preparing' : 'sync.library.none')
            }
          ]
        }
      }
      return diagnose(target)
    },
    preparingEmbedded(done, total) {
      preparing = { done, total }
    },
    useEmbedded(server) {
      embedded = server
      preparing = null
      failure = null
    },
    embeddedFailed(reason) {
      failure = reason
      preparing = null
    },
    async close() {
      await transport?.close()
      transport = null
    }
  }
}
