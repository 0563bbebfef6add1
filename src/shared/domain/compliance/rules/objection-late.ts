import { z } from 'zod'
import { instant, message } from '../../../i18n/message'
import { objectionOutcomeNames } from '../../licences/objection'
import { judgeDeadline } from '../deadlines'
import { dayParam, deadlineFinding, periodText } from '../explain'
import { defineRule } from '../rule'

const REQUEST_RECEIVED = message('compliance.event.requestReceived')

/**
 * `objection.late` 31(五), Art. 24: an objection (复核申请) must be checked and answered within 5
 * working days of receipt; an unanswered one is late once TODAY is past that day.
 */
export const objectionLateRule = defineRule(
  z.object({ replyWorkingDays: z.int().min(1).max(60).default(5) }),
  {
    id: 'objection.late',
    kind: 5,
    provision: 'art24',
    title: message('compliance.rule.objectionLate'),
    subjectType: 'objection',
    scope: 'objection',
    correction: (count, { replyWorkingDays }) =>
      message('compliance.correction.objectionLate', {
        count,
        period: periodText(REQUEST_RECEIVED, replyWorkingDays)
      }),
    prepare(context, { replyWorkingDays }) {
      const { dayOf } = context
      return (objection, emit) => {
        const receivedDay = dayOf(objection.receivedAt)
        if (receivedDay === undefined) return
        const repliedDay =
          objection.repliedAt === null ? null : (dayOf(objection.repliedAt) ?? null)
        const verdict = judgeDeadline(
          context.deadlines,
          receivedDay,
          replyWorkingDays,
          repliedDay,
          context.todayDay
        )
        if (verdict.verdict === 'onTime') return
        emit(
          deadlineFinding(verdict, {
            provision: 'art24',
            subjectId: objection.id,
            sourceId: objection.id,
            departmentId: objection.issuerDepartmentId,
            recordIds: [objection.id, objection.licenceId],
            actual: objection.repliedAt,
            facts: {
              receivedAt: instant(objection.receivedAt),
              outcome: objectionOutcomeNames[objection.outcome],
              replyWorkingDays
            },
            situation: message('compliance.situation.objection', {
              department: context.departmentName(objection.issuerDepartmentId),
              received: dayParam(receivedDay),
              period: periodText(REQUEST_RECEIVED, replyWorkingDays)
            }),
            duty: message('compliance.duty.reply'),
            done: (on) => message('compliance.done.replied', { day: on }),
            todayDay: context.todayDay
          })
        )
      }
    }
  }
)
