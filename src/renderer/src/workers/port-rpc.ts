import { errorOf, type RpcError } from '@shared/contract'
import type { Message } from '@shared/i18n/message'

/** One end of a MessageChannel, as much as the relay uses (the same in a page, a worker, Node). */
interface RelayPort {
  postMessage(message: unknown): void
  onmessage: ((event: { data: unknown }) => void) | null
}
export type Port = InstanceType<typeof MessageChannel>['port2']

type Ask<Q> = { id: number; question: Q }
type Answer<R> = { id: number; ok: true; value: R } | { id: number; ok: false; error: RpcError }

/**
 * A worker cannot call main: the page that starts it answers its questions over a MessagePort.
 * `answer` runs in the page; what it throws crosses as an error value (`fallback` when it carries
 * no code). Returns the end to transfer to the worker.
 */
export function lendPort<Q, R>(answer: (question: Q) => Promise<R>, fallback: Message): Port {
  const channel = new MessageChannel()
  const port = channel.port1 as unknown as RelayPort
  port.onmessage = (event) => {
    const { id, question } = event.data as Ask<Q>
    answer(question).then(
      (value) => port.postMessage({ id, ok: true, value } satisfies Answer<R>),
      (error: unknown) =>
        port.postMessage({ id, ok: false, error: errorOf(error, fallback) } satisfies Answer<R>)
    )
  }
  return channel.port2
}

/** The worker's end: each question answered by the page, a refusal thrown as `failure(error)`. */
export function borrowPort<Q, R>(
  end: Port,
  failure: (error: RpcError) => Error
): (question: Q) => Promise<R> {
  const port = end as unknown as RelayPort
  const waiting = new Map<number, { resolve: (value: R) => void; reject: (e: Error) => void }>()
  let next = 0
  port.onmessage = (event) => {
    const answer = event.data as Answer<R>
    const asked = waiting.get(answer.id)
    if (!asked) return
    waiting.delete(answer.id)
    if (answer.ok) asked.resolve(answer.value)
    else asked.reject(failure(answer.error))
  }
  return (question) =>
    new Promise<R>((resolve, reject) => {
      const id = next++
      waiting.set(id, { resolve, reject })
      port.postMessage({ id, question } satisfies Ask<Q>)
    })
}
