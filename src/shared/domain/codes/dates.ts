import { daysInMonth } from '../calendar/iso-date'

/** Whether year/month/day name a real calendar date (no 02-30, 02-29 only in leap years). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}
