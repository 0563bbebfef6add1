import { createHash } from 'node:crypto'
import type { z } from 'zod'
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import { MutationBatch, type ProtocolError, type SyncTable } from '../shared/domain/sync/protocol'
import {
  faultBeforeWork,
  sendPrepared,
  type Fault,
  type FaultPlan,
  type LibraryRoute,
  type PreparedReply
} from './faults'
import {
  ChangesQuery,
  DigestQuery,
  IdempotencyKey,
  LicencesQuery,
  RecordsQuery,
  SnapshotParams,
  reasonOf
} from './requests'
import { MIN_CLIENT_PROTOCOL, type LibraryStore } from './store'

export const MAX_BODY_BYTES = 4 * 1024 * 1024

export interface LibraryTls {
  cert: string | Buffer
  key: string | Buffer
  /** With a client CA the library asks for a client certificate and refuses any other (mTLS). */
  clientCa?: string | Buffer
}

export interface LibraryServerOptions {
  store: LibraryStore
  faults?: FaultPlan
  tls?: LibraryTls
  logger?: false
}

function json(status: number, value: unknown, headers: Record<string, string> = {}): PreparedReply {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: Buffer.from(JSON.stringify(value))
  }
}

function problem(reply: FastifyReply, status: number, error: ProtocolError): FastifyReply {
  return reply.code(status).send(error)
}

/** Whether the client takes gzip (`accept-encoding`), a `q=0` counting as a refusal. */
function acceptsGzip(request: FastifyRequest): boolean {
  const header = request.headers['accept-encoding']
  if (typeof header !== 'string') return false
  return header.split(',').some((entry) => {
    const [coding, ...params] = entry.trim().toLowerCase().split(';')
    const refused = params.some((param) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(param))
    return (coding === 'gzip' || coding === '*') && !refused
  })
}

/**
 * The reference city library over HTTP (SYNC.md §3.4, §4.1): the protocol's endpoints, the
 * GB/T 36906-shaped look-ups, and the faults a test asks for. The caller listens and closes.
 */
export function createLibraryServer(options: LibraryServerOptions): FastifyInstance {
  const { store, faults, tls } = options
  const common = { logger: false as const, bodyLimit: MAX_BODY_BYTES }
  const app = (tls
    ? Fastify({
        ...common,
        https: {
          cert: tls.cert,
          key: tls.key,
          ...(tls.clientCa ? { ca: tls.clientCa, requestCert: true, rejectUnauthorized: true } : {})
        }
      })
    : Fastify(common)) as unknown as FastifyInstance

  const faultFor = (route: LibraryRoute, request: FastifyRequest): Fault | null =>
    faults?.(route, request) ?? null

  app.addHook('onRequest', async (request, reply) => {
    const header = request.headers['x-sync-protocol']
    if (header === undefined) return
    if (typeof header !== 'string' || !/^\d{1,9}$/.test(header)) {
      return problem(reply, 400, { code: 'BAD_REQUEST', reason: 'x-sync-protocol: not a number' })
    }
    if (Number(header) < MIN_CLIENT_PROTOCOL) {
      return problem(reply, 426, {
        code: 'CLIENT_TOO_OLD',
        reason: `protocol ${header} < ${MIN_CLIENT_PROTOCOL}`
      })
    }
  })

  app.setNotFoundHandler((_request, reply) => problem(reply, 404, { code: 'NOT_FOUND' }))
  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    const status = error.statusCode ?? 500
    // Fastify's own refusals (bad JSON, too large, wrong media type) are the client's fault.
    if (status >= 400 && status < 500) {
      return problem(reply, status, { code: 'BAD_REQUEST', reason: error.message })
    }
    return reply.code(500).type('text/plain; charset=utf-8').send(error.message)
  })

  /** A route whose answer goes through the fault plan. */
  function route(
    path: string,
    name: LibraryRoute,
    answer: (request: FastifyRequest, reply: FastifyReply) => PreparedReply | null
  ): void {
    app.get(path, async (request, reply) => {
      const fault = faultFor(name, request)
      if (await faultBeforeWork(fault, request, reply)) return reply
      const prepared = answer(request, reply)
      if (prepared) await sendPrepared(prepared, fault, request, reply)
      return reply
    })
  }

  /** Parses with `schema`, or answers 400 and returns null. */
  function parse<T>(schema: z.ZodType<T>, value: unknown, reply: FastifyReply): T | null {
    const parsed = schema.safeParse(value)
    if (parsed.success) return parsed.data
    void problem(reply, 400, { code: 'BAD_REQUEST', reason: reasonOf(parsed.error) })
    return null
  }

  route('/v1/sync/info', 'info', () => json(200, store.info()))

  route('/v1/snapshots/:id/parts/:n', 'snapshotPart', (request, reply) => {
    const params = SnapshotParams.safeParse(request.params)
    const part = params.success ? store.snapshotPart(params.data.id, params.data.n) : null
    if (!part) {
      void problem(reply, 404, { code: 'NOT_FOUND', reason: 'no such snapshot part' })
      return null
    }
    // Served as stored: the client gunzips itself and checks the sha256 of these very bytes.
    return {
      status: 200,
      headers: { 'content-type': 'application/x-ndjson', etag: `"${part.sha256}"` },
      body: part.data
    }
  })

  route('/v1/changes', 'changes', (request, reply) => {
    const query = parse(ChangesQuery, request.query, reply)
    if (!query) return null
    const info = store.info()
    if (query.epoch !== undefined && query.epoch !== info.epoch) {
      void problem(reply, 410, {
        code: 'RESYNC_REQUIRED',
        reason: `epoch ${query.epoch} is over; the library is at epoch ${info.epoch}`
      })
      return null
    }
    if (query.since < info.retainFromSeq) {
      void problem(reply, 410, {
        code: 'RESYNC_REQUIRED',
        reason: `changes before seq ${info.retainFromSeq} are no longer kept`
      })
      return null
    }
    const page = store.changesSince(
      query.since,
      query.limit,
      query.tables as SyncTable[] | undefined
    )
    const body = Buffer.from(JSON.stringify(page))
    const gzip = acceptsGzip(request)
    return {
      status: 200,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        // Over the JSON bytes, before any gzip: what the client parses is what it checks.
        'x-page-sha256': createHash('sha256').update(body).digest('hex'),
        vary: 'accept-encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {})
      },
      body,
      gzip
    }
  })

  route('/v1/digest', 'digest', (request, reply) => {
    const query = parse(DigestQuery, request.query, reply)
    return query ? json(200, store.digest(query.table)) : null
  })

  route('/v1/records', 'records', (request, reply) => {
    const query = parse(RecordsQuery, request.query, reply)
    if (!query) return null
    return json(200, { table: query.table, items: store.liveRows(query.table, query.bucket) })
  })

  route('/v1/licences/by-identifier/:identifier', 'licenceByIdentifier', (request, reply) => {
    const { identifier } = request.params as { identifier: string }
    const items = store.licencesByIdentifier(identifier)
    if (items.length === 0) {
      void problem(reply, 404, { code: 'NOT_FOUND', reason: 'no licence with this identifier' })
      return null
    }
    return json(200, { items })
  })

  route('/v1/licences', 'licencesByHolder', (request, reply) => {
    const query = parse(LicencesQuery, request.query, reply)
    return query
      ? json(200, { items: store.licencesByHolder(query.holderCode, query.typeCode) })
      : null
  })

  app.post('/v1/mutations', async (request, reply) => {
    const key = IdempotencyKey.safeParse(request.headers['idempotency-key'])
    if (!key.success) {
      return problem(reply, 400, { code: 'BAD_REQUEST', reason: 'Idempotency-Key header required' })
    }
    const batch = parse(MutationBatch, request.body, reply)
    if (!batch) return reply
    const fault = faultFor('mutations', request)
    if (await faultBeforeWork(fault, request, reply)) return reply
    const outcome = store.applyMutations(batch, key.data)
    const prepared = outcome.ok
      ? json(200, outcome.response)
      : json(409, {
          code: outcome.error.code,
          reason: 'this Idempotency-Key came with another body'
        })
    await sendPrepared(prepared, fault, request, reply)
    return reply
  })

  return app
}
