import { z } from 'zod'
import { message } from '../../../i18n/message'
import { noticeStatusLabel } from '../notice'
import { dayNumberOfDate, judgeDeadline } from '../deadlines'
import { dayParam, deadlineFinding } from '../explain'
import { defineRule } from '../rule'

/** States in which a notice is still waiting for the department's 整改报告. */
const AWAITING_REPORT = new Set(['issued', 'overdue', 'circular', 'referred'])

/**
 * `rectification.ignored` 31(七): a rectification notice past its deadline with no rectification
 * report. The deadline is the notice's own (set on issue); a grace period lets the Bureau allow
 * for post. It stays open through 书面通报 and referral, until a report is received.
 */
export const rectificationIgnoredRule = defineRule(
  z.object({ graceWorkingDays: z.int().min(0).max(30).default(0) }),
  {
    id: 'rectification.ignored',
    kind: 7,
    provision: 'art31',
    title: message('compliance.rule.rectificationIgnored'),
    subjectType: 'notice',
    scope: 'reference',
    correction: (count) => message('compliance.correction.rectificationIgnored', { count }),
    evaluate(context, { graceWorkingDays }, emit) {
      for (const notice of context.reference.notices) {
        if (
          !AWAITING_REPORT.has(notice.status) ||
          notice.report !== null ||
          notice.deadline === null
        )
          continue
        const lastDay = dayNumberOfDate(notice.deadline.lastDay)
        if (lastDay === undefined) continue
        const verdict = judgeDeadline(
          context.deadlines,
          lastDay,
          graceWorkingDays,
          null,
          context.todayDay
        )
        if (verdict.verdict === 'onTime') continue
        const number = notice.documentNumber ?? message('compliance.notice.unnumbered')
        const status = noticeStatusLabel(notice.status)
        emit(
          deadlineFinding(verdict, {
            provision: 'art31',
            subjectId: notice.id,
            sourceId: notice.id,
            departmentId: notice.departmentId,
            recordIds: [notice.id, ...(notice.circularId ? [notice.circularId] : [])],
            actual: null,
            facts: { documentNumber: number, noticeStatus: status, graceWorkingDays },
            situation: message('compliance.situation.rectification', {
              number,
              department: context.departmentName(notice.departmentId),
              lastDay: dayParam(lastDay),
              status
            }),
            duty: message('compliance.duty.report'),
            todayDay: context.todayDay
          })
        )
      }
    }
  }
)
