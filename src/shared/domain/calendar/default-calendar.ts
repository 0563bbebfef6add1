import { createWorkingDayCalendar, type WorkingDayCalendar } from './working-day-calendar'
import { bundledYearNotices } from './years'

/** The calendar of the bundled tables (2020–2026), before any administrator-entered year. */
export const defaultWorkingDayCalendar: WorkingDayCalendar =
  createWorkingDayCalendar(bundledYearNotices)
