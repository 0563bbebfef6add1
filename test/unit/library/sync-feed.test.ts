/**
 * What a client pulls adds up to what the library holds: pages carry their checksum, a replay of
 * every page from seq 0 gives the library's digest, and a snapshot plus the changes after it
 * gives the live state, while the writer keeps changing ~1 % of the licences per tick.
 */
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoLibrary } from '../../../src/library/demo-seed'
import { openLibraryStore } from '../../../src/library/store'
import { startWriter } from '../../../src/library/writer'
import { DigestAccumulator, differingBuckets } from '../../../src/shared/domain/sync/digest'
import {
  ChangesPage,
  SnapshotRow,
  SyncInfo,
  SyncTable,
  TableDigest,
  type ChangeItem
} from '../../../src/shared/domain/sync/protocol'
import { call, licence, sha256Hex, startLibrary, type RunningLibrary } from './support'

let library: RunningLibrary

beforeAll(async () => {
  library = await startLibrary()
  await seedDemoLibrary(library.store, { licences: 800, seed: 'sync-feed' })
})
afterAll(() => library.close())

/** A client's working copy: per table, id → {rev, data}; tombstones removed. */
type Copy = Map<string, { rev: number; data: unknown }>
const copies = () => new Map<SyncTable, Copy>(SyncTable.options.map((table) => [table, new Map()]))

function apply(copy: Map<SyncTable, Copy>, item: ChangeItem): void {
  const rows = copy.get(item.table)!
  const local = rows.get(item.id)
  if (local && local.rev > item.rev) return
  if (item.op === 'delete') rows.delete(item.id)
  else rows.set(item.id, { rev: item.rev, data: item.data })
}

/** Pulls pages from `since` until the end, checking each page's checksum; returns the items. */
async function pull(since: number, limit = 700, gzip = false): Promise<ChangeItem[]> {
  const items: ChangeItem[] = []
  let cursor = since
  for (;;) {
    const answer = await call(`${library.url}/v1/changes?since=${cursor}&limit=${limit}`, {
      headers: gzip ? { 'accept-encoding': 'gzip' } : {}
    })
    expect(answer.headers['x-page-sha256']).toBe(sha256Hex(answer.text))
    const page = ChangesPage.parse(answer.json())
    items.push(...page.items)
    cursor = page.next
    if (!page.hasMore) return items
  }
}

function digestOf(rows: Copy): ReturnType<DigestAccumulator['buckets']> {
  const accumulator = new DigestAccumulator()
  for (const [id, row] of rows) accumulator.add(id, row.rev)
  return accumulator.buckets()
}

async function libraryDigest(table: SyncTable) {
  return TableDigest.parse((await call(`${library.url}/v1/digest?table=${table}`)).json())
}

describe('pages', () => {
  it('carry the SHA-256 of the exact JSON sent, gzipped only when the client asks', async () => {
    const plain = await call(`${library.url}/v1/changes?since=0&limit=300`)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers['x-page-sha256']).toBe(sha256Hex(plain.raw))
    const zipped = await call(`${library.url}/v1/changes?since=0&limit=300`, {
      headers: { 'accept-encoding': 'br, gzip;q=0.8' }
    })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.raw.length).toBeLessThan(plain.raw.length)
    expect(zipped.text).toBe(plain.text)
    expect(zipped.headers['x-page-sha256']).toBe(plain.headers['x-page-sha256'])
    const refused = await call(`${library.url}/v1/changes?since=0&limit=1`, {
      headers: { 'accept-encoding': 'gzip;q=0' }
    })
    expect(refused.headers['content-encoding']).toBeUndefined()
  })

  it('from seq 0, in seq order, add up to the library’s digest of every table', async () => {
    const items = await pull(0, 700, true)
    const seqs = items.map((item) => item.seq)
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
    expect(new Set(seqs).size).toBe(seqs.length)
    const copy = copies()
    for (const item of items) apply(copy, item)
    for (const table of SyncTable.options) {
      const remote = await libraryDigest(table)
      expect(remote.count, table).toBe(copy.get(table)!.size)
      expect(differingBuckets(digestOf(copy.get(table)!), remote.buckets), table).toEqual([])
    }
    expect(copy.get('licences')!.size).toBe(800)
  })

  it('lets a client repair one bucket from /v1/records instead of bootstrapping again', async () => {
    const copy = copies()
    for (const item of await pull(0)) apply(copy, item)
    const rows = copy.get('licences')!
    const [lostId] = [...rows.keys()]
    rows.delete(lostId!)
    const remote = await libraryDigest('licences')
    const differing = differingBuckets(digestOf(rows), remote.buckets)
    expect(differing).toHaveLength(1)
    const answer = await call(`${library.url}/v1/records?table=licences&bucket=${differing[0]}`)
    const { items } = answer.json() as { items: { id: string; rev: number; data: unknown }[] }
    expect(items.map((item) => item.id)).toContain(lostId)
    for (const item of items) rows.set(item.id, { rev: item.rev, data: item.data })
    expect(differingBuckets(digestOf(rows), remote.buckets)).toEqual([])
  })
})

describe('snapshot and writer', () => {
  it('a snapshot’s parts check out, and with the changes after it give the live state', async () => {
    library.store.buildSnapshot(1000)
    const writer = startWriter(library.store, { seed: 'after-snapshot', tickMs: 60_000 })
    const info = SyncInfo.parse((await call(`${library.url}/v1/sync/info`)).json())
    expect(info.snapshot.parts.length).toBeGreaterThan(1)
    const copy = copies()
    for (const part of info.snapshot.parts) {
      const answer = await call(`${library.url}/v1/snapshots/${info.snapshot.id}/parts/${part.n}`)
      expect(answer.headers['content-type']).toBe('application/x-ndjson')
      expect(answer.headers['content-encoding']).toBeUndefined()
      expect(answer.headers.etag).toBe(`"${part.sha256}"`)
      expect(sha256Hex(answer.raw)).toBe(part.sha256)
      expect(answer.raw.length).toBe(part.bytes)
      const lines = gunzipSync(answer.raw).toString('utf8').trimEnd().split('\n')
      expect(lines).toHaveLength(part.rows)
      for (const line of lines) {
        const row = SnapshotRow.parse(JSON.parse(line))
        expect(row.seq).toBeLessThanOrEqual(info.snapshot.seq)
        copy.get(row.table)!.set(row.id, { rev: row.rev, data: row.data })
      }
    }
    // The library moves on while the client was downloading.
    for (let i = 0; i < 3; i++) writer.tick()
    expect(writer.stop()).toBeGreaterThan(0)
    for (const item of await pull(info.snapshot.seq)) apply(copy, item)
    for (const table of SyncTable.options) {
      const live = library.store.liveRows(table)
      const local = copy.get(table)!
      expect(local.size, table).toBe(live.length)
      for (const row of live)
        expect(local.get(row.id), `${table} ${row.id}`).toEqual({ rev: row.rev, data: row.data })
    }
  })

  it('changes ~1 % of the licences per tick, each change once in the feed, in seq order', async () => {
    const writer = startWriter(library.store, { seed: 'ticks', tickMs: 60_000 })
    let total = 0
    for (let tick = 0; tick < 4; tick++) {
      const before = library.store.info().headSeq
      const live = library.store.liveIds('licences').length
      const changed = writer.tick()
      total += changed
      expect(changed).toBe(Math.round(live * 0.01))
      const items = await pull(before)
      expect(items).toHaveLength(changed)
      expect(new Set(items.map((item) => item.id)).size).toBe(changed)
      expect(items.every((item) => item.table === 'licences')).toBe(true)
      // One transaction, one row each: the tick's seqs follow each other without a gap.
      expect(items.map((item) => item.seq)).toEqual(
        Array.from({ length: changed }, (_, i) => before + 1 + i)
      )
      for (const item of items) {
        if (item.op === 'delete') continue
        const history = (item.data as { statusHistory: { action: string }[] }).statusHistory
        expect(history.length).toBeGreaterThan(0)
        expect(item.data).toMatchObject({ rev: item.rev, serverSeq: item.seq, deleted: false })
      }
    }
    expect(writer.stop()).toBe(total)
  })

  it('runs on its timer, one transaction per tick, and changes the same rows for the same seed', async () => {
    const changedIds = async (seed: string) => {
      const store = openLibraryStore()
      store.upsertMany(
        'licences',
        Array.from({ length: 500 }, (_, i) => licence(`W${i}`))
      )
      const writer = startWriter(store, { seed, tickMs: 60_000 })
      writer.tick()
      writer.tick()
      writer.stop()
      const ids = store.changesSince(500, 100).items.map((item) => `${item.op}:${item.id}`)
      store.close()
      return ids
    }
    expect(await changedIds('same')).toEqual(await changedIds('same'))
    expect(await changedIds('same')).not.toEqual(await changedIds('other'))

    const before = library.store.info().headSeq
    const writer = startWriter(library.store, { seed: 'timer', tickMs: 15 })
    await new Promise((resolve) => setTimeout(resolve, 200))
    const changed = writer.stop()
    expect(changed).toBeGreaterThanOrEqual(16)
    const items = await pull(before)
    // A row changed in two ticks shows once, at its latest seq.
    expect(items.length).toBeLessThanOrEqual(changed)
    expect(library.store.info().headSeq - before).toBe(changed)
  })
})
