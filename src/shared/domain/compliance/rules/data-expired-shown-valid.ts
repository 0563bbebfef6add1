import { z } from 'zod'
import { day, message } from '../../../i18n/message'
import { licenceStateNames } from '../../licences/licence'
import { judgeDeadline } from '../deadlines'
import { dayParam, deadlineFinding, licenceLabel, periodText } from '../explain'
import { defineRule } from '../rule'

/**
 * `data.expired-shown-valid` 31(五), Art. 18: a licence whose validity ended still recorded as
 * 有效. It expired at the start of the day after 有效期截止日期; the issuer then has the Art. 18
 * tolerance to record 注销 or 延续. Licences that expired more recently are not late yet.
 */
export const dataExpiredShownValidRule = defineRule(
  z.object({ toleranceWorkingDays: z.int().min(0).max(30).default(1) }),
  {
    id: 'data.expired-shown-valid',
    kind: 5,
    provision: 'art18',
    title: message('compliance.rule.dataExpiredShownValid'),
    subjectType: 'licence',
    scope: 'licence',
    correction: (count) => message('compliance.correction.dataExpiredShownValid', { count }),
    prepare(context, { toleranceWorkingDays }) {
      // 长期 has no last day: its precomputed day is null, as is an unreadable one's.
      return (licence, emit, { validUntilDay: lastValidDay }) => {
        if (licence.state !== 'valid' || lastValidDay === null || lastValidDay >= context.todayDay)
          return
        const expiryDay = lastValidDay + 1
        const verdict = judgeDeadline(
          context.deadlines,
          expiryDay,
          toleranceWorkingDays,
          null,
          context.todayDay
        )
        if (verdict.verdict === 'onTime') return
        emit(
          deadlineFinding(verdict, {
            provision: 'art18',
            subjectId: licence.id,
            sourceId: licence.id,
            departmentId: licence.issuerDepartmentId,
            recordIds: [licence.id],
            actual: null,
            facts: {
              validUntil: day(licence.validUntil),
              state: licenceStateNames[licence.state],
              toleranceWorkingDays
            },
            situation: message('compliance.situation.expired', {
              licence: licenceLabel(licence),
              validUntil: dayParam(lastValidDay),
              expiredOn: dayParam(expiryDay),
              period: periodText(message('compliance.event.expiry'), toleranceWorkingDays)
            }),
            duty: message('compliance.duty.renewOrCancel'),
            todayDay: context.todayDay
          })
        )
      }
    }
  }
)
