import { z } from 'zod'
import type { ErrorValue, Message, MessageParam } from '../i18n/message'

/**
 * Errors cross every boundary (RPC, uploads, workers, repositories) as one value: `{code,
 * params}`, a catalog code (src/shared/i18n/catalogs/errors.ts and the capabilities' catalogs)
 * the screen and the CLI put into the reader's words. Developer detail (which field failed
 * validation, an exception's text) travels beside it as `detail`, logged, never shown, so no
 * stack trace or English exception text ever reaches a user.
 */

/** Dotted lower camelCase, the capability first: `errors.rpc.unknownChannel`. */
export const CODE_PATTERN = /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/

export const codeSchema = z.string().regex(CODE_PATTERN)

export const messageParamSchema: z.ZodType<MessageParam> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    messageSchema,
    z.object({ day: z.string() }),
    z.object({ instant: z.string() }),
    z.object({ list: z.array(messageParamSchema) })
  ])
)

export const messageParamsSchema = z.record(z.string(), messageParamSchema)

export const messageSchema: z.ZodType<Message> = z.lazy(() =>
  z.object({ code: codeSchema, params: messageParamsSchema.optional() })
)

/** An error as it crosses a boundary: the error value, and for the log only, its detail. */
export type RpcError = ErrorValue & { readonly detail?: string }

export const rpcErrorSchema: z.ZodType<RpcError> = z.object({
  code: codeSchema,
  params: messageParamsSchema.optional(),
  detail: z.string().optional()
})

/**
 * The codes of the RPC layer's own failures (dispatcher, both transports, the sender check).
 * A handler's CodedError may carry any catalog code besides these.
 */
export const rpcErrorCodes = [
  'errors.rpc.unknownChannel',
  'errors.rpc.invalidInput',
  'errors.rpc.invalidOutput',
  'errors.rpc.handlerFailed',
  'errors.rpc.forbiddenSender',
  'errors.rpc.transportClosed',
  'errors.rpc.timeout',
  'errors.rpc.notFound'
] as const

export type RpcErrorCode = (typeof rpcErrorCodes)[number]

export type RpcFailure = { ok: false; error: RpcError }

export type RpcResult<T> = { ok: true; data: T } | RpcFailure

/** The result of a call whose data `data` describes. */
export function rpcResultSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: rpcErrorSchema })
  ])
}

export function ok<T>(data: T): { ok: true; data: T } {
  return { ok: true, data }
}

/** A failure: the error value (code and params) and, apart from it, the developer's detail. */
export function fail(error: ErrorValue, detail?: string): RpcFailure {
  const value: RpcError =
    error.params === undefined ? { code: error.code } : { code: error.code, params: error.params }
  return { ok: false, error: detail === undefined ? value : { ...value, detail } }
}

/**
 * What code throws when it wants a specific error value to reach the user (a handler, a worker
 * client); anything else thrown becomes the catcher's generic error. `message` is the detail.
 */
export class CodedError extends Error {
  readonly code: string
  readonly params?: ErrorValue['params']

  constructor(error: ErrorValue, detail?: string) {
    super(detail ?? error.code)
    this.name = 'CodedError'
    this.code = error.code
    this.params = error.params
  }

  /** The error value, without the detail. */
  get value(): ErrorValue {
    return this.params === undefined
      ? { code: this.code }
      : { code: this.code, params: this.params }
  }
}

/**
 * The error value of anything caught: a CodedError's own, otherwise `fallback`, with the thrown
 * text as detail (for the log) and never as the user's words.
 */
export function errorOf(thrown: unknown, fallback: ErrorValue): RpcError {
  if (thrown instanceof CodedError) return { ...thrown.value, detail: thrown.message }
  return { ...fail(fallback).error, detail: describeThrown(thrown) }
}

/** The text of a thrown value, for the log; a hostile value's throwing `toString` is not called. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message
  return typeof thrown === 'object' && thrown !== null ? `(${typeof thrown})` : String(thrown)
}
