import { z } from 'zod'
import { generationModeLabels, type GenerationMode } from '../../licences/licence'
import type { QuotedProvision } from '../articles'
import { judgeDeadline } from '../deadlines'
import { chineseDay, deadlineFinding, licenceLabel, periodText } from '../explain'
import { defineRule, type ComplianceRuleId } from '../rule'

/** The Art. 13 push deadline, in working days after 业务办结; the Bureau may set another. */
export function pushDeadlineParameters(articleDefault: number) {
  return z.object({
    deadlineWorkingDays: z.int().min(0).max(60).default(articleDefault)
  })
}

/**
 * Art. 13 push timeliness for one generation mode: the push date must be no later than
 * W(completion date, n); a licence still unpushed is late once TODAY is past that day.
 */
export function pushDeadlineRule(spec: {
  id: Extract<ComplianceRuleId, `push.${string}`>
  mode: Exclude<GenerationMode, 'legacy'>
  provision: QuotedProvision
  title: string
  articleDefault: number
}) {
  return defineRule(pushDeadlineParameters(spec.articleDefault), {
    id: spec.id,
    kind: 2,
    provision: spec.provision,
    title: spec.title,
    subjectType: 'licence',
    scope: 'licence',
    correction: (count, { deadlineWorkingDays }) =>
      `核查${count}张${generationModeLabels[spec.mode]}电子证照推送逾期的原因，补推尚未推送的证照数据，今后在${periodText('业务办结', deadlineWorkingDays)}推送至市统一电子证照库。`,
    prepare(context, { deadlineWorkingDays }) {
      const { dayOf } = context
      return (licence, emit) => {
        if (licence.generationMode !== spec.mode) return
        const completionDay = dayOf(licence.completedAt)
        if (completionDay === undefined) return
        const pushDay = licence.pushedAt === null ? null : (dayOf(licence.pushedAt) ?? null)
        const verdict = judgeDeadline(
          context.deadlines,
          completionDay,
          deadlineWorkingDays,
          pushDay,
          context.todayDay
        )
        if (verdict.verdict === 'onTime') return
        emit(
          deadlineFinding(verdict, {
            provision: spec.provision,
            subjectId: licence.id,
            sourceId: licence.id,
            departmentId: licence.issuerDepartmentId,
            recordIds: [licence.id],
            actual: licence.pushedAt,
            facts: {
              generationMode: licence.generationMode,
              completedAt: licence.completedAt,
              deadlineWorkingDays
            },
            situation: `${licenceLabel(licence)}由${context.departmentName(licence.issuerDepartmentId)}以${generationModeLabels[spec.mode]}方式于${chineseDay(completionDay)}业务办结，按${periodText('业务办结', deadlineWorkingDays)}推送的要求`,
            duty: '推送至市统一电子证照库',
            done: pushDay === null ? '' : `实际于${chineseDay(pushDay)}推送`,
            todayDay: context.todayDay
          })
        )
      }
    }
  })
}
