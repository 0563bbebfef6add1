/**
 * The faults a test can ask of the library (SYNC.md §3.3), seen from an undici client on a real
 * socket: what each one looks like is what the sync engine's retry rules must recognise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Agent } from 'undici'
import type { Fault, LibraryRoute } from '../../../src/library/faults'
import { ChangesPage, SyncInfo } from '../../../src/shared/domain/sync/protocol'
import { call, licence, sha256Hex, startLibrary, type RunningLibrary } from './support'

let library: RunningLibrary
/** The fault for the next request to a route, used once. */
const planned = new Map<LibraryRoute, Fault>()

beforeAll(async () => {
  library = await startLibrary({
    faults: (route) => {
      const fault = planned.get(route) ?? null
      planned.delete(route)
      return fault
    }
  })
  library.store.upsertMany(
    'licences',
    Array.from({ length: 300 }, (_, i) => licence(`F${i}`))
  )
  library.store.buildSnapshot()
})
afterAll(() => library.close())

const changesUrl = () => `${library.url}/v1/changes?since=0&limit=200`

/** The error code undici reports, looking through `cause`. */
async function failure(promise: Promise<unknown>): Promise<string> {
  const error = (await promise.then(
    () => null,
    (reason: unknown) => reason
  )) as { code?: string; cause?: { code?: string } } | null
  expect(error, 'the request should fail').not.toBeNull()
  return error?.code ?? error?.cause?.code ?? 'unknown'
}

describe('faults on the wire', () => {
  it('drop before headers: the socket closes, nothing is answered', async () => {
    planned.set('changes', { kind: 'dropBeforeHeaders' })
    expect(['UND_ERR_SOCKET', 'ECONNRESET']).toContain(await failure(call(changesUrl())))
    expect((await call(changesUrl())).status).toBe(200)
  })

  it('drop mid-body: the headers promise more than arrives', async () => {
    planned.set('changes', { kind: 'dropMidBody' })
    expect(['UND_ERR_SOCKET', 'ECONNRESET']).toContain(await failure(call(changesUrl())))
  })

  it('corrupt body: same length, still JSON, and only the checksum tells', async () => {
    const good = await call(changesUrl())
    planned.set('changes', { kind: 'corruptBody' })
    const bad = await call(changesUrl())
    expect(bad.status).toBe(200)
    expect(bad.raw.length).toBe(good.raw.length)
    expect(bad.headers['x-page-sha256']).toBe(good.headers['x-page-sha256'])
    expect(sha256Hex(bad.raw)).not.toBe(bad.headers['x-page-sha256'])
    expect(ChangesPage.safeParse(bad.json()).success).toBe(true)
    expect(bad.raw.filter((byte, i) => byte !== good.raw[i])).toHaveLength(1)
  })

  it('corrupt body on a gzip page and a snapshot part: the checksum still tells', async () => {
    planned.set('changes', { kind: 'corruptBody' })
    const zipped = await call(changesUrl(), { headers: { 'accept-encoding': 'gzip' } })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(sha256Hex(zipped.text)).not.toBe(zipped.headers['x-page-sha256'])
    const { snapshot } = SyncInfo.parse((await call(`${library.url}/v1/sync/info`)).json())
    planned.set('snapshotPart', { kind: 'corruptBody' })
    const part = await call(`${library.url}/v1/snapshots/${snapshot.id}/parts/0`)
    expect(part.raw.length).toBe(snapshot.parts[0]!.bytes)
    expect(sha256Hex(part.raw)).not.toBe(snapshot.parts[0]!.sha256)
  })

  it('slow headers: the client’s headers timeout fires', async () => {
    // undici keeps its timeouts on a coarse clock (~0.5 s ticks): the delay must clear two ticks.
    const impatient = new Agent({ headersTimeout: 200 })
    planned.set('info', { kind: 'slowHeaders', ms: 2000 })
    const code = await failure(call(`${library.url}/v1/sync/info`, { dispatcher: impatient }))
    expect(code).toBe('UND_ERR_HEADERS_TIMEOUT')
    await impatient.close()
    planned.set('info', { kind: 'slowHeaders', ms: 50 })
    expect((await call(`${library.url}/v1/sync/info`)).status).toBe(200)
  })

  it('503 with Retry-After in seconds', async () => {
    planned.set('digest', { kind: 'unavailable', retryAfterSeconds: 2 })
    const answer = await call(`${library.url}/v1/digest?table=licences`)
    expect(answer.status).toBe(503)
    expect(answer.headers['retry-after']).toBe('2')
    expect((await call(`${library.url}/v1/digest?table=licences`)).status).toBe(200)
  })
})
