import { describe, expect, it } from 'vitest'
import { readChecked, sha256Hex } from '../../../../src/shared/domain/sync/checked'
import { SyncFailure } from '../../../../src/shared/domain/sync/faults'
import {
  DigestBucket,
  MutationBatch,
  MutationResponse,
  ProtocolError,
  SyncInfo,
  type Mutation
} from '../../../../src/shared/domain/sync/protocol'

/**
 * The wire shapes of protocol v1 (SYNC.md §4.1) at their edges: what the client accepts from the
 * library and what it refuses as a malformed body (a `corrupt` fault, fetched again).
 */

// `printf 'part-0' | sha256sum`: any real SHA-256, written as the protocol writes it (64 hex).
const PART_SHA = sha256Hex('part-0')

function info(overrides: Record<string, unknown> = {}, partSha = PART_SHA): unknown {
  return {
    protocol: 1,
    datasetId: 'dataset-a',
    epoch: 1,
    schemaVersion: 1,
    minClientProtocol: 1,
    headSeq: 10,
    retainFromSeq: 0,
    snapshot: { id: 'snap-1', seq: 10, parts: [{ n: 0, rows: 1, bytes: 20, sha256: partSha }] },
    serverTime: '2026-12-02T10:00:00Z',
    ...overrides
  }
}

function mutation(n: number, op: Mutation['op'] = 'create'): Mutation {
  return {
    mutationId: `m${n}`,
    clientSeq: n,
    table: 'dispositions',
    op,
    id: `d${n}`,
    baseRev: op === 'create' ? 0 : 1,
    payload: {}
  }
}

function caught(fn: () => unknown): SyncFailure {
  try {
    fn()
  } catch (error) {
    if (error instanceof SyncFailure) return error
    throw error
  }
  throw new Error('expected a SyncFailure')
}

describe('GET /v1/sync/info', () => {
  it('announces each snapshot part by a bare 64-digit hex SHA-256, nothing around it', () => {
    expect(SyncInfo.safeParse(info()).success).toBe(true)
    expect(SyncInfo.safeParse(info({}, `sha256:${PART_SHA}`)).success).toBe(false)
    expect(SyncInfo.safeParse(info({}, `${PART_SHA}0`)).success).toBe(false)
    expect(SyncInfo.safeParse(info({}, `0${PART_SHA}`)).success).toBe(false)
  })

  it('takes any schema version of the dataset: payloads are stored as received (§4.2)', () => {
    expect(SyncInfo.safeParse(info({ schemaVersion: 2 })).success).toBe(true)
    expect(SyncInfo.safeParse(info({ schemaVersion: 37 })).success).toBe(true)
    expect(SyncInfo.safeParse(info({ schemaVersion: 0 })).success).toBe(false)
  })

  it('a body of the wrong shape is a corrupt answer that names the field at fault', () => {
    const text = JSON.stringify(info({}, 'not-a-digest'))
    const error = caught(() => readChecked({ text, sha256: sha256Hex(text) }, SyncInfo))
    expect(error.fault.kind).toBe('corrupt')
    expect(error.fault.message.code).toBe('sync.fault.shape')
    const params = error.fault.message.params as { path: string; problem: string }
    expect(params.path).toBe('snapshot.parts.0.sha256')
    expect(typeof params.problem).toBe('string')
    expect(params.problem.length).toBeGreaterThan(0)
  })

  it('a body of the right shape is returned as read', () => {
    const text = JSON.stringify(info())
    expect(readChecked({ text, sha256: null }, SyncInfo)).toEqual(info())
  })
})

describe('POST /v1/mutations', () => {
  it('a mutation creates, updates or deletes', () => {
    for (const op of ['create', 'update', 'delete'] as const) {
      expect(
        MutationBatch.safeParse({ clientId: 'ws', mutations: [mutation(1, op)] }).success
      ).toBe(true)
    }
    const odd = { ...mutation(1), op: 'merge' }
    expect(MutationBatch.safeParse({ clientId: 'ws', mutations: [odd] }).success).toBe(false)
  })

  it('a batch carries 1 to 500 mutations', () => {
    const batch = (n: number) => ({
      clientId: 'ws',
      mutations: Array.from({ length: n }, (_, i) => mutation(i + 1))
    })
    expect(MutationBatch.safeParse(batch(0)).success).toBe(false)
    expect(MutationBatch.safeParse(batch(1)).success).toBe(true)
    expect(MutationBatch.safeParse(batch(2)).success).toBe(true)
    expect(MutationBatch.safeParse(batch(500)).success).toBe(true)
    expect(MutationBatch.safeParse(batch(501)).success).toBe(false)
  })

  it('answers each mutation applied, duplicate, conflict or rejected, a rejection with its reason', () => {
    const response = {
      results: [
        { mutationId: 'm1', status: 'applied', rev: 1, seq: 11 },
        { mutationId: 'm2', status: 'duplicate', rev: 1 },
        { mutationId: 'm3', status: 'conflict', rev: 4, record: { id: 'd3' } },
        {
          mutationId: 'm4',
          status: 'rejected',
          error: { code: 'sync.rejected.readOnlyTable', params: { table: 'licences' } }
        }
      ],
      lastClientSeq: 4
    }
    expect(MutationResponse.parse(response)).toEqual(response)
    const unknown = { results: [{ mutationId: 'm1', status: 'ignored' }], lastClientSeq: 1 }
    expect(MutationResponse.safeParse(unknown).success).toBe(false)
  })
})

describe('GET /v1/digest', () => {
  const hash = '00000000000000ff'

  it('numbers buckets 0 to 255', () => {
    expect(DigestBucket.safeParse({ b: 0, count: 0, hash }).success).toBe(true)
    expect(DigestBucket.safeParse({ b: 255, count: 1, hash }).success).toBe(true)
    expect(DigestBucket.safeParse({ b: 256, count: 1, hash }).success).toBe(false)
    expect(DigestBucket.safeParse({ b: 257, count: 1, hash }).success).toBe(false)
  })

  it('writes a bucket hash as exactly 16 lowercase hex digits (a 64-bit sum)', () => {
    expect(DigestBucket.safeParse({ b: 1, count: 1, hash: `0x${hash}` }).success).toBe(false)
    expect(DigestBucket.safeParse({ b: 1, count: 1, hash: `${hash}0` }).success).toBe(false)
    expect(DigestBucket.safeParse({ b: 1, count: 1, hash: `0${hash}` }).success).toBe(false)
    expect(DigestBucket.safeParse({ b: 1, count: 1, hash: hash.slice(1) }).success).toBe(false)
  })
})

describe('the library’s error bodies', () => {
  // What the reference library answers instead of a page (SYNC.md §4.1 410 RESYNC_REQUIRED; the
  // others from src/library: 426 for an old client, 400/404 for a bad request or path, and a
  // reused Idempotency-Key with another batch).
  it.each([
    { code: 'RESYNC_REQUIRED', reason: 'since < retainFromSeq' },
    { code: 'CLIENT_TOO_OLD', reason: 'protocol 0 < 1' },
    { code: 'BAD_REQUEST', reason: 'Idempotency-Key header required' },
    { code: 'NOT_FOUND' },
    { code: 'IDEMPOTENCY_MISMATCH' }
  ])('reads %o as sent', (body) => {
    expect(ProtocolError.parse(body)).toEqual(body)
  })

  it('does not read a code outside the protocol', () => {
    expect(ProtocolError.safeParse({ code: 'TEAPOT' }).success).toBe(false)
    expect(ProtocolError.safeParse({ reason: 'no code' }).success).toBe(false)
  })
})
