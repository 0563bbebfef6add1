import { dayNumberFromCivil, isoDateOfDayNumber } from '../calendar/iso-date'
import type { CalendarError } from '../calendar/result'
import type { WorkingDayCalendar } from '../calendar/working-day-calendar'

const MS_PER_DAY = 86_400_000
const BEIJING_OFFSET_MS = 8 * 3600 * 1000

/**
 * Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil, as `calendar/iso-date`
 * computes it), repeated here without the object argument.
 */
function civilDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  return (
    era * 146097 +
    yearOfEra * 365 +
    Math.floor(yearOfEra / 4) -
    Math.floor(yearOfEra / 100) +
    dayOfYear -
    719468
  )
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/**
 * Day number of 1 January for the years a scan meets, and days before each month: a scan turns
 * millions of dates into day numbers, and table look-ups beat the divisions above.
 */
const TABLE_FIRST_YEAR = 1950
const TABLE_LAST_YEAR = 2150
const YEAR_START = Int32Array.from({ length: TABLE_LAST_YEAR - TABLE_FIRST_YEAR + 1 }, (_, i) =>
  civilDayNumber(TABLE_FIRST_YEAR + i, 1, 1)
)
const LEAP = Uint8Array.from({ length: YEAR_START.length }, (_, i) =>
  isLeap(TABLE_FIRST_YEAR + i) ? 1 : 0
)
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
const MONTH_LENGTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** A digit's value, or a value that fails every range check below. */
function digit(text: string, index: number): number {
  const value = text.charCodeAt(index) - 48
  return value >= 0 && value <= 9 ? value : -100_000
}

/** Day number of the `YYYY-MM-DD` at the start of `text`, or undefined. */
function leadingDateDayNumber(text: string): number | undefined {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3)
  const month = digit(text, 5) * 10 + digit(text, 6)
  const day = digit(text, 8) * 10 + digit(text, 9)
  if (year < 0 || month < 1 || month > 12 || day < 1) return undefined
  const index = year - TABLE_FIRST_YEAR
  const inTable = index >= 0 && index < YEAR_START.length
  const leap = inTable ? LEAP[index] === 1 : isLeap(year)
  const leapDay = leap && month > 2 ? 1 : 0
  if (day > (MONTH_LENGTH[month] ?? 0) + (leap && month === 2 ? 1 : 0)) return undefined
  if (!inTable) return civilDayNumber(year, month, day)
  return (YEAR_START[index] ?? 0) + (DAYS_BEFORE_MONTH[month] ?? 0) + leapDay + day - 1
}

/** Day number of an ISO date `YYYY-MM-DD`; undefined for anything else. */
export function dayNumberOfDate(date: string): number | undefined {
  return date.length === 10 ? leadingDateDayNumber(date) : undefined
}

/**
 * The Beijing calendar day of an ISO instant, as a day number. Business systems send
 * `YYYY-MM-DDTHH:MM:SS+08:00`, whose date is its first ten characters: read without `Date`, since
 * a scan reads millions of them. Other offsets go through `Date.parse`.
 */
export function beijingDayNumber(instant: string): number | undefined {
  if (
    instant.length === 25 &&
    instant.charCodeAt(10) === 84 && // T
    instant.charCodeAt(19) === 43 && // +
    instant.charCodeAt(20) === 48 &&
    instant.charCodeAt(21) === 56 &&
    instant.charCodeAt(22) === 58 &&
    instant.charCodeAt(23) === 48 &&
    instant.charCodeAt(24) === 48
  ) {
    const day = leadingDateDayNumber(instant)
    if (day !== undefined) return day
  }
  const ms = Date.parse(instant)
  return Number.isNaN(ms) ? undefined : Math.floor((ms + BEIJING_OFFSET_MS) / MS_PER_DAY)
}

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
    return result.ok ? leadingDateDayNumber(result.data) : undefined
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
