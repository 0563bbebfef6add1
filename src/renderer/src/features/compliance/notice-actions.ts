import {
  allowedTransitions,
  type NoticeStatus,
  type RectificationNotice
} from '@shared/domain/compliance'
import type { WorkingDayCalendar } from '@shared/domain/calendar'

/** The button that moves a notice to each state. */
export type NoticeAction =
  'issue' | 'report' | 'verify' | 'close' | 'markOverdue' | 'circulate' | 'refer'

const actionTo: Partial<Record<NoticeStatus, NoticeAction>> = {
  issued: 'issue',
  reportReceived: 'report',
  verified: 'verify',
  closed: 'close',
  overdue: 'markOverdue',
  circular: 'circulate',
  referred: 'refer'
}

/** Only the moves the state machine allows now; 认定逾期 once the last day has passed. */
export function availableActions(notice: RectificationNotice, today: string): NoticeAction[] {
  return allowedTransitions[notice.status]
    .filter(
      (to) => to !== 'overdue' || (notice.deadline !== null && today > notice.deadline.lastDay)
    )
    .map((to) => actionTo[to])
    .filter((action) => action !== undefined)
}

/**
 * Working days left until the deadline's last day (0 on that day); negative when it has passed.
 * Null without a deadline or when the calendar does not cover the days between.
 */
export function remainingWorkingDays(
  notice: RectificationNotice,
  today: string,
  calendar: WorkingDayCalendar
): number | null {
  if (!notice.deadline) return null
  const days = calendar.workingDaysBetween(today, notice.deadline.lastDay)
  return days.ok ? days.data : null
}
