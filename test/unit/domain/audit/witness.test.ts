import { describe, expect, it } from 'vitest'
import { checkWitnessedHeads, type WitnessedAuditHead } from '../../../../src/shared/domain/audit'

/**
 * The log held against the heads the library witnessed: each witnessed place must still hold the
 * entry the library was told of, whatever main's own chain says.
 */
const hex = (c: string) => c.repeat(64)
const head = (seq: number, hash: string, mac: string | null): WitnessedAuditHead => ({
  seq,
  hash,
  mac,
  anchoredAt: `2026-12-0${seq % 9}T02:00:00.000Z`
})
const log = (entries: [number, string, string | undefined][]) =>
  new Map(entries.map(([seq, hash, mac]) => [seq, mac === undefined ? { hash } : { hash, mac }]))

describe('checkWitnessedHeads', () => {
  it('finds nothing when every witnessed entry is still in place, keyed or not', () => {
    const entries = log([
      [3, hex('a'), hex('b')],
      [7, hex('c'), undefined]
    ])
    expect(
      checkWitnessedHeads([head(3, hex('a'), hex('b')), head(7, hex('c'), null)], entries, 9)
    ).toEqual([])
  })

  it('names an entry whose hash or keyed code changed, with when the library witnessed it', () => {
    const entries = log([
      [3, hex('a'), hex('b')],
      [5, hex('d'), hex('e')],
      [7, hex('c'), undefined]
    ])
    const problems = checkWitnessedHeads(
      [head(7, hex('c'), hex('f')), head(5, hex('d'), hex('0')), head(3, hex('1'), hex('b'))],
      entries,
      7
    )
    expect(problems).toEqual([
      {
        seq: 3,
        kind: 'edited',
        code: 'audit.chain.witness.changed',
        params: { seq: 3, at: { instant: '2026-12-03T02:00:00.000Z' } }
      },
      expect.objectContaining({ seq: 5, kind: 'edited', code: 'audit.chain.witness.changed' }),
      expect.objectContaining({ seq: 7, kind: 'edited', code: 'audit.chain.witness.changed' })
    ])
  })

  it('tells an entry deleted from the middle from a log cut short before the witnessed head', () => {
    const entries = log([[2, hex('a'), hex('b')]])
    expect(
      checkWitnessedHeads([head(4, hex('c'), hex('d')), head(1, hex('e'), hex('f'))], entries, 2)
    ).toEqual([
      {
        seq: 1,
        kind: 'deleted',
        code: 'audit.chain.witness.missing',
        params: { seq: 1, at: { instant: '2026-12-01T02:00:00.000Z' } }
      },
      expect.objectContaining({ seq: 4, kind: 'truncated', code: 'audit.chain.witness.missing' })
    ])
    expect(checkWitnessedHeads([head(2, hex('c'), null)], new Map(), 2)).toEqual([
      expect.objectContaining({ seq: 2, kind: 'deleted' })
    ])
  })
})
