import { describe, expect, it } from 'vitest'
import { accessOf } from '../../../src/shared/contract/access'
import { auditCommitInputSchema, auditSealOutputSchema } from '../../../src/shared/contract/audit'
import {
  createOperatorInputSchema,
  operatorIdSchema,
  operatorSummarySchema,
  setupInputSchema
} from '../../../src/shared/contract/operators'
import {
  adoptHolderKeyInputSchema,
  hashCodesInputSchema,
  hashCodesOutputSchema
} from '../../../src/shared/contract/privacy'
import { systemInfoSchema } from '../../../src/shared/contract/system'

/**
 * The edges of what crosses the process boundary: each bound is tried at its value and one past
 * it, so a schema that lets more through (or refuses what main sends) is caught here.
 */
const accepts = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success

const hex = (length: number, char = 'a') => char.repeat(length)
const id = `op-${hex(32, 'b')}`

describe('operators contract', () => {
  it('takes an operator id of op- and 32 lower-case hex digits, exactly', () => {
    expect(accepts(operatorIdSchema, id)).toBe(true)
    for (const bad of [
      `x${id}`,
      `${id}0`,
      `op-${hex(31)}`,
      `op-${hex(32, 'g')}`,
      `op-${hex(32, 'A')}`
    ])
      expect(accepts(operatorIdSchema, bad), bad).toBe(false)
  })

  it('bounds names at 80, units at 160 and passwords at 1024 characters, none empty', () => {
    const setup = (name: string, unit: string, password: string) =>
      accepts(setupInputSchema, { name, unit, password })
    expect(setup('名'.repeat(80), '科'.repeat(160), 'p'.repeat(1024))).toBe(true)
    expect(setup('名'.repeat(81), '科', 'p')).toBe(false)
    expect(setup('名', '科'.repeat(161), 'p')).toBe(false)
    expect(setup('名', '科', 'p'.repeat(1025))).toBe(false)
    expect(setup('', '科', 'p')).toBe(false)
    expect(setup('名', '', 'p')).toBe(false)
    expect(setup('名', '科', '')).toBe(false)
  })

  it('gives an operator one to three roles', () => {
    const create = (roles: string[]) =>
      accepts(createOperatorInputSchema, { name: '张合规', unit: '监督科', roles, password: 'p' })
    expect(create(['auditor'])).toBe(true)
    expect(create(['auditor', 'complianceOfficer', 'administrator'])).toBe(true)
    expect(create([])).toBe(false)
    expect(create(['auditor', 'complianceOfficer', 'administrator', 'auditor'])).toBe(false)
  })

  it('lists an operator with whether the account is enabled and since when', () => {
    const summary = {
      id,
      name: '张合规',
      unit: '监督科',
      roles: ['complianceOfficer'],
      enabled: true,
      createdAt: '2026-12-02T06:05:00Z',
      lockedUntil: null
    }
    expect(operatorSummarySchema.parse(summary)).toEqual(summary)
    const { enabled: _enabled, ...withoutEnabled } = summary
    expect(accepts(operatorSummarySchema, withoutEnabled)).toBe(false)
  })

  it('leaves a channel without an access entry to administrators', () => {
    expect(accessOf('no.such.channel' as never)).toEqual(['administrator'])
  })
})

describe('privacy contract', () => {
  it('hashes one to 4,000 codes of one to 64 characters per call', () => {
    const batch = (codes: string[]) => accepts(hashCodesInputSchema, { codes })
    expect(batch(['4'])).toBe(true)
    expect(batch(Array.from({ length: 4000 }, () => '4'.repeat(64)))).toBe(true)
    expect(batch([])).toBe(false)
    expect(batch(Array.from({ length: 4001 }, () => '4'))).toBe(false)
    expect(batch([''])).toBe(false)
    expect(batch(['4'.repeat(65)])).toBe(false)
  })

  it('answers and adopts only 64 lower-case hex digits', () => {
    expect(accepts(hashCodesOutputSchema, { hashes: [hex(64)] })).toBe(true)
    expect(accepts(adoptHolderKeyInputSchema, { key: hex(64) })).toBe(true)
    for (const bad of [
      hex(63),
      hex(65),
      `x${hex(64)}`,
      `${hex(64)}x`,
      hex(64, 'g'),
      hex(64, 'A')
    ]) {
      expect(accepts(hashCodesOutputSchema, { hashes: [bad] }), bad).toBe(false)
      expect(accepts(adoptHolderKeyInputSchema, { key: bad }), bad).toBe(false)
    }
  })
})

describe('audit contract', () => {
  it('carries MACs of 64 lower-case hex digits, exactly', () => {
    expect(accepts(auditCommitInputSchema, { seq: 1, mac: hex(64) })).toBe(true)
    for (const bad of [hex(63), `${hex(64)}0`, `0${hex(64)}`])
      expect(accepts(auditCommitInputSchema, { seq: 1, mac: bad }), bad).toBe(false)
  })

  it('takes main’s time of an entry with its offset', () => {
    const sealed = (at: string) =>
      accepts(auditSealOutputSchema, { at, actor: '张合规', mac: hex(64) })
    expect(sealed('2026-12-02T14:05:00+08:00')).toBe(true)
    expect(sealed('2026-12-02T06:05:00Z')).toBe(true)
    expect(sealed('2026-12-02 14:05')).toBe(false)
  })
})

describe('system contract', () => {
  it('says the keys are kept by safeStorage or in a user-only file, nothing else', () => {
    const info = (keyProtection?: string) =>
      accepts(systemInfoSchema, {
        appName: '证照治理工作台',
        appVersion: '0.1.0',
        dataSchemaVersion: 4,
        dataLocation: '/tmp/x',
        runtime: {
          mode: 'browser',
          node: '20.20.2',
          electron: null,
          chromium: null,
          platform: 'linux'
        },
        ...(keyProtection === undefined ? {} : { keyProtection }),
        startedAt: '2026-12-02T06:05:00Z'
      })
    expect(info('safeStorage')).toBe(true)
    expect(info('userFile')).toBe(true)
    expect(info()).toBe(true)
    expect(info('')).toBe(false)
    expect(info('keychain')).toBe(false)
  })
})
