import { z } from 'zod'
import { PERMANENT } from '../../licences/licence'
import { judgeDeadline } from '../deadlines'
import { chineseDay, deadlineFinding, licenceLabel, periodText } from '../explain'
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
    provision: '第十八条',
    title: '证照已过期仍显示有效',
    subjectType: 'licence',
    scope: 'licence',
    correction: (count) =>
      `核对${count}张有效期已届满但仍显示为“有效”的电子证照，按实际办理延续或注销并同步至市统一电子证照库，建立有效期届满预警。`,
    prepare(context, { toleranceWorkingDays }) {
      const { dayOfDate } = context
      return (licence, emit) => {
        if (licence.state !== 'valid' || licence.validUntil === PERMANENT) return
        const lastValidDay = dayOfDate(licence.validUntil)
        if (lastValidDay === undefined || lastValidDay >= context.todayDay) return
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
            provision: '第十八条',
            subjectId: licence.id,
            sourceId: licence.id,
            departmentId: licence.issuerDepartmentId,
            recordIds: [licence.id],
            actual: null,
            facts: { validUntil: licence.validUntil, state: licence.state, toleranceWorkingDays },
            situation: `${licenceLabel(licence)}有效期截止于${chineseDay(lastValidDay)}，自${chineseDay(expiryDay)}起已过期但状态仍为“有效”，按${periodText('有效期届满', toleranceWorkingDays)}更新状态的要求`,
            duty: '办理延续或注销',
            done: '',
            todayDay: context.todayDay
          })
        )
      }
    }
  }
)
