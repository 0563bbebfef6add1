import { z } from 'zod'
import { judgeDeadline } from '../deadlines'
import { chineseDay, deadlineFinding, periodText } from '../explain'
import { defineRule } from '../rule'

/**
 * `objection.late` 31(五), Art. 24: an objection (复核申请) must be checked and answered within 5
 * working days of receipt; an unanswered one is late once TODAY is past that day.
 */
export const objectionLateRule = defineRule(
  z.object({ replyWorkingDays: z.int().min(1).max(60).default(5) }),
  {
    id: 'objection.late',
    kind: 5,
    provision: '第二十四条',
    title: '异议复核答复逾期',
    subjectType: 'objection',
    scope: 'objection',
    correction: (count, { replyWorkingDays }) =>
      `对${count}件逾期未答复或答复逾期的证照异议复核申请尽快核实并答复，今后在${periodText('收到申请', replyWorkingDays)}完成核实与回复。`,
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
            provision: '第二十四条',
            subjectId: objection.id,
            sourceId: objection.id,
            departmentId: objection.issuerDepartmentId,
            recordIds: [objection.id, objection.licenceId],
            actual: objection.repliedAt,
            facts: {
              receivedAt: objection.receivedAt,
              outcome: objection.outcome,
              replyWorkingDays
            },
            situation: `${context.departmentName(objection.issuerDepartmentId)}于${chineseDay(receivedDay)}收到对证照${objection.licenceId}的复核申请（${objection.id}），按${periodText('收到申请', replyWorkingDays)}核实并回复的要求`,
            duty: '答复',
            done: repliedDay === null ? '' : `实际于${chineseDay(repliedDay)}答复`,
            todayDay: context.todayDay
          })
        )
      }
    }
  }
)
