import { CodedError, errorOf, MAX_HASH_BATCH, type RpcError } from '@shared/contract'
import { batchingHasher, type HolderCodeHasher } from '@shared/domain/privacy'
import { message } from '@shared/i18n/message'

/** One end of a MessageChannel, as much as the relay uses (the same in a page, a worker, Node). */
interface RelayPort {
  postMessage(message: unknown): void
  onmessage: ((event: { data: unknown }) => void) | null
}
type Port = InstanceType<typeof MessageChannel>['port2']

type Ask = { id: number; codes: string[] }
type Answer =
  { id: number; ok: true; hashes: string[] } | { id: number; ok: false; error: RpcError }

/**
 * A worker cannot call main; the page that starts it lends it main's holder hash over a
 * MessagePort. Codes cross to main in batches and only their keyed hashes come back: the key
 * stays in main, and nothing here keeps a code.
 */
export function lendHolderHash(hash: HolderCodeHasher): Port {
  const channel = new MessageChannel()
  const port = channel.port1 as unknown as RelayPort
  port.onmessage = (event) => {
    const { id, codes } = event.data as Ask
    Promise.all(codes.map((code) => hash(code))).then(
      (hashes) => port.postMessage({ id, ok: true, hashes } satisfies Answer),
      (error: unknown) =>
        port.postMessage({
          id,
          ok: false,
          error: errorOf(error, message('privacy.error.hashUnavailable'))
        } satisfies Answer)
    )
  }
  return channel.port2
}

/** The worker's end: codes asked for together travel as one batch. */
export function borrowHolderHash(end: Port): HolderCodeHasher {
  const port = end as unknown as RelayPort
  const waiting = new Map<
    number,
    { resolve: (hashes: string[]) => void; reject: (e: Error) => void }
  >()
  let next = 0
  port.onmessage = (event) => {
    const answer = event.data as Answer
    const asked = waiting.get(answer.id)
    if (!asked) return
    waiting.delete(answer.id)
    if (answer.ok) asked.resolve(answer.hashes)
    else asked.reject(new CodedError(answer.error, answer.error.detail))
  }
  return batchingHasher(
    (codes) =>
      new Promise<string[]>((resolve, reject) => {
        const id = next++
        waiting.set(id, { resolve, reject })
        port.postMessage({ id, codes } satisfies Ask)
      }),
    MAX_HASH_BATCH
  )
}
