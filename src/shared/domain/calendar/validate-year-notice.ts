import { z } from 'zod'
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

export type YearNoticeIssueCode =
  | 'SHAPE'
  | 'HOLIDAY_RANGE_REVERSED'
  | 'HOLIDAY_OUTSIDE_YEAR'
  | 'HOLIDAY_TOO_LONG'
  | 'HOLIDAYS_OVERLAP'
  | 'ADJUSTED_WORKDAY_OUTSIDE_YEAR'
  | 'ADJUSTED_WORKDAY_NOT_WEEKEND'
  | 'ADJUSTED_WORKDAY_IN_HOLIDAY'
  | 'ADJUSTED_WORKDAY_DUPLICATE'
  | 'ADJUSTED_WORKDAY_UNKNOWN_HOLIDAY'
  | 'SOURCE_ISSUED_AFTER_YEAR'

export interface YearNoticeIssue {
  code: YearNoticeIssueCode
  /** Where in the form, e.g. `holidays.2.to`. */
  path: string
  message: string
}

export type YearNoticeValidation =
  | { ok: true; data: YearNotice }
  | {
      ok: false
      error: { code: 'YEAR_NOTICE_INVALID'; message: string; issues: YearNoticeIssue[] }
    }

/** The longest run of days off any notice has given (2020's extended 春节 was 10 days). */
const LONGEST_HOLIDAY_DAYS = 15
const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']

const isoDate = z
  .string({ error: '请填写日期' })
  .trim()
  .refine(isIsoDate, { error: '日期应为 YYYY-MM-DD 格式的有效日期' })
const requiredText = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
const noticeSource = z.object({
  title: requiredText('通知标题'),
  issuedOn: isoDate,
  documentNumber: requiredText('发文字号').optional()
})

const yearNoticeSchema = z.object({
  year: z
    .number({ error: '年度应为数字' })
    .int({ error: '年度应为整数' })
    .min(2000, { error: '年度应在 2000–2100 之间' })
    .max(2100, { error: '年度应在 2000–2100 之间' }),
  holidays: z
    .array(z.object({ name: requiredText('节日名称'), from: isoDate, to: isoDate }), {
      error: '请录入放假安排'
    })
    .min(1, { error: '至少录入一段放假安排' }),
  adjustedWorkdays: z.array(z.object({ date: isoDate, holiday: requiredText('调休对应的节日') }), {
    error: '请录入调休上班日（没有时填空列表）'
  }),
  source: noticeSource,
  amendedBy: z.array(noticeSource).optional()
})

function yearOf(date: string): number | undefined {
  return parseIsoDate(date)?.year
}

function checkHolidays(year: number, holidays: HolidayRange[], issues: YearNoticeIssue[]): void {
  holidays.forEach((range, index) => {
    const label = `第${index + 1}段假期（${range.name}）`
    const from = dayNumberOf(range.from) ?? 0
    const to = dayNumberOf(range.to) ?? 0
    if (from > to) {
      issues.push({
        code: 'HOLIDAY_RANGE_REVERSED',
        path: `holidays.${index}.to`,
        message: `${label}的结束日期 ${range.to} 早于开始日期 ${range.from}`
      })
      return
    }
    if (to - from + 1 > LONGEST_HOLIDAY_DAYS) {
      issues.push({
        code: 'HOLIDAY_TOO_LONG',
        path: `holidays.${index}`,
        message: `${label}长达 ${to - from + 1} 天，超过 ${LONGEST_HOLIDAY_DAYS} 天，请核对日期`
      })
    }
    // A notice may start 元旦 on the preceding weekend (2023: from 2022-12-31), but it cannot
    // decide another year's working days.
    const touchesYear = yearOf(range.from) === year || yearOf(range.to) === year
    for (let day = from; day <= to; day++) {
      if (civilFromDayNumber(day).year === year || (touchesYear && isWeekendDayNumber(day)))
        continue
      const date = isoDateOfDayNumber(day)
      issues.push({
        code: 'HOLIDAY_OUTSIDE_YEAR',
        path: `holidays.${index}`,
        message: `${label}包含 ${date}，不在${year}年内`
      })
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
      issues.push({
        code: 'HOLIDAYS_OVERLAP',
        path: `holidays.${current.index}`,
        message: `第${current.index + 1}段假期（${current.range.name}）与第${previous.index + 1}段假期（${previous.range.name}）日期重叠`
      })
    }
  }
}

function checkAdjustedWorkdays(notice: YearNotice, issues: YearNoticeIssue[]): void {
  const seen = new Set<string>()
  const holidayNames = new Set(notice.holidays.map((range) => range.name))
  notice.adjustedWorkdays.forEach((adjusted, index) => {
    const path = `adjustedWorkdays.${index}`
    const day = dayNumberOf(adjusted.date) ?? 0
    const label = `调休上班日 ${adjusted.date}`
    if (seen.has(adjusted.date)) {
      issues.push({ code: 'ADJUSTED_WORKDAY_DUPLICATE', path, message: `${label}重复录入` })
    }
    seen.add(adjusted.date)
    if (yearOf(adjusted.date) !== notice.year) {
      issues.push({
        code: 'ADJUSTED_WORKDAY_OUTSIDE_YEAR',
        path,
        message: `${label}不在${notice.year}年内`
      })
    }
    if (!isWeekendDayNumber(day)) {
      issues.push({
        code: 'ADJUSTED_WORKDAY_NOT_WEEKEND',
        path,
        message: `${label}是${WEEKDAY_NAMES[weekdayOfDayNumber(day)]}，本来就是工作日，调休上班日应为周六或周日`
      })
    }
    const inHoliday = notice.holidays.find(
      (range) => adjusted.date >= range.from && adjusted.date <= range.to
    )
    if (inHoliday) {
      issues.push({
        code: 'ADJUSTED_WORKDAY_IN_HOLIDAY',
        path,
        message: `${label}落在假期（${inHoliday.name} ${inHoliday.from} 至 ${inHoliday.to}）之内`
      })
    }
    if (!holidayNames.has(adjusted.holiday)) {
      issues.push({
        code: 'ADJUSTED_WORKDAY_UNKNOWN_HOLIDAY',
        path: `${path}.holiday`,
        message: `${label}对应的节日“${adjusted.holiday}”不在本通知的放假安排中`
      })
    }
  })
}

/**
 * Checks a year's holiday notice as an administrator enters it in 设置. Returns the normalised
 * notice (trimmed, holidays and adjusted workdays in date order) or every problem found, each
 * with a Chinese message and the form path it belongs to.
 */
export function validateYearNotice(input: unknown): YearNoticeValidation {
  const parsed = yearNoticeSchema.safeParse(input)
  const issues: YearNoticeIssue[] = []
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push({ code: 'SHAPE', path: issue.path.join('.'), message: issue.message })
    }
  } else {
    const notice: YearNotice = parsed.data
    checkHolidays(notice.year, notice.holidays, issues)
    checkAdjustedWorkdays(notice, issues)
    if (notice.source.issuedOn > `${notice.year}-12-31`) {
      issues.push({
        code: 'SOURCE_ISSUED_AFTER_YEAR',
        path: 'source.issuedOn',
        message: `通知发布日期 ${notice.source.issuedOn} 晚于${notice.year}年年末`
      })
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
    error: {
      code: 'YEAR_NOTICE_INVALID',
      message: `节假日安排有 ${issues.length} 处问题：${issues.map((issue) => issue.message).join('；')}`,
      issues
    }
  }
}
