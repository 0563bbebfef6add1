import { setTimeout as delay } from 'node:timers/promises'
import { gzipSync } from 'node:zlib'
import type { FastifyReply, FastifyRequest } from 'fastify'

/**
 * Faults the reference library can inject into its own answers (SYNC.md §3.3), for tests and
 * demos only. They act on the real socket (`reply.hijack()` + `socket.destroy()`), because the
 * client's retry rules are about what a connection does, which `inject()` never shows.
 */
export type Fault =
  /** The connection closes before any header: ECONNRESET / "other side closed". */
  | { kind: 'dropBeforeHeaders' }
  /** Headers with the full Content-Length, half the body, then the connection closes. */
  | { kind: 'dropMidBody' }
  /** Same length, one byte changed, the checksum header of the original: only the checksum tells. */
  | { kind: 'corruptBody' }
  /** The headers wait `ms` milliseconds: the client's headers timeout. */
  | { kind: 'slowHeaders'; ms: number }
  /** 503 with `Retry-After` in seconds. */
  | { kind: 'unavailable'; retryAfterSeconds: number }
  /** The work is done and committed, then the connection closes without an answer. */
  | { kind: 'commitThenDrop' }

export type LibraryRoute =
  | 'info'
  | 'snapshotPart'
  | 'changes'
  | 'mutations'
  | 'digest'
  | 'records'
  | 'licenceByIdentifier'
  | 'licencesByHolder'

/** Chooses the fault for one request, or none; called once per request. */
export type FaultPlan = (route: LibraryRoute, request: FastifyRequest) => Fault | null

/** An answer ready to send; `body` is the checksummed form, gzipped on the way out if asked. */
export interface PreparedReply {
  status: number
  headers: Record<string, string>
  body: Buffer
  gzip?: boolean
}

function drop(request: FastifyRequest, reply: FastifyReply): void {
  reply.hijack()
  request.raw.socket.destroy()
}

/**
 * The faults that strike before the work is done. Returns true when the request is answered
 * (or dropped) already and the handler must stop.
 */
export async function faultBeforeWork(
  fault: Fault | null,
  request: FastifyRequest,
  reply: FastifyReply
): Promise<boolean> {
  if (fault?.kind === 'slowHeaders') await delay(fault.ms)
  if (fault?.kind === 'dropBeforeHeaders') {
    drop(request, reply)
    return true
  }
  if (fault?.kind === 'unavailable') {
    await reply.code(503).header('retry-after', String(fault.retryAfterSeconds)).send()
    return true
  }
  return false
}

/**
 * One byte changed near the middle, preferring a digit turned into another digit: the JSON stays
 * valid and as long, so a client that skipped the checksum would apply a wrong value unawares.
 */
export function corrupt(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes)
  if (copy.length === 0) return copy
  const middle = Math.floor(copy.length / 2)
  const isDigit = (byte: number) => byte >= 0x30 && byte <= 0x39
  let at = middle
  while (at < copy.length && !isDigit(copy[at] ?? 0)) at++
  if (at === copy.length) at = middle
  const byte = copy[at] ?? 0
  copy[at] = isDigit(byte) ? (byte === 0x39 ? 0x38 : byte + 1) : byte ^ 0x01
  return copy
}

/** Sends a prepared answer, or the fault that strikes while it is sent. */
export async function sendPrepared(
  prepared: PreparedReply,
  fault: Fault | null,
  request: FastifyRequest,
  reply: FastifyReply
): Promise<void> {
  if (fault?.kind === 'commitThenDrop') return drop(request, reply)
  const plain = fault?.kind === 'corruptBody' ? corrupt(prepared.body) : prepared.body
  const bytes = prepared.gzip ? gzipSync(plain) : plain
  if (fault?.kind === 'dropMidBody') {
    reply.hijack()
    const response = reply.raw
    response.writeHead(prepared.status, {
      ...prepared.headers,
      'content-length': String(bytes.length)
    })
    // Destroyed once the half is flushed, so the client really receives a truncated body.
    response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () =>
      request.raw.socket.destroy()
    )
    return
  }
  await reply.code(prepared.status).headers(prepared.headers).send(bytes)
}
