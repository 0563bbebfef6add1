import { daysInMonth } from '../calendar/iso-date'

/** Whether year/month/day name a real calendar date (no 02-30, 02-29 only in leap years). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** Today as `YYYY-MM-DD` in the runtime's local time zone (the workstations run 北京时间). */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0')
  const day = String(now.getDate()).padStart(2, '0')
  return `${now.getFullYear()}-${month}-${day}`
}
