import { describe, expect, it } from 'vitest'
import { isWorkday } from 'chinese-days'
import {
  bundledYearNotices,
  dayNumberFromCivil,
  defaultWorkingDayCalendar,
  isoDateOfDayNumber,
  validateYearNotice
} from '../../../../src/shared/domain/calendar'

describe('bundled year tables', () => {
  it('cover 2020 to 2026, one table per year', () => {
    expect(defaultWorkingDayCalendar.coveredYears).toEqual([
      2020, 2021, 2022, 2023, 2024, 2025, 2026
    ])
  })

  it.each(bundledYearNotices.map((notice) => [notice.year, notice] as const))(
    '%i passes the same validation as an administrator-entered notice',
    (_year, notice) => {
      const result = validateYearNotice(notice)
      expect(result.ok ? [] : result.error.issues).toEqual([])
    }
  )

  it.each([2020, 2021, 2022, 2023, 2024, 2025, 2026])(
    '%i agrees with chinese-days on every day',
    (year) => {
      const disagreements: string[] = []
      const start = dayNumberFromCivil({ year, month: 1, day: 1 })
      const end = dayNumberFromCivil({ year: year + 1, month: 1, day: 1 })
      for (let day = start; day < end; day++) {
        const date = isoDateOfDayNumber(day)
        const ours = defaultWorkingDayCalendar.isWorkingDay(date)
        if (!ours.ok || ours.data !== isWorkday(date)) disagreements.push(date)
      }
      expect(end - start).toBeGreaterThanOrEqual(365)
      expect(disagreements).toEqual([])
    }
  )
})
