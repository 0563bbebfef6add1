import { describe, expect, it } from 'vitest'
import {
  defaultWorkingDayCalendar,
  validateYearNotice,
  type YearNoticeIssueCode
} from '../../../../src/shared/domain/calendar'

const valid2027 = {
  year: 2027,
  holidays: [
    { name: '春节', from: '2027-02-05', to: '2027-02-13' },
    { name: ' 元旦 ', from: '2027-01-01', to: '2027-01-03' }
  ],
  adjustedWorkdays: [{ date: '2027-02-14', holiday: '春节' }],
  source: { title: '国务院办公厅关于2027年部分节假日安排的通知', issuedOn: '2026-11-10' }
}

function issueCodes(input: unknown): YearNoticeIssueCode[] {
  const result = validateYearNotice(input)
  return result.ok ? [] : result.error.issues.map((issue) => issue.code)
}

describe('validateYearNotice', () => {
  it('accepts a well-formed notice, trimmed and in date order, usable by the calendar', () => {
    const result = validateYearNotice(valid2027)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data.holidays.map((range) => range.name)).toEqual(['元旦', '春节'])
    const extended = defaultWorkingDayCalendar.withNotice(result.data)
    expect(extended.addWorkingDays('2026-12-31', 1)).toEqual({ ok: true, data: '2027-01-04' })
  })

  it('rejects a holiday whose end comes before its start', () => {
    const input = {
      ...valid2027,
      holidays: [{ name: '元旦', from: '2027-01-03', to: '2027-01-01' }],
      adjustedWorkdays: []
    }
    expect(issueCodes(input)).toEqual(['HOLIDAY_RANGE_REVERSED'])
  })

  it('rejects overlapping holidays', () => {
    const input = {
      ...valid2027,
      holidays: [...valid2027.holidays, { name: '元宵', from: '2027-02-12', to: '2027-02-16' }]
    }
    expect(issueCodes(input)).toContain('HOLIDAYS_OVERLAP')
    const result = validateYearNotice(input)
    expect(result.ok ? '' : result.error.message).toContain('日期重叠')
  })

  it('rejects holiday days in another year unless they are the adjacent weekend', () => {
    expect(
      issueCodes({
        ...valid2027,
        holidays: [{ name: '国庆节', from: '2026-10-01', to: '2026-10-07' }],
        adjustedWorkdays: []
      })
    ).toEqual(['HOLIDAY_OUTSIDE_YEAR'])
    expect(
      issueCodes({
        ...valid2027,
        holidays: [{ name: '元旦', from: '2026-12-30', to: '2027-01-01' }],
        adjustedWorkdays: []
      })
    ).toEqual(['HOLIDAY_OUTSIDE_YEAR'])
    const weekendSpill = {
      ...valid2027,
      year: 2023,
      holidays: [{ name: '元旦', from: '2022-12-31', to: '2023-01-02' }],
      adjustedWorkdays: [],
      source: { ...valid2027.source, issuedOn: '2022-12-08' }
    }
    expect(issueCodes(weekendSpill)).toEqual([])
  })

  it('rejects implausibly long holidays', () => {
    const input = {
      ...valid2027,
      holidays: [{ name: '春节', from: '2027-02-01', to: '2027-02-28' }],
      adjustedWorkdays: []
    }
    expect(issueCodes(input)).toEqual(['HOLIDAY_TOO_LONG'])
  })

  it('rejects adjusted workdays that are weekdays, in a holiday, outside the year, repeated or unrelated', () => {
    const withAdjusted = (date: string, holiday = '春节') => ({
      ...valid2027,
      adjustedWorkdays: [{ date, holiday }]
    })
    expect(issueCodes(withAdjusted('2027-02-15'))).toEqual(['ADJUSTED_WORKDAY_NOT_WEEKEND'])
    const weekday = validateYearNotice(withAdjusted('2027-02-15'))
    expect(weekday.ok ? '' : weekday.error.message).toContain('星期一')
    expect(issueCodes(withAdjusted('2027-02-06'))).toEqual(['ADJUSTED_WORKDAY_IN_HOLIDAY'])
    expect(issueCodes(withAdjusted('2026-12-27'))).toEqual(['ADJUSTED_WORKDAY_OUTSIDE_YEAR'])
    expect(issueCodes(withAdjusted('2027-02-14', '端午节'))).toEqual([
      'ADJUSTED_WORKDAY_UNKNOWN_HOLIDAY'
    ])
    expect(
      issueCodes({
        ...valid2027,
        adjustedWorkdays: [valid2027.adjustedWorkdays[0], valid2027.adjustedWorkdays[0]]
      })
    ).toEqual(['ADJUSTED_WORKDAY_DUPLICATE'])
  })

  it('rejects a notice published after its year', () => {
    expect(
      issueCodes({ ...valid2027, source: { ...valid2027.source, issuedOn: '2028-01-02' } })
    ).toEqual(['SOURCE_ISSUED_AFTER_YEAR'])
  })

  it('reports shape problems with the form path and a Chinese message', () => {
    const result = validateYearNotice({
      year: '2027',
      holidays: [],
      source: { title: '', issuedOn: '2027-02-30' }
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    const byPath = Object.fromEntries(
      result.error.issues.map((issue) => [issue.path, issue.message])
    )
    expect(byPath).toMatchObject({
      year: '年度应为数字',
      holidays: '至少录入一段放假安排',
      'source.title': '请填写通知标题',
      'source.issuedOn': '日期应为 YYYY-MM-DD 格式的有效日期'
    })
    expect(result.error.issues.every((issue) => issue.code === 'SHAPE')).toBe(true)
  })
})
