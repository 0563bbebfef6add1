import {
  allowedTransitions,
  type RectificationNotice,
  type WrittenCircular
} from '@shared/domain/compliance'
import type { WorkingDayCalendar } from '@shared/domain/calendar'

/** The buttons that move a notice (and its 书面通报) on. */
export type NoticeAction =
  | 'issue'
  | 'report'
  | 'verify'
  | 'return'
  | 'close'
  | 'markOverdue'
  | 'circulate'
  | 'issueCircular'
  | 'deliverCircular'
  | 'refer'

/** The steps that cannot be taken back: each asks for a confirmation first. */
export const IRREVERSIBLE_ACTIONS: ReadonlySet<NoticeAction> = new Set([
  'markOverdue',
  'issueCircular',
  'deliverCircular',
  'refer',
  'close'
])

/**
 * Only the moves the state machine allows now; 认定逾期 once the last day has passed. The
 * circular has steps of its own: 起草 while there is none, 签发 while it is a draft (which moves
 * the notice to 已书面通报), 送达 once issued.
 */
export function availableActions(
  notice: RectificationNotice,
  today: string,
  circular: WrittenCircular | null = null
): NoticeAction[] {
  const actions: NoticeAction[] = []
  for (const to of allowedTransitions[notice.status]) {
    if (to === 'issued') actions.push(notice.status === 'draft' ? 'issue' : 'return')
    else if (to === 'reportReceived') actions.push('report')
    else if (to === 'verified') actions.push('verify')
    else if (to === 'closed') actions.push('close')
    else if (to === 'overdue') {
      if (notice.deadline !== null && today > notice.deadline.lastDay) actions.push('markOverdue')
    } else if (to === 'circular') {
      if (notice.circularId === null) actions.push('circulate')
      else if (circular?.status === 'drafted') actions.push('issueCircular')
    } else if (to === 'referred') actions.push('refer')
  }
  if (circular?.status === 'issued') actions.push('deliverCircular')
  return actions
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
