import { z } from 'zod'
import {
  PERMANENT,
  stateAfterAction,
  type Licence,
  type LicenceState
} from '../../licences/licence'
import { citeProvision } from '../articles'
import { beijingDayNumber, dayNumberOfDate } from '../deadlines'
import { chineseDateOfInstant } from '../explain'
import { evidenceOf } from '../finding'
import { defineRule } from '../rule'

/** The recorded state at an instant: the status history up to it, replayed from 有效. */
function stateAt(licence: Licence, instant: number): LicenceState {
  const events = licence.statusHistory
    .map((change) => ({ change, time: Date.parse(change.businessTime) }))
    .filter(({ time }) => time <= instant)
    .sort((a, b) => a.time - b.time)
  let state: LicenceState = 'valid'
  for (const { change } of events) {
    const next = stateAfterAction(state, change.action)
    if (next.ok) state = next.state
  }
  return state
}

/** Valid on the day of use: inside its validity period and 有效 by its status history. */
function validWhenUsed(licence: Licence, usedAt: string): boolean {
  const day = beijingDayNumber(usedAt)
  const from = dayNumberOfDate(licence.validFrom)
  if (day === undefined || from === undefined || day < from) return false
  if (licence.validUntil !== PERMANENT) {
    const until = dayNumberOfDate(licence.validUntil)
    if (until === undefined || day > until) return false
  }
  return stateAt(licence, Date.parse(usedAt)) === 'valid'
}

/**
 * `usage.refused-valid` 31(四), Art. 4: a unit refused a licence that was valid when presented.
 * Refusing an expired, revoked or suspended licence is lawful. The refusing unit answers for it.
 */
export const usageRefusedValidRule = defineRule(z.object({}), {
  id: 'usage.refused-valid',
  kind: 4,
  provision: '第四条',
  title: '拒绝采信有效电子证照',
  subjectType: 'usageRecord',
  scope: 'usageWithLicence',
  correction: (count) =>
    `纠正${count}起拒绝采信有效电子证照的行为，对窗口人员开展电子证照效力培训，凡能通过市电子证照库核验的，不得要求服务对象另行提交实体证照。`,
  prepare(context) {
    return {
      wants: (usage) => usage.result.kind === 'refused',
      check(usage, licence, emit) {
        if (!licence || licence.deleted || usage.result.kind !== 'refused') return
        if (!validWhenUsed(licence, usage.usedAt)) return
        emit({
          subjectId: usage.id,
          sourceId: usage.id,
          departmentId: context.departmentOfUnit(usage.usingUnit.uscc),
          explanation: `${citeProvision('第四条')}。${usage.usingUnit.name}于${chineseDateOfInstant(usage.usedAt)}办理“${usage.matter.name}”时拒绝采信证照${licence.id}（理由：${usage.result.reason}），而该证照当时在有效期内且状态为“有效”。`,
          evidence: evidenceOf({
            recordIds: [usage.id, licence.id],
            actual: usage.usedAt,
            facts: {
              unitUscc: usage.usingUnit.uscc,
              unitName: usage.usingUnit.name,
              reason: usage.result.reason,
              validFrom: licence.validFrom,
              validUntil: licence.validUntil
            }
          })
        })
      }
    }
  }
})
