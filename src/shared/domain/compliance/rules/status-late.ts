import { z } from 'zod'
import { statusActionLabels } from '../../licences/licence'
import { judgeDeadline } from '../deadlines'
import { chineseDay, deadlineFinding, licenceLabel, periodText } from '../explain'
import { defineRule } from '../rule'

/**
 * `status.late` 31(二), Art. 18: a status change (延续、吊销、注销、废止、挂起、质押…) must reach the
 * city library 实时. “Real time” needs a tolerance the measures do not give (DOMAIN §0); the
 * default is by the end of the next working day after the business action.
 */
export const statusLateRule = defineRule(
  z.object({ toleranceWorkingDays: z.int().min(0).max(30).default(1) }),
  {
    id: 'status.late',
    kind: 2,
    provision: '第十八条',
    title: '证照状态变更未实时同步',
    subjectType: 'statusChange',
    scope: 'licence',
    correction: (count, { toleranceWorkingDays }) =>
      `核查${count}项证照状态变更（延续、吊销、注销、废止、挂起、质押等）同步迟延的原因，建立状态变更与市统一电子证照库的实时同步机制，最迟于${periodText('业务发生', toleranceWorkingDays)}完成同步。`,
    prepare(context, { toleranceWorkingDays }) {
      const { dayOf } = context
      return (licence, emit) => {
        const history = licence.statusHistory
        for (let index = 0; index < history.length; index++) {
          const change = history[index]
          if (change === undefined) continue
          const businessDay = dayOf(change.businessTime)
          const recordedDay = dayOf(change.recordedTime)
          // Recorded the day it happened (most are): on time whatever the tolerance.
          if (businessDay === undefined || recordedDay === undefined || recordedDay <= businessDay)
            continue
          const verdict = judgeDeadline(
            context.deadlines,
            businessDay,
            toleranceWorkingDays,
            recordedDay,
            context.todayDay
          )
          if (verdict.verdict === 'onTime') continue
          const action = statusActionLabels[change.action]
          emit(
            deadlineFinding(verdict, {
              provision: '第十八条',
              subjectId: `${licence.id}#${index}`,
              sourceId: licence.id,
              departmentId: licence.issuerDepartmentId,
              recordIds: [licence.id],
              actual: change.recordedTime,
              facts: {
                action: change.action,
                historyIndex: index,
                businessTime: change.businessTime,
                toleranceWorkingDays
              },
              situation: `${licenceLabel(licence)}于${chineseDay(businessDay)}办理“${action}”，按${periodText('业务发生', toleranceWorkingDays)}同步的要求`,
              duty: '同步至市统一电子证照库',
              done: `实际于${chineseDay(recordedDay)}同步`,
              todayDay: context.todayDay
            })
          )
        }
      }
    }
  }
)
