import type { WorkingDayCalendar } from '../calendar/working-day-calendar'
import {
  beijingDayNumber,
  dayNumberOfDate,
  judgeDeadline,
  WorkingDayDeadlines
} from '../compliance/deadlines'
import { pushBulkLateRule } from '../compliance/rules/push-bulk-late'
import { pushOfflineLateRule } from '../compliance/rules/push-offline-late'
import { pushOnlineLateRule } from '../compliance/rules/push-online-late'
import type { GenerationMode, Licence } from '../licences/licence'

/** 推送及时性 of one month of 业务办结: on time, late, or not yet due (unpushed, deadline ahead). */
export interface MonthlyPushTimeliness {
  month: string
  onTime: number
  late: number
  pending: number
  /** The calendar could not tell (a year without a holiday table). */
  undetermined: number
}

type PushedMode = Exclude<GenerationMode, 'legacy'>

/** The Art. 13 deadlines the compliance rules use by default, in working days after 办结. */
export function defaultPushDeadlines(): Record<PushedMode, number> {
  return {
    online: pushOnlineLateRule.parameters.parse({}).deadlineWorkingDays,
    offline: pushOfflineLateRule.parameters.parse({}).deadlineWorkingDays,
    bulk: pushBulkLateRule.parameters.parse({}).deadlineWorkingDays
  }
}

/**
 * Counts push timeliness per month of completion, judged exactly as the 31(二) push rules judge
 * it, for the 总览 chart. Feed it licences in any order, then read `result()`.
 */
export function createPushTimelinessCounter(
  calendar: WorkingDayCalendar,
  today: string,
  deadlines: Record<PushedMode, number> = defaultPushDeadlines()
) {
  const workingDays = new WorkingDayDeadlines(calendar)
  const todayDay = dayNumberOfDate(today) ?? 0
  const months = new Map<string, MonthlyPushTimeliness>()

  function bucket(month: string): MonthlyPushTimeliness {
    let entry = months.get(month)
    if (!entry) {
      entry = { month, onTime: 0, late: 0, pending: 0, undetermined: 0 }
      months.set(month, entry)
    }
    return entry
  }

  return {
    add(licence: Pick<Licence, 'generationMode' | 'completedAt' | 'pushedAt' | 'deleted'>): void {
      if (licence.deleted || licence.generationMode === 'legacy') return
      const completionDay = beijingDayNumber(licence.completedAt)
      if (completionDay === undefined) return
      const pushDay =
        licence.pushedAt === null ? null : (beijingDayNumber(licence.pushedAt) ?? null)
      const n = deadlines[licence.generationMode]
      const entry = bucket(licence.completedAt.slice(0, 7))
      const verdict = judgeDeadline(workingDays, completionDay, n, pushDay, todayDay)
      if (verdict.verdict === 'late') entry.late++
      else if (verdict.verdict === 'undetermined') entry.undetermined++
      else if (pushDay === null) entry.pending++
      else entry.onTime++
    },
    result(): MonthlyPushTimeliness[] {
      return [...months.values()].sort((a, b) => a.month.localeCompare(b.month))
    }
  }
}
