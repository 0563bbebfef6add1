import { z } from 'zod'
import { day, list, message, type Message } from '../../../i18n/message'
import { PERMANENT } from '../../licences/licence'
import type { UsageAuthorization } from '../../licences/usage-authorization'
import { citeProvision } from '../articles'
import { dayNumberOfDate } from '../deadlines'
import { dayOfInstant } from '../explain'
import { evidenceOf } from '../finding'
import { defineRule } from '../rule'

/**
 * `2026年1月1日至2026年12月31日`, `2026年1月1日至长期` or `截至2026年12月31日`. (One without
 * either bound covers every day, so it is never listed as a period the use fell outside of.)
 */
function periodLabel({ validFrom, validUntil }: UsageAuthorization): Message {
  const until = validUntil === PERMANENT ? message('compliance.permanent') : day(validUntil)
  if (validFrom === null) return message('compliance.authorization.upTo', { until })
  return validUntil === PERMANENT
    ? message('compliance.authorization.fromOn', { from: day(validFrom) })
    : message('compliance.authorization.between', { from: day(validFrom), until })
}

/** An authorisation with its period as Beijing day numbers, so a use is placed without a string. */
interface HeldAuthorization {
  authorization: UsageAuthorization
  /** The first and last day covered, both included. */
  from: number
  until: number
}

/**
 * IsoDate admits only real dates, so every bound reads as a day; were one unreadable, NaN would
 * place no use inside the period, and the use would be found rather than passed.
 */
function heldAuthorization(authorization: UsageAuthorization): HeldAuthorization {
  const { validFrom, validUntil } = authorization
  return {
    authorization,
    from: validFrom === null ? -Infinity : (dayNumberOfDate(validFrom) ?? NaN),
    until: validUntil === PERMANENT ? Infinity : (dayNumberOfDate(validUntil) ?? NaN)
  }
}

function coversAny(held: readonly HeldAuthorization[], day: number): boolean {
  for (let i = 0; i < held.length; i++) {
    const { from, until } = held[i] as HeldAuthorization
    if (from <= day && day <= until) return true
  }
  return false
}

/**
 * `usage.unauthorized-unit` 31(三) (擅自扩大使用范围), Art. 28: a unit used a licence of a type it
 * held no 用证授权 for on the day of use (none at all, or one whose period does not include that
 * day). The using unit answers for it, not the issuer.
 */
export const usageUnauthorizedUnitRule = defineRule(z.object({}), {
  id: 'usage.unauthorized-unit',
  kind: 3,
  provision: 'art28',
  title: message('compliance.rule.usageUnauthorizedUnit'),
  subjectType: 'usageRecord',
  scope: 'usage',
  correction: (count) => message('compliance.correction.usageUnauthorizedUnit', { count }),
  prepare(context) {
    // By type code, then by unit: two look-ups per use, no key built per use.
    const byTypeAndUnit = new Map<string, Map<string, HeldAuthorization[]>>()
    for (const authorization of context.reference.usageAuthorizations) {
      if (authorization.deleted) continue
      let byUnit = byTypeAndUnit.get(authorization.typeCode)
      if (!byUnit) byTypeAndUnit.set(authorization.typeCode, (byUnit = new Map()))
      const list = byUnit.get(authorization.unit.uscc)
      if (list) list.push(heldAuthorization(authorization))
      else byUnit.set(authorization.unit.uscc, [heldAuthorization(authorization)])
    }
    const none: HeldAuthorization[] = []
    return (usage, emit, day) => {
      const held = byTypeAndUnit.get(usage.typeCode)?.get(usage.usingUnit.uscc) ?? none
      // An unreadable use time cannot be placed in any period; only a missing authorisation is judged then.
      if (day === undefined ? held.length > 0 : coversAny(held, day)) return
      const departmentId = context.departmentOfUnit(usage.usingUnit.uscc)
      const why =
        held.length === 0
          ? message('compliance.unauthorized.none', { typeCode: usage.typeCode })
          : message('compliance.unauthorized.outsidePeriod', {
              typeCode: usage.typeCode,
              periods: list(held.map(({ authorization }) => periodLabel(authorization)))
            })
      emit({
        subjectId: usage.id,
        sourceId: usage.id,
        departmentId,
        explanation: message('compliance.explanation.usageUnauthorizedUnit', {
          citation: citeProvision('art28'),
          unit: usage.usingUnit.name,
          uscc: usage.usingUnit.uscc,
          used: dayOfInstant(usage.usedAt),
          matter: usage.matter.name,
          why
        }),
        evidence: evidenceOf({
          recordIds: [usage.id, usage.licenceId],
          actual: usage.usedAt,
          facts: {
            unitUscc: usage.usingUnit.uscc,
            unitName: usage.usingUnit.name,
            typeCode: usage.typeCode
          }
        })
      })
    }
  }
})
