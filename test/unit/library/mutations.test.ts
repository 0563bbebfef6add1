/**
 * POST /v1/mutations against a real listener (SYNC.md §4.1): refusals first, then replays,
 * conflicts and a commit whose answer is lost. 发文字号 are in document-numbers.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibraryStore } from '../../../src/library/store'
import {
  ChangesPage,
  MutationResponse,
  type MutationBatch,
  type MutationResult
} from '../../../src/shared/domain/sync/protocol'
import {
  call,
  licence,
  mutation,
  postMutations,
  startLibrary,
  type RunningLibrary
} from './support'

let dir: string
let library: RunningLibrary
let dropNext = false
let reader: Database.Database

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'library-mutations-'))
  const store = openLibraryStore({ file: join(dir, 'library.sqlite') })
  store.upsertMany('licences', [licence('L1')])
  library = await startLibrary({
    store,
    faults: (route) => {
      if (route !== 'mutations' || !dropNext) return null
      dropNext = false
      return { kind: 'commitThenDrop' }
    }
  })
  // A second connection, as an auditor would open the file: WAL lets it read alongside.
  reader = new Database(join(dir, 'library.sqlite'), { readonly: true })
})
afterAll(async () => {
  reader.close()
  await library.close()
  rmSync(dir, { recursive: true, force: true })
})

async function push(batch: MutationBatch, key: string): Promise<MutationResult[]> {
  const answer = await postMutations(library.url, batch, key)
  expect(answer.status, answer.text).toBe(200)
  return MutationResponse.parse(answer.json()).results
}

const receipts = (mutationId: string) =>
  reader.prepare('SELECT count(*) FROM receipts WHERE mutation_id = ?').pluck().get(mutationId)

async function changesFor(id: string) {
  const page = ChangesPage.parse(
    (await call(`${library.url}/v1/changes?since=0&limit=5000`)).json()
  )
  return page.items.filter((item) => item.id === id)
}

describe('POST /v1/mutations refuses what it cannot take', () => {
  const post = (body: string, headers: Record<string, string>) =>
    call(`${library.url}/v1/mutations`, { method: 'POST', body, headers })
  const json = { 'content-type': 'application/json' }
  const one = { clientId: 'ws-1', mutations: [mutation({ table: 'dispositions', id: 'd-x' })] }

  it('400 without an Idempotency-Key, for a body that is not JSON or not a batch', async () => {
    const noKey = await post(JSON.stringify(one), json)
    expect(noKey.status).toBe(400)
    expect(noKey.json()).toMatchObject({ code: 'BAD_REQUEST' })
    for (const body of ['{"clientId":', '[]', '{"clientId":"ws-1","mutations":[]}', 'null']) {
      const answer = await post(body, { ...json, 'idempotency-key': `bad-${body}` })
      expect(answer.status, body).toBe(400)
      expect(answer.json(), body).toMatchObject({ code: 'BAD_REQUEST' })
    }
    const text = await post('hello', { 'content-type': 'text/plain', 'idempotency-key': 'k-t' })
    expect(text.json()).toMatchObject({ code: 'BAD_REQUEST' })
    expect(await changesFor('d-x')).toEqual([])
  })

  it('400 for 501 mutations in one batch: the limit is 500', async () => {
    const mutations = Array.from({ length: 501 }, (_, i) =>
      mutation({ table: 'dispositions', id: `d-many-${i}` })
    )
    const answer = await postMutations(library.url, { clientId: 'ws-1', mutations }, 'k-501')
    expect(answer.status).toBe(400)
    expect(await changesFor('d-many-0')).toEqual([])
  })

  it('refuses a body over 4 MiB before reading it as a batch', async () => {
    const payload = { blob: 'x'.repeat(4 * 1024 * 1024) }
    const big = {
      clientId: 'ws-1',
      mutations: [mutation({ table: 'dispositions', id: 'd-big', payload })]
    }
    const answer = await postMutations(library.url, big, 'k-big')
    expect(answer.status).toBe(413)
    expect(answer.json()).toMatchObject({ code: 'BAD_REQUEST' })
    expect(await changesFor('d-big')).toEqual([])
  })

  it('rejects a write to a library table, by code, and writes nothing', async () => {
    const [result] = await push(
      {
        clientId: 'ws-1',
        mutations: [
          mutation({
            table: 'licences',
            op: 'update',
            id: 'L1',
            baseRev: 1,
            payload: { state: 'revoked' }
          })
        ]
      },
      'k-readonly'
    )
    expect(result).toMatchObject({
      status: 'rejected',
      error: { code: 'sync.rejected.readOnlyTable', params: { table: 'licences' } }
    })
    expect(library.store.get('licences', 'L1')!.rev).toBe(1)
  })

  it('keeps witnessed audit heads as they were: only a workstation’s own, only added', async () => {
    const head = (seq: number, clientId = 'ws-1') => ({
      clientId,
      seq,
      hash: 'a'.repeat(64),
      mac: null,
      anchoredAt: '2026-12-03T06:00:00.000Z'
    })
    const [added, other, misnamed] = await push(
      {
        clientId: 'ws-1',
        mutations: [
          mutation({ table: 'auditHeads', op: 'create', id: 'ah-ws-1-7', payload: head(7) }),
          mutation({
            table: 'auditHeads',
            op: 'create',
            id: 'ah-ws-2-7',
            payload: head(7, 'ws-2')
          }),
          mutation({ table: 'auditHeads', op: 'create', id: 'ah-ws-1-9', payload: head(8) })
        ]
      },
      'k-heads'
    )
    expect(added).toMatchObject({ status: 'applied', rev: 1 })
    for (const refused of [other, misnamed]) {
      expect(refused).toMatchObject({
        status: 'rejected',
        error: { code: 'sync.rejected.auditHeadOther' }
      })
    }
    const [rewritten, removed] = await push(
      {
        clientId: 'ws-1',
        mutations: [
          mutation({
            table: 'auditHeads',
            op: 'update',
            id: 'ah-ws-1-7',
            baseRev: 1,
            payload: { hash: 'b'.repeat(64) }
          }),
          mutation({ table: 'auditHeads', op: 'delete', id: 'ah-ws-1-7', baseRev: 1 })
        ]
      },
      'k-heads-rewrite'
    )
    for (const refused of [rewritten, removed]) {
      expect(refused).toMatchObject({
        status: 'rejected',
        error: { code: 'sync.rejected.auditHeadChanged' }
      })
    }
    expect(library.store.get('auditHeads', 'ah-ws-1-7')).toMatchObject({
      rev: 1,
      data: { hash: 'a'.repeat(64) }
    })
    expect(library.store.get('auditHeads', 'ah-ws-2-7')).toBeNull()
  })

  it('rejects an update of a record the library does not have', async () => {
    const [result] = await push(
      {
        clientId: 'ws-1',
        mutations: [mutation({ table: 'dispositions', op: 'update', id: 'nope', baseRev: 1 })]
      },
      'k-unknown'
    )
    expect(result).toMatchObject({
      status: 'rejected',
      error: { code: 'sync.rejected.unknownRecord' }
    })
  })
})

describe('replays, keys and conflicts', () => {
  it('a replayed mutation is a duplicate with the same rev and one receipt', async () => {
    const create = mutation({ table: 'dispositions', id: 'd-1', payload: { note: '已整改' } })
    const [first] = await push({ clientId: 'ws-1', mutations: [create] }, 'k-d1-a')
    expect(first).toMatchObject({ status: 'applied', rev: 1 })
    expect(first!.record).toMatchObject({ id: 'd-1', note: '已整改', rev: 1, deleted: false })
    const [again] = await push({ clientId: 'ws-1', mutations: [create] }, 'k-d1-b')
    expect(again).toMatchObject({ status: 'duplicate', rev: 1, seq: first!.seq })
    expect(receipts(create.mutationId)).toBe(1)
    expect(await changesFor('d-1')).toHaveLength(1)
  })

  it('the same Idempotency-Key answers the stored response, or 409 for another body', async () => {
    const batch = { clientId: 'ws-1', mutations: [mutation({ table: 'dispositions', id: 'd-2' })] }
    const first = await postMutations(library.url, batch, 'k-d2')
    const second = await postMutations(library.url, batch, 'k-d2')
    expect(second.status).toBe(200)
    expect(second.json()).toEqual(first.json())
    const other = { clientId: 'ws-1', mutations: [mutation({ table: 'dispositions', id: 'd-3' })] }
    const mismatch = await postMutations(library.url, other, 'k-d2')
    expect(mismatch.status).toBe(409)
    expect(mismatch.json()).toMatchObject({ code: 'IDEMPOTENCY_MISMATCH' })
    expect(await changesFor('d-3')).toEqual([])
  })

  it('a stale baseRev is a conflict carrying the library’s record; a create of a taken id too', async () => {
    await push(
      {
        clientId: 'ws-1',
        mutations: [mutation({ table: 'dispositions', id: 'd-4', payload: { v: 1 } })]
      },
      'k-d4-1'
    )
    await push(
      {
        clientId: 'ws-2',
        mutations: [
          mutation({
            table: 'dispositions',
            op: 'update',
            id: 'd-4',
            baseRev: 1,
            payload: { v: 2 }
          })
        ]
      },
      'k-d4-2'
    )
    const [stale] = await push(
      {
        clientId: 'ws-1',
        mutations: [
          mutation({
            table: 'dispositions',
            op: 'update',
            id: 'd-4',
            baseRev: 1,
            payload: { v: 3 }
          })
        ]
      },
      'k-d4-3'
    )
    expect(stale).toMatchObject({ status: 'conflict', rev: 2, record: { id: 'd-4', v: 2, rev: 2 } })
    const [taken] = await push(
      {
        clientId: 'ws-3',
        mutations: [mutation({ table: 'dispositions', id: 'd-4', payload: { v: 9 } })]
      },
      'k-d4-4'
    )
    expect(taken).toMatchObject({ status: 'conflict', rev: 2, record: { v: 2 } })
    expect(library.store.get('dispositions', 'd-4')!.data).toMatchObject({ v: 2 })
  })

  it('applies a batch in clientSeq order, so an update follows its create', async () => {
    const create = mutation({ table: 'dispositions', id: 'd-5', payload: { v: 1 } })
    const update = mutation({
      table: 'dispositions',
      op: 'update',
      id: 'd-5',
      baseRev: 1,
      payload: { v: 2 }
    })
    const remove = mutation({ table: 'dispositions', op: 'delete', id: 'd-5', baseRev: 2 })
    const answer = await postMutations(
      library.url,
      { clientId: 'ws-1', mutations: [remove, update, create] },
      'k-d5'
    )
    const response = MutationResponse.parse(answer.json())
    expect(
      response.results.map((result) => [result.mutationId, result.status, result.rev])
    ).toEqual([
      [create.mutationId, 'applied', 1],
      [update.mutationId, 'applied', 2],
      [remove.mutationId, 'applied', 3]
    ])
    expect(response.lastClientSeq).toBe(remove.clientSeq)
    expect((await changesFor('d-5')).map((item) => item.op)).toEqual(['delete'])
    expect(library.store.get('dispositions', 'd-5')).toBeNull()
  })

  it('commit, then drop the answer: the replay is a duplicate and the row exists once', async () => {
    const create = mutation({ table: 'dispositions', id: 'd-6', payload: { note: '复核' } })
    const batch = { clientId: 'ws-1', mutations: [create] }
    dropNext = true
    await expect(postMutations(library.url, batch, 'k-d6')).rejects.toThrow()
    // The same batch again: its stored response, as if the first answer had arrived.
    const [sameKey] = await push(batch, 'k-d6')
    expect(sameKey).toMatchObject({ status: 'applied', rev: 1 })
    // Re-batched by the client under a new key: the mutation is known.
    const [newKey] = await push(batch, 'k-d6-again')
    expect(newKey).toMatchObject({ status: 'duplicate', rev: 1, seq: sameKey!.seq })
    expect(await changesFor('d-6')).toHaveLength(1)
    expect(receipts(create.mutationId)).toBe(1)
  })
})
