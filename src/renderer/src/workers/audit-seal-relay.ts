import { CodedError, errorOf, type RpcError } from '@shared/contract'
import { message } from '@shared/i18n/message'
import type { AuditSealed, AuditSealPort, AuditSealRequest } from '../db/audit-seal'

type Ask =
  | { id: number; op: 'seal'; request: AuditSealRequest }
  | { id: number; op: 'commit'; seq: number; mac: string }
type Answer =
  { id: number; ok: true; data: AuditSealed | null } | { id: number; ok: false; error: RpcError }

/**
 * A worker cannot call main; the page that starts it lends it main's audit seal over a
 * MessagePort: the page answers on one end, the worker asks on the other (transferred with the
 * start request). The key stays in main either way: only entries and MACs cross.
 */
export function lendAuditSeal(seal: AuditSealPort): MessagePort {
  const channel = new MessageChannel()
  const port = channel.port1
  port.onmessage = (event: MessageEvent<Ask>) => {
    const ask = event.data
    const work =
      ask.op === 'seal' ? seal.seal(ask.request) : seal.commit(ask.seq, ask.mac).then(() => null)
    work.then(
      (data) => port.postMessage({ id: ask.id, ok: true, data } satisfies Answer),
      (error: unknown) =>
        port.postMessage({
          id: ask.id,
          ok: false,
          error: errorOf(error, message('audit.append.unavailable'))
        } satisfies Answer)
    )
  }
  return channel.port2
}

/** The worker's end: main's audit seal through the port its page lent it. */
export function borrowAuditSeal(port: MessagePort): AuditSealPort {
  const waiting = new Map<
    number,
    { resolve: (data: unknown) => void; reject: (e: Error) => void }
  >()
  let next = 0
  port.onmessage = (event: MessageEvent<Answer>) => {
    const answer = event.data
    const asked = waiting.get(answer.id)
    if (!asked) return
    waiting.delete(answer.id)
    if (answer.ok) asked.resolve(answer.data)
    else asked.reject(new CodedError(answer.error, answer.error.detail))
  }
  function ask(
    question: { op: 'seal'; request: AuditSealRequest } | { op: 'commit'; seq: number; mac: string }
  ): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const id = next++
      waiting.set(id, { resolve, reject })
      port.postMessage({ ...question, id })
    })
  }
  return {
    seal: async (request) => (await ask({ op: 'seal', request })) as AuditSealed,
    commit: async (seq, mac) => {
      await ask({ op: 'commit', seq, mac })
    }
  }
}
