import { createHmac } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import { keyedHasher } from '../../../../src/shared/domain/privacy'
import { gatedStore, personalDataGate } from '../../../../src/shared/domain/sync/incoming'
import type { SyncLocalStore, SyncState } from '../../../../src/shared/domain/sync/ports'
import type { ChangeItem, MutationResult } from '../../../../src/shared/domain/sync/protocol'

/**
 * Every row of the library's tables passes the gate before the local store sees it, whichever
 * way it comes (snapshot, change page, repair); what the store is asked for otherwise goes
 * through unchanged.
 */
// GB 11643-1999's own example: 110105 19491231 002, check X.
const EXAMPLE = '11010519491231002X'
const MASKED = '1101************2X'
const key = new Uint8Array(32).fill(3)
const hmac = (code: string) => createHmac('sha256', key).update(code).digest('hex')

const mark = (table: string, data: Record<string, unknown>) =>
  Promise.resolve({ ...data, gatedAs: table })

function recordingStore() {
  const state: SyncState = { datasetId: 'ds', epoch: 2, cursor: 7, bootstrap: null }
  return {
    readState: vi.fn(async () => state),
    startBootstrap: vi.fn(async () => undefined),
    applySnapshotRows: vi.fn(async () => undefined),
    finishBootstrap: vi.fn(async () => undefined),
    applyPage: vi.fn(async () => undefined),
    pendingMutations: vi.fn(async () => []),
    recordResults: vi.fn(async () => undefined),
    digest: vi.fn(async () => [{ b: 1, count: 2, hash: 'ab' }]),
    replaceBucket: vi.fn(async () => undefined)
  } satisfies SyncLocalStore
}

describe('gatedStore', () => {
  it('gates snapshot rows and keeps the position they bring the bootstrap to', async () => {
    const store = recordingStore()
    const row = { table: 'licences' as const, id: 'a', rev: 1, seq: 3, data: { x: 1 } }
    await gatedStore(store, mark).applySnapshotRows([row], { partsDone: 2, rowsDone: 40 })
    expect(store.applySnapshotRows).toHaveBeenCalledWith(
      [{ ...row, data: { x: 1, gatedAs: 'licences' } }],
      { partsDone: 2, rowsDone: 40 }
    )
  })

  it('gates the upserts of a page, passes its deletes, and keeps its cursor', async () => {
    const store = recordingStore()
    const items: ChangeItem[] = [
      { seq: 8, table: 'catalog', op: 'upsert', id: 'c', rev: 2, data: { y: 1 } },
      { seq: 9, table: 'licences', op: 'delete', id: 'd', rev: 5 }
    ]
    await gatedStore(store, mark).applyPage(items, 9)
    expect(store.applyPage).toHaveBeenCalledWith(
      [{ ...items[0], data: { y: 1, gatedAs: 'catalog' } }, items[1]],
      9
    )
  })

  it('gates the rows of a repaired bucket under their table', async () => {
    const store = recordingStore()
    const rows = [{ id: 'e', rev: 1, seq: 4, data: { z: 1 } }]
    await gatedStore(store, mark).replaceBucket('licences', 17, rows)
    expect(store.replaceBucket).toHaveBeenCalledWith('licences', 17, [
      { ...rows[0], data: { z: 1, gatedAs: 'licences' } }
    ])
  })

  it('passes rows the gate keeps as they are without copying or waiting', async () => {
    const store = recordingStore()
    const row = { table: 'catalog' as const, id: 'c', rev: 1, seq: 2, data: { y: 1 } }
    const changed = { table: 'licences' as const, id: 'l', rev: 1, seq: 3, data: { z: 1 } }
    const keepCatalog = (table: string, data: Record<string, unknown>) =>
      table === 'catalog' ? data : { ...data, gatedAs: table }
    await gatedStore(store, keepCatalog).applySnapshotRows([row, changed], {
      partsDone: 0,
      rowsDone: 2
    })
    const [kept, made] = (store.applySnapshotRows.mock.calls[0] as unknown[][])[0] as unknown[]
    expect(kept).toBe(row)
    expect(made).toEqual({ ...changed, data: { z: 1, gatedAs: 'licences' } })
  })

  it('hands everything else to the store as it is', async () => {
    const store = recordingStore()
    const gated = gatedStore(store, mark)
    const state: SyncState = { datasetId: 'ds', epoch: 3, cursor: null, bootstrap: null }
    const results: MutationResult[] = [
      { mutationId: 'm-1', status: 'applied', rev: 1, seq: 2, record: { q: 1 } }
    ]
    expect(await gated.readState()).toEqual(await store.readState())
    await gated.startBootstrap(state)
    expect(store.startBootstrap).toHaveBeenCalledWith(state)
    await gated.finishBootstrap(12)
    expect(store.finishBootstrap).toHaveBeenCalledWith(12)
    await gated.pendingMutations(50)
    expect(store.pendingMutations).toHaveBeenCalledWith(50)
    await gated.recordResults(results)
    expect(store.recordResults).toHaveBeenCalledWith(results)
    expect(await gated.digest('licences')).toEqual([{ b: 1, count: 2, hash: 'ab' }])
    expect(store.digest).toHaveBeenCalledWith('licences')
  })
})

describe('personalDataGate', () => {
  it('protects licences with the hash it is given', async () => {
    const gate = personalDataGate(keyedHasher(key))
    const licence = {
      number: 'A1',
      holder: { category: 'naturalPerson', codeType: '111', name: '王五', code: EXAMPLE }
    }
    expect(await gate('licences', licence)).toMatchObject({
      holder: { code: MASKED, codeHash: hmac(EXAMPLE) }
    })
  })

  it('keeps a licence without personal data as it came, at once', () => {
    const gate = personalDataGate(keyedHasher(key))
    const masked = {
      number: 'A1',
      holder: { category: 'naturalPerson', codeType: '111', name: '王五', code: MASKED }
    }
    expect(gate('licences', masked)).toBe(masked)
  })

  it('leaves the tables that hold no holder as the library sent them', async () => {
    const gate = personalDataGate(keyedHasher(key))
    const entry = { name: '建筑工程施工许可证', holder: { code: EXAMPLE } }
    expect(await gate('catalog', entry)).toBe(entry)
  })
})
