import { z } from 'zod'
import { noticeStatusLabels } from '../notice'
import { dayNumberOfDate, judgeDeadline } from '../deadlines'
import { chineseDay, deadlineFinding } from '../explain'
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
    provision: '第三十一条',
    title: '责令整改逾期未整改',
    subjectType: 'notice',
    scope: 'reference',
    correction: (count) =>
      `对${count}份逾期未整改的整改通知立即整改，并书面报送整改情况及逾期原因。`,
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
        const number = notice.documentNumber ?? notice.id
        emit(
          deadlineFinding(verdict, {
            provision: '第三十一条',
            subjectId: notice.id,
            sourceId: notice.id,
            departmentId: notice.departmentId,
            recordIds: [notice.id, ...(notice.circularId ? [notice.circularId] : [])],
            actual: null,
            facts: { documentNumber: number, noticeStatus: notice.status, graceWorkingDays },
            situation: `本局以${number}责令${context.departmentName(notice.departmentId)}限期改正，整改期限至${chineseDay(lastDay)}，当前状态为“${noticeStatusLabels[notice.status]}”`,
            duty: '报送整改报告',
            done: '',
            todayDay: context.todayDay
          })
        )
      }
    }
  }
)
