import { z } from 'zod'
import { instant, message } from '../../../i18n/message'
import { statusActionNames } from '../../licences/licence'
import { judgeDeadline } from '../deadlines'
import { dayParam, deadlineFinding, licenceLabel, periodText } from '../explain'
import { defineRule } from '../rule'

const BUSINESS_ACTION = message('compliance.event.businessAction')

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
    provision: 'art18',
    title: message('compliance.rule.statusLate'),
    subjectType: 'statusChange',
    scope: 'licence',
    correction: (count, { toleranceWorkingDays }) =>
      message('compliance.correction.statusLate', {
        count,
        period: periodText(BUSINESS_ACTION, toleranceWorkingDays)
      }),
    prepare(context, { toleranceWorkingDays }) {
      return (licence, emit, { statusDays, statusRecordedLater }) => {
        if (!statusRecordedLater) return
        const history = licence.statusHistory
        for (let index = 0; index < history.length; index++) {
          const businessDay = statusDays[2 * index]
          const recordedDay = statusDays[2 * index + 1]
          // Recorded the day it happened (most are): on time whatever the tolerance.
          if (businessDay == null || recordedDay == null || recordedDay <= businessDay) continue
          const change = history[index]
          if (change === undefined) continue
          const verdict = judgeDeadline(
            context.deadlines,
            businessDay,
            toleranceWorkingDays,
            recordedDay,
            context.todayDay
          )
          if (verdict.verdict === 'onTime') continue
          const action = statusActionNames[change.action]
          emit(
            deadlineFinding(verdict, {
              provision: 'art18',
              subjectId: `${licence.id}#${index}`,
              sourceId: licence.id,
              departmentId: licence.issuerDepartmentId,
              recordIds: [licence.id],
              actual: change.recordedTime,
              facts: {
                action,
                businessTime: instant(change.businessTime),
                toleranceWorkingDays
              },
              situation: message('compliance.situation.statusChange', {
                licence: licenceLabel(licence),
                business: dayParam(businessDay),
                action,
                period: periodText(BUSINESS_ACTION, toleranceWorkingDays)
              }),
              duty: message('compliance.duty.sync'),
              done: (on) => message('compliance.done.synced', { day: on }),
              todayDay: context.todayDay
            })
          )
        }
      }
    }
  }
)
