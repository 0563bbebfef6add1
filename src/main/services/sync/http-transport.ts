import { createSecureContext } from 'node:tls'
import { gunzipSync } from 'node:zlib'
import { Agent, ProxyAgent, request, type Dispatcher } from 'undici'
import {
  faultForStatus,
  parseRetryAfter,
  SyncFailure,
  syncFault
} from '../../../shared/domain/sync/faults'
import type { CheckedBody, SyncTransport } from '../../../shared/domain/sync/ports'
import { SYNC_PROTOCOL_VERSION, type MutationBatch } from '../../../shared/domain/sync/protocol'

/**
 * How this workstation reaches 市统一电子证照库 over 电子政务外网: the library's address, an
 * optional HTTP proxy (CONNECT), the government CA that signs the library's certificate and the
 * bureau's client certificate (SYNC.md §3.2).
 */
export interface LibraryConnection {
  server: string
  proxy?: string
  /** PEM of the CA(s) to trust for the library; replaces the default roots for this origin only. */
  ca?: string
  /** The client certificate as PKCS#12 with its password. */
  pfx?: { data: Uint8Array; passphrase: string }
  timeouts?: { connectMs?: number; headersMs?: number; bodyMs?: number }
  limits?: Partial<ResponseLimits>
}

/**
 * What one response may bring, as received and once gunzipped: whatever answers at the library's
 * address (a broken proxy, a hostile server) cannot make the workstation run out of memory. A
 * snapshot part of 50,000 licences is about 10 MB gzipped and 60 MB of text, far below.
 */
export interface ResponseLimits {
  bodyBytes: number
  textBytes: number
}

export const DEFAULT_RESPONSE_LIMITS: ResponseLimits = {
  bodyBytes: 256 * 1024 * 1024,
  textBytes: 512 * 1024 * 1024
}

const tooLarge = (limit: number) =>
  syncFault('corrupt', 'sync.fault.tooLarge', { limit: Math.ceil(limit / (1024 * 1024)) })

/** The body, read up to `limit` bytes: a longer one is cut off and refused. */
async function readBounded(body: Dispatcher.ResponseData['body'], limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of body) {
    length += (chunk as Buffer).length
    if (length > limit) {
      body.destroy()
      throw tooLarge(limit)
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks, length)
}

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER'
])

/**
 * An undici or socket error as a sync fault: transient ones are retried, TLS ones explained.
 * Under TLS 1.3 a library that wants a client certificate and gets none just closes the socket,
 * so on https without one the message says what to check.
 */
export function classifyTransportError(
  error: unknown,
  context: { https: boolean; clientCertificate: boolean } = {
    https: false,
    clientCertificate: false
  }
): SyncFailure {
  if (error instanceof SyncFailure) return error
  const code = String((error as { code?: unknown }).code ?? '')
  const cause = (error as { cause?: { code?: unknown } }).cause
  const causeCode = String(cause?.code ?? '')
  const reason = error instanceof Error ? error.message : String(error)
  const tlsCode = TLS_CODES.has(code) ? code : TLS_CODES.has(causeCode) ? causeCode : null
  if (tlsCode) return syncFault('tls', 'sync.fault.tls', { code: tlsCode })
  if (/proxy response/i.test(reason)) return syncFault('proxy', 'sync.fault.proxy', { reason })
  if (code === 'ENOTFOUND' || causeCode === 'ENOTFOUND') {
    return syncFault('network', 'sync.fault.dns', { reason })
  }
  if (code === 'UND_ERR_SOCKET' && context.https && !context.clientCertificate) {
    return syncFault('network', 'sync.fault.closedWithoutCertificate', { reason })
  }
  return syncFault('network', 'sync.fault.network', { reason: code || reason })
}

/**
 * A PKCS#12 that does not open (wrong password, not a PKCS#12) is said so at once: at connect
 * time Node reports it as a bare "mac verify failure" without a code.
 */
export function checkClientCertificate(pfx: LibraryConnection['pfx']): void {
  if (!pfx) return
  try {
    createSecureContext({ pfx: Buffer.from(pfx.data), passphrase: pfx.passphrase })
  } catch (error) {
    throw syncFault('tls', 'sync.fault.clientCertificate', {
      reason: error instanceof Error ? error.message : String(error)
    })
  }
}

function dispatcherFor(connection: LibraryConnection): Dispatcher {
  checkClientCertificate(connection.pfx)
  const tls = {
    ...(connection.ca ? { ca: connection.ca } : {}),
    ...(connection.pfx
      ? { pfx: Buffer.from(connection.pfx.data), passphrase: connection.pfx.passphrase }
      : {})
  }
  const timeouts = {
    headersTimeout: connection.timeouts?.headersMs ?? 30_000,
    bodyTimeout: connection.timeouts?.bodyMs ?? 60_000
  }
  const connectTimeout = connection.timeouts?.connectMs ?? 10_000
  if (connection.proxy) {
    // TLS options for the library go in requestTls: `connect` would apply them to the proxy hop.
    return new ProxyAgent({
      uri: connection.proxy,
      requestTls: { ...tls, timeout: connectTimeout },
      ...timeouts
    })
  }
  return new Agent({ connect: { ...tls, timeout: connectTimeout }, ...timeouts })
}

export interface HttpSyncTransport extends SyncTransport {
  close(): Promise<void>
}

/** The protocol v1 client over undici; retries belong to the engine (the page is the unit). */
export function createHttpTransport(connection: LibraryConnection): HttpSyncTransport {
  const dispatcher = dispatcherFor(connection)
  const base = new URL(connection.server)
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw syncFault('refused', 'sync.fault.address', { address: connection.server })
  }
  const context = { https: base.protocol === 'https:', clientCertificate: !!connection.pfx }
  const limits = { ...DEFAULT_RESPONSE_LIMITS, ...connection.limits }
  const url = (path: string, query?: Record<string, string | number>) => {
    const target = new URL(path, base)
    for (const [key, value] of Object.entries(query ?? {})) {
      target.searchParams.set(key, String(value))
    }
    return target
  }

  async function call(
    method: 'GET' | 'POST',
    target: URL,
    init: { body?: string; headers?: Record<string, string> } = {}
  ): Promise<{ bytes: Buffer; headers: Record<string, string | string[] | undefined> }> {
    let response: Dispatcher.ResponseData
    try {
      response = await request(target, {
        method,
        dispatcher,
        headers: {
          'accept-encoding': 'gzip',
          'x-sync-protocol': String(SYNC_PROTOCOL_VERSION),
          ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...init.headers
        },
        ...(init.body !== undefined ? { body: init.body } : {})
      })
    } catch (error) {
      throw classifyTransportError(error, context)
    }
    const declared = Number(response.headers['content-length'] ?? 0)
    if (declared > limits.bodyBytes) {
      response.body.destroy()
      throw tooLarge(limits.bodyBytes)
    }
    let raw: Buffer
    try {
      raw = await readBounded(response.body, limits.bodyBytes)
    } catch (error) {
      throw classifyTransportError(error, context)
    }
    if (response.statusCode !== 200) {
      const retryAfter = response.headers['retry-after']
      throw faultForStatus(
        response.statusCode,
        parseRetryAfter(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter, Date.now()),
        raw.toString('utf8').slice(0, 200)
      )
    }
    let bytes = raw
    if (response.headers['content-encoding'] === 'gzip') {
      try {
        bytes = gunzipSync(raw, { maxOutputLength: limits.textBytes })
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw tooLarge(limits.textBytes)
        }
        throw syncFault('corrupt', 'sync.fault.unreadable')
      }
    }
    return { bytes, headers: response.headers }
  }

  async function checked(
    method: 'GET' | 'POST',
    target: URL,
    init?: { body?: string; headers?: Record<string, string> }
  ): Promise<CheckedBody> {
    const { bytes, headers } = await call(method, target, init)
    const declared = headers['x-page-sha256']
    return { text: bytes.toString('utf8'), sha256: typeof declared === 'string' ? declared : null }
  }

  return {
    info: () => checked('GET', url('/v1/sync/info')),
    async snapshotPart(snapshotId, part) {
      const path = `/v1/snapshots/${encodeURIComponent(snapshotId)}/parts/${part}`
      return new Uint8Array((await call('GET', url(path))).bytes)
    },
    changes: ({ since, limit, epoch }) =>
      checked('GET', url('/v1/changes', { since, limit, epoch })),
    mutations: (batch: MutationBatch, idempotencyKey: string) =>
      checked('POST', url('/v1/mutations'), {
        body: JSON.stringify(batch),
        headers: { 'idempotency-key': idempotencyKey }
      }),
    digest: (table) => checked('GET', url('/v1/digest', { table })),
    records: (table, bucket) => checked('GET', url('/v1/records', { table, bucket })),
    close: () => dispatcher.close()
  }
}
