import {
  events,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
  type EventName,
  type EventPayload,
  type RpcErrorCode
} from '@shared/contract'
import type { Transport } from './transport'

/** A failed call, carrying main's code; `message` is already the user's-language sentence. */
export class ApiError extends Error {
  constructor(
    readonly code: RpcErrorCode,
    message: string,
    readonly detail: string
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export type TranslateError = (code: RpcErrorCode, detail: string) => string

export interface ApiClient {
  readonly transportKind: Transport['kind']
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>
  /** Sends anything, unchecked: for the 自检 diagnostics that prove main rejects bad requests. */
  callUnchecked(channel: string, payload: unknown): Promise<unknown>
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}

/** The typed client views and stores use: unwraps results, throws ApiError with a Chinese message. */
export function createApiClient(transport: Transport, translate: TranslateError): ApiClient {
  async function callUnchecked(channel: string, payload: unknown): Promise<unknown> {
    const result = await transport.invoke(channel, payload)
    if (result.ok) return result.data
    throw new ApiError(
      result.error.code,
      translate(result.error.code, result.error.message),
      result.error.message
    )
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
