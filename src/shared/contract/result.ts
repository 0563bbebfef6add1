/**
 * Errors cross the process boundary as values with stable codes; the renderer turns each code
 * into a Chinese sentence (i18n `errors.<code>`), so no stack trace or English exception text
 * ever reaches a user.
 */
export const rpcErrorCodes = [
  'UNKNOWN_CHANNEL',
  'INVALID_INPUT',
  'INVALID_OUTPUT',
  'HANDLER_FAILED',
  'FORBIDDEN_SENDER',
  'TRANSPORT_CLOSED',
  'TIMEOUT',
  'NOT_FOUND'
] as const

export type RpcErrorCode = (typeof rpcErrorCodes)[number]

export interface RpcError {
  code: RpcErrorCode
  /** Developer-facing detail (e.g. which field failed validation); users see the translated code. */
  message: string
}

export type RpcResult<T> = { ok: true; data: T } | { ok: false; error: RpcError }

export function ok<T>(data: T): RpcResult<T> {
  return { ok: true, data }
}

export function fail(code: RpcErrorCode, message: string): { ok: false; error: RpcError } {
  return { ok: false, error: { code, message } }
}

/**
 * What a handler throws when it wants a specific code to reach the renderer; anything else
 * thrown becomes HANDLER_FAILED.
 */
export class CodedError extends Error {
  constructor(
    readonly code: RpcErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'CodedError'
  }
}
