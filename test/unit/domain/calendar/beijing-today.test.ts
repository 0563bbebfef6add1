import { describe, expect, it } from 'vitest'
import { beijingToday } from '../../../../src/shared/domain/calendar'

describe('beijingToday', () => {
  it('turns the day at Beijing midnight, 16:00Z, whatever the machine’s time zone', () => {
    expect(beijingToday(new Date('2026-10-08T15:59:59.999Z'))).toBe('2026-10-08')
    expect(beijingToday(new Date('2026-10-08T16:00:00.000Z'))).toBe('2026-10-09')
  })

  it('crosses month and year ends on Beijing time', () => {
    expect(beijingToday(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01')
    expect(beijingToday(new Date('2028-02-28T16:30:00Z'))).toBe('2028-02-29')
  })

  it('defaults to now', () => {
    const before = beijingToday(new Date())
    const today = beijingToday()
    const after = beijingToday(new Date())
    expect([before, after]).toContain(today)
  })
})
