import { dayNumberFromCivil, dayNumberOf, isoDateOfDayNumber } from '../calendar/iso-date'
import type { CalendarError } from '../calendar/result'
import { beijingDayNumber, type WorkingDayCalendar } from '../calendar/working-day-calendar'

/** Day numbers are the calendar's (`calendar/iso-date`): one date arithmetic for the whole app. */
export const dayNumberOfDate = dayNumberOf
export { beijingDayNumber }

export const isoDateOf = isoDateOfDayNumber

const UNCOVERED = -1

/**
 * W(d, n) (`WorkingDayCalendar.addWorkingDays`) as day numbers, tabulated per n over the covered
 * years so that a scan pays an array look-up per deadline. The calendar stays the authority: the
 * tables are filled from it, and days outside them are asked of it directly.
 */
export class WorkingDayDeadlines {
  private readonly firstDay: number
  private readonly size: number
  /** Indexed by n; a scan uses a handful of n. */
  private readonly tables: (Int32Array | undefined)[] = []
  /** Working days, and days without a table, among the first i days of the range. */
  private prefixes: { working: Int32Array; uncovered: Int32Array } | undefined

  constructor(readonly calendar: WorkingDayCalendar) {
    const years = calendar.coveredYears
    const first = years[0]
    const last = years[years.length - 1]
    if (first === undefined || last === undefined) {
      this.firstDay = 0
      this.size = 0
      return
    }
    this.firstDay = dayNumberFromCivil({ year: first, month: 1, day: 1 })
    this.size = dayNumberFromCivil({ year: last + 1, month: 1, day: 1 }) - this.firstDay
  }

  private table(n: number): Int32Array {
    let table = this.tables[n]
    if (!table) {
      table = new Int32Array(this.size)
      for (let i = 0; i < this.size; i++) table[i] = this.ask(this.firstDay + i, n) ?? UNCOVERED
      this.tables[n] = table
    }
    return table
  }

  private ask(day: number, n: number): number | undefined {
    const result = this.calendar.addWorkingDays(isoDateOfDayNumber(day), n)
    return result.ok ? dayNumberOf(result.data) : undefined
  }

  /** The last day of a period of n working days after `day`; undefined when the calendar cannot tell. */
  lastDay(day: number, n: number): number | undefined {
    const index = day - this.firstDay
    if (index < 0 || index >= this.size) return this.ask(day, n)
    const found = this.table(n)[index] ?? UNCOVERED
    return found === UNCOVERED ? undefined : found
  }

  /** Why W(day, n) has no answer (the year whose holiday table is missing). */
  whyUnknown(day: number, n: number): CalendarError {
    const result = this.calendar.addWorkingDays(isoDateOfDayNumber(day), n)
    if (result.ok) throw new Error(`W(${isoDateOfDayNumber(day)}, ${n}) is known: ${result.data}`)
    return result.error
  }

  private prefixTables(): { working: Int32Array; uncovered: Int32Array } {
    if (!this.prefixes) {
      const working = new Int32Array(this.size + 1)
      const uncovered = new Int32Array(this.size + 1)
      for (let i = 0; i < this.size; i++) {
        const day = this.calendar.isWorkingDay(isoDateOfDayNumber(this.firstDay + i))
        working[i + 1] = (working[i] ?? 0) + (day.ok && day.data ? 1 : 0)
        uncovered[i + 1] = (uncovered[i] ?? 0) + (day.ok ? 0 : 1)
      }
      this.prefixes = { working, uncovered }
    }
    return this.prefixes
  }

  /**
   * Working days in (lastDay, actualDay]: how late an act on `actualDay` is. Null when a day in
   * between lies in a year without a table. Counted from the tables, as
   * `calendar.workingDaysBetween` counts, without turning day numbers back into dates.
   */
  workingDaysLate(lastDay: number, actualDay: number): number | null {
    const from = lastDay - this.firstDay + 1
    const to = actualDay - this.firstDay + 1
    if (from >= 1 && to <= this.size && from <= to) {
      const { working, uncovered } = this.prefixTables()
      if ((uncovered[to] ?? 0) - (uncovered[from] ?? 0) === 0) {
        return (working[to] ?? 0) - (working[from] ?? 0)
      }
    }
    const result = this.calendar.workingDaysBetween(
      isoDateOfDayNumber(lastDay),
      isoDateOfDayNumber(actualDay)
    )
    return result.ok ? result.data : null
  }
}

/** The answer to “was this act (or, when it has not happened, TODAY) after the deadline?”. */
export type DeadlineVerdict =
  | { verdict: 'onTime' }
  | { verdict: 'late'; lastDay: number; actualDay: number; workingDaysLate: number | null }
  | { verdict: 'undetermined'; error: CalendarError }

/** Shared, because almost every act is on time and a scan judges millions. */
const ON_TIME: DeadlineVerdict = { verdict: 'onTime' }

/**
 * Compares the day of an act (null: not done yet, judged on `todayDay`) with W(startDay, n). When
 * the calendar cannot give the deadline, an act no later than startDay + n is still on time, for
 * n working days take at least n calendar days; anything later is undetermined.
 */
export function judgeDeadline(
  deadlines: WorkingDayDeadlines,
  startDay: number,
  n: number,
  actDay: number | null,
  todayDay: number
): DeadlineVerdict {
  const actualDay = actDay ?? todayDay
  const lastDay = deadlines.lastDay(startDay, n)
  if (lastDay === undefined) {
    if (actualDay <= startDay + n) return ON_TIME
    return { verdict: 'undetermined', error: deadlines.whyUnknown(startDay, n) }
  }
  if (actualDay <= lastDay) return ON_TIME
  return {
    verdict: 'late',
    lastDay,
    actualDay,
    workingDaysLate: deadlines.workingDaysLate(lastDay, actualDay)
  }
}
