/**
 * A year's holiday notice as an administrator enters it in 设置. Every problem is a message with
 * its parameters and the form field it belongs to. Weekdays are the calendar's: 2027-01-01 is a
 * Friday, so 2027-02-14 is a Sunday, 2027-02-15 a Monday and 2026-12-30 a Wednesday.
 */
import { describe, expect, it } from 'vitest'
import { createCliWords } from '../../../../src/cli/i18n'
import {
  defaultWorkingDayCalendar,
  validateYearNotice,
  type YearNoticeIssue
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

const festival = (name: string) => ({ code: `calendar.holiday.${name}` })
const day = (value: string) => ({ day: value })

function issuesOf(input: unknown): YearNoticeIssue[] {
  const result = validateYearNotice(input)
  return result.ok ? [] : result.error.issues
}

describe('validateYearNotice', () => {
  it('accepts a well-formed notice, trimmed and in date order, usable by the calendar', () => {
    const result = validateYearNotice(valid2027)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data.holidays.map((range) => range.name)).toEqual(['元旦', '春节'])
    expect(result.data.adjustedWorkdays).toEqual([{ date: '2027-02-14', holiday: '春节' }])
    const extended = defaultWorkingDayCalendar.withNotice(result.data)
    expect(extended.addWorkingDays('2026-12-31', 1)).toEqual({ ok: true, data: '2027-01-04' })
  })

  it('rejects a holiday whose end comes before its start', () => {
    const input = {
      ...valid2027,
      holidays: [{ name: '元旦', from: '2027-01-03', to: '2027-01-01' }],
      adjustedWorkdays: []
    }
    expect(issuesOf(input)).toEqual([
      {
        code: 'calendar.notice.holidayRangeReversed',
        params: {
          index: 1,
          name: festival('newYearsDay'),
          from: day('2027-01-03'),
          to: day('2027-01-01')
        },
        path: 'holidays.0.to'
      }
    ])
  })

  it('rejects overlapping holidays, numbering them as the form does', () => {
    const input = {
      ...valid2027,
      holidays: [...valid2027.holidays, { name: '元宵', from: '2027-02-12', to: '2027-02-16' }]
    }
    const result = validateYearNotice(input)
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'calendar.notice.invalid',
        params: { count: 2 },
        issues: [
          {
            code: 'calendar.notice.holidaysOverlap',
            params: {
              index: 3,
              name: '元宵',
              otherIndex: 1,
              otherName: festival('springFestival')
            },
            path: 'holidays.2'
          },
          // 元宵 (a name typed by hand, no festival of the 办法) now covers the 14th too.
          {
            code: 'calendar.notice.adjustedWorkdayInHoliday',
            params: {
              date: day('2027-02-14'),
              name: '元宵',
              from: day('2027-02-12'),
              to: day('2027-02-16')
            },
            path: 'adjustedWorkdays.0'
          }
        ]
      }
    })
  })

  it('rejects holiday days in another year unless they are the adjacent weekend', () => {
    expect(
      issuesOf({
        ...valid2027,
        holidays: [{ name: '国庆节', from: '2026-10-01', to: '2026-10-07' }],
        adjustedWorkdays: []
      })
    ).toEqual([
      {
        code: 'calendar.notice.holidayOutsideYear',
        params: { index: 1, name: festival('nationalDay'), date: day('2026-10-01'), year: 2027 },
        path: 'holidays.0'
      }
    ])
    expect(
      issuesOf({
        ...valid2027,
        holidays: [{ name: '元旦', from: '2026-12-30', to: '2027-01-01' }],
        adjustedWorkdays: []
      })
    ).toEqual([
      {
        code: 'calendar.notice.holidayOutsideYear',
        params: { index: 1, name: festival('newYearsDay'), date: day('2026-12-30'), year: 2027 },
        path: 'holidays.0'
      }
    ])
    // 2023's notice started 元旦 on Saturday 2022-12-31.
    const weekendSpill = {
      ...valid2027,
      year: 2023,
      holidays: [{ name: '元旦', from: '2022-12-31', to: '2023-01-02' }],
      adjustedWorkdays: [],
      source: { ...valid2027.source, issuedOn: '2022-12-08' }
    }
    expect(issuesOf(weekendSpill)).toEqual([])
  })

  it('rejects implausibly long holidays', () => {
    const input = {
      ...valid2027,
      holidays: [{ name: '春节', from: '2027-02-01', to: '2027-02-28' }],
      adjustedWorkdays: []
    }
    expect(issuesOf(input)).toEqual([
      {
        code: 'calendar.notice.holidayTooLong',
        params: { index: 1, name: festival('springFestival'), days: 28, limit: 15 },
        path: 'holidays.0'
      }
    ])
    // 2020's extended 春节 ran 10 days (01-24 to 02-02) and is no problem; 15 days is the most.
    const fifteen = { ...input, holidays: [{ name: '春节', from: '2027-02-01', to: '2027-02-15' }] }
    expect(issuesOf(fifteen)).toEqual([])
  })

  it('rejects adjusted workdays that are weekdays, in a holiday, outside the year, repeated or unrelated', () => {
    const withAdjusted = (date: string, holiday = '春节') => ({
      ...valid2027,
      adjustedWorkdays: [{ date, holiday }]
    })
    const at = { path: 'adjustedWorkdays.0' }
    expect(issuesOf(withAdjusted('2027-02-15'))).toEqual([
      {
        code: 'calendar.notice.adjustedWorkdayNotWeekend',
        params: { date: day('2027-02-15'), weekday: { code: 'calendar.weekday.monday' } },
        ...at
      }
    ])
    expect(issuesOf(withAdjusted('2027-02-06'))).toEqual([
      {
        code: 'calendar.notice.adjustedWorkdayInHoliday',
        params: {
          date: day('2027-02-06'),
          name: festival('springFestival'),
          from: day('2027-02-05'),
          to: day('2027-02-13')
        },
        ...at
      }
    ])
    expect(issuesOf(withAdjusted('2026-12-27'))).toEqual([
      {
        code: 'calendar.notice.adjustedWorkdayOutsideYear',
        params: { date: day('2026-12-27'), year: 2027 },
        ...at
      }
    ])
    expect(issuesOf(withAdjusted('2027-02-14', '端午节'))).toEqual([
      {
        code: 'calendar.notice.adjustedWorkdayUnknownHoliday',
        params: { date: day('2027-02-14'), holiday: festival('dragonBoat') },
        path: 'adjustedWorkdays.0.holiday'
      }
    ])
    expect(
      issuesOf({
        ...valid2027,
        adjustedWorkdays: [valid2027.adjustedWorkdays[0], valid2027.adjustedWorkdays[0]]
      })
    ).toEqual([
      {
        code: 'calendar.notice.adjustedWorkdayDuplicate',
        params: { date: day('2027-02-14') },
        path: 'adjustedWorkdays.1'
      }
    ])
  })

  it('names every weekday a make-up working day must not fall on', () => {
    // 2027-03-01 is a Monday … 2027-03-05 a Friday.
    const names = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday']
    names.forEach((name, i) => {
      const date = `2027-03-0${i + 1}`
      expect(
        issuesOf({ ...valid2027, adjustedWorkdays: [{ date, holiday: '春节' }] })[0]?.params
      ).toEqual({ date: day(date), weekday: { code: `calendar.weekday.${name}` } })
    })
  })

  it('rejects a notice published after its year', () => {
    expect(
      issuesOf({ ...valid2027, source: { ...valid2027.source, issuedOn: '2028-01-02' } })
    ).toEqual([
      {
        code: 'calendar.notice.sourceIssuedAfterYear',
        params: { date: day('2028-01-02'), year: 2027 },
        path: 'source.issuedOn'
      }
    ])
    expect(
      issuesOf({ ...valid2027, source: { ...valid2027.source, issuedOn: '2027-12-31' } })
    ).toEqual([])
  })

  it('reports each shape problem with its own code and the form path', () => {
    const result = validateYearNotice({
      year: '2027',
      holidays: [],
      source: { title: '', issuedOn: '2027-02-30' }
    })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'calendar.notice.invalid',
        params: { count: 5 },
        issues: [
          { code: 'calendar.notice.yearNotNumber', path: 'year' },
          { code: 'calendar.notice.holidaysEmpty', path: 'holidays' },
          { code: 'calendar.notice.adjustedWorkdaysMissing', path: 'adjustedWorkdays' },
          { code: 'calendar.notice.titleMissing', path: 'source.title' },
          { code: 'calendar.notice.dateInvalid', path: 'source.issuedOn' }
        ]
      }
    })
    const codes = (input: unknown) => issuesOf(input).map(({ code, path }) => `${path} ${code}`)
    expect(codes('2027')).toEqual([' calendar.notice.notAnObject'])
    expect(codes({ ...valid2027, year: 2027.5 })).toEqual(['year calendar.notice.yearNotInteger'])
    expect(codes({ ...valid2027, year: 1999 })).toEqual(['year calendar.notice.yearOutOfRange'])
    expect(codes({ ...valid2027, year: 2101 })).toEqual(['year calendar.notice.yearOutOfRange'])
    expect(codes({ ...valid2027, holidays: undefined })).toEqual([
      'holidays calendar.notice.holidaysMissing'
    ])
    expect(codes({ ...valid2027, holidays: [{ name: ' ', to: '2027-01-01' }] })).toEqual([
      'holidays.0.name calendar.notice.holidayNameMissing',
      'holidays.0.from calendar.notice.dateMissing'
    ])
    expect(codes({ ...valid2027, holidays: [null] })).toEqual([
      'holidays.0 calendar.notice.notAnObject'
    ])
    expect(
      codes({ ...valid2027, adjustedWorkdays: [{ date: '2027-02-14', holiday: '' }] })
    ).toEqual(['adjustedWorkdays.0.holiday calendar.notice.adjustedHolidayMissing'])
    expect(codes({ ...valid2027, adjustedWorkdays: [7] })).toEqual([
      'adjustedWorkdays.0 calendar.notice.notAnObject'
    ])
    expect(codes({ ...valid2027, source: { ...valid2027.source, documentNumber: '' } })).toEqual([
      'source.documentNumber calendar.notice.documentNumberMissing'
    ])
    expect(codes({ ...valid2027, source: 'x' })).toEqual(['source calendar.notice.notAnObject'])
    expect(codes({ ...valid2027, amendedBy: 'x' })).toEqual([
      'amendedBy calendar.notice.notAnObject'
    ])
    expect(codes({ ...valid2027, amendedBy: [valid2027.source] })).toEqual([])
  })
})

describe('validateYearNotice at the edges', () => {
  const codes = (input: unknown) => issuesOf(input).map((issue) => issue.code)

  it('refuses a 16-day holiday, one day over the longest', () => {
    const sixteen = {
      ...valid2027,
      holidays: [{ name: '春节', from: '2027-02-01', to: '2027-02-16' }],
      adjustedWorkdays: []
    }
    expect(issuesOf(sixteen)).toEqual([
      {
        code: 'calendar.notice.holidayTooLong',
        params: { index: 1, name: festival('springFestival'), days: 16, limit: 15 },
        path: 'holidays.0'
      }
    ])
  })

  it('counts holidays that share a day as overlapping', () => {
    const sharing = {
      ...valid2027,
      holidays: [
        { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
        { name: '春节', from: '2027-01-03', to: '2027-01-05' }
      ],
      adjustedWorkdays: []
    }
    expect(codes(sharing)).toContain('calendar.notice.holidaysOverlap')
  })

  it('refuses a make-up working day on the first or last day of a holiday', () => {
    // 2027-02-06 and 2027-02-13 are Saturdays.
    const holidays = [{ name: '春节', from: '2027-02-06', to: '2027-02-13' }]
    for (const date of ['2027-02-06', '2027-02-13'])
      expect(
        codes({ ...valid2027, holidays, adjustedWorkdays: [{ date, holiday: '春节' }] }),
        date
      ).toContain('calendar.notice.adjustedWorkdayInHoliday')
  })

  it('lets 元旦 start on the weekend before the year, but not a weekend wholly in another year', () => {
    // 2022-12-31 is a Saturday: the 2023 notice's 元旦 ran 2022-12-31 to 2023-01-02.
    const notice2023 = {
      year: 2023,
      holidays: [{ name: '元旦', from: '2022-12-31', to: '2023-01-02' }],
      adjustedWorkdays: [],
      source: { title: '国务院办公厅关于2023年部分节假日安排的通知', issuedOn: '2022-12-08' }
    }
    expect(issuesOf(notice2023)).toEqual([])
    // 2026-12-26 and 27 are a weekend of 2026: the 2027 notice cannot declare them.
    const otherYear = {
      ...valid2027,
      holidays: [{ name: '元旦', from: '2026-12-26', to: '2026-12-27' }],
      adjustedWorkdays: []
    }
    expect(codes(otherYear)).toEqual(['calendar.notice.holidayOutsideYear'])
  })
})

describe('the words of a notice’s problems', () => {
  const zh = createCliWords('zh-CN')
  const en = createCliWords('en')
  const words = (input: unknown, words = zh) => issuesOf(input).map((issue) => words.say(issue))

  it('are the ones administrators know in Chinese, festivals and days in the reader’s language', () => {
    const overlapping = {
      ...valid2027,
      holidays: [...valid2027.holidays, { name: '元宵', from: '2027-02-12', to: '2027-02-16' }]
    }
    expect(words(overlapping)).toEqual([
      '第3段假期（元宵）与第1段假期（春节）日期重叠',
      '调休上班日 2027年2月14日落在假期（元宵 2027年2月12日 至 2027年2月16日）之内'
    ])
    expect(words(overlapping, en)).toEqual([
      'Holiday 3 (元宵) overlaps holiday 1 (Spring Festival)',
      'The make-up working day 2027-02-14 falls within a holiday (元宵, 2027-02-12 to 2027-02-16)'
    ])
    const monday = { ...valid2027, adjustedWorkdays: [{ date: '2027-02-15', holiday: '春节' }] }
    expect(words(monday)).toEqual([
      '调休上班日 2027年2月15日是星期一，本来就是工作日，调休上班日应为周六或周日'
    ])
    expect(words(monday, en)).toEqual([
      'The make-up working day 2027-02-15 is a Monday, a working day anyway: make-up working days fall on a Saturday or Sunday'
    ])
    const joint = {
      ...valid2027,
      holidays: [{ name: '中秋节、国庆节', from: '2027-09-15', to: '2027-09-14' }],
      adjustedWorkdays: []
    }
    expect(words(joint, en)).toEqual([
      'Holiday 1 (Mid-Autumn Festival, National Day) ends on 2027-09-14, before it starts on 2027-09-15'
    ])
    expect(words({ ...valid2027, year: '2027' })).toEqual(['年度应为数字'])
    const result = validateYearNotice({ ...valid2027, year: '2027' })
    expect(result.ok || zh.say(result.error)).toBe('节假日安排有 1 处问题')
  })
})
