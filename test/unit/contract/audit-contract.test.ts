import { describe, expect, it } from 'vitest'
import {
  auditCheckFinishInputSchema,
  auditCheckFinishOutputSchema,
  auditCheckPageInputSchema,
  auditCommitInputSchema,
  auditMainLogInputSchema,
  auditSealInputSchema,
  auditSealOutputSchema,
  auditTamperKinds,
  channelAccess
} from '../../../src/shared/contract'

const accepts = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success

const hex = (c: string) => c.repeat(64)
const seal = {
  seq: 1,
  actor: '张三 [auditor]',
  action: 'settings.update',
  target: 'setting:x',
  details: { n: 1 },
  prevMac: hex('0')
}

const entry = {
  seq: 1,
  at: '2026-12-02T06:05:00.000Z',
  actor: '张三',
  action: 'settings.update',
  target: 'x',
  details: {},
  prevHash: hex('0'),
  hash: hex('1'),
  prevMac: hex('0'),
  mac: hex('2')
}

describe('the audit channels’ contract', () => {
  it('asks main to key an entry with its seq, 操作人, dotted action, target, JSON details and the previous MAC', () => {
    expect(accepts(auditSealInputSchema, seal)).toBe(true)
    expect(accepts(auditSealInputSchema, { ...seal, seq: 0 })).toBe(false)
    expect(accepts(auditSealInputSchema, { ...seal, seq: 1.5 })).toBe(false)
    expect(accepts(auditSealInputSchema, { ...seal, actor: '' })).toBe(false)
    expect(accepts(auditSealInputSchema, { ...seal, actor: 'a'.repeat(200) })).toBe(true)
    expect(accepts(auditSealInputSchema, { ...seal, actor: 'a'.repeat(201) })).toBe(false)
    expect(accepts(auditSealInputSchema, { ...seal, action: 'SETTINGS_UPDATE' })).toBe(false)
    expect(accepts(auditSealInputSchema, { ...seal, target: 't'.repeat(1000) })).toBe(true)
    expect(accepts(auditSealInputSchema, { ...seal, target: 't'.repeat(1001) })).toBe(false)
    expect(accepts(auditSealInputSchema, { ...seal, prevMac: hex('A') })).toBe(false)
    expect(accepts(auditSealInputSchema, { ...seal, prevMac: '0'.repeat(63) })).toBe(false)
    // Nothing else rides along (a key, a time of the renderer's choosing).
    expect(accepts(auditSealInputSchema, { ...seal, at: entry.at })).toBe(false)
    expect(accepts(auditSealOutputSchema, { at: entry.at, actor: 'a', mac: hex('3') })).toBe(true)
    expect(accepts(auditSealOutputSchema, { at: 'now', actor: 'a', mac: hex('3') })).toBe(false)
    expect(accepts(auditSealOutputSchema, { at: entry.at, actor: '', mac: hex('3') })).toBe(false)
  })

  it('confirms a write by seq and MAC, and pages a check of at most 2,000 entries', () => {
    expect(accepts(auditCommitInputSchema, { seq: 3, mac: hex('f') })).toBe(true)
    expect(accepts(auditCommitInputSchema, { seq: 0, mac: hex('f') })).toBe(false)
    expect(accepts(auditCommitInputSchema, { seq: 3, mac: 'f' })).toBe(false)
    expect(accepts(auditCheckPageInputSchema, { checkId: null, entries: [] })).toBe(true)
    expect(accepts(auditCheckPageInputSchema, { checkId: 'c'.repeat(64), entries: [entry] })).toBe(
      true
    )
    expect(accepts(auditCheckPageInputSchema, { checkId: 'c'.repeat(65), entries: [] })).toBe(false)
    expect(
      accepts(auditCheckPageInputSchema, { checkId: null, entries: Array(2000).fill(entry) })
    ).toBe(true)
    expect(
      accepts(auditCheckPageInputSchema, { checkId: null, entries: Array(2001).fill(entry) })
    ).toBe(false)
    expect(
      accepts(auditCheckPageInputSchema, { checkId: null, entries: [{ ...entry, mac: 'x' }] })
    ).toBe(false)
    expect(accepts(auditCheckFinishInputSchema, { checkId: 'c' })).toBe(true)
    expect(accepts(auditCheckFinishInputSchema, { checkId: 'c'.repeat(65) })).toBe(false)
    expect(accepts(auditMainLogInputSchema, { limit: 1 })).toBe(true)
    expect(accepts(auditMainLogInputSchema, { limit: 1000, beforeSeq: 4 })).toBe(true)
    expect(accepts(auditMainLogInputSchema, { limit: 0 })).toBe(false)
    expect(accepts(auditMainLogInputSchema, { limit: 1001 })).toBe(false)
    expect(accepts(auditMainLogInputSchema, { limit: 5, beforeSeq: 0 })).toBe(false)
  })

  it('answers a check with the seven kinds of tampering, as messages, and where keying began', () => {
    expect([...auditTamperKinds]).toEqual([
      'edited',
      'rehashed',
      'reordered',
      'deleted',
      'truncated',
      'inserted',
      'wiped'
    ])
    const report = (kind: string) => ({
      ok: false,
      entries: 3,
      problems: [{ seq: 2, kind, code: 'audit.chain.edited', params: { seq: 2 } }]
    })
    const outcome = (kind: string, keyedFrom: unknown = null) => ({
      workbench: report(kind),
      main: { ok: true, entries: 0, problems: [] },
      keyedFrom
    })
    expect(accepts(auditCheckFinishOutputSchema, outcome('rehashed'))).toBe(true)
    expect(accepts(auditCheckFinishOutputSchema, outcome('forged'))).toBe(false)
    expect(accepts(auditCheckFinishOutputSchema, outcome('wiped', { seq: 4, at: entry.at }))).toBe(
      true
    )
    expect(accepts(auditCheckFinishOutputSchema, outcome('wiped', { seq: 0, at: entry.at }))).toBe(
      false
    )
    expect(
      accepts(auditCheckFinishOutputSchema, {
        ...outcome('edited'),
        workbench: {
          ...report('edited'),
          problems: [{ seq: 2, kind: 'edited', code: 'NOT_A_CODE' }]
        }
      })
    ).toBe(false)
  })

  it('lets every signed-in operator key entries and check the log', () => {
    for (const channel of [
      'audit.seal',
      'audit.commit',
      'audit.check.page',
      'audit.check.finish',
      'audit.mainLog'
    ] as const) {
      expect(channelAccess[channel], channel).toBe('signedIn')
    }
  })
})
