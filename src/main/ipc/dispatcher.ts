import type { z } from 'zod'
import type { ChannelAccess } from '../../shared/domain/operators'
import { message, type ErrorValue } from '../../shared/i18n/message'
import {
  accessOf,
  channels,
  CodedError,
  events,
  fail,
  isChannelName,
  ok,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
  type EventName,
  type EventPayload,
  type RpcResult
} from '../../shared/contract'

/** What a handler may use beyond its input: pushing events back to the caller's window. */
export interface CallContext {
  /**
   * Who is calling, as the transport knows it: `window:<webContents id>` in the app,
   * `socket:<n>` for a browser tab's WebSocket. Main keeps each caller's signed-in operator.
   */
  caller: string
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void
}

/**
 * Asked before every handler: the refusal for this caller at the channel's access
 * (src/shared/contract/access.ts), or null when the call may go ahead. Main's is the operator
 * service's; a test that is about something else passes one that refuses nobody.
 */
export type AccessGuard = (
  caller: string,
  access: ChannelAccess
) => Promise<ErrorValue | null> | ErrorValue | null

export type Handler<C extends ChannelName> = (
  input: z.output<(typeof channels)[C]['input']>,
  context: CallContext
) => Promise<ChannelOutput<C>> | ChannelOutput<C>

export type HandlerTable = { [C in ChannelName]: Handler<C> }

export type Dispatch = (
  channel: unknown,
  payload: unknown,
  context: CallContext
) => Promise<RpcResult<unknown>>

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ')
}

/**
 * The one entry point both transports call. It never throws: every failure (unknown channel, a
 * caller the channel's access refuses, checked before the payload is even parsed, a payload that
 * fails its schema, handler exception, a handler returning the wrong shape) comes back as an
 * error value `{code, params}`; what went wrong in a developer's terms (the channel,
 * the fields that failed) is its `detail`, never the user's words.
 */
export function createDispatcher(
  handlers: HandlerTable,
  guard: AccessGuard,
  reportInternalError: (channel: string, error: unknown) => void = () => {}
): Dispatch {
  return async (channel, payload, context) => {
    // Anything but a string is named by its type only: a hostile frame's object may carry a
    // `toString` that throws.
    if (typeof channel !== 'string')
      return fail(message('errors.rpc.invalidInput'), `channel is a ${typeof channel}`)
    if (!isChannelName(channel))
      return fail(message('errors.rpc.unknownChannel'), `unknown channel: ${channel.slice(0, 80)}`)
    let refusal: ErrorValue | null
    try {
      refusal = await guard(context.caller, accessOf(channel))
    } catch (error) {
      reportInternalError(channel, error)
      return fail(message('errors.rpc.handlerFailed'), `access check for ${channel} failed`)
    }
    if (refusal) return fail(refusal, `${channel} refused to ${context.caller.slice(0, 80)}`)
    const contract = channels[channel]
    const input = contract.input.safeParse(payload ?? {})
    if (!input.success) {
      return fail(message('errors.rpc.invalidInput'), describeIssues(input.error))
    }
    let data: unknown
    try {
      const handler = handlers[channel] as (input: unknown, context: CallContext) => unknown
      data = await handler(input.data, context)
    } catch (error) {
      if (error instanceof CodedError) return fail(error.value, error.message)
      reportInternalError(channel, error)
      return fail(message('errors.rpc.handlerFailed'), `handler for ${channel} failed`)
    }
    const output = contract.output.safeParse(data)
    if (!output.success) {
      reportInternalError(channel, output.error)
      return fail(message('errors.rpc.invalidOutput'), describeIssues(output.error))
    }
    return ok(output.data)
  }
}

/** Validates an event before it leaves main, so the renderer never receives a malformed one. */
export function validateEvent<E extends EventName>(
  event: E,
  payload: EventPayload<E>
): EventPayload<E> {
  return events[event].parse(payload) as EventPayload<E>
}

export type { ChannelInput }
