import { describe, expect, it } from 'vitest'
import {
  CodeValidity,
  PRECOMPUTED_VERSION,
  precomputeLicence,
  type LicenceWithPrecomputed,
  type PrecomputedLicence
} from '../../../../src/shared/domain/compliance'
import { precomputedOf } from '../../../../src/shared/domain/compliance/precomputed'
import type { Licence } from '../../../../src/shared/domain/licences'
import { findingsOf, HOLDER_USCC, licence, scan, tables } from './fixtures'

/** A Beijing calendar day as a day number, counted by the platform's own Date, not the code's. */
const utcDay = (year: number, month: number, day: number) =>
  Date.UTC(year, month - 1, day) / 86_400_000

/** The fixture identifier with a two-digit version: invalid by GB/T 36904 (structure and check). */
const brokenIdentifier = licence().identifier.replace('.001.', '.01.')

/** A status change recorded two working days after it happened (Art. 18: 1 working day). */
const lateChange = {
  action: 'suspend' as const,
  businessTime: '2026-05-06T10:00:00+08:00',
  recordedTime: '2026-05-08T10:00:00+08:00'
}

/** What a stored row claims about itself: everything on time and valid. */
function flattering(overrides: Partial<PrecomputedLicence> = {}): PrecomputedLicence {
  return {
    version: PRECOMPUTED_VERSION,
    completedDay: utcDay(2026, 5, 6),
    pushedDay: utcDay(2026, 5, 6),
    validUntilDay: null,
    statusDays: [utcDay(2026, 5, 6), utcDay(2026, 5, 6)],
    statusRecordedLater: false,
    identifierValid: true,
    holderUsccValid: true,
    ...overrides
  }
}

function stored(base: Licence, precomputed: PrecomputedLicence): LicenceWithPrecomputed {
  return { ...base, precomputed }
}

describe('入库预计算: what a stored licence carries for the scan', () => {
  it('reads every time as a Beijing day, 长期 and unreadable ones as none', () => {
    const facts = precomputeLicence(
      licence({
        completedAt: '2026-10-08T17:30:00Z',
        pushedAt: '2026-10-09T09:00:00+08:00',
        validUntil: '2027-01-31',
        statusHistory: [
          { action: 'change', businessTime: '2026-12-31T16:00:00Z', recordedTime: 'not a time' }
        ]
      })
    )
    // 17:30 UTC is 01:30 the next morning in 北京时间.
    expect(facts.completedDay).toBe(utcDay(2026, 10, 9))
    expect(facts.pushedDay).toBe(utcDay(2026, 10, 9))
    expect(facts.validUntilDay).toBe(utcDay(2027, 1, 31))
    expect(facts.statusDays).toEqual([utcDay(2027, 1, 1), null])
    expect(facts.statusRecordedLater).toBe(false)
    expect(precomputeLicence(licence({ statusHistory: [lateChange] })).statusRecordedLater).toBe(
      true
    )
    expect(precomputeLicence(licence({ pushedAt: null, validUntil: '长期' }))).toMatchObject({
      pushedDay: null,
      validUntilDay: null
    })
  })

  it('judges the identifier and an organisation’s USCC, and no code of a person', () => {
    expect(precomputeLicence(licence())).toMatchObject({
      identifierValid: true,
      holderUsccValid: true
    })
    const broken = licence({
      identifier: brokenIdentifier,
      holder: { ...licence().holder, code: HOLDER_USCC.slice(0, 17) + '0' }
    })
    expect(precomputeLicence(broken)).toMatchObject({
      identifierValid: false,
      holderUsccValid: false
    })
    const person = licence({
      holder: {
        category: 'naturalPerson',
        codeType: '111',
        name: '张三',
        code: '4110**********12',
        codeHash: 'b'.repeat(64)
      }
    })
    expect(precomputeLicence(person).holderUsccValid).toBeNull()
  })

  it('is taken as stored when of this version and fitting the history', () => {
    const facts = flattering({ statusDays: [] })
    expect(precomputedOf(stored(licence(), facts), new CodeValidity())).toBe(facts)
  })
})

describe('a scan never trusts a precomputed part that does not belong to the row', () => {
  it('recomputes one of another version: the broken identifier is still found', async () => {
    const row = stored(
      licence({ identifier: brokenIdentifier }),
      flattering({ version: PRECOMPUTED_VERSION - 1, statusDays: [] })
    )
    const found = findingsOf(await scan(tables({ licences: [row] })), 'data.invalid-code')
    expect(found.map((finding) => finding.subjectId)).toEqual(['lic-1'])
  })

  it('recomputes one whose status days do not fit the history: the late change is found', async () => {
    const row = stored(
      licence({ statusHistory: [lateChange, lateChange] }),
      flattering({ statusDays: [utcDay(2026, 5, 6), utcDay(2026, 5, 6)] })
    )
    const found = findingsOf(await scan(tables({ licences: [row] })), 'status.late')
    expect(found.map((finding) => finding.subjectId)).toEqual(['lic-1#0', 'lic-1#1'])
  })

  it('judges a late change from the days stored with it', async () => {
    const row = stored(licence({ statusHistory: [lateChange] }), precomputeLicence(licence()))
    row.precomputed = precomputeLicence(row)
    const found = findingsOf(await scan(tables({ licences: [row] })), 'status.late')
    expect(found.map((finding) => finding.subjectId)).toEqual(['lic-1#0'])
  })
})

describe('rows with and without their precomputed part scan alike', () => {
  it('gives the same findings for licences late, unpushed, expired, broken and fine', async () => {
    const licences = [
      licence({ id: 'lic-fine' }),
      licence({ id: 'lic-unpushed', pushedAt: null, generationMode: 'offline' }),
      licence({ id: 'lic-expired', validUntil: '2026-01-31' }),
      licence({ id: 'lic-broken', identifier: brokenIdentifier }),
      licence({ id: 'lic-late', statusHistory: [lateChange] })
    ]
    const plain = await scan(tables({ licences }))
    const prepared = await scan(
      tables({ licences: licences.map((row) => stored(row, precomputeLicence(row))) })
    )
    expect(plain.findings.length).toBeGreaterThanOrEqual(4)
    expect(prepared.findings).toEqual(plain.findings)
  })
})
