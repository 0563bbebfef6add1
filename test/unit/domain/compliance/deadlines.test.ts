import { describe, expect, it } from 'vitest'
import {
  createWorkingDayCalendar,
  defaultWorkingDayCalendar,
  type WorkingDayCalendar,
  type YearNotice
} from '../../../../src/shared/domain/calendar'
import { notice2024 } from '../../../../src/shared/domain/calendar/years/2024'
import { notice2026 } from '../../../../src/shared/domain/calendar/years/2026'
import {
  beijingDayNumber,
  dayNumberOfDate,
  WorkingDayDeadlines
} from '../../../../src/shared/domain/compliance'
import { judgeDeadline } from '../../../../src/shared/domain/compliance/deadlines'

/** Day numbers written through an outside oracle: Date.UTC, days since 1970-01-01. */
const day = (iso: string): number => {
  const [year, month, date] = iso.split('-').map(Number)
  return Date.UTC(year!, month! - 1, date!) / 86_400_000
}

/**
 * On the bundled tables (2020–2026): 2024 is a leap year, 2027 has no table yet. A new one per
 * call, built inside the test that uses it (not when this file loads).
 */
const bundled = () => new WorkingDayDeadlines(defaultWorkingDayCalendar)

describe('day numbers of dates and instants in a scan (the calendar’s arithmetic)', () => {
  it('counts 29 February in leap years 2024 and 2028 and not in 2100 (the leap-day branch)', () => {
    for (const iso of ['2024-02-29', '2028-02-29', '2000-02-29', '2024-03-01', '2100-03-01']) {
      expect(dayNumberOfDate(iso), iso).toBe(day(iso))
      expect(beijingDayNumber(`${iso}T09:30:00+08:00`), iso).toBe(day(iso))
    }
    expect(dayNumberOfDate('2024-03-01')! - dayNumberOfDate('2024-02-28')!).toBe(2)
    expect(dayNumberOfDate('2100-03-01')! - dayNumberOfDate('2100-02-28')!).toBe(1)
    for (const iso of ['2100-02-29', '2026-02-29', '2023-02-29', '1900-02-29']) {
      expect(dayNumberOfDate(iso), iso).toBeUndefined()
      expect(beijingDayNumber(`${iso}T09:30:00+08:00`), iso).toBeUndefined()
    }
  })

  it('agrees with Date.UTC on every day from 1950 to 2150, for dates and Beijing instants', () => {
    for (let n = day('1950-01-01'); n <= day('2150-12-31'); n++) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10)
      if (dayNumberOfDate(iso) !== n) expect(dayNumberOfDate(iso), iso).toBe(n)
      if (beijingDayNumber(`${iso}T23:59:59+08:00`) !== n) {
        expect(beijingDayNumber(`${iso}T23:59:59+08:00`), iso).toBe(n)
      }
    }
  })

  it('reads other offsets through Date: 24:00 Beijing time is 16:00Z', () => {
    expect(beijingDayNumber('2024-02-28T15:59:59Z')).toBe(day('2024-02-28'))
    expect(beijingDayNumber('2024-02-28T16:00:00Z')).toBe(day('2024-02-29'))
    expect(beijingDayNumber('2024-02-29T16:00:00.000Z')).toBe(day('2024-03-01'))
    expect(beijingDayNumber('2026-10-08T09:00:00+09:00')).toBe(day('2026-10-08'))
    expect(beijingDayNumber('2026-10-08T00:30:00+09:00')).toBe(day('2026-10-07'))
  })

  it('refuses what is not a date or an instant', () => {
    for (const text of [
      '',
      '2026-1-05',
      '2026/01/05',
      '2026-13-01',
      '2026-01-32',
      '２０２６-01-05'
    ]) {
      expect(dayNumberOfDate(text), text).toBeUndefined()
    }
    expect(dayNumberOfDate('2026-01-05T00:00:00+08:00')).toBeUndefined()
    expect(beijingDayNumber('not a time')).toBeUndefined()
    expect(beijingDayNumber('2026-02-30T09:00:00+08:00')).toBeUndefined()
  })
})

describe('WorkingDayDeadlines: W(d, n), the Nth working day after d (民法典 Art. 201/203)', () => {
  const lastDay = (iso: string, n: number) => bundled().lastDay(day(iso), n)

  it('gives the last day from the official holiday schedules (DOMAIN.md §2)', () => {
    expect(lastDay('2026-09-30', 1)).toBe(day('2026-10-08'))
    expect(lastDay('2026-02-13', 5)).toBe(day('2026-02-27'))
    // 国庆 2026: 10-08 and 10-09 are working days, Saturday 10-10 is worked (调休).
    expect(lastDay('2026-09-30', 3)).toBe(day('2026-10-10'))
    // n = 0: the day itself when it is a working day, otherwise the next one (Art. 203).
    expect(lastDay('2026-10-01', 0)).toBe(day('2026-10-08'))
    expect(lastDay('2026-10-09', 0)).toBe(day('2026-10-09'))
  })

  it('counts the leap day 2024-02-29, a Thursday, as a working day', () => {
    expect(lastDay('2024-02-28', 1)).toBe(day('2024-02-29'))
    expect(lastDay('2024-02-28', 2)).toBe(day('2024-03-01'))
    expect(lastDay('2024-02-29', 1)).toBe(day('2024-03-01'))
    // 春节 2024: 02-10…02-17 off, Sunday 02-18 worked.
    expect(lastDay('2024-02-08', 2)).toBe(day('2024-02-18'))
  })

  it('gives the same answer when asked again (the tables are filled once per n)', () => {
    const deadlines = bundled()
    expect(deadlines.lastDay(day('2026-09-30'), 1)).toBe(day('2026-10-08'))
    expect(deadlines.lastDay(day('2026-09-29'), 1)).toBe(day('2026-09-30'))
    expect(deadlines.lastDay(day('2026-09-30'), 2)).toBe(day('2026-10-09'))
    expect(deadlines.lastDay(day('2026-09-30'), 1)).toBe(day('2026-10-08'))
  })

  it('has no answer when the period reaches a year without a table', () => {
    expect(lastDay('2026-12-31', 1)).toBeUndefined()
    expect(lastDay('2027-03-01', 1)).toBeUndefined()
    expect(lastDay('2019-06-03', 1)).toBeUndefined()
    expect(bundled().whyUnknown(day('2026-12-31'), 1)).toEqual({
      code: 'calendar.yearNotCovered',
      params: { year: 2027 }
    })
  })

  it('asks the calendar about days before its first covered year', () => {
    const only2026 = new WorkingDayDeadlines(createWorkingDayCalendar([notice2026]))
    // 元旦 2026: 01-01…01-03 off, Sunday 01-04 worked.
    expect(only2026.lastDay(day('2025-12-31'), 1)).toBe(day('2026-01-04'))
    expect(only2026.lastDay(day('2026-12-30'), 1)).toBe(day('2026-12-31'))
    expect(only2026.lastDay(day('2026-12-31'), 1)).toBeUndefined()
  })

  it('without any table, knows no deadline', () => {
    const none = new WorkingDayDeadlines(createWorkingDayCalendar([]))
    expect(none.lastDay(day('2026-09-30'), 1)).toBeUndefined()
    expect(none.workingDaysLate(day('2026-10-08'), day('2026-10-09'))).toBeNull()
  })

  it('refuses to explain a deadline it knows', () => {
    expect(() => bundled().whyUnknown(day('2026-09-30'), 1)).toThrow(
      'W(2026-09-30, 1) is known: 2026-10-08'
    )
  })
})

/** The calendar, counting how often it is asked. */
function countingCalendar(calendar: WorkingDayCalendar) {
  const asked = { addWorkingDays: 0, workingDaysBetween: 0, isWorkingDay: 0 }
  const counting: WorkingDayCalendar = {
    ...calendar,
    coveredYears: calendar.coveredYears,
    addWorkingDays: (date, n) => {
      asked.addWorkingDays += 1
      return calendar.addWorkingDays(date, n)
    },
    workingDaysBetween: (from, to) => {
      asked.workingDaysBetween += 1
      return calendar.workingDaysBetween(from, to)
    },
    isWorkingDay: (date) => {
      asked.isWorkingDay += 1
      return calendar.isWorkingDay(date)
    }
  }
  return { calendar: counting, asked }
}

describe('WorkingDayDeadlines answers a scan from its tables (one look-up per deadline)', () => {
  const only2026 = createWorkingDayCalendar([notice2026])

  it('asks the calendar once per day of the covered years for each n, then never again', () => {
    const { calendar, asked } = countingCalendar(only2026)
    const deadlines = new WorkingDayDeadlines(calendar)
    expect(deadlines.lastDay(day('2026-09-30'), 1)).toBe(day('2026-10-08'))
    expect(asked.addWorkingDays).toBe(365)
    expect(deadlines.lastDay(day('2026-02-13'), 1)).toBe(day('2026-02-14'))
    expect(deadlines.lastDay(day('2026-12-31'), 1)).toBeUndefined()
    expect(deadlines.lastDay(day('2026-01-01'), 1)).toBe(day('2026-01-04'))
    expect(asked.addWorkingDays).toBe(365)
    // Outside the covered years, the calendar is asked each time.
    expect(deadlines.lastDay(day('2025-12-31'), 1)).toBe(day('2026-01-04'))
    expect(deadlines.lastDay(day('2027-01-04'), 1)).toBeUndefined()
    expect(deadlines.lastDay(day('2027-01-01'), 1)).toBeUndefined()
    expect(asked.addWorkingDays).toBe(368)
  })

  it('counts lateness within the covered years without asking the calendar for it', () => {
    const { calendar, asked } = countingCalendar(only2026)
    const deadlines = new WorkingDayDeadlines(calendar)
    expect(deadlines.workingDaysLate(day('2026-10-08'), day('2026-10-12'))).toBe(3)
    // 2026 has 248 working days (261 weekdays − 19 weekday holidays + 6 adjusted), from 01-04.
    expect(deadlines.workingDaysLate(day('2026-01-04'), day('2026-12-31'))).toBe(247)
    expect(deadlines.workingDaysLate(day('2026-01-01'), day('2026-01-05'))).toBe(2)
    expect(deadlines.workingDaysLate(day('2026-10-08'), day('2026-10-08'))).toBe(0)
    expect(asked.workingDaysBetween).toBe(0)
    expect(asked.isWorkingDay).toBe(365)
    // Reaching into 2027, or back before 2026, it asks.
    expect(deadlines.workingDaysLate(day('2026-12-31'), day('2027-01-04'))).toBeNull()
    expect(deadlines.workingDaysLate(day('2025-12-31'), day('2026-01-05'))).toBe(2)
    expect(asked.workingDaysBetween).toBe(2)
  })

  it('counts from its tables around a year without a table, and asks across it', () => {
    const { calendar, asked } = countingCalendar(createWorkingDayCalendar([notice2024, notice2026]))
    const deadlines = new WorkingDayDeadlines(calendar)
    expect(deadlines.workingDaysLate(day('2026-12-30'), day('2026-12-31'))).toBe(1)
    expect(deadlines.workingDaysLate(day('2024-02-28'), day('2024-03-01'))).toBe(2)
    expect(deadlines.workingDaysLate(day('2026-01-04'), day('2026-12-31'))).toBe(247)
    expect(asked.workingDaysBetween).toBe(0)
    expect(deadlines.workingDaysLate(day('2024-12-31'), day('2026-01-05'))).toBeNull()
    expect(deadlines.workingDaysLate(day('2025-06-02'), day('2025-06-03'))).toBeNull()
    expect(asked.workingDaysBetween).toBe(2)
  })
})

describe('WorkingDayDeadlines.workingDaysLate: working days in (last day, actual day]', () => {
  const late = (lastDay: string, actual: string) =>
    bundled().workingDaysLate(day(lastDay), day(actual))

  it('counts working days only, a worked Saturday included', () => {
    expect(late('2026-10-08', '2026-10-08')).toBe(0)
    expect(late('2026-10-08', '2026-10-09')).toBe(1)
    expect(late('2026-10-08', '2026-10-10')).toBe(2)
    expect(late('2026-10-08', '2026-10-11')).toBe(2)
    expect(late('2026-09-30', '2026-10-07')).toBe(0)
    expect(late('2024-02-28', '2024-03-01')).toBe(2)
  })

  it('counts from the first day of the first covered year and up to the last one', () => {
    const only2026 = new WorkingDayDeadlines(createWorkingDayCalendar([notice2026]))
    expect(only2026.workingDaysLate(day('2025-12-31'), day('2026-01-05'))).toBe(2)
    expect(only2026.workingDaysLate(day('2026-01-04'), day('2026-01-05'))).toBe(1)
    expect(only2026.workingDaysLate(day('2026-12-30'), day('2026-12-31'))).toBe(1)
    expect(only2026.workingDaysLate(day('2026-12-31'), day('2027-01-04'))).toBeNull()
  })

  it('does not know how late an act is when the days between reach a year without a table', () => {
    const gap: YearNotice[] = [notice2024, notice2026]
    const withGap = new WorkingDayDeadlines(createWorkingDayCalendar(gap))
    expect(withGap.workingDaysLate(day('2024-12-30'), day('2026-01-05'))).toBeNull()
    expect(withGap.workingDaysLate(day('2024-12-27'), day('2024-12-31'))).toBe(2)
    expect(late('2026-12-30', '2027-01-04')).toBeNull()
  })
})

describe('judgeDeadline', () => {
  const judge = (start: string, n: number, act: string | null, today = '2026-11-27') =>
    judgeDeadline(bundled(), day(start), n, act === null ? null : day(act), day(today))

  it('is on time up to and including the last day, late from the next day', () => {
    expect(judge('2026-09-30', 1, '2026-10-08')).toEqual({ verdict: 'onTime' })
    expect(judge('2026-09-30', 1, '2026-10-09')).toEqual({
      verdict: 'late',
      lastDay: day('2026-10-08'),
      actualDay: day('2026-10-09'),
      workingDaysLate: 1
    })
  })

  it('judges an act not yet done on TODAY', () => {
    expect(judge('2026-09-30', 1, null, '2026-10-08')).toEqual({ verdict: 'onTime' })
    expect(judge('2026-09-30', 1, null, '2026-10-12')).toMatchObject({
      verdict: 'late',
      actualDay: day('2026-10-12'),
      workingDaysLate: 3
    })
  })

  it('counts across the leap day: due 2024-02-29, done 2024-03-01, one working day late', () => {
    expect(judge('2024-02-28', 1, '2024-02-29')).toEqual({ verdict: 'onTime' })
    expect(judge('2024-02-28', 1, '2024-03-01')).toEqual({
      verdict: 'late',
      lastDay: day('2024-02-29'),
      actualDay: day('2024-03-01'),
      workingDaysLate: 1
    })
  })

  it('without a table, is still on time within n calendar days, and undetermined after', () => {
    expect(judge('2026-12-31', 1, '2027-01-01')).toEqual({ verdict: 'onTime' })
    expect(judge('2026-12-31', 1, '2027-01-02')).toMatchObject({
      verdict: 'undetermined',
      error: { code: 'calendar.yearNotCovered', params: { year: 2027 } }
    })
  })
})
