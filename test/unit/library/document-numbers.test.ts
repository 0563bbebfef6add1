/**
 * 发文字号 (GB/T 9704-2012 §7.2.4) are handed out by the library, in the transaction of the batch
 * that issues the notice, so two workstations never take the same number. Expected numbers are
 * written out by hand, not computed by the code under test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  MutationResponse,
  type MutationBatch,
  type MutationResult
} from '../../../src/shared/domain/sync/protocol'
import { mutation, postMutations, startLibrary, type RunningLibrary } from './support'

let library: RunningLibrary

beforeAll(async () => {
  library = await startLibrary()
})
afterAll(() => library.close())

async function push(batch: MutationBatch, key: string): Promise<MutationResult[]> {
  const answer = await postMutations(library.url, batch, key)
  expect(answer.status, answer.text).toBe(200)
  return MutationResponse.parse(answer.json()).results
}

describe('发文字号 are the library’s to give', () => {
  const notice = (id: string, issuedOn: string | null, extra: Record<string, unknown> = {}) =>
    mutation({ table: 'notices', id, payload: { documentNumber: null, issuedOn, ...extra } })
  const numbers = (results: MutationResult[]) =>
    results.map((result) => (result.record as { documentNumber: string | null }).documentNumber)

  it('two workstations issuing at once get distinct, consecutive numbers', async () => {
    const [a, b] = await Promise.all([
      push(
        {
          clientId: 'ws-a',
          mutations: [notice('n-a1', '2026-03-02'), notice('n-a2', '2026-03-02')]
        },
        'k-na'
      ),
      push(
        {
          clientId: 'ws-b',
          mutations: [notice('n-b1', '2026-03-03'), notice('n-b2', '2026-03-03')]
        },
        'k-nb'
      )
    ])
    const issued = [...numbers(a!), ...numbers(b!)]
    expect([...issued].sort()).toEqual(
      ['许数管〔2026〕1号', '许数管〔2026〕2号', '许数管〔2026〕3号', '许数管〔2026〕4号'].sort()
    )
    // Within one batch the numbers follow each other.
    expect([numbers(a!), numbers(b!)]).toContainEqual(['许数管〔2026〕1号', '许数管〔2026〕2号'])
    expect(library.store.get('notices', 'n-a1')!.data.documentNumber).toBe(numbers(a!)[0])
  })

  it('counts each year and each pattern apart, numbers a draft when it is issued, and leaves drafts alone', async () => {
    const results = await push(
      {
        clientId: 'ws-a',
        mutations: [
          notice('n-c1', '2027-01-04'),
          notice('n-c2', '2026-12-30', { numberPattern: '许数管函〔{year}〕{seq}号' }),
          notice('n-c3', null),
          mutation({
            table: 'circulars',
            id: 'c-1',
            payload: { documentNumber: null, issuedOn: '2026-05-06' }
          })
        ]
      },
      'k-nc'
    )
    expect(numbers(results)).toEqual([
      '许数管〔2027〕1号',
      '许数管函〔2026〕1号',
      null,
      '许数管〔2026〕5号'
    ])
    const [issued] = await push(
      {
        clientId: 'ws-a',
        mutations: [
          mutation({
            table: 'notices',
            op: 'update',
            id: 'n-c3',
            baseRev: 1,
            payload: { issuedOn: '2026-06-01' }
          })
        ]
      },
      'k-nc3'
    )
    expect(numbers([issued!])).toEqual(['许数管〔2026〕6号'])
  })

  it('rejects a pattern that cannot make a lawful number, with the notice-number code', async () => {
    const [bad] = await push(
      {
        clientId: 'ws-a',
        mutations: [notice('n-bad', '2026-07-01', { numberPattern: '许数管[{year}]{seq}号' })]
      },
      'k-nbad'
    )
    expect(bad).toMatchObject({
      status: 'rejected',
      error: { code: 'compliance.noticeNumber.brackets' }
    })
    expect(library.store.get('notices', 'n-bad')).toBeNull()
    const [next] = await push(
      { clientId: 'ws-a', mutations: [notice('n-after', '2026-07-01')] },
      'k-nafter'
    )
    expect(numbers([next!])).toEqual(['许数管〔2026〕7号'])
  })
})
