import { describe, expect, it } from 'vitest'
import { checkAuditChain, type AuditEntry } from '../../../../src/shared/domain/audit'
import { anchorOf, found, keyedChain, legacyChain, mac, rehashFrom, renumber } from './log-builder'

/** An entry no MAC vouches for: its MAC and the MAC it claims to follow are made up. */
function forgedAfter(entry: AuditEntry, seq: number): AuditEntry {
  return {
    ...entry,
    seq,
    details: { planted: true },
    mac: 'f'.repeat(64),
    prevMac: 'e'.repeat(64)
  }
}

const one = (seq: number) => ({ code: 'audit.chain.range.one', params: { seq } })
const many = (from: number, to: number) => ({
  code: 'audit.chain.range.many',
  params: { from, to }
})

describe('校验完整性: gaps and cut-off ends', () => {
  it('names two separate deletions each on its own, not as one run', async () => {
    const original = await keyedChain(7)
    const log = original.filter((entry) => entry.seq !== 3 && entry.seq !== 5)
    expect(found(await checkAuditChain(log, mac, anchorOf(original)))).toEqual([
      { seq: 3, kind: 'deleted', code: 'audit.chain.deleted', params: { range: one(3) } },
      { seq: 5, kind: 'deleted', code: 'audit.chain.deleted', params: { range: one(5) } }
    ])
  })

  it('truncated right after the first keyed entry, and the whole keyed part cut off an old log', async () => {
    const original = await keyedChain(5)
    expect(found(await checkAuditChain(original.slice(0, 1), mac, anchorOf(original)))).toEqual([
      {
        seq: 2,
        kind: 'truncated',
        code: 'audit.chain.truncated',
        params: { range: many(2, 5), head: 5 }
      }
    ])

    const legacy = await legacyChain(3)
    const log = await keyedChain(3, legacy)
    // Only the entries written before the log was keyed are left: main keyed 4 to 6.
    expect(found(await checkAuditChain(legacy, mac, anchorOf(log, 4)))).toEqual([
      {
        seq: 4,
        kind: 'truncated',
        code: 'audit.chain.truncated',
        params: { range: many(4, 6), head: 6 }
      }
    ])
  })

  it('wiped: the report is not ok, reads no entries and moves no head', async () => {
    const original = await keyedChain(3)
    const head = anchorOf(original, 1, ['b'.repeat(64)])
    expect(await checkAuditChain([], mac, head)).toEqual({
      ok: false,
      problems: [expect.objectContaining({ seq: 1, kind: 'wiped', code: 'audit.chain.wiped' })],
      entries: 0,
      advance: null
    })
  })

  it('a forged entry after a deleted one is inserted: it does not fill the gap before the entry it follows', async () => {
    const original = await keyedChain(6)
    const [e1, e3] = [original[0] as AuditEntry, original[2] as AuditEntry]
    // Entry 2 deleted, a forged one slipped in after entry 3, renumbered and re-hashed from there.
    const log = await rehashFrom(
      [e1, e3, forgedAfter(e3, 0), ...original.slice(3)].map((entry, i) => renumber(entry, i + 1)),
      1
    )
    expect(found(await checkAuditChain(log, mac, anchorOf(original)))).toEqual([
      { seq: 2, kind: 'deleted', code: 'audit.chain.deleted', params: { range: one(2) } },
      { seq: 3, kind: 'inserted', code: 'audit.chain.inserted', params: { seq: 3 } }
    ])
  })
})

describe('校验完整性: an altered entry told from a forged one beside it', () => {
  it('the first entry altered, a forged one slipped in before it, the rest renumbered and re-hashed', async () => {
    const original = await keyedChain(4)
    const first = original[0] as AuditEntry
    const altered = { ...first, seq: 2, details: { index: 55 } }
    const log = await rehashFrom(
      [
        forgedAfter(first, 1),
        altered,
        ...original.slice(1).map((entry) => renumber(entry, entry.seq + 1))
      ],
      0
    )
    // The altered entry is still pointed at by entry 2 (it follows nothing keyed: it is the first).
    expect(found(await checkAuditChain(log, mac, anchorOf(original)))).toEqual([
      { seq: 1, kind: 'inserted', code: 'audit.chain.inserted', params: { seq: 1 } },
      { seq: 2, kind: 'rehashed', code: 'audit.chain.rehashed', params: { seq: 2 } }
    ])
  })

  it('the newest entry altered, a forged one slipped in before it, both re-hashed', async () => {
    const original = await keyedChain(4)
    const newest = original[3] as AuditEntry
    const log = await rehashFrom(
      [
        ...original.slice(0, 3),
        forgedAfter(newest, 4),
        { ...newest, seq: 5, target: 'catalog:other' }
      ],
      3
    )
    // The altered entry still follows entry 3 (nothing follows it: it is the newest).
    expect(found(await checkAuditChain(log, mac, anchorOf(original)))).toEqual([
      { seq: 4, kind: 'inserted', code: 'audit.chain.inserted', params: { seq: 4 } },
      { seq: 5, kind: 'rehashed', code: 'audit.chain.rehashed', params: { seq: 5 } }
    ])
  })

  it('a copy of an earlier entry placed after an altered one does not hide the alteration', async () => {
    const original = await keyedChain(6)
    const altered = { ...(original[3] as AuditEntry), details: { index: 44 } }
    const log = await rehashFrom(
      [
        ...original.slice(0, 3),
        altered,
        renumber(original[1] as AuditEntry, 5),
        ...original.slice(4).map((entry) => renumber(entry, entry.seq + 1))
      ],
      3
    )
    expect(found(await checkAuditChain(log, mac, anchorOf(original)))).toEqual([
      { seq: 4, kind: 'rehashed', code: 'audit.chain.rehashed', params: { seq: 4 } },
      { seq: 5, kind: 'inserted', code: 'audit.chain.copied', params: { seq: 5, original: 2 } }
    ])
  })
})

describe('校验完整性: the pending entry', () => {
  it('does not move the head to the pending place when the entry there was altered', async () => {
    const entries = await keyedChain(4)
    const head = anchorOf(entries.slice(0, 3), 1, [entries[3]?.mac as string])
    const log = await rehashFrom(
      [...entries.slice(0, 3), { ...(entries[3] as AuditEntry), target: 'catalog:other' }],
      3
    )
    const report = await checkAuditChain(log, mac, head)
    expect(report.ok).toBe(false)
    expect(report.advance).toBeNull()
    // Main's head is entry 3: nothing is missing, and no MAC vouches for what is at 4.
    expect(found(report)).toEqual([
      { seq: 4, kind: 'inserted', code: 'audit.chain.inserted', params: { seq: 4 } }
    ])
  })
})

describe('校验完整性: the link between the unkeyed entries and the first keyed one', () => {
  it('holds when the first keyed entry was moved: only the move is named', async () => {
    const legacy = await legacyChain(3)
    const log = await keyedChain(3, legacy)
    const [k4, k5] = [log[3] as AuditEntry, log[4] as AuditEntry]
    const swapped = await rehashFrom(
      [...legacy, renumber(k5, 4), renumber(k4, 5), log[5] as AuditEntry],
      3
    )
    expect(found(await checkAuditChain(swapped, mac, anchorOf(log, 4)))).toEqual([
      { seq: 5, kind: 'reordered', code: 'audit.chain.reordered', params: { seq: 5, original: 4 } }
    ])
  })

  it('is not judged against another entry when the first keyed one was deleted', async () => {
    const legacy = await legacyChain(3)
    const log = await keyedChain(3, legacy)
    expect(
      found(
        await checkAuditChain(
          log.filter((entry) => entry.seq !== 4),
          mac,
          anchorOf(log, 4)
        )
      )
    ).toEqual([{ seq: 4, kind: 'deleted', code: 'audit.chain.deleted', params: { range: one(4) } }])
  })
})
