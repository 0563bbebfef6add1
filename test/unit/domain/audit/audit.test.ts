import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createCliWords } from '../../../../src/cli/i18n'
import {
  appendAuditEntry,
  canonicalJson,
  computeAuditHash,
  GENESIS_HASH,
  verifyAuditChain,
  type AuditEntry
} from '../../../../src/shared/domain/audit'

async function chainOf(length: number): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = []
  for (let i = 0; i < length; i++) {
    const prev = entries.at(-1) ?? null
    const input = {
      actor: 'auditor-1',
      action: 'catalog.update',
      target: `catalog:cat-${i}`,
      details: { fields: ['baseMap'], index: i, note: { zh: '更新底图' } }
    }
    entries.push(await appendAuditEntry(prev, input, `2026-03-0${1 + (i % 9)}T08:00:00.000Z`))
  }
  return entries
}

const kinds = (verdict: Awaited<ReturnType<typeof verifyAuditChain>>) =>
  verdict.ok ? [] : verdict.problems.map(({ seq, kind }) => ({ seq, kind }))

/** What the problems say: their codes and parameters. */
const said = (verdict: Awaited<ReturnType<typeof verifyAuditChain>>) =>
  verdict.ok ? [] : verdict.problems.map(({ code, params }) => ({ code, params }))

const zh = createCliWords('zh-CN')
const en = createCliWords('en')

describe('canonicalJson', () => {
  it('sorts keys recursively, keeps array order and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' }, u: undefined })).toBe(
      '{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}'
    )
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }))
  })
})

describe('appendAuditEntry', () => {
  it('starts at seq 1 on the genesis hash, hashing the canonical JSON with SHA-256', async () => {
    const first = await appendAuditEntry(
      null,
      { actor: 'admin', action: 'privacy.unmask', target: 'licence:1', details: { b: 2, a: 1 } },
      new Date('2026-03-01T08:00:00Z')
    )
    const zeros = '0000000000000000000000000000000000000000000000000000000000000000'
    const canonical =
      '{"action":"privacy.unmask","actor":"admin","at":"2026-03-01T08:00:00.000Z","details":{"a":1,"b":2},' +
      `"prevHash":"${zeros}","seq":1,"target":"licence:1"}`
    expect(GENESIS_HASH).toBe(zeros)
    expect(first).toMatchObject({ seq: 1, prevHash: zeros })
    expect(first.hash).toBe(createHash('sha256').update(canonical).digest('hex'))
  })

  it('links each entry to the previous one', async () => {
    const [first, second] = await chainOf(2)
    expect(second).toMatchObject({ seq: 2, prevHash: first?.hash })
  })

  it('throws on input that would not survive storage unchanged', async () => {
    const input = { actor: 'a', action: 'catalog.update', target: 't', details: {} }
    await expect(
      appendAuditEntry(null, { ...input, action: 'update' }, new Date())
    ).rejects.toThrow()
    await expect(
      appendAuditEntry(null, { ...input, details: { n: Number.NaN } }, new Date())
    ).rejects.toThrow()
  })
})

describe('verifyAuditChain', () => {
  it('accepts an intact chain, also after a JSON round trip that reorders keys', async () => {
    const entries = await chainOf(5)
    expect(await verifyAuditChain(entries)).toEqual({ ok: true })
    const reKeyed = entries.map((entry) => {
      const { details, ...rest } = entry
      return { details: Object.fromEntries(Object.entries(details).reverse()), ...rest }
    })
    expect(await verifyAuditChain(JSON.parse(JSON.stringify(reKeyed)))).toEqual({ ok: true })
    const last = entries.at(-1) as AuditEntry
    expect(await verifyAuditChain(entries, { expectedHead: { seq: 5, hash: last.hash } })).toEqual({
      ok: true
    })
    expect(await verifyAuditChain([])).toEqual({ ok: true })
  })

  it('finds an edited entry', async () => {
    const entries = await chainOf(5)
    entries[2] = { ...(entries[2] as AuditEntry), actor: 'someone-else' }
    expect(kinds(await verifyAuditChain(entries))).toEqual([{ seq: 3, kind: 'edited' }])
  })

  it('finds an entry edited and re-hashed by the broken link to the next one', async () => {
    const entries = await chainOf(5)
    const edited = { ...(entries[2] as AuditEntry), details: { index: 99 } }
    entries[2] = { ...edited, hash: await computeAuditHash(edited) }
    const verdict = await verifyAuditChain(entries)
    expect(kinds(verdict)).toEqual([{ seq: 4, kind: 'deleted' }])
    expect(said(verdict)).toEqual([{ code: 'audit.chain.linkBroken', params: { seq: 4, prev: 3 } }])
  })

  it('finds reordered entries without reporting them as deleted', async () => {
    const entries = await chainOf(5)
    const swapped = [entries[0], entries[1], entries[3], entries[2], entries[4]] as AuditEntry[]
    expect(kinds(await verifyAuditChain(swapped))).toEqual([{ seq: 3, kind: 'reordered' }])
  })

  it('finds a deleted entry in the middle and at the start', async () => {
    const entries = await chainOf(6)
    const withoutMiddle = entries.filter((entry) => entry.seq !== 3 && entry.seq !== 4)
    const verdict = await verifyAuditChain(withoutMiddle)
    expect(kinds(verdict)).toEqual([{ seq: 3, kind: 'deleted' }])
    expect(said(verdict)).toEqual([
      {
        code: 'audit.chain.missing',
        params: { range: { code: 'audit.chain.range.many', params: { from: 3, to: 4 } } }
      }
    ])
    expect(kinds(await verifyAuditChain(entries.slice(1)))).toEqual([{ seq: 1, kind: 'deleted' }])
    // The first entry dropped and the rest renumbered and re-hashed: the genesis link gives it away.
    const renumbered: AuditEntry[] = []
    for (const entry of entries.slice(1)) {
      const fields = { ...entry, seq: entry.seq - 1 }
      renumbered.push({ ...fields, hash: await computeAuditHash(fields) })
    }
    expect(kinds(await verifyAuditChain(renumbered))).toContainEqual({ seq: 1, kind: 'deleted' })
  })

  it('finds deleted newest entries only when given the expected head', async () => {
    const entries = await chainOf(5)
    const head = { seq: 5, hash: (entries.at(-1) as AuditEntry).hash }
    const truncated = entries.slice(0, 3)
    expect(await verifyAuditChain(truncated)).toEqual({ ok: true })
    const verdict = await verifyAuditChain(truncated, { expectedHead: head })
    expect(kinds(verdict)).toEqual([{ seq: 4, kind: 'deleted' }])
    expect(said(verdict)).toEqual([
      {
        code: 'audit.chain.tailMissing',
        params: {
          range: { code: 'audit.chain.range.many', params: { from: 4, to: 5 } },
          head: 5
        }
      }
    ])
    expect(kinds(await verifyAuditChain([], { expectedHead: head }))).toEqual([
      { seq: 1, kind: 'deleted' }
    ])
  })

  it('accepts entries appended after the recorded head, but not a rewritten head', async () => {
    const entries = await chainOf(5)
    const oldHead = { seq: 3, hash: (entries[2] as AuditEntry).hash }
    expect(await verifyAuditChain(entries, { expectedHead: oldHead })).toEqual({ ok: true })
    const rewritten = await chainOf(3)
    const forged = await appendAuditEntry(
      rewritten[2] as AuditEntry,
      { actor: 'x', action: 'catalog.delete', target: 't', details: {} },
      '2026-03-09T00:00:00Z'
    )
    const head = { seq: 4, hash: (entries[3] as AuditEntry).hash }
    expect(kinds(await verifyAuditChain([...rewritten, forged], { expectedHead: head }))).toEqual([
      { seq: 4, kind: 'edited' }
    ])
  })

  it('finds an inserted entry that reuses a seq, keeping the one the chain links to', async () => {
    const entries = await chainOf(5)
    const forged = await appendAuditEntry(
      entries[1] as AuditEntry,
      { actor: 'intruder', action: 'licence.update', target: 'licence:9', details: {} },
      '2026-03-03T09:00:00Z'
    )
    const withForged = [...entries.slice(0, 2), forged, ...entries.slice(2)]
    const verdict = await verifyAuditChain(withForged)
    expect(kinds(verdict)).toEqual([{ seq: 3, kind: 'inserted' }])
  })

  it('says what it found in words an auditor reads', async () => {
    const entries = await chainOf(6)
    const messages = async (log: AuditEntry[], head?: { seq: number; hash: string }) => {
      const verdict = await verifyAuditChain(log, head ? { expectedHead: head } : {})
      return verdict.ok ? [] : verdict.problems.map((problem) => zh.say(problem))
    }
    const codes = async (log: AuditEntry[], head?: { seq: number; hash: string }) =>
      said(await verifyAuditChain(log, head ? { expectedHead: head } : {}))
    const [e1, e2, e3, e4, e5, e6] = entries as [
      AuditEntry,
      AuditEntry,
      AuditEntry,
      AuditEntry,
      AuditEntry,
      AuditEntry
    ]
    expect(await messages([e1, e2, e4, e5, e6])).toEqual(['第3条记录缺失，已被删除'])
    expect(await codes([e1, e2, e4, e5, e6])).toEqual([
      {
        code: 'audit.chain.missing',
        params: { range: { code: 'audit.chain.range.one', params: { seq: 3 } } }
      }
    ])
    expect(await messages([e1, e3, e2, e4, e5, e6])).toEqual(['第2条记录排在第3条之后，顺序被调换'])
    expect(await codes([e1, e3, e2, e4, e5, e6])).toEqual([
      { code: 'audit.chain.reordered', params: { seq: 2, before: 3 } }
    ])
    expect(await messages([e1, e2, { ...e3, actor: 'x' }, e4, e5, e6])).toEqual([
      '第3条的内容与其哈希不符，记录被改动'
    ])
    expect(await codes([e1, e2, { ...e3, actor: 'x' }, e4, e5, e6])).toEqual([
      { code: 'audit.chain.edited', params: { seq: 3 } }
    ])
    expect(await messages([e2, e3, e4, e5, e6])).toEqual(['第1条记录缺失，已被删除'])
    expect(await messages([e1, e2, e3, e4], { seq: 6, hash: e6.hash })).toEqual([
      '末尾第5–6条记录缺失（已记录的链头为第6条）'
    ])
    expect(await messages([e1, e2, e3, e4, e5], { seq: 6, hash: e6.hash })).toEqual([
      '末尾第6条记录缺失（已记录的链头为第6条）'
    ])
    expect(await messages(entries, { seq: 6, hash: e5.hash })).toEqual([
      '第6条的哈希与已记录的链头不符，日志被改写'
    ])
    expect(await codes(entries, { seq: 6, hash: e5.hash })).toEqual([
      { code: 'audit.chain.headMismatch', params: { seq: 6 } }
    ])
    const twice = await appendAuditEntry(
      e2,
      { actor: 'intruder', action: 'licence.update', target: 'licence:9', details: {} },
      '2026-03-03T09:00:00Z'
    )
    const thrice = { ...twice, target: 'licence:10' }
    expect(await messages([e1, e2, twice, thrice, e3, e4, e5, e6])).toEqual([
      '第3条有3条记录，多出的2条是插入的'
    ])
    expect(await codes([e1, e2, twice, thrice, e3, e4, e5, e6])).toEqual([
      { code: 'audit.chain.inserted', params: { seq: 3, count: 3, extra: 2 } }
    ])
    const renumbered: AuditEntry[] = []
    for (const entry of entries.slice(1)) {
      const fields = { ...entry, seq: entry.seq - 1 }
      renumbered.push({ ...fields, hash: await computeAuditHash(fields) })
    }
    expect(await messages(renumbered)).toContain(
      '第1条记录的前序哈希不是起始值：日志开头有记录被删除'
    )
    expect(await codes(renumbered)).toContainEqual({
      code: 'audit.chain.startDeleted',
      params: { seq: 1 }
    })
    const relinked = [e1, e2, { ...e3, details: { index: 99 } }, e4, e5, e6]
    relinked[2] = { ...relinked[2]!, hash: await computeAuditHash(relinked[2]!) }
    expect(await messages(relinked)).toEqual([
      '第4条记录的前序哈希与第3条不符：两者之间有记录被删除，或第3条被改动后重新计算了哈希'
    ])
    const verdict = await verifyAuditChain([e1, e2, e4, e5], {
      expectedHead: { seq: 6, hash: e6.hash }
    })
    expect(verdict.ok ? [] : verdict.problems.map((problem) => en.say(problem))).toEqual([
      'Entry 3 missing: deleted',
      'Entry 6 at the end missing (the recorded head is entry 6)'
    ])
  })

  it('keeps the intact entry the chain links to when an edited copy shares its seq', async () => {
    const entries = await chainOf(5)
    const real = entries[2] as AuditEntry
    // A copy edited in place: its hash field still claims to be the real one's.
    const editedCopy = { ...real, actor: 'someone-else' }
    const log = [...entries.slice(0, 2), editedCopy, ...entries.slice(2)]
    expect(kinds(await verifyAuditChain(log))).toEqual([{ seq: 3, kind: 'inserted' }])
  })

  it('accepts a recorded head when one of the entries sharing its seq is the head', async () => {
    const entries = await chainOf(4)
    const last = entries[3] as AuditEntry
    const forged = await appendAuditEntry(
      entries[2] as AuditEntry,
      { actor: 'intruder', action: 'licence.update', target: 'licence:9', details: {} },
      '2026-03-05T09:00:00Z'
    )
    const verdict = await verifyAuditChain([...entries, forged], {
      expectedHead: { seq: 4, hash: last.hash }
    })
    expect(kinds(verdict)).toEqual([{ seq: 4, kind: 'inserted' }])
  })

  it('does not report the tail as deleted when the recorded head’s seq is missing from the middle', async () => {
    const entries = await chainOf(5)
    const head = { seq: 3, hash: (entries[2] as AuditEntry).hash }
    const withoutThird = entries.filter((entry) => entry.seq !== 3)
    expect(kinds(await verifyAuditChain(withoutThird, { expectedHead: head }))).toEqual([
      { seq: 3, kind: 'deleted' }
    ])
  })

  it('at the newest seq, keeps the entry that links back over an intact one that does not', async () => {
    const entries = await chainOf(5)
    const fields = { ...(entries[4] as AuditEntry), actor: 'intruder', prevHash: GENESIS_HASH }
    const unlinked = { ...fields, hash: await computeAuditHash(fields) }
    const log = [...entries.slice(0, 4), unlinked, entries[4] as AuditEntry]
    expect(kinds(await verifyAuditChain(log))).toEqual([{ seq: 5, kind: 'inserted' }])
  })
})
