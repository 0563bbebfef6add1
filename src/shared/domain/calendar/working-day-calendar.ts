import {
  civilFromDayNumber,
  dayNumberFromCivil,
  dayNumberOf,
  dayNumberOfIsoPrefix,
  isoDateOfDayNumber,
  isWeekendDayNumber,
  type IsoDate
} from './iso-date'
import { invalidCount, invalidDate, yearNotCovered, type CalendarResult } from './result'
import type { YearNotice } from './year-notice'

/** Why a day is or is not a working day. */
export type DayReason =
  | { kind: 'workday' }
  | { kind: 'weekend' }
  /** 节假日 */
  | { kind: 'holiday'; holiday: string }
  /** 调休上班: a weekend day worked to balance a holiday. */
  | { kind: 'adjustedWorkday'; holiday: string }

export interface DayDescription {
  date: IsoDate
  isWorkingDay: boolean
  reason: DayReason
}

/**
 * The last day of a period counted in working days, and the instant it lapses: 24:00 Beijing
 * time of that day (民法典 Art. 203), i.e. 16:00Z. An act at or after `expiresAt` is late.
 */
export interface Deadline {
  lastDay: IsoDate
  expiresAt: string
}

export interface WorkingDayCalendar {
  /** Years that have a holiday table, ascending. */
  readonly coveredYears: readonly number[]
  readonly notices: readonly YearNotice[]
  isWorkingDay(date: IsoDate): CalendarResult<boolean>
  describeDay(date: IsoDate): CalendarResult<DayDescription>
  /**
   * The Nth working day after `date` (民法典 Art. 201: the start day is not counted). With n = 0,
   * `date` itself when it is a working day, otherwise the next working day (Art. 203: a period
   * ending on a holiday runs to the next working day).
   */
  addWorkingDays(date: IsoDate, n: number): CalendarResult<IsoDate>
  deadlineEnd(date: IsoDate, n: number): CalendarResult<Deadline>
  /**
   * Working days in (from, to]: how many working days `to` lies after `from`. Negative when `to`
   * is before `from`. So `workingDaysBetween(deadline.lastDay, actualDay)` is the lateness.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): CalendarResult<number>
  /** A calendar with this year's table added, or replaced when the year is already covered. */
  withNotice(notice: YearNotice): WorkingDayCalendar
}

const UNCOVERED = 0
const WORKDAY = 1
const WEEKEND = 2
const HOLIDAY = 3
const ADJUSTED_WORKDAY = 4

/** UTC+8 has had no daylight saving since 1991, so Beijing midnight is always 16:00Z. */
const BEIJING_OFFSET_MS = 8 * 3600 * 1000
const MS_PER_DAY = 86_400_000
const T = 84

/** The instant a day ends at 24:00 Beijing time, as an ISO UTC timestamp. */
export function endOfBeijingDay(date: IsoDate): string {
  return `${date}T16:00:00.000Z`
}

/**
 * The Beijing calendar day of an ISO instant, as a day number. Business systems send
 * `YYYY-MM-DDTHH:MM:SS+08:00`, whose date is its first ten characters: read without `Date`, since
 * a compliance scan reads millions of them. Other offsets go through `Date.parse`, once the date
 * is known to be real (`Date.parse` turns 2026-02-30 into 2026-03-02).
 */
export function beijingDayNumber(instant: string): number | undefined {
  const day = dayNumberOfIsoPrefix(instant)
  if (day === undefined) return undefined
  if (instant.length === 25 && instant.charCodeAt(10) === T && instant.endsWith('+08:00')) {
    return day
  }
  const ms = Date.parse(instant)
  return Number.isNaN(ms) ? undefined : Math.floor((ms + BEIJING_OFFSET_MS) / MS_PER_DAY)
}

/**
 * Today in 北京时间, whatever the machine's time zone: the one "today" that expiry, deadlines,
 * notices and import checks are judged against, in the renderer, its workers and the CLI alike.
 */
export function beijingToday(now: Date = new Date()): IsoDate {
  return isoDateOfDayNumber(Math.floor((now.getTime() + BEIJING_OFFSET_MS) / MS_PER_DAY))
}

/** The Beijing calendar date of an ISO instant (`2026-10-08T17:30:00Z` → 2026-10-09). */
export function beijingDateOf(instant: string): IsoDate | undefined {
  const day = beijingDayNumber(instant)
  return day === undefined ? undefined : isoDateOfDayNumber(day)
}

/**
 * Day kinds for every day from 1 January of the year before the first covered year to 31
 * December of the year after the last, so that a holiday spilling over New Year has a slot.
 */
interface DayTable {
  firstDay: number
  kinds: Uint8Array
  holidayIndex: Uint16Array
  holidayNames: string[]
  /** workingBefore[i] = working days among the first i days of the table. */
  workingBefore: Int32Array
  uncoveredBefore: Int32Array
}

function buildDayTable(notices: readonly YearNotice[]): DayTable {
  const years = notices.map((notice) => notice.year)
  const firstYear = years.length > 0 ? Math.min(...years) - 1 : 1970
  const lastYear = years.length > 0 ? Math.max(...years) + 1 : 1970
  const firstDay = dayNumberFromCivil({ year: firstYear, month: 1, day: 1 })
  const size = dayNumberFromCivil({ year: lastYear + 1, month: 1, day: 1 }) - firstDay
  const kinds = new Uint8Array(size)
  const holidayIndex = new Uint16Array(size)
  const holidayNames: string[] = ['']
  const covered = new Set(years)

  for (const year of covered) {
    const start = dayNumberFromCivil({ year, month: 1, day: 1 })
    const end = dayNumberFromCivil({ year: year + 1, month: 1, day: 1 })
    for (let day = start; day < end; day++) {
      kinds[day - firstDay] = isWeekendDayNumber(day) ? WEEKEND : WORKDAY
    }
  }
  const nameIndex = (name: string): number => {
    const found = holidayNames.indexOf(name)
    return found >= 0 ? found : holidayNames.push(name) - 1
  }
  const mark = (day: number | undefined, kind: number, holiday: string): void => {
    if (day === undefined || kinds[day - firstDay] === UNCOVERED) return
    kinds[day - firstDay] = kind
    holidayIndex[day - firstDay] = nameIndex(holiday)
  }
  for (const notice of notices) {
    for (const range of notice.holidays) {
      const from = dayNumberOf(range.from)
      const to = dayNumberOf(range.to)
      if (from === undefined || to === undefined) continue
      for (let day = from; day <= to; day++) mark(day, HOLIDAY, range.name)
    }
  }
  for (const notice of notices) {
    for (const adjusted of notice.adjustedWorkdays) {
      mark(dayNumberOf(adjusted.date), ADJUSTED_WORKDAY, adjusted.holiday)
    }
  }

  const workingBefore = new Int32Array(size + 1)
  const uncoveredBefore = new Int32Array(size + 1)
  for (let i = 0; i < size; i++) {
    const kind = kinds[i]
    workingBefore[i + 1] =
      (workingBefore[i] ?? 0) + (kind === WORKDAY || kind === ADJUSTED_WORKDAY ? 1 : 0)
    uncoveredBefore[i + 1] = (uncoveredBefore[i] ?? 0) + (kind === UNCOVERED ? 1 : 0)
  }
  return { firstDay, kinds, holidayIndex, holidayNames, workingBefore, uncoveredBefore }
}

/**
 * Builds a calendar from year tables. The tables must be valid (bundled, or passed through
 * `validateYearNotice`); a date in a year without a table is always an error value.
 */
export function createWorkingDayCalendar(notices: readonly YearNotice[]): WorkingDayCalendar {
  const byYear = new Map(notices.map((notice) => [notice.year, notice]))
  const orderedNotices = [...byYear.values()].sort((a, b) => a.year - b.year)
  const table = buildDayTable(orderedNotices)
  const { firstDay, kinds, workingBefore, uncoveredBefore } = table

  const kindOf = (day: number): number => kinds[day - firstDay] ?? UNCOVERED
  const isWorking = (kind: number): boolean => kind === WORKDAY || kind === ADJUSTED_WORKDAY
  const yearOf = (day: number): number => civilFromDayNumber(day).year
  const inTable = (day: number): boolean => day >= firstDay && day - firstDay < kinds.length

  /** The first uncovered year among days (from, to], if any. */
  const firstUncoveredYear = (from: number, to: number): number | undefined => {
    if (inTable(from + 1) && inTable(to)) {
      const uncovered =
        (uncoveredBefore[to - firstDay + 1] ?? 0) - (uncoveredBefore[from - firstDay + 1] ?? 0)
      if (uncovered === 0) return undefined
    }
    for (let year = yearOf(from + 1); year <= yearOf(to); year++) {
      if (!byYear.has(year)) return year
    }
    return undefined
  }

  const describeDayNumber = (day: number): DayReason => {
    const kind = kindOf(day)
    const holiday = table.holidayNames[table.holidayIndex[day - firstDay] ?? 0] ?? ''
    if (kind === HOLIDAY) return { kind: 'holiday', holiday }
    if (kind === ADJUSTED_WORKDAY) return { kind: 'adjustedWorkday', holiday }
    return kind === WEEKEND ? { kind: 'weekend' } : { kind: 'workday' }
  }

  const addWorkingDays = (date: IsoDate, n: number): CalendarResult<IsoDate> => {
    let day = dayNumberOf(date)
    if (day === undefined) return invalidDate(date)
    if (!Number.isInteger(n) || n < 0) return invalidCount(n)
    if (n === 0) day -= 1
    for (let counted = 0; counted < Math.max(n, 1);) {
      day += 1
      const kind = kindOf(day)
      if (kind === UNCOVERED) return yearNotCovered(yearOf(day))
      if (isWorking(kind)) counted += 1
    }
    return { ok: true, data: isoDateOfDayNumber(day) }
  }

  return {
    coveredYears: orderedNotices.map((notice) => notice.year),
    notices: orderedNotices,
    isWorkingDay(date) {
      const day = dayNumberOf(date)
      if (day === undefined) return invalidDate(date)
      const kind = kindOf(day)
      return kind === UNCOVERED ? yearNotCovered(yearOf(day)) : { ok: true, data: isWorking(kind) }
    },
    describeDay(date) {
      const day = dayNumberOf(date)
      if (day === undefined) return invalidDate(date)
      const kind = kindOf(day)
      if (kind === UNCOVERED) return yearNotCovered(yearOf(day))
      return {
        ok: true,
        data: { date, isWorkingDay: isWorking(kind), reason: describeDayNumber(day) }
      }
    },
    addWorkingDays,
    deadlineEnd(date, n) {
      const lastDay = addWorkingDays(date, n)
      if (!lastDay.ok) return lastDay
      return { ok: true, data: { lastDay: lastDay.data, expiresAt: endOfBeijingDay(lastDay.data) } }
    },
    workingDaysBetween(from, to) {
      const fromDay = dayNumberOf(from)
      if (fromDay === undefined) return invalidDate(from)
      const toDay = dayNumberOf(to)
      if (toDay === undefined) return invalidDate(to)
      const [low, high, sign] = fromDay <= toDay ? [fromDay, toDay, 1] : [toDay, fromDay, -1]
      if (low === high) return { ok: true, data: 0 }
      const uncovered = firstUncoveredYear(low, high)
      if (uncovered !== undefined) return yearNotCovered(uncovered)
      const count =
        (workingBefore[high - firstDay + 1] ?? 0) - (workingBefore[low - firstDay + 1] ?? 0)
      return { ok: true, data: count === 0 ? 0 : sign * count }
    },
    withNotice(notice) {
      return createWorkingDayCalendar([
        ...orderedNotices.filter((n) => n.year !== notice.year),
        notice
      ])
    }
  }
}
