import { z } from 'zod'
import { day, message } from '../../../i18n/message'
import {
  PERMANENT,
  stateAfterAction,
  type Licence,
  type LicenceState,
  type StatusAction
} from '../../licences/licence'
import { citeProvision } from '../articles'
import { beijingDayNumber, dayNumberOfDate } from '../deadlines'
import { dayOfInstant, licenceLabel } from '../explain'
import { evidenceOf } from '../finding'
import { defineRule } from '../rule'

/** 延续 and 变更 keep the state they start from (and may start from 有效). */
const keepsState = (action: StatusAction) => action === 'renew' || action === 'change'

/** The recorded state at an instant: the status history up to it, replayed from 有效. */
function stateAt(licence: Licence, instant: number): LicenceState {
  // Most histories hold only 延续 and 变更: 有效 throughout, whatever the times.
  if (licence.statusHistory.every((change) => keepsState(change.action))) return 'valid'
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
  provision: 'art4',
  title: message('compliance.rule.usageRefusedValid'),
  subjectType: 'usageRecord',
  scope: 'usageWithLicence',
  correction: (count) => message('compliance.correction.usageRefusedValid', { count }),
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
          explanation: message('compliance.explanation.usageRefusedValid', {
            citation: citeProvision('art4'),
            unit: usage.usingUnit.name,
            used: dayOfInstant(usage.usedAt),
            matter: usage.matter.name,
            licence: licenceLabel(licence),
            reason: usage.result.reason
          }),
          evidence: evidenceOf({
            recordIds: [usage.id, licence.id],
            actual: usage.usedAt,
            facts: {
              unitUscc: usage.usingUnit.uscc,
              unitName: usage.usingUnit.name,
              reason: usage.result.reason,
              validFrom: day(licence.validFrom),
              validUntil:
                licence.validUntil === PERMANENT
                  ? message('compliance.permanent')
                  : day(licence.validUntil)
            }
          })
        })
      }
    }
  }
})
