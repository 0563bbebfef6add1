import { z } from 'zod'
import { day, message, type Message } from '../../i18n/message'
import { holidayName } from './holiday-names'
import {
  civilFromDayNumber,
  dayNumberOf,
  isIsoDate,
  isoDateOfDayNumber,
  isWeekendDayNumber,
  parseIsoDate,
  weekdayOfDayNumber
} from './iso-date'
import type { HolidayRange, YearNotice } from './year-notice'

/** A problem the form shows next to a field: its code, its parameters and where it is. */
export interface YearNoticeIssue extends Message {
  /** `calendar.notice.holidayRangeReversed` …; a badly shaped form gives its field's own code. */
  code: string
  /** Where in the form, e.g. `holidays.2.to`. */
  path: string
}

export type YearNoticeValidation =
  | { ok: true; data: YearNotice }
  | {
      ok: false
      error: {
        code: 'calendar.notice.invalid'
        params: { count: number }
        issues: YearNoticeIssue[]
      }
    }

/** The longest run of days off any notice has given (2020's extended 春节 was 10 days). */
const LONGEST_HOLIDAY_DAYS = 15
/** Monday to Friday, the days a make-up working day must not fall on (weekday 1 … 5). */
const WORKING_WEEKDAYS: readonly Message[] = [
  message('calendar.weekday.monday'),
  message('calendar.weekday.tuesday'),
  message('calendar.weekday.wednesday'),
  message('calendar.weekday.thursday'),
  message('calendar.weekday.friday')
]

/*
 * The form's shape is checked by zod, which carries a message string only: every refusal of the
 * schema below is given a catalog code as that string (every schema, objects and arrays too, has
 * its own, so zod never words one itself).
 */
const isoDate = z
  .string({ error: 'calendar.notice.dateMissing' })
  .trim()
  .refine(isIsoDate, { error: 'calendar.notice.dateInvalid' })
const requiredText = (code: string) => z.string({ error: code }).trim().min(1, { error: code })
const noticeSource = z.object(
  {
    title: requiredText('calendar.notice.titleMissing'),
    issuedOn: isoDate,
    documentNumber: requiredText('calendar.notice.documentNumberMissing').optional()
  },
  { error: 'calendar.notice.notAnObject' }
)

const yearNoticeSchema = z.object(
  {
    year: z
      .number({ error: 'calendar.notice.yearNotNumber' })
      .int({ error: 'calendar.notice.yearNotInteger' })
      .min(2000, { error: 'calendar.notice.yearOutOfRange' })
      .max(2100, { error: 'calendar.notice.yearOutOfRange' }),
    holidays: z
      .array(
        z.object(
          {
            name: requiredText('calendar.notice.holidayNameMissing'),
            from: isoDate,
            to: isoDate
          },
          { error: 'calendar.notice.notAnObject' }
        ),
        { error: 'calendar.notice.holidaysMissing' }
      )
      .min(1, { error: 'calendar.notice.holidaysEmpty' }),
    adjustedWorkdays: z.array(
      z.object(
        { date: isoDate, holiday: requiredText('calendar.notice.adjustedHolidayMissing') },
        { error: 'calendar.notice.notAnObject' }
      ),
      { error: 'calendar.notice.adjustedWorkdaysMissing' }
    ),
    source: noticeSource,
    amendedBy: z.array(noticeSource, { error: 'calendar.notice.notAnObject' }).optional()
  },
  { error: 'calendar.notice.notAnObject' }
)

function issue(path: string, found: Message): YearNoticeIssue {
  return { ...found, path }
}

function yearOf(date: string): number | undefined {
  return parseIsoDate(date)?.year
}

function checkHolidays(year: number, holidays: HolidayRange[], issues: YearNoticeIssue[]): void {
  holidays.forEach((range, index) => {
    // 第{index}段假期（{name}）: the range as the form numbers it, from 1.
    const holiday = { index: index + 1, name: holidayName(range.name) }
    const from = dayNumberOf(range.from) ?? 0
    const to = dayNumberOf(range.to) ?? 0
    if (from > to) {
      issues.push(
        issue(
          `holidays.${index}.to`,
          message('calendar.notice.holidayRangeReversed', {
            ...holiday,
            from: day(range.from),
            to: day(range.to)
          })
        )
      )
      return
    }
    if (to - from + 1 > LONGEST_HOLIDAY_DAYS) {
      issues.push(
        issue(
          `holidays.${index}`,
          message('calendar.notice.holidayTooLong', {
            ...holiday,
            days: to - from + 1,
            limit: LONGEST_HOLIDAY_DAYS
          })
        )
      )
    }
    // A notice may start 元旦 on the preceding weekend (2023: from 2022-12-31), but it cannot
    // decide another year's working days.
    const touchesYear = yearOf(range.from) === year || yearOf(range.to) === year
    for (let dayNumber = from; dayNumber <= to; dayNumber++) {
      const { year: inYear } = civilFromDayNumber(dayNumber)
      if (inYear === year || (touchesYear && isWeekendDayNumber(dayNumber))) continue
      issues.push(
        issue(
          `holidays.${index}`,
          message('calendar.notice.holidayOutsideYear', {
            ...holiday,
            date: day(isoDateOfDayNumber(dayNumber)),
            year
          })
        )
      )
      break
    }
  })
  const ordered = holidays
    .map((range, index) => ({ range, index }))
    .sort((a, b) => a.range.from.localeCompare(b.range.from))
  for (let i = 1; i < ordered.length; i++) {
    const previous = ordered[i - 1]
    const current = ordered[i]
    if (previous && current && current.range.from <= previous.range.to) {
      issues.push(
        issue(
          `holidays.${current.index}`,
          message('calendar.notice.holidaysOverlap', {
            index: current.index + 1,
            name: holidayName(current.range.name),
            otherIndex: previous.index + 1,
            otherName: holidayName(previous.range.name)
          })
        )
      )
    }
  }
}

function checkAdjustedWorkdays(notice: YearNotice, issues: YearNoticeIssue[]): void {
  const seen = new Set<string>()
  const holidayNames = new Set(notice.holidays.map((range) => range.name))
  notice.adjustedWorkdays.forEach((adjusted, index) => {
    const path = `adjustedWorkdays.${index}`
    const dayNumber = dayNumberOf(adjusted.date) ?? 0
    const date = day(adjusted.date)
    if (seen.has(adjusted.date)) {
      issues.push(issue(path, message('calendar.notice.adjustedWorkdayDuplicate', { date })))
    }
    seen.add(adjusted.date)
    if (yearOf(adjusted.date) !== notice.year) {
      issues.push(
        issue(
          path,
          message('calendar.notice.adjustedWorkdayOutsideYear', { date, year: notice.year })
        )
      )
    }
    if (!isWeekendDayNumber(dayNumber)) {
      issues.push(
        issue(
          path,
          message('calendar.notice.adjustedWorkdayNotWeekend', {
            date,
            weekday: WORKING_WEEKDAYS[weekdayOfDayNumber(dayNumber) - 1] as Message
          })
        )
      )
    }
    const inHoliday = notice.holidays.find(
      (range) => adjusted.date >= range.from && adjusted.date <= range.to
    )
    if (inHoliday) {
      issues.push(
        issue(
          path,
          message('calendar.notice.adjustedWorkdayInHoliday', {
            date,
            name: holidayName(inHoliday.name),
            from: day(inHoliday.from),
            to: day(inHoliday.to)
          })
        )
      )
    }
    if (!holidayNames.has(adjusted.holiday)) {
      issues.push(
        issue(
          `${path}.holiday`,
          message('calendar.notice.adjustedWorkdayUnknownHoliday', {
            date,
            holiday: holidayName(adjusted.holiday)
          })
        )
      )
    }
  })
}

/**
 * Checks a year's holiday notice as an administrator enters it in 设置. Returns the normalised
 * notice (trimmed, holidays and adjusted workdays in date order) or every problem found, each
 * a message with the form path it belongs to.
 */
export function validateYearNotice(input: unknown): YearNoticeValidation {
  const parsed = yearNoticeSchema.safeParse(input)
  const issues: YearNoticeIssue[] = []
  if (!parsed.success) {
    for (const found of parsed.error.issues) {
      issues.push({ code: found.message, path: found.path.join('.') })
    }
  } else {
    const notice: YearNotice = parsed.data
    checkHolidays(notice.year, notice.holidays, issues)
    checkAdjustedWorkdays(notice, issues)
    if (notice.source.issuedOn > `${notice.year}-12-31`) {
      issues.push(
        issue(
          'source.issuedOn',
          message('calendar.notice.sourceIssuedAfterYear', {
            date: day(notice.source.issuedOn),
            year: notice.year
          })
        )
      )
    }
    if (issues.length === 0) {
      return {
        ok: true,
        data: {
          ...notice,
          holidays: [...notice.holidays].sort((a, b) => a.from.localeCompare(b.from)),
          adjustedWorkdays: [...notice.adjustedWorkdays].sort((a, b) =>
            a.date.localeCompare(b.date)
          )
        }
      }
    }
  }
  return {
    ok: false,
    error: { code: 'calendar.notice.invalid', params: { count: issues.length }, issues }
  }
}
