import type { SyncAnswer, SyncRequest } from '@shared/contract'
import { SyncFailure } from '@shared/domain/sync/faults'
import type { CheckedBody, SyncTransport } from '@shared/domain/sync/ports'
import { fromBase64 } from '@shared/domain/seals/crypto/der'
import { message } from '@shared/i18n/message'
import { borrowPort, lendPort, type Port } from '../../workers/port-rpc'

/**
 * A worker cannot call main; the page that starts the sync worker lends it main's `sync.request`
 * over a MessagePort. Only protocol requests cross: the library's address, proxy and keys stay
 * in main.
 */
export function lendSyncTransport(call: (request: SyncRequest) => Promise<SyncAnswer>): Port {
  return lendPort(call, message('sync.library.unreachable'))
}

/**
 * The worker's end: the engine's transport through the page. A fault main met on the wire comes
 * back as the fault (the engine retries or stops on its kind); a call main refused (signed out,
 * locked) stops the run with main's own words.
 */
export function borrowSyncTransport(end: Port): SyncTransport {
  const relay = borrowPort<SyncRequest, SyncAnswer>(
    end,
    (error) => new SyncFailure({ kind: 'auth', message: error })
  )
  async function ask(request: SyncRequest): Promise<SyncAnswer> {
    const answer = await relay(request)
    if (!answer.ok) throw new SyncFailure(answer.fault)
    return answer
  }
  async function text(request: SyncRequest): Promise<CheckedBody> {
    const answer = await ask(request)
    if ('text' in answer) return { text: answer.text, sha256: answer.sha256 }
    throw new SyncFailure({ kind: 'corrupt', message: message('sync.fault.unreadable') })
  }
  return {
    info: () => text({ route: 'info' }),
    async snapshotPart(snapshotId, part) {
      const answer = await ask({ route: 'snapshotPart', snapshotId, part })
      if ('base64' in answer) return fromBase64(answer.base64)
      throw new SyncFailure({ kind: 'corrupt', message: message('sync.fault.unreadable') })
    },
    changes: ({ since, limit, epoch }) => text({ route: 'changes', since, limit, epoch }),
    mutations: (batch, idempotencyKey) => text({ route: 'mutations', batch, idempotencyKey }),
    digest: (table) => text({ route: 'digest', table }),
    records: (table, bucket) => text({ route: 'records', table, bucket })
  }
}
