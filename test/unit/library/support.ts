import { createHash } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import { request, type Dispatcher } from 'undici'
import { createLibraryServer, type LibraryServerOptions } from '../../../src/library/server'
import { openLibraryStore, type LibraryStore } from '../../../src/library/store'
import type { Mutation, MutationBatch } from '../../../src/shared/domain/sync/protocol'

/** A library on a real listener (127.0.0.1, any port): drops and truncations need sockets. */
export interface RunningLibrary {
  url: string
  store: LibraryStore
  close(): Promise<void>
}

export async function startLibrary(
  options: Partial<LibraryServerOptions> = {}
): Promise<RunningLibrary> {
  const store = options.store ?? openLibraryStore()
  const app = createLibraryServer({ ...options, store })
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  return {
    url: address,
    store,
    async close() {
      await app.close()
      store.close()
    }
  }
}

export interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  /** The bytes as received (still gzipped if the server gzipped them). */
  raw: Buffer
  /** The body as text, gunzipped when `content-encoding: gzip`. */
  text: string
  json: () => unknown
}

export async function call(
  url: string,
  options: {
    method?: 'GET' | 'POST'
    headers?: Record<string, string>
    body?: string
    dispatcher?: Dispatcher
  } = {}
): Promise<Answer> {
  const response = await request(url, {
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body,
    dispatcher: options.dispatcher
  })
  const raw = Buffer.from(await response.body.arrayBuffer())
  const gzipped = response.headers['content-encoding'] === 'gzip'
  const text = (gzipped ? gunzipSync(raw) : raw).toString('utf8')
  return {
    status: response.statusCode,
    headers: response.headers,
    raw,
    text,
    json: () => JSON.parse(text)
  }
}

export function sha256Hex(bytes: string | Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

let mutationCounter = 0

/** A mutation with a fresh id; `clientSeq` and `baseRev` as given or the defaults of a create. */
export function mutation(fields: Partial<Mutation> & Pick<Mutation, 'table' | 'id'>): Mutation {
  mutationCounter += 1
  return {
    mutationId: `m-${mutationCounter}-${Math.random().toString(36).slice(2)}`,
    clientSeq: mutationCounter,
    op: 'create',
    baseRev: 0,
    payload: {},
    ...fields
  }
}

export async function postMutations(
  url: string,
  batch: MutationBatch,
  key: string,
  dispatcher?: Dispatcher
): Promise<Answer> {
  return call(`${url}/v1/mutations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(batch),
    dispatcher
  })
}

/** A demo-like licence for tests that need only a few. */
export function licence(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    identifier: `1.2.156.3005.2.11100000000823452200.11411000MB773914XM.2026000${id}.001.1`,
    typeCode: '111000000082345222001',
    state: 'valid',
    version: '001',
    statusHistory: [],
    holder: {
      category: 'organization',
      codeType: '001',
      name: '许昌测试商行',
      code: `H-${id}`,
      codeHash: null
    },
    ...extra
  }
}
