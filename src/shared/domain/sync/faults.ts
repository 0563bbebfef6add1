import { message, type Message } from '../../i18n/message'

/**
 * What can go wrong between the workbench and the library, sorted by what to do about it
 * (SYNC.md §4.2): the first three are retried with the same request, the rest end the run with
 * a message that says what to fix.
 */
export type SyncFaultKind =
  /** Connection refused, reset, dropped or timed out. */
  | 'network'
  /** 408, 429, 5xx: the library asks to come back later. */
  | 'unavailable'
  /** A body whose checksum or shape is wrong: fetched again. */
  | 'corrupt'
  /** 410: the cursor is no longer served; bootstrap again, keeping the outbox. */
  | 'resync'
  /** 426 or a library that speaks another protocol. */
  | 'protocol'
  /** 401/403: the client certificate or account is refused. */
  | 'auth'
  /** The library's certificate is not trusted, expired or for another name. */
  | 'tls'
  /** The proxy refused the tunnel. */
  | 'proxy'
  /** 400/404/422 on a request the engine made: a defect or an incompatible library. */
  | 'refused'
  | 'cancelled'

export interface SyncFault {
  kind: SyncFaultKind
  /** What the user reads (sync.fault.*). */
  message: Message
  /** From `Retry-After`, for `unavailable`. */
  retryAfterMs?: number
}

/** Thrown through the engine's awaits; the fault itself is the value callers read. */
export class SyncFailure extends Error {
  constructor(readonly fault: SyncFault) {
    super(fault.message.code)
    this.name = 'SyncFailure'
  }
}

export function syncFault(
  kind: SyncFaultKind,
  code: string,
  params?: Record<string, string | number>,
  retryAfterMs?: number
): SyncFailure {
  const fault: SyncFault = { kind, message: message(code, params) }
  if (retryAfterMs !== undefined) fault.retryAfterMs = retryAfterMs
  return new SyncFailure(fault)
}

const RETRYABLE: ReadonlySet<SyncFaultKind> = new Set(['network', 'unavailable', 'corrupt'])

export function isRetryable(fault: SyncFault): boolean {
  return RETRYABLE.has(fault.kind)
}

/** Any thrown value as a fault: an unknown error is a network fault, which is retried. */
export function asSyncFault(error: unknown): SyncFault {
  if (error instanceof SyncFailure) return error.fault
  const reason = error instanceof Error ? error.message : String(error)
  return { kind: 'network', message: message('sync.fault.network', { reason }) }
}

/** HTTP status → fault, for statuses that are not a body to read. */
export function faultForStatus(
  status: number,
  retryAfterMs: number | undefined,
  reason: string
): SyncFailure {
  if (status === 408 || status === 429 || status >= 500) {
    return syncFault('unavailable', 'sync.fault.unavailable', { status }, retryAfterMs)
  }
  if (status === 410) return syncFault('resync', 'sync.fault.resync', { reason })
  if (status === 426 || status === 412) return syncFault('protocol', 'sync.fault.clientTooOld')
  if (status === 401 || status === 403) return syncFault('auth', 'sync.fault.auth', { status })
  return syncFault('refused', 'sync.fault.refused', { status, reason })
}

export const BACKOFF_MIN_MS = 500
export const BACKOFF_MAX_MS = 60_000

/**
 * Full-jitter exponential backoff (SYNC.md §4.2): a random wait up to min(60 s, 0.5 s × 2^n),
 * and never shorter than the library's `Retry-After`.
 */
export function backoffMs(attempt: number, random: number, retryAfterMs?: number): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** attempt)
  const jittered = Math.floor(random * ceiling)
  return Math.max(jittered, retryAfterMs ?? 0)
}

/** `Retry-After` in seconds or as an HTTP date, in ms from `now`; undefined when absent or bad. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Math.min(Number(value.trim()) * 1000, BACKOFF_MAX_MS)
  const at = Date.parse(value)
  if (Number.isNaN(at)) return undefined
  return Math.min(Math.max(0, at - now), BACKOFF_MAX_MS)
}
