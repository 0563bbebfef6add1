import {
  beijingDayNumber,
  dayNumberOfDate,
  judgeDeadline,
  WorkingDayDeadlines
} from '../compliance/deadlines'
import { resolveRules, type ComplianceResult, type ScanSettings } from '../compliance/evaluation'
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

const pushRules = {
  online: pushOnlineLateRule,
  offline: pushOfflineLateRule,
  bulk: pushBulkLateRule
} as const

/**
 * The Art. 13 deadlines in working days after 办结, per generation mode, as the scan resolves the
 * three push rules' parameters from the same settings (an invalid setting fails both alike).
 */
export function pushDeadlinesOf(
  settings: ScanSettings
): ComplianceResult<Record<PushedMode, number>> {
  const resolved = resolveRules({
    ...settings,
    ruleIds: Object.values(pushRules).map((rule) => rule.id)
  })
  if (!resolved.ok) return resolved
  const deadlineOf = (mode: PushedMode) => {
    const entry = resolved.data.find(({ rule }) => rule.id === pushRules[mode].id)
    return (entry?.parameters as { deadlineWorkingDays: number }).deadlineWorkingDays
  }
  return {
    ok: true,
    data: { online: deadlineOf('online'), offline: deadlineOf('offline'), bulk: deadlineOf('bulk') }
  }
}

export interface PushTimelinessCounter {
  add(licence: Pick<Licence, 'generationMode' | 'completedAt' | 'pushedAt' | 'deleted'>): void
  result(): MonthlyPushTimeliness[]
}

/**
 * Counts push timeliness per month of completion for the 总览 chart, judged exactly as the 31(二)
 * push rules judge it with the same settings (the Bureau's holiday notices and deadlines), so the
 * chart and the findings agree. Feed it licences in any order, then read `result()`.
 */
export function createPushTimelinessCounter(
  settings: ScanSettings
): ComplianceResult<PushTimelinessCounter> {
  const resolved = pushDeadlinesOf(settings)
  if (!resolved.ok) return resolved
  const deadlines = resolved.data
  const workingDays = new WorkingDayDeadlines(settings.calendar)
  const todayDay = dayNumberOfDate(settings.today) ?? 0
  const months = new Map<string, MonthlyPushTimeliness>()

  function bucket(month: string): MonthlyPushTimeliness {
    let entry = months.get(month)
    if (!entry) {
      entry = { month, onTime: 0, late: 0, pending: 0, undetermined: 0 }
      months.set(month, entry)
    }
    return entry
  }

  const counter: PushTimelinessCounter = {
    add(licence) {
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
    result() {
      return [...months.values()].sort((a, b) => a.month.localeCompare(b.month))
    }
  }
  return { ok: true, data: counter }
}
