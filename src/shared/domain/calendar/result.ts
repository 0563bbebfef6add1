export type CalendarErrorCode =
  /** The date falls in a year whose holiday notice has not been entered. */
  'CALENDAR_YEAR_NOT_COVERED' | 'CALENDAR_INVALID_DATE' | 'CALENDAR_INVALID_COUNT'

export interface CalendarError {
  code: CalendarErrorCode
  /** zh-CN, ready to show to the user. */
  message: string
  /** The first year without a table, for CALENDAR_YEAR_NOT_COVERED. */
  year?: number
}

/** Calendar answers are values: a deadline in an uncovered year is an error, never a guess. */
export type CalendarResult<T> = { ok: true; data: T } | { ok: false; error: CalendarError }

export function yearNotCovered(year: number): { ok: false; error: CalendarError } {
  return {
    ok: false,
    error: {
      code: 'CALENDAR_YEAR_NOT_COVERED',
      message: `${year}年的节假日安排尚未录入，无法按工作日计算期限。请在“设置”中录入《国务院办公厅关于${year}年部分节假日安排的通知》。`,
      year
    }
  }
}

export function invalidDate(text: string): { ok: false; error: CalendarError } {
  return {
    ok: false,
    error: {
      code: 'CALENDAR_INVALID_DATE',
      message: `“${text}”不是有效的日期，应为 YYYY-MM-DD 格式`
    }
  }
}

export function invalidCount(count: number): { ok: false; error: CalendarError } {
  return {
    ok: false,
    error: {
      code: 'CALENDAR_INVALID_COUNT',
      message: `工作日数应为不小于 0 的整数，收到 ${count}`
    }
  }
}
