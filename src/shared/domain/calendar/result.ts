/**
 * Why the calendar cannot answer, as a message: `calendar.yearNotCovered` with the first year
 * without a holiday table, `calendar.invalidDate` with the text given, `calendar.invalidCount`
 * with the count given.
 */
export type CalendarError =
  /** The date falls in a year whose holiday notice has not been entered. */
  | { code: 'calendar.yearNotCovered'; params: { year: number } }
  | { code: 'calendar.invalidDate'; params: { text: string } }
  | { code: 'calendar.invalidCount'; params: { count: number } }

export type CalendarErrorCode = CalendarError['code']

/** Calendar answers are values: a deadline in an uncovered year is an error, never a guess. */
export type CalendarResult<T> = { ok: true; data: T } | { ok: false; error: CalendarError }

export function yearNotCovered(year: number): { ok: false; error: CalendarError } {
  return { ok: false, error: { code: 'calendar.yearNotCovered', params: { year } } }
}

export function invalidDate(text: string): { ok: false; error: CalendarError } {
  return { ok: false, error: { code: 'calendar.invalidDate', params: { text } } }
}

export function invalidCount(count: number): { ok: false; error: CalendarError } {
  return { ok: false, error: { code: 'calendar.invalidCount', params: { count } } }
}
