import { z } from 'zod'
import {
  CodedError,
  events,
  fail,
  rpcResultSchema,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
  type EventName,
  type EventPayload,
  type RpcError
} from '@shared/contract'
import { message } from '@shared/i18n/message'
import type { Transport } from './transport-port'

/**
 * A failed call: main's error value (`code`, `params`, shown with useMessages().say) and, as
 * `detail` and the Error's message, what went wrong in a developer's terms, for the log only.
 */
export class ApiError extends CodedError {
  readonly detail: string | undefined

  constructor(error: RpcError) {
    super(error, error.detail)
    this.name = 'ApiError'
    this.detail = error.detail
  }
}

export interface ApiClient {
  readonly transportKind: Transport['kind']
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>
  /** Sends anything, unchecked: for the 自检 diagnostics that prove main rejects bad requests. */
  callUnchecked(channel: string, payload: unknown): Promise<unknown>
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}

const anyResultSchema = rpcResultSchema(z.unknown())

/**
 * The typed client views and stores use: unwraps results and throws ApiError with main's error
 * value. An answer that is no result at all (a foreign or broken host) is
 * `errors.rpc.invalidOutput`.
 */
export function createApiClient(transport: Transport): ApiClient {
  async function callUnchecked(channel: string, payload: unknown): Promise<unknown> {
    const answer = anyResultSchema.safeParse(await transport.invoke(channel, payload))
    const result = answer.success
      ? answer.data
      : fail(message('errors.rpc.invalidOutput'), `malformed answer on ${channel}`)
    if (result.ok) return result.data
    throw new ApiError(result.error)
  }
  return {
    transportKind: transport.kind,
    call: (channel, input) => callUnchecked(channel, input) as Promise<never>,
    callUnchecked,
    on(event, listener) {
      return transport.on(event, (payload) => {
        const parsed = events[event].safeParse(payload)
        if (parsed.success) listener(parsed.data as EventPayload<typeof event>)
      })
    }
  }
}
