/**
 * The reference library against hostile or careless requests, on a real listener. Each refusal
 * is the protocol's (SYNC.md §4.1, §4.2): 400 BAD_REQUEST for malformed input, 404 NOT_FOUND,
 * 410 RESYNC_REQUIRED, 426 CLIENT_TOO_OLD; a too-large page size is clamped, not refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChangesPage, SyncInfo } from '../../../src/shared/domain/sync/protocol'
import { call, licence, startLibrary, type RunningLibrary } from './support'

let library: RunningLibrary

beforeAll(async () => {
  library = await startLibrary()
  const rows = Array.from({ length: 6000 }, (_, i) => licence(`L${String(i).padStart(5, '0')}`))
  library.store.upsertMany('licences', rows)
})
afterAll(() => library.close())

const get = (path: string, headers?: Record<string, string>) =>
  call(`${library.url}${path}`, { headers })

describe('GET /v1/changes refuses what it cannot read', () => {
  it.each([
    ['since=-1', 'since'],
    ['since=abc', 'since'],
    ['since=1.5', 'since'],
    ['since=1e3', 'since'],
    ['', 'since'],
    ['since=0&since=1', 'since'],
    ['since=0&limit=0', 'limit'],
    ['since=0&limit=-5', 'limit'],
    ['since=0&tables=licences,unknown', 'tables'],
    ['since=0&tables=', 'tables'],
    ['since=0&epoch=0', 'epoch'],
    ['since=0&epoch=x', 'epoch']
  ])('?%s → 400 naming %s', async (query, field) => {
    const answer = await get(`/v1/changes?${query}`)
    expect(answer.status).toBe(400)
    const body = answer.json() as { code: string; reason: string }
    expect(body.code).toBe('BAD_REQUEST')
    expect(body.reason).toContain(field)
  })

  it('clamps a huge limit to 5000 and defaults to 2000', async () => {
    const huge = ChangesPage.parse((await get('/v1/changes?since=0&limit=1000000000')).json())
    expect(huge.items).toHaveLength(5000)
    expect(huge.hasMore).toBe(true)
    expect(huge.next).toBe(huge.items.at(-1)!.seq)
    const plain = ChangesPage.parse((await get('/v1/changes?since=0')).json())
    expect(plain.items).toHaveLength(2000)
  })

  it('answers an empty page past the head with next = since', async () => {
    const page = ChangesPage.parse((await get('/v1/changes?since=999999')).json())
    expect(page).toMatchObject({ items: [], next: 999999, hasMore: false, headSeq: 6000 })
  })

  it('filters by table and says 410 RESYNC_REQUIRED for another epoch', async () => {
    const none = ChangesPage.parse((await get('/v1/changes?since=0&tables=notices')).json())
    expect(none.items).toEqual([])
    const other = await get('/v1/changes?since=0&epoch=2')
    expect(other.status).toBe(410)
    expect(other.json()).toMatchObject({ code: 'RESYNC_REQUIRED' })
    expect((await get('/v1/changes?since=0&epoch=1&limit=1')).status).toBe(200)
  })
})

describe('resync, versions and unknown paths', () => {
  it('410 for a cursor below retainFromSeq once history is forgotten', async () => {
    const store = library.store
    // Not beyond the snapshot: a client bootstrapped from it could never catch up.
    expect(store.setRetainFromSeq(store.info().headSeq + 1).ok).toBe(false)
    store.buildSnapshot()
    expect(store.setRetainFromSeq(100)).toEqual({ ok: true })
    const below = await get('/v1/changes?since=99')
    expect(below.status).toBe(410)
    expect(below.json()).toMatchObject({ code: 'RESYNC_REQUIRED' })
    expect((await get('/v1/changes?since=100&limit=1')).status).toBe(200)
    expect(SyncInfo.parse((await get('/v1/sync/info')).json()).retainFromSeq).toBe(100)
    expect(store.setRetainFromSeq(0)).toEqual({ ok: true })
  })

  it('426 CLIENT_TOO_OLD for a protocol below minClientProtocol, 400 for a garbled one', async () => {
    const old = await get('/v1/sync/info', { 'x-sync-protocol': '0' })
    expect(old.status).toBe(426)
    expect(old.json()).toMatchObject({ code: 'CLIENT_TOO_OLD' })
    expect((await get('/v1/sync/info', { 'x-sync-protocol': 'one' })).status).toBe(400)
    expect((await get('/v1/sync/info', { 'x-sync-protocol': '1' })).status).toBe(200)
  })

  it('404 NOT_FOUND for a snapshot id with a path in it, an unknown part, or an unknown route', async () => {
    const { snapshot } = SyncInfo.parse((await get('/v1/sync/info')).json())
    for (const path of [
      `/v1/snapshots/${encodeURIComponent('../x')}/parts/0`,
      `/v1/snapshots/${snapshot.id}/parts/999`,
      `/v1/snapshots/${snapshot.id}/parts/-1`,
      `/v1/snapshots/${snapshot.id}/parts/abc`,
      '/v1/nothing-here'
    ]) {
      const answer = await get(path)
      expect(answer.status, path).toBe(404)
      expect(answer.json(), path).toMatchObject({ code: 'NOT_FOUND' })
    }
    expect((await get(`/v1/snapshots/${snapshot.id}/parts/0`)).status).toBe(200)
  })

  it('400 for a digest or records request without a known table or a bucket in range', async () => {
    for (const path of [
      '/v1/digest',
      '/v1/digest?table=secrets',
      '/v1/digest?table=licences&buckets=16',
      '/v1/records?table=licences',
      '/v1/records?table=licences&bucket=256',
      '/v1/records?table=nope&bucket=1',
      '/v1/licences',
      '/v1/licences?typeCode=111000000082345222001'
    ]) {
      const answer = await get(path)
      expect(answer.status, path).toBe(400)
      expect(answer.json(), path).toMatchObject({ code: 'BAD_REQUEST' })
    }
  })

  it('looks licences up by 证照标识 and by holder, 404 for an unknown identifier', async () => {
    const wanted = licence('L00042')
    const found = await get(`/v1/licences/by-identifier/${encodeURIComponent(wanted.identifier)}`)
    expect(found.status).toBe(200)
    expect((found.json() as { items: { id: string }[] }).items.map((item) => item.id)).toEqual([
      'L00042'
    ])
    const missing = await get('/v1/licences/by-identifier/1.2.156.3005.2.nothing')
    expect(missing.status).toBe(404)
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND' })
    const byHolder = await get('/v1/licences?holderCode=H-L00042&typeCode=111000000082345222001')
    expect((byHolder.json() as { items: { id: string }[] }).items.map((item) => item.id)).toEqual([
      'L00042'
    ])
    const otherType = await get('/v1/licences?holderCode=H-L00042&typeCode=999')
    expect(otherType.json()).toEqual({ items: [] })
  })
})
