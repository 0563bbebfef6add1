import { z } from 'zod'
import { instant, message, type Message } from '../../../i18n/message'
import { generationModeNames, type GenerationMode } from '../../licences/licence'
import type { QuotedProvision } from '../articles'
import { judgeDeadline } from '../deadlines'
import { dayParam, deadlineFinding, licenceLabel, periodText } from '../explain'
import { defineRule, type ComplianceRuleId } from '../rule'

const COMPLETION = message('compliance.event.completion')

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
  title: Message
  articleDefault: number
}) {
  const mode = generationModeNames[spec.mode]
  return defineRule(pushDeadlineParameters(spec.articleDefault), {
    id: spec.id,
    kind: 2,
    provision: spec.provision,
    title: spec.title,
    subjectType: 'licence',
    scope: 'licence',
    correction: (count, { deadlineWorkingDays }) =>
      message('compliance.correction.push', {
        count,
        mode,
        period: periodText(COMPLETION, deadlineWorkingDays)
      }),
    prepare(context, { deadlineWorkingDays }) {
      return (licence, emit, { completedDay: completionDay, pushedDay: pushDay }) => {
        if (licence.generationMode !== spec.mode || completionDay === null) return
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
              generationMode: mode,
              completedAt: instant(licence.completedAt),
              deadlineWorkingDays
            },
            situation: message('compliance.situation.push', {
              licence: licenceLabel(licence),
              department: context.departmentName(licence.issuerDepartmentId),
              mode,
              completed: dayParam(completionDay),
              period: periodText(COMPLETION, deadlineWorkingDays)
            }),
            duty: message('compliance.duty.push'),
            done: (on) => message('compliance.done.pushed', { day: on }),
            todayDay: context.todayDay
          })
        )
      }
    }
  })
}
