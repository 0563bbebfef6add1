import { errorOf, type RpcError, type SyncAnswer, type SyncRequest } from '@shared/contract'
import { SyncFailure } from '@shared/domain/sync/faults'
import type { CheckedBody, SyncTransport } from '@shared/domain/sync/ports'
import { message } from '@shared/i18n/message'

/** One end of a MessageChannel, as much as the relay uses (the same in a page, a worker, Node). */
interface RelayPort {
  postMessage(message: unknown): void
  onmessage: ((event: { data: unknown }) => void) | null
}
type Port = InstanceType<typeof MessageChannel>['port2']

type Ask = { id: number; request: SyncRequest }
type Answer =
  { id: number; ok: true; answer: SyncAnswer } | { id: number; ok: false; error: RpcError }

/**
 * A worker cannot call main; the page that starts the sync worker lends it main's `sync.request`
 * over a MessagePort. Only protocol requests cross: the library's address, proxy and keys stay
 * in main.
 */
export function lendSyncTransport(call: (request: SyncRequest) => Promise<SyncAnswer>): Port {
  const channel = new MessageChannel()
  const port = channel.port1 as unknown as RelayPort
  port.onmessage = (event) => {
    const { id, request } = event.data as Ask
    call(request).then(
      (answer) => port.postMessage({ id, ok: true, answer } satisfies Answer),
      (error: unknown) =>
        port.postMessage({
          id,
          ok: false,
          error: errorOf(error, message('sync.library.unreachable'))
        } satisfies Answer)
    )
  }
  return channel.port2
}

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/**
 * The worker's end: the engine's transport through the page. A fault main met on the wire comes
 * back as the fault (the engine retries or stops on its kind); a call main refused (signed out,
 * locked) stops the run with main's own words.
 */
export function borrowSyncTransport(end: Port): SyncTransport {
  const port = end as unknown as RelayPort
  const waiting = new Map<
    number,
    { resolve: (answer: SyncAnswer) => void; reject: (e: Error) => void }
  >()
  let next = 0
  port.onmessage = (event) => {
    const answer = event.data as Answer
    const asked = waiting.get(answer.id)
    if (!asked) return
    waiting.delete(answer.id)
    if (answer.ok) asked.resolve(answer.answer)
    else asked.reject(new SyncFailure({ kind: 'auth', message: answer.error }))
  }
  async function ask(request: SyncRequest): Promise<SyncAnswer> {
    const answer = await new Promise<SyncAnswer>((resolve, reject) => {
      const id = next++
      waiting.set(id, { resolve, reject })
      port.postMessage({ id, request } satisfies Ask)
    })
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
      if ('base64' in answer) return bytesOf(answer.base64)
      throw new SyncFailure({ kind: 'corrupt', message: message('sync.fault.unreadable') })
    },
    changes: ({ since, limit, epoch }) => text({ route: 'changes', since, limit, epoch }),
    mutations: (batch, idempotencyKey) => text({ route: 'mutations', batch, idempotencyKey }),
    digest: (table) => text({ route: 'digest', table }),
    records: (table, bucket) => text({ route: 'records', table, bucket })
  }
}
