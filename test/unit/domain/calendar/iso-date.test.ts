import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  civilFromDayNumber,
  dayNumberFromCivil,
  dayNumberOf,
  dayNumberOfIsoPrefix,
  daysInMonth,
  formatChineseDate,
  isLeapYear,
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

  it('has 29 February in 2000, 2024 and 2028 but not in 1900, 2100 or 2026, as Date.UTC has', () => {
    for (const year of [1900, 2000, 2023, 2024, 2026, 2028, 2100]) {
      const february = new Date(Date.UTC(year, 2, 0)).getUTCDate()
      expect(isLeapYear(year), String(year)).toBe(february === 29)
      expect(dayNumberOf(`${year}-02-29`), String(year)).toBe(
        february === 29 ? Date.UTC(year, 1, 29) / 86_400_000 : undefined
      )
      expect(dayNumberOf(`${year}-03-01`)).toBe(Date.UTC(year, 2, 1) / 86_400_000)
    }
  })

  it('knows the length of every month, as Date.UTC does', () => {
    for (const year of [2024, 2026]) {
      for (let month = 1; month <= 12; month++) {
        const length = new Date(Date.UTC(year, month, 0)).getUTCDate()
        expect(daysInMonth(year, month), `${year}-${month}`).toBe(length)
        const last = `${year}-${String(month).padStart(2, '0')}-${length}`
        expect(dayNumberOf(last), last).toBe(Date.UTC(year, month - 1, length) / 86_400_000)
        expect(dayNumberOf(`${last.slice(0, 8)}${length + 1}`)).toBeUndefined()
      }
    }
  })

  it('reads the date at the start of an instant, and nothing after it', () => {
    expect(dayNumberOfIsoPrefix('2024-02-29T23:59:59+08:00')).toBe(19782)
    expect(dayNumberOfIsoPrefix('2024-02-29')).toBe(19782)
    expect(dayNumberOfIsoPrefix('2100-02-29T00:00:00Z')).toBeUndefined()
    for (const text of ['2024-02-2', '2024-0a-29', 'x024-02-29', '2024-02-00', '2024/02/29']) {
      expect(dayNumberOfIsoPrefix(text), text).toBeUndefined()
    }
    expect(dayNumberOf('2024-02-29 ')).toBeUndefined()
  })

  it('formats dates the way documents print them', () => {
    expect(formatChineseDate('2026-03-05')).toBe('2026年3月5日')
  })
})
