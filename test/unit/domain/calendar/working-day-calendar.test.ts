import { describe, expect, it } from 'vitest'
import { createCliWords } from '../../../../src/cli/i18n'
import {
  beijingDateOf,
  createWorkingDayCalendar,
  defaultWorkingDayCalendar as calendar,
  type CalendarResult,
  type YearNotice
} from '../../../../src/shared/domain/calendar'

function dataOf<T>(result: CalendarResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${JSON.stringify(result.error.params)}`)
  return result.data
}

const zh = createCliWords('zh-CN')
const en = createCliWords('en')

const notice2027: YearNotice = {
  year: 2027,
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-13' }
  ],
  adjustedWorkdays: [{ date: '2027-02-14', holiday: '春节' }],
  source: {
    title: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）',
    issuedOn: '2026-11-10'
  }
}

describe('addWorkingDays (民法典 Art. 201/203)', () => {
  it('skips the 国庆 holiday: 1 working day after 2026-09-30 is 2026-10-08', () => {
    expect(dataOf(calendar.addWorkingDays('2026-09-30', 1))).toBe('2026-10-08')
  })

  it('counts across 春节 and its adjusted Saturday: 5 after 2026-02-13 is 2026-02-27', () => {
    expect(dataOf(calendar.addWorkingDays('2026-02-13', 5))).toBe('2026-02-27')
  })

  it('does not count the start day even when it is a working day', () => {
    expect(dataOf(calendar.addWorkingDays('2026-03-02', 1))).toBe('2026-03-03')
    expect(dataOf(calendar.addWorkingDays('2026-03-06', 1))).toBe('2026-03-09')
  })

  it('counts an adjusted Saturday (调休上班) as a working day', () => {
    expect(dataOf(calendar.addWorkingDays('2026-10-09', 1))).toBe('2026-10-10')
    expect(dataOf(calendar.addWorkingDays('2026-02-13', 1))).toBe('2026-02-14')
    expect(dataOf(calendar.addWorkingDays('2026-09-18', 1))).toBe('2026-09-20')
  })

  it('crosses New Year 2026 (元旦 01-01…01-03, Sunday 01-04 worked)', () => {
    expect(dataOf(calendar.addWorkingDays('2025-12-31', 1))).toBe('2026-01-04')
    expect(dataOf(calendar.addWorkingDays('2025-12-31', 2))).toBe('2026-01-05')
  })

  it('crosses New Year 2025 (元旦 is one day)', () => {
    expect(dataOf(calendar.addWorkingDays('2024-12-31', 1))).toBe('2025-01-02')
    expect(dataOf(calendar.addWorkingDays('2024-12-31', 5))).toBe('2025-01-08')
  })

  it('treats 2022-12-31, the first day of the 2023 元旦 holiday, as a day off', () => {
    expect(dataOf(calendar.describeDay('2022-12-31')).reason).toEqual({
      kind: 'holiday',
      holiday: '元旦'
    })
    expect(dataOf(calendar.addWorkingDays('2022-12-30', 1))).toBe('2023-01-03')
  })

  it('with n = 0 gives the day itself, or the next working day when it is a day off', () => {
    expect(dataOf(calendar.addWorkingDays('2026-10-09', 0))).toBe('2026-10-09')
    expect(dataOf(calendar.addWorkingDays('2026-10-03', 0))).toBe('2026-10-08')
  })

  it('rejects negative or fractional counts and malformed dates', () => {
    expect(calendar.addWorkingDays('2026-10-09', -1)).toEqual({
      ok: false,
      error: { code: 'calendar.invalidCount', params: { count: -1 } }
    })
    expect(calendar.addWorkingDays('2026-10-09', 1.5)).toEqual({
      ok: false,
      error: { code: 'calendar.invalidCount', params: { count: 1.5 } }
    })
    expect(calendar.addWorkingDays('2026-02-30', 1)).toEqual({
      ok: false,
      error: { code: 'calendar.invalidDate', params: { text: '2026-02-30' } }
    })
  })
})

describe('deadlineEnd', () => {
  it('ends at 24:00 Beijing time of the last day', () => {
    expect(dataOf(calendar.deadlineEnd('2026-09-30', 1))).toEqual({
      lastDay: '2026-10-08',
      expiresAt: '2026-10-08T16:00:00.000Z'
    })
  })

  it('maps instants to Beijing dates at that boundary', () => {
    expect(beijingDateOf('2026-10-08T15:59:59.999Z')).toBe('2026-10-08')
    expect(beijingDateOf('2026-10-08T16:00:00.000Z')).toBe('2026-10-09')
    expect(beijingDateOf('2026-10-09T07:30:00+08:00')).toBe('2026-10-09')
    // Same length as a +08:00 instant, another offset: the date part is not the Beijing day.
    expect(beijingDateOf('2026-10-08T16:00:00+00:00')).toBe('2026-10-09')
    expect(beijingDateOf('2026-10-09T07:59:59+09:00')).toBe('2026-10-09')
    expect(beijingDateOf('2026-10-09T00:30:00+09:00')).toBe('2026-10-08')
    expect(beijingDateOf('not a time')).toBeUndefined()
    // Date.parse would roll 02-30 over into March.
    expect(beijingDateOf('2026-02-30T09:00:00+08:00')).toBeUndefined()
    expect(beijingDateOf('2026-02-30T01:00:00Z')).toBeUndefined()
    expect(beijingDateOf('2024-02-29T16:00:00Z')).toBe('2024-03-01')
  })
})

describe('workingDaysBetween', () => {
  it('counts working days after the first date up to and including the second', () => {
    expect(dataOf(calendar.workingDaysBetween('2026-09-30', '2026-10-08'))).toBe(1)
    expect(dataOf(calendar.workingDaysBetween('2026-09-30', '2026-10-10'))).toBe(3)
    expect(dataOf(calendar.workingDaysBetween('2026-10-08', '2026-10-08'))).toBe(0)
  })

  it('is negative when the second date comes first', () => {
    expect(dataOf(calendar.workingDaysBetween('2026-10-10', '2026-09-30'))).toBe(-3)
  })

  it('inverts addWorkingDays across years', () => {
    for (const [start, n] of [
      ['2020-01-17', 7],
      ['2023-12-28', 4],
      ['2025-09-26', 10],
      ['2024-02-08', 3]
    ] as const) {
      const end = dataOf(calendar.addWorkingDays(start, n))
      expect(dataOf(calendar.workingDaysBetween(start, end))).toBe(n)
    }
  })

  it('counts 248 working days in 2026: 261 weekdays − 19 weekday holidays + 6 adjusted days', () => {
    expect(dataOf(calendar.workingDaysBetween('2025-12-31', '2026-12-31'))).toBe(248)
  })
})

describe('coverage', () => {
  it('reports 2027 as not covered instead of guessing Monday to Friday', () => {
    for (const result of [
      calendar.isWorkingDay('2027-01-04'),
      calendar.addWorkingDays('2026-12-31', 1),
      calendar.workingDaysBetween('2026-12-30', '2027-01-05'),
      calendar.deadlineEnd('2026-12-30', 5)
    ]) {
      expect(result).toEqual({
        ok: false,
        error: { code: 'calendar.yearNotCovered', params: { year: 2027 } }
      })
      expect(result.ok ? '' : zh.say(result.error)).toBe(
        '2027年的节假日安排尚未录入，无法按工作日计算期限。请在“设置”中录入《国务院办公厅关于2027年部分节假日安排的通知》。'
      )
      expect(result.ok ? '' : en.say(result.error)).toBe(
        'The holiday arrangements for 2027 have not been entered, so periods in working days cannot be counted. Enter the State Council General Office’s notice on the 2027 holidays in Settings.'
      )
    }
  })

  it('reports years before 2020 as not covered', () => {
    expect(calendar.isWorkingDay('2019-12-31')).toEqual({
      ok: false,
      error: { code: 'calendar.yearNotCovered', params: { year: 2019 } }
    })
  })

  it('still counts within 2026 when the deadline does not reach 2027', () => {
    expect(dataOf(calendar.addWorkingDays('2026-12-29', 2))).toBe('2026-12-31')
  })

  it('works for 2027 once its notice is added, without changing the original calendar', () => {
    const extended = calendar.withNotice(notice2027)
    expect(extended.coveredYears).toContain(2027)
    expect(dataOf(extended.addWorkingDays('2026-12-31', 1))).toBe('2027-01-04')
    expect(dataOf(extended.addWorkingDays('2027-02-04', 1))).toBe('2027-02-14')
    expect(dataOf(extended.describeDay('2027-02-10')).reason).toEqual({
      kind: 'holiday',
      holiday: '春节'
    })
    expect(calendar.isWorkingDay('2027-01-04').ok).toBe(false)
  })

  it('reports a gap year between covered years', () => {
    const gapped = createWorkingDayCalendar([
      ...calendar.notices,
      { ...notice2027, year: 2028, holidays: [], adjustedWorkdays: [] }
    ])
    expect(gapped.workingDaysBetween('2026-12-01', '2028-01-10')).toEqual({
      ok: false,
      error: { code: 'calendar.yearNotCovered', params: { year: 2027 } }
    })
  })

  it('replaces a year when a corrected notice is entered', () => {
    const corrected = calendar.withNotice({
      ...notice2027,
      year: 2026,
      holidays: [{ name: '国庆节', from: '2026-10-01', to: '2026-10-08' }],
      adjustedWorkdays: []
    })
    expect(dataOf(corrected.isWorkingDay('2026-10-08'))).toBe(false)
    expect(dataOf(corrected.isWorkingDay('2026-10-10'))).toBe(false)
    expect(dataOf(corrected.isWorkingDay('2026-02-16'))).toBe(true)
  })
})

describe('describeDay', () => {
  it('says why a day is or is not a working day', () => {
    expect(dataOf(calendar.describeDay('2026-10-08'))).toEqual({
      date: '2026-10-08',
      isWorkingDay: true,
      reason: { kind: 'workday' }
    })
    expect(dataOf(calendar.describeDay('2026-10-03')).reason).toEqual({
      kind: 'holiday',
      holiday: '国庆节'
    })
    expect(dataOf(calendar.describeDay('2026-10-10'))).toMatchObject({
      isWorkingDay: true,
      reason: { kind: 'adjustedWorkday', holiday: '国庆节' }
    })
    expect(dataOf(calendar.describeDay('2026-10-11'))).toMatchObject({
      isWorkingDay: false,
      reason: { kind: 'weekend' }
    })
  })
})

describe('a calendar made from notices (createWorkingDayCalendar)', () => {
  const built = createWorkingDayCalendar(calendar.notices)
  const notCovered = (year: number) => ({
    ok: false,
    error: { code: 'calendar.yearNotCovered', params: { year } }
  })

  it('keeps the other years when a notice is added, and replaces only that year', () => {
    const extended = built.withNotice(notice2027)
    expect(extended.coveredYears).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027])
    // 2026-09-30 + 1 working day skips 国庆 (10-01…10-07) in the 2026 notice.
    expect(dataOf(extended.addWorkingDays('2026-09-30', 1))).toBe('2026-10-08')
    const corrected = built.withNotice({ ...notice2027, year: 2026, adjustedWorkdays: [] })
    expect(corrected.coveredYears).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026])
    expect(dataOf(corrected.isWorkingDay('2026-10-05'))).toBe(true)
    expect(dataOf(corrected.isWorkingDay('2025-10-06'))).toBe(false)
  })

  it('says a range wholly before or after the notices is not covered, never zero days', () => {
    expect(built.workingDaysBetween('2010-01-04', '2010-01-29')).toEqual(notCovered(2010))
    expect(built.workingDaysBetween('2040-01-02', '2040-01-31')).toEqual(notCovered(2040))
    expect(built.workingDaysBetween('2019-12-02', '2019-12-31')).toEqual(notCovered(2019))
    expect(built.workingDaysBetween('2027-03-01', '2027-03-31')).toEqual(notCovered(2027))
  })

  it('counts no working days between two days off as 0, whichever comes first', () => {
    // 2026-10-03 and 2026-10-04 both fall in the 国庆 holiday.
    for (const [from, to] of [
      ['2026-10-03', '2026-10-04'],
      ['2026-10-04', '2026-10-03']
    ] as const) {
      const result = dataOf(built.workingDaysBetween(from, to))
      expect(Object.is(result, 0), `${from} → ${to}: ${result}`).toBe(true)
    }
  })
})
