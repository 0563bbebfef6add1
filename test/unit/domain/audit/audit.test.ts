import { createHash, createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createCliWords } from '../../../../src/cli/i18n'
import {
  AUDIT_ACTIONS,
  auditMacInput,
  auditSealRequest,
  canonicalJson,
  checkAuditChain,
  computeAuditHash,
  createAuditChainCheck,
  createAuditMac,
  GENESIS_HASH,
  GENESIS_MAC,
  isAuditActionCode,
  sealedAuditEntry,
  UNIDENTIFIED_ACTOR,
  type AuditEntry
} from '../../../../src/shared/domain/audit'
import {
  anchorOf,
  found,
  KEY,
  keyedChain,
  legacyChain,
  mac,
  rehash,
  rehashFrom,
  renumber
} from './log-builder'

const zeros = '0'.repeat(64)

describe('canonicalJson', () => {
  it('sorts keys recursively, keeps array order and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' }, u: undefined })).toBe(
      '{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}'
    )
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }))
    expect(canonicalJson([1, undefined])).toBe('[1,null]')
  })
})

describe('audit actions', () => {
  it('lists what main records of operator changes beside the trust store, and knows an old action from a listed one', () => {
    expect(AUDIT_ACTIONS.slice(-11)).toEqual([
      'seals.trustStore.import',
      'seals.trustStore.remove',
      'operators.setup',
      'operators.create',
      'operators.update',
      'operators.setEnabled',
      'operators.resetPassword',
      'operators.changePassword',
      'sync.configure',
      'documents.issue',
      'documents.seal.configure'
    ])
    expect(isAuditActionCode('operators.create')).toBe(true)
    expect(isAuditActionCode('sync.run')).toBe(true)
    expect(isAuditActionCode('sync.resync')).toBe(true)
    expect(isAuditActionCode('operators.delete')).toBe(false)
  })
})

describe('the keyed entry', () => {
  it('is HMAC-SHA-256 over the canonical JSON of seq, time, actor, action, target, details and the previous MAC', async () => {
    const request = auditSealRequest(null, {
      actor: '李四 [administrator]',
      action: 'privacy.unmask',
      target: 'licence:1',
      details: { b: 2, a: 1 }
    })
    expect(request).toEqual({
      seq: 1,
      actor: '李四 [administrator]',
      action: 'privacy.unmask',
      target: 'licence:1',
      details: { b: 2, a: 1 },
      prevMac: zeros
    })
    expect(GENESIS_MAC).toBe(zeros)
    expect(GENESIS_HASH).toBe(zeros)
    const at = '2026-03-01T08:00:00.000Z'
    const canonical =
      '{"action":"privacy.unmask","actor":"李四 [administrator]","at":"2026-03-01T08:00:00.000Z",' +
      `"details":{"a":1,"b":2},"prevMac":"${zeros}","seq":1,"target":"licence:1"}`
    expect(auditMacInput({ ...request, at })).toBe(canonical)
    const expected = createHmac('sha256', Buffer.from(KEY)).update(canonical).digest('hex')
    expect(await mac({ ...request, at })).toBe(expected)

    const entry = await sealedAuditEntry(null, request, {
      at,
      actor: '李四 [administrator]',
      mac: expected
    })
    const plain =
      '{"action":"privacy.unmask","actor":"李四 [administrator]","at":"2026-03-01T08:00:00.000Z",' +
      `"details":{"a":1,"b":2},"prevHash":"${zeros}","seq":1,"target":"licence:1"}`
    expect(entry).toEqual({
      seq: 1,
      at,
      actor: '李四 [administrator]',
      action: 'privacy.unmask',
      target: 'licence:1',
      details: { b: 2, a: 1 },
      prevHash: zeros,
      hash: createHash('sha256').update(plain).digest('hex'),
      prevMac: zeros,
      mac: expected
    })
  })

  it('links each entry to the previous MAC and hash; the first after unkeyed ones to the last hash', async () => {
    const [first, second] = await keyedChain(2)
    expect(second?.seq).toBe(2)
    expect(second?.prevMac).toBe(first?.mac)
    expect(second?.prevHash).toBe(first?.hash)
    const legacy = await legacyChain(2)
    const next = auditSealRequest(legacy[1] as AuditEntry, {
      actor: 'a',
      action: 'licence.put',
      target: 'x',
      details: {}
    })
    expect(next).toMatchObject({ seq: 3, prevMac: legacy[1]?.hash })
  })

  it('refuses input that would not survive storage unchanged, and a time that is no instant', async () => {
    expect(() =>
      auditSealRequest(null, { actor: '', action: 'licence.put', target: 'x', details: {} })
    ).toThrow()
    expect(() =>
      auditSealRequest(null, { actor: 'a', action: 'Licence', target: 'x', details: {} })
    ).toThrow()
    const request = auditSealRequest(null, {
      actor: 'a',
      action: 'licence.put',
      target: 'x',
      details: {}
    })
    await expect(
      sealedAuditEntry(null, request, { at: 'yesterday', actor: 'a', mac: zeros })
    ).rejects.toThrow()
  })

  it('names main’s own entries for an unknown caller with a fixed, stored marker', () => {
    expect(UNIDENTIFIED_ACTOR).toBe('(unidentified)')
  })

  it('differs with another key', async () => {
    const request = auditSealRequest(null, {
      actor: 'a',
      action: 'licence.put',
      target: 'x',
      details: {}
    })
    const fields = { ...request, at: '2026-03-01T08:00:00.000Z' }
    expect(await createAuditMac(new Uint8Array(32).fill(1))(fields)).not.toBe(await mac(fields))
  })
})

describe('校验完整性: each kind of tampering is found and named', () => {
  it('accepts an intact log, also after a JSON round trip that reorders keys, fed page by page', async () => {
    const entries = await keyedChain(7)
    const check = createAuditChainCheck(mac, anchorOf(entries))
    await check.add(JSON.parse(JSON.stringify(entries.slice(0, 3))) as AuditEntry[])
    await check.add(entries.slice(3).map((entry) => ({ ...entry, details: { ...entry.details } })))
    expect(await check.finish()).toEqual({ ok: true, problems: [], entries: 7, advance: null })
    expect(
      await checkAuditChain([], mac, { count: 0, mac: GENESIS_MAC, keyedFrom: null, pending: [] })
    ).toEqual({
      ok: true,
      problems: [],
      entries: 0,
      advance: null
    })
  })

  it('edited: an entry changed, its hash left as it was', async () => {
    const entries = await keyedChain(5)
    entries[2] = { ...(entries[2] as AuditEntry), actor: '他人' }
    const report = await checkAuditChain(entries, mac, anchorOf(await keyedChain(5)))
    expect(report.ok).toBe(false)
    expect(found(report)).toEqual([
      { seq: 3, kind: 'edited', code: 'audit.chain.edited', params: { seq: 3 } }
    ])
  })

  it('rehashed: a forged entry with every plain hash recomputed still fails its MAC', async () => {
    const original = await keyedChain(5)
    const forged = [...original]
    forged[1] = { ...(forged[1] as AuditEntry), details: { index: 99 } }
    const rewritten = await rehashFrom(forged, 1)
    // The plain chain is perfect again: only the key tells.
    for (const [i, entry] of rewritten.entries()) {
      expect(await computeAuditHash(entry)).toBe(entry.hash)
      expect(entry.prevHash).toBe(i === 0 ? GENESIS_HASH : rewritten[i - 1]?.hash)
    }
    expect(found(await checkAuditChain(rewritten, mac, anchorOf(original)))).toEqual([
      { seq: 2, kind: 'rehashed', code: 'audit.chain.rehashed', params: { seq: 2 } }
    ])
  })

  it('rehashed at the newest entry, whose MAC is also main’s head', async () => {
    const original = await keyedChain(3)
    const forged = [...original]
    forged[2] = { ...(forged[2] as AuditEntry), target: 'catalog:other' }
    expect(
      found(await checkAuditChain(await rehashFrom(forged, 2), mac, anchorOf(original)))
    ).toEqual([{ seq: 3, kind: 'rehashed', code: 'audit.chain.rehashed', params: { seq: 3 } }])
  })

  it('reordered: two entries swapped and renumbered, plain hashes recomputed', async () => {
    const original = await keyedChain(6)
    const [a, b] = [original[2] as AuditEntry, original[3] as AuditEntry]
    const swapped = [...original.slice(0, 2), renumber(b, 3), renumber(a, 4), ...original.slice(4)]
    expect(
      found(await checkAuditChain(await rehashFrom(swapped, 2), mac, anchorOf(original)))
    ).toEqual([
      { seq: 4, kind: 'reordered', code: 'audit.chain.reordered', params: { seq: 4, original: 3 } }
    ])
  })

  it('deleted: an entry removed from the middle, the rest left or renumbered and re-hashed', async () => {
    const original = await keyedChain(6)
    const gap = original.filter((entry) => entry.seq !== 3)
    const said = [
      {
        seq: 3,
        kind: 'deleted',
        code: 'audit.chain.deleted',
        params: { range: { code: 'audit.chain.range.one', params: { seq: 3 } } }
      }
    ]
    expect(found(await checkAuditChain(gap, mac, anchorOf(original)))).toEqual(said)
    const renumbered = await rehashFrom(
      gap.map((entry, i) => renumber(entry, i + 1)),
      2
    )
    expect(found(await checkAuditChain(renumbered, mac, anchorOf(original)))).toEqual(said)
  })

  it('deleted: a run removed and the rest renumbered, and the first entries removed', async () => {
    const original = await keyedChain(10)
    const renumbered = await rehashFrom(
      [...original.slice(0, 2), ...original.slice(7)].map((entry, i) => renumber(entry, i + 1)),
      2
    )
    expect(found(await checkAuditChain(renumbered, mac, anchorOf(original)))).toEqual([
      {
        seq: 3,
        kind: 'deleted',
        code: 'audit.chain.deleted',
        params: { range: { code: 'audit.chain.range.many', params: { from: 3, to: 7 } } }
      }
    ])
    expect(found(await checkAuditChain(original.slice(2), mac, anchorOf(original)))).toEqual([
      {
        seq: 1,
        kind: 'deleted',
        code: 'audit.chain.deleted',
        params: { range: { code: 'audit.chain.range.many', params: { from: 1, to: 2 } } }
      }
    ])
  })

  it('truncated: the newest entries removed, told from main’s head', async () => {
    const original = await keyedChain(6)
    expect(found(await checkAuditChain(original.slice(0, 4), mac, anchorOf(original)))).toEqual([
      {
        seq: 5,
        kind: 'truncated',
        code: 'audit.chain.truncated',
        params: { range: { code: 'audit.chain.range.many', params: { from: 5, to: 6 } }, head: 6 }
      }
    ])
    expect(found(await checkAuditChain(original.slice(0, 5), mac, anchorOf(original)))).toEqual([
      {
        seq: 6,
        kind: 'truncated',
        code: 'audit.chain.truncated',
        params: { range: { code: 'audit.chain.range.one', params: { seq: 6 } }, head: 6 }
      }
    ])
  })

  it('inserted: a forged entry slipped in and the rest renumbered, or added after the newest', async () => {
    const original = await keyedChain(4)
    const forged = {
      ...(original[1] as AuditEntry),
      seq: 3,
      details: { planted: true },
      mac: 'f'.repeat(64),
      prevMac: 'e'.repeat(64)
    }
    const inserted = await rehashFrom(
      [...original.slice(0, 2), forged, ...original.slice(2).map((e) => renumber(e, e.seq + 1))],
      2
    )
    expect(found(await checkAuditChain(inserted, mac, anchorOf(original)))).toEqual([
      { seq: 3, kind: 'inserted', code: 'audit.chain.inserted', params: { seq: 3 } }
    ])
    const appended = await rehashFrom([...original, { ...forged, seq: 5 }], 4)
    expect(found(await checkAuditChain(appended, mac, anchorOf(original)))).toEqual([
      { seq: 5, kind: 'inserted', code: 'audit.chain.inserted', params: { seq: 5 } }
    ])
  })

  it('inserted: a copy of a genuine entry, and a genuine entry beyond main’s head', async () => {
    const original = await keyedChain(4)
    const copied = await rehashFrom(
      [
        ...original.slice(0, 3),
        renumber(original[1] as AuditEntry, 4),
        renumber(original[3] as AuditEntry, 5)
      ],
      3
    )
    expect(found(await checkAuditChain(copied, mac, anchorOf(original)))).toEqual([
      { seq: 4, kind: 'inserted', code: 'audit.chain.copied', params: { seq: 4, original: 2 } }
    ])
    const longer = await keyedChain(6)
    // Main's head says 4: a head file rolled back, or entries keyed with a copied key.
    expect(found(await checkAuditChain(longer.slice(0, 5), mac, anchorOf(original)))).toEqual([
      { seq: 5, kind: 'inserted', code: 'audit.chain.beyondHead', params: { seq: 5, head: 4 } }
    ])
  })

  it('reordered at the start: the first two entries swapped', async () => {
    const original = await keyedChain(3)
    const swapped = await rehashFrom(
      [
        renumber(original[1] as AuditEntry, 1),
        renumber(original[0] as AuditEntry, 2),
        original[2] as AuditEntry
      ],
      0
    )
    expect(found(await checkAuditChain(swapped, mac, anchorOf(original)))).toEqual([
      { seq: 2, kind: 'reordered', code: 'audit.chain.reordered', params: { seq: 2, original: 1 } }
    ])
  })

  it('reordered far: an entry moved to the end, to the front, and the first one moved last', async () => {
    const moved = async (length: number, from: number, to: number) => {
      const original = await keyedChain(length)
      const order = original.filter((entry) => entry.seq !== from)
      order.splice(to - 1, 0, original[from - 1] as AuditEntry)
      const log = await rehashFrom(
        order.map((entry, i) => renumber(entry, i + 1)),
        0
      )
      return found(await checkAuditChain(log, mac, anchorOf(original))).map((p) => [
        p.seq,
        p.kind,
        p.params
      ])
    }
    expect(await moved(6, 2, 6)).toEqual([[6, 'reordered', { seq: 6, original: 2 }]])
    expect(await moved(8, 4, 1)).toEqual([
      [2, 'reordered', { seq: 2, original: 1 }],
      [3, 'reordered', { seq: 3, original: 2 }],
      [4, 'reordered', { seq: 4, original: 3 }]
    ])
    expect(await moved(5, 1, 5)).toEqual([[5, 'reordered', { seq: 5, original: 1 }]])
  })

  it('tells an edited entry (still linked to its neighbours) from one inserted beside it', async () => {
    const original = await keyedChain(5)
    const edited = { ...(original[2] as AuditEntry), details: { index: 77 } }
    const forged = {
      ...edited,
      details: { planted: 1 },
      mac: 'c'.repeat(64),
      prevMac: 'd'.repeat(64)
    }
    // Entry 3 edited, a forged one slipped in after it, the rest renumbered, all re-hashed.
    const log = await rehashFrom(
      [
        ...original.slice(0, 2),
        edited,
        { ...forged, seq: 4 },
        ...original.slice(3).map((entry) => renumber(entry, entry.seq + 1))
      ],
      2
    )
    expect(found(await checkAuditChain(log, mac, anchorOf(original)))).toEqual([
      { seq: 3, kind: 'rehashed', code: 'audit.chain.rehashed', params: { seq: 3 } },
      { seq: 4, kind: 'inserted', code: 'audit.chain.inserted', params: { seq: 4 } }
    ])
    // The same two the other way round: the forged one first.
    const before = await rehashFrom(
      [
        ...original.slice(0, 2),
        { ...forged, seq: 3 },
        { ...edited, seq: 4 },
        ...original.slice(3).map((entry) => renumber(entry, entry.seq + 1))
      ],
      2
    )
    expect(
      found(await checkAuditChain(before, mac, anchorOf(original))).map((p) => [p.seq, p.kind])
    ).toEqual([
      [3, 'inserted'],
      [4, 'rehashed']
    ])
  })

  it('wiped: the log is empty while main recorded entries', async () => {
    const original = await keyedChain(3)
    expect(found(await checkAuditChain([], mac, anchorOf(original)))).toEqual([
      { seq: 1, kind: 'wiped', code: 'audit.chain.wiped', params: { count: 3 } }
    ])
  })

  it('an edited entry keeps its own place when others around it are missing', async () => {
    const original = await keyedChain(6)
    const log = original.filter((entry) => entry.seq !== 3)
    log[2] = { ...(log[2] as AuditEntry), target: 'catalog:other' }
    expect(found(await checkAuditChain(log, mac, anchorOf(original)))).toEqual([
      {
        seq: 3,
        kind: 'deleted',
        code: 'audit.chain.deleted',
        params: { range: { code: 'audit.chain.range.one', params: { seq: 3 } } }
      },
      { seq: 4, kind: 'edited', code: 'audit.chain.edited', params: { seq: 4 } }
    ])
  })

  it('names each of several kinds in one log, in the order of the entries', async () => {
    const original = await keyedChain(9)
    const log = original.filter((entry) => entry.seq !== 4 && entry.seq < 8)
    log[1] = { ...(log[1] as AuditEntry), action: 'licence.delete' }
    expect(
      found(await checkAuditChain(log, mac, anchorOf(original))).map((p) => [p.seq, p.kind])
    ).toEqual([
      [2, 'edited'],
      [4, 'deleted'],
      [8, 'truncated']
    ])
  })

  it('an entry whose MAC field was stripped is no unkeyed entry: it is edited', async () => {
    const original = await keyedChain(3)
    const { mac: _dropped, prevMac: _also, ...stripped } = original[1] as AuditEntry
    expect(
      found(
        await checkAuditChain(
          [original[0] as AuditEntry, stripped, original[2] as AuditEntry],
          mac,
          anchorOf(original)
        )
      )
    ).toEqual([{ seq: 2, kind: 'rehashed', code: 'audit.chain.rehashed', params: { seq: 2 } }])
  })

  it('a head that does not match the newest entry’s MAC is named', async () => {
    const original = await keyedChain(3)
    const anchor = { ...anchorOf(original), mac: 'a'.repeat(64) }
    expect(found(await checkAuditChain(original, mac, anchor))).toEqual([
      { seq: 3, kind: 'edited', code: 'audit.chain.headMismatch', params: { seq: 3 } }
    ])
  })
})

describe('a crash between main keying an entry and the log holding it', () => {
  it('accepts exactly the one pending entry main keyed beyond its head, and moves the head to it', async () => {
    const entries = await keyedChain(4)
    const head = anchorOf(entries.slice(0, 3), 1, [entries[3]?.mac as string])
    expect(await checkAuditChain(entries, mac, head)).toEqual({
      ok: true,
      problems: [],
      entries: 4,
      advance: { seq: 4, mac: entries[3]?.mac }
    })
    // Not written after all: the log ends at main's head, nothing is missing.
    expect(await checkAuditChain(entries.slice(0, 3), mac, head)).toMatchObject({
      ok: true,
      advance: null
    })
  })

  it('moves the head to the pending entry even when the log has other problems', async () => {
    const entries = await keyedChain(4)
    const head = anchorOf(entries.slice(0, 3), 1, [entries[3]?.mac as string])
    const report = await checkAuditChain(
      entries.filter((entry) => entry.seq !== 2),
      mac,
      head
    )
    expect(found(report).map((p) => [p.seq, p.kind])).toEqual([[2, 'deleted']])
    expect(report.advance).toEqual({ seq: 4, mac: entries[3]?.mac })
  })

  it('does not accept an entry beyond the head that main did not leave pending', async () => {
    const entries = await keyedChain(4)
    const head = anchorOf(entries.slice(0, 3), 1, ['b'.repeat(64)])
    expect(found(await checkAuditChain(entries, mac, head))).toEqual([
      { seq: 4, kind: 'inserted', code: 'audit.chain.beyondHead', params: { seq: 4, head: 3 } }
    ])
  })
})

describe('a log written before it was keyed', () => {
  it('is anchored by the first keyed entry: intact, or named when rewritten and re-hashed', async () => {
    const legacy = await legacyChain(3)
    const log = await keyedChain(2, legacy)
    const anchor = anchorOf(log, 4)
    expect(await checkAuditChain(log, mac, anchor)).toMatchObject({ ok: true, entries: 5 })

    const rewritten = [...log]
    rewritten[0] = { ...(rewritten[0] as AuditEntry), actor: '他人' }
    expect(found(await checkAuditChain(await rehashFrom(rewritten, 0), mac, anchor))).toEqual([
      { seq: 3, kind: 'rehashed', code: 'audit.chain.legacyRehashed', params: { seq: 4 } }
    ])
  })

  it('names unkeyed entries edited, deleted, deleted at the start, or unlinked', async () => {
    const legacy = await legacyChain(4)
    const log = await keyedChain(1, legacy)
    const anchor = anchorOf(log, 5)
    const edited = [...log]
    edited[1] = { ...(edited[1] as AuditEntry), target: 'other' }
    expect(found(await checkAuditChain(edited, mac, anchor))).toEqual([
      { seq: 2, kind: 'edited', code: 'audit.chain.edited', params: { seq: 2 } }
    ])
    expect(
      found(
        await checkAuditChain(
          log.filter((e) => e.seq !== 2),
          mac,
          anchor
        )
      )
    ).toEqual([
      {
        seq: 2,
        kind: 'deleted',
        code: 'audit.chain.deleted',
        params: { range: { code: 'audit.chain.range.one', params: { seq: 2 } } }
      }
    ])
    expect(
      found(
        await checkAuditChain(
          log.filter((e) => e.seq !== 4),
          mac,
          anchor
        )
      )
    ).toEqual([
      {
        seq: 4,
        kind: 'deleted',
        code: 'audit.chain.deleted',
        params: { range: { code: 'audit.chain.range.one', params: { seq: 4 } } }
      }
    ])
    expect(
      found(
        await checkAuditChain(
          log.filter((e) => e.seq > 4),
          mac,
          anchor
        )
      )
    ).toEqual([
      {
        seq: 1,
        kind: 'deleted',
        code: 'audit.chain.deleted',
        params: { range: { code: 'audit.chain.range.many', params: { from: 1, to: 4 } } }
      }
    ])
    const renumbered = log
      .filter((e) => e.seq !== 1)
      .map((e) => (e.seq < 5 ? renumber(e, e.seq - 1) : e))
    expect(
      found(
        await checkAuditChain(
          renumbered.filter((e) => e.seq < 4),
          mac,
          { ...anchor, keyedFrom: null, count: 0 }
        )
      )
    ).toEqual([
      { seq: 1, kind: 'deleted', code: 'audit.chain.startDeleted', params: { seq: 1 } },
      { seq: 1, kind: 'edited', code: 'audit.chain.edited', params: { seq: 1 } },
      { seq: 2, kind: 'edited', code: 'audit.chain.edited', params: { seq: 2 } },
      { seq: 3, kind: 'edited', code: 'audit.chain.edited', params: { seq: 3 } }
    ])
    const relinked = [...log]
    relinked[1] = await rehash({ ...(log[1] as AuditEntry), actor: '他人' }, log[0]?.hash as string)
    expect(found(await checkAuditChain(relinked, mac, anchor))).toEqual([
      { seq: 3, kind: 'deleted', code: 'audit.chain.linkBroken', params: { seq: 3, prev: 2 } }
    ])
  })
})

describe('what the auditor reads', () => {
  const zh = createCliWords('zh-CN')
  const en = createCliWords('en')
  it('says each kind in Chinese and English', async () => {
    const original = await keyedChain(9)
    const log = original.filter((entry) => entry.seq !== 4 && entry.seq < 8)
    log[1] = { ...(log[1] as AuditEntry), action: 'licence.delete' }
    const report = await checkAuditChain(log, mac, anchorOf(original))
    expect(report.problems.map((p) => zh.say(p))).toEqual([
      '第2条记录的内容被改动（与其哈希和密钥认证码都不符）',
      '第4条记录缺失，已被删除',
      '末尾第8–9条记录缺失，日志被截断（主进程记录的链头为第9条）'
    ])
    expect(report.problems.map((p) => en.say(p))).toEqual([
      'Entry 2 was altered (it matches neither its hash nor its keyed code)',
      'Entry 4 is missing: deleted',
      'Entries 8–9 at the end are missing: the log was cut short (main recorded entry 9 as the newest)'
    ])
    expect(zh.say({ code: 'audit.chain.wiped', params: { count: 3 } })).toBe(
      '审计日志被清空：主进程记录有3条记录，现存0条'
    )
    expect(en.say({ code: 'audit.chain.rehashed', params: { seq: 2 } })).toBe(
      'Entry 2 was altered and its hashes recomputed: only its keyed code shows it'
    )
  })
})
