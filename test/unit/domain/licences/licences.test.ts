import { describe, expect, it } from 'vitest'
import {
  AuditEntry,
  CatalogEntry,
  Department,
  effectiveState,
  Licence,
  licenceStateLabels,
  Objection,
  parseValidityRange,
  stateAfterAction,
  UsageRecord
} from '../../../../src/shared/domain/licences'
import { sampleCatalogEntry, sampleLicence } from './fixtures'

describe('licence schemas', () => {
  it('accepts a complete licence and round-trips it through JSON unchanged', () => {
    const licence = sampleLicence()
    expect(Licence.parse(JSON.parse(JSON.stringify(licence)))).toEqual(licence)
  })

  it('accepts 长期 as the end of validity but not an impossible date', () => {
    expect(Licence.safeParse(sampleLicence({ validUntil: '长期' })).success).toBe(true)
    expect(Licence.safeParse(sampleLicence({ validUntil: '2025-02-30' })).success).toBe(false)
  })

  it('rejects a local revision below 1, a 2-digit version and an unknown holder code type', () => {
    expect(Licence.safeParse(sampleLicence({ rev: 0 })).success).toBe(false)
    expect(Licence.safeParse(sampleLicence({ version: '01' })).success).toBe(false)
    const holder = { ...sampleLicence().holder, codeType: '112' }
    expect(Licence.safeParse({ ...sampleLicence(), holder }).success).toBe(false)
  })

  it('rejects Date instances: records must stay JSON-safe', () => {
    const withDate = { ...sampleLicence(), completedAt: new Date() }
    expect(Licence.safeParse(withDate).success).toBe(false)
  })

  it('accepts a catalog entry with missing Art. 11 items so the scan can report them', () => {
    const incomplete = sampleCatalogEntry({ baseMap: null, licenceCategory: null, name: '' })
    expect(CatalogEntry.safeParse(incomplete).success).toBe(true)
    expect(CatalogEntry.safeParse(sampleCatalogEntry({ validityRange: '5/W' })).success).toBe(false)
  })

  it('allows a department without a division code (城乡一体化示范区)', () => {
    const zone = {
      id: 'dep-2',
      rev: 3,
      deleted: false,
      serverSeq: 17,
      updatedAt: '2026-01-05T00:00:00Z',
      name: '许昌市城乡一体化示范区管理委员会',
      uscc: '11411000MB1234567X',
      divisionCode: null,
      level: 'county',
      parentId: 'dep-root'
    }
    expect(Department.parse(zone)).toEqual(zone)
    expect(Department.safeParse({ ...zone, level: '区县级' }).success).toBe(false)
  })

  it('models a refusal with its reason, and objections and audit entries', () => {
    const base = {
      id: 'u1',
      rev: 1,
      deleted: false,
      serverSeq: 5,
      updatedAt: '2026-01-05T00:00:00Z'
    }
    const usage = {
      ...base,
      licenceId: 'lic-1',
      typeCode: '11100000000013338W032',
      usingUnit: { name: '许昌市不动产登记中心', uscc: '12411000MB0000000A' },
      matter: { name: '不动产转移登记', code: null },
      channel: 'counter',
      usedAt: '2026-01-05T09:00:00+08:00',
      result: { kind: 'refused', reason: '要求提供纸质原件' }
    }
    expect(UsageRecord.parse(usage).result).toEqual({ kind: 'refused', reason: '要求提供纸质原件' })
    expect(UsageRecord.safeParse({ ...usage, result: { kind: 'refused' } }).success).toBe(false)
    const objection = {
      ...base,
      licenceId: 'lic-1',
      filedAt: '2026-01-05T09:00:00+08:00',
      receivedAt: '2026-01-05T10:00:00+08:00',
      repliedAt: null,
      outcome: 'pending',
      issuerDepartmentId: 'dep-1'
    }
    expect(Objection.safeParse(objection).success).toBe(true)
    const audit = {
      seq: 1,
      at: '2026-01-05T09:00:00Z',
      actor: 'admin',
      action: 'catalog.update',
      target: 'catalog:cat-1',
      details: { fields: ['baseMap'], count: 1, nested: { ok: true } },
      prevHash: '0'.repeat(64),
      hash: 'c'.repeat(64)
    }
    expect(AuditEntry.safeParse(audit).success).toBe(true)
    expect(AuditEntry.safeParse({ ...audit, action: 'update' }).success).toBe(false)
    expect(AuditEntry.safeParse({ ...audit, details: { n: Number.NaN } }).success).toBe(false)
  })
})

describe('effectiveState', () => {
  it('reads 已过期 only after the last valid day', () => {
    const licence = sampleLicence({ validUntil: '2026-03-01' })
    expect(effectiveState(licence, '2026-03-01')).toBe('valid')
    expect(effectiveState(licence, '2026-03-02')).toBe('expired')
  })

  it('never expires a 长期 licence', () => {
    expect(effectiveState(sampleLicence({ validUntil: '长期' }), '2999-12-31')).toBe('valid')
  })

  it('keeps 吊销/注销/废止 over expiry but expires a suspended licence', () => {
    const past = { validUntil: '2020-01-01' }
    expect(effectiveState({ ...past, state: 'revoked' }, '2026-01-01')).toBe('revoked')
    expect(effectiveState({ ...past, state: 'cancelled' }, '2026-01-01')).toBe('cancelled')
    expect(effectiveState({ ...past, state: 'suspended' }, '2026-01-01')).toBe('expired')
    expect(licenceStateLabels.annulled).toBe('废止')
  })
})

describe('stateAfterAction', () => {
  it('moves between states per Art. 18 and keeps the state on 延续/变更', () => {
    expect(stateAfterAction('valid', 'revoke')).toEqual({ ok: true, state: 'revoked' })
    expect(stateAfterAction('valid', 'pledge')).toEqual({ ok: true, state: 'pledged' })
    expect(stateAfterAction('pledged', 'releasePledge')).toEqual({ ok: true, state: 'valid' })
    expect(stateAfterAction('suspended', 'renew')).toEqual({ ok: true, state: 'suspended' })
  })

  it('refuses actions on a terminal state and actions that do not fit', () => {
    expect(stateAfterAction('cancelled', 'renew')).toEqual({
      ok: false,
      code: 'licence.transition.terminal'
    })
    expect(stateAfterAction('valid', 'unsuspend')).toEqual({
      ok: false,
      code: 'licence.transition.notApplicable'
    })
  })
})

describe('parseValidityRange', () => {
  it('reads N/Y, N/M, N/D and 0/L', () => {
    expect(parseValidityRange('5/Y')).toEqual({ kind: 'period', amount: 5, unit: 'year' })
    expect(parseValidityRange('18/M')).toEqual({ kind: 'period', amount: 18, unit: 'month' })
    expect(parseValidityRange('90/D')).toEqual({ kind: 'period', amount: 90, unit: 'day' })
    expect(parseValidityRange('0/L')).toEqual({ kind: 'permanent' })
  })
})
