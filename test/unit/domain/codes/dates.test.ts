import { describe, expect, it } from 'vitest'
import { isCalendarDate } from '../../../../src/shared/domain/codes/dates'

describe('isCalendarDate', () => {
  it('knows the days of the Gregorian calendar, leap days included', () => {
    expect(isCalendarDate(2024, 2, 29)).toBe(true)
    expect(isCalendarDate(2000, 2, 29)).toBe(true)
    expect(isCalendarDate(2026, 12, 31)).toBe(true)
    expect(isCalendarDate(2026, 1, 1)).toBe(true)
  })

  it('refuses month 0 and 13, day 0, and days past the end of the month', () => {
    expect(isCalendarDate(2026, 0, 15)).toBe(false)
    expect(isCalendarDate(2026, 13, 15)).toBe(false)
    expect(isCalendarDate(2026, 1, 0)).toBe(false)
    expect(isCalendarDate(2026, 2, 29)).toBe(false)
    expect(isCalendarDate(1900, 2, 29)).toBe(false)
    expect(isCalendarDate(2026, 4, 31)).toBe(false)
  })
})
