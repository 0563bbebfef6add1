import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  civilFromDayNumber,
  dayNumberFromCivil,
  dayNumberOf,
  formatChineseDate,
  isoDateOfDayNumber,
  parseIsoDate,
  weekdayOfDayNumber
} from '../../../../src/shared/domain/calendar'

describe('ISO dates as day numbers', () => {
  it('agrees with Date.UTC for every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (dayNumber) => {
        const expected = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10)
        expect(isoDateOfDayNumber(dayNumber)).toBe(expected)
        expect(dayNumberFromCivil(civilFromDayNumber(dayNumber))).toBe(dayNumber)
        expect(weekdayOfDayNumber(dayNumber)).toBe(new Date(dayNumber * 86_400_000).getUTCDay())
      })
    )
  })

  it('rejects impossible or loosely formatted dates', () => {
    for (const text of [
      '2026-02-29',
      '2026-13-01',
      '2026-1-05',
      '2026-01-05T00:00',
      '',
      '2026/01/05'
    ]) {
      expect(parseIsoDate(text), text).toBeUndefined()
    }
    expect(dayNumberOf('2024-02-29')).toBe(19782)
  })

  it('formats dates the way documents print them', () => {
    expect(formatChineseDate('2026-03-05')).toBe('2026年3月5日')
  })
})
