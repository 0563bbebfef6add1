import { civilFromDayNumber, dayNumberFromCivil, daysInMonth } from '../calendar/iso-date'
import { parseValidityRange } from '../licences/catalog-entry'

/**
 * The last valid day for a licence valid from `fromDay` for a 有效期限范围 such as `5/Y`: the day
 * before the same date N years (months, days) on, with 02-29 and month ends clamped. Null for
 * `0/L` (长期).
 */
export function lastValidDay(fromDay: number, validityRange: string): number | null {
  const parsed = parseValidityRange(validityRange)
  if (parsed.kind === 'permanent') return null
  if (parsed.unit === 'day') return fromDay + parsed.amount - 1
  const from = civilFromDayNumber(fromDay)
  const months = parsed.unit === 'year' ? parsed.amount * 12 : parsed.amount
  const monthIndex = from.month - 1 + months
  const year = from.year + Math.floor(monthIndex / 12)
  const month = (monthIndex % 12) + 1
  const day = Math.min(from.day, daysInMonth(year, month))
  return dayNumberFromCivil({ year, month, day }) - 1
}

/** Length in days of one validity period starting at `fromDay`; null for 长期. */
export function validityDays(fromDay: number, validityRange: string): number | null {
  const last = lastValidDay(fromDay, validityRange)
  return last === null ? null : last - fromDay + 1
}
