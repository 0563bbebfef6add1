/**
 * Calendar dates as ISO `YYYY-MM-DD` strings and as integer day numbers (days since 1970-01-01).
 * Deadlines are counted in whole civil days, so all arithmetic is on integers: no local-time
 * `Date`, no DST or time-zone drift.
 */

/** An ISO 8601 calendar date, `YYYY-MM-DD`. */
export type IsoDate = string

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

export interface CivilDate {
  year: number
  month: number
  day: number
}

/** Parses a strict `YYYY-MM-DD`; returns undefined for anything else, including 2026-02-30. */
export function parseIsoDate(text: string): CivilDate | undefined {
  const dayNumber = dayNumberOf(text)
  return dayNumber === undefined ? undefined : civilFromDayNumber(dayNumber)
}

export function isIsoDate(text: string): boolean {
  return dayNumberOf(text) !== undefined
}

const ZERO = 48
const HYPHEN = 45

/** The value of `count` decimal digits at `index`, or -1 when one of them is not a digit. */
function digitsAt(text: string, index: number, count: number): number {
  let value = 0
  for (let i = index; i < index + count; i++) {
    const digit = text.charCodeAt(i) - ZERO
    if (!(digit >= 0 && digit <= 9)) return -1
    value = value * 10 + digit
  }
  return value
}

/**
 * Day number of the `YYYY-MM-DD` that `text` starts with (what follows is not read), or undefined
 * when it is not a real date. Reads character codes, for a compliance scan turns millions of
 * dates and instants into day numbers.
 */
export function dayNumberOfIsoPrefix(text: string): number | undefined {
  if (text.charCodeAt(4) !== HYPHEN || text.charCodeAt(7) !== HYPHEN) return undefined
  const year = digitsAt(text, 0, 4)
  const month = digitsAt(text, 5, 2)
  const day = digitsAt(text, 8, 2)
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined
  }
  return daysFromCivil(year, month, day)
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function dayNumberFromCivil({ year, month, day }: CivilDate): number {
  return daysFromCivil(year, month, day)
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

export function civilFromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365
  )
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

export function formatIsoDate({ year, month, day }: CivilDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Day number of a valid ISO date `YYYY-MM-DD`; undefined when the text is not one. */
export function dayNumberOf(date: IsoDate): number | undefined {
  return date.length === 10 ? dayNumberOfIsoPrefix(date) : undefined
}

export function isoDateOfDayNumber(dayNumber: number): IsoDate {
  return formatIsoDate(civilFromDayNumber(dayNumber))
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7
}

export function isWeekendDayNumber(dayNumber: number): boolean {
  const weekday = weekdayOfDayNumber(dayNumber)
  return weekday === 0 || weekday === 6
}

/** `2026年3月5日`, the form GB/T 9704 documents use. */
export function formatChineseDate(date: IsoDate): string {
  const civil = parseIsoDate(date)
  return civil ? `${civil.year}年${civil.month}月${civil.day}日` : date
}
