import { z } from 'zod'
import { formatChineseDate } from '../../calendar/iso-date'
import { PERMANENT } from '../../licences/licence'
import { authorizationCovers, type UsageAuthorization } from '../../licences/usage-authorization'
import { citeProvision } from '../articles'
import { isoDateOf } from '../deadlines'
import { chineseDateOfInstant } from '../explain'
import { evidenceOf } from '../finding'
import { defineRule } from '../rule'

/** `2026年1月1日至长期`, or `长期` for an authorisation without either bound. */
function periodLabel(authorization: UsageAuthorization): string {
  const until =
    authorization.validUntil === PERMANENT ? PERMANENT : formatChineseDate(authorization.validUntil)
  return authorization.validFrom === null
    ? `截至${until}`
    : `${formatChineseDate(authorization.validFrom)}至${until}`
}

/**
 * `usage.unauthorized-unit` 31(三) (擅自扩大使用范围), Art. 28: a unit used a licence of a type it
 * held no 用证授权 for on the day of use (none at all, or one whose period does not include that
 * day). The using unit answers for it, not the issuer.
 */
export const usageUnauthorizedUnitRule = defineRule(z.object({}), {
  id: 'usage.unauthorized-unit',
  kind: 3,
  provision: '第二十八条',
  title: '未授权单位用证',
  subjectType: 'usageRecord',
  scope: 'usage',
  correction: (count) =>
    `停止未经授权的用证行为，核查${count}条超出授权范围的用证记录的办理依据；确需使用的，按程序申请用证授权。`,
  prepare(context) {
    const byTypeAndUnit = new Map<string, UsageAuthorization[]>()
    for (const authorization of context.reference.usageAuthorizations) {
      if (authorization.deleted) continue
      const key = `${authorization.typeCode}|${authorization.unit.uscc}`
      const list = byTypeAndUnit.get(key)
      if (list) list.push(authorization)
      else byTypeAndUnit.set(key, [authorization])
    }
    return (usage, emit) => {
      const held = byTypeAndUnit.get(`${usage.typeCode}|${usage.usingUnit.uscc}`) ?? []
      const day = context.dayOf(usage.usedAt)
      // An unreadable use time cannot be placed in any period; only a missing authorisation is judged then.
      if (
        day === undefined
          ? held.length > 0
          : held.some((a) => authorizationCovers(a, isoDateOf(day)))
      )
        return
      const departmentId = context.departmentOfUnit(usage.usingUnit.uscc)
      const used = `${usage.usingUnit.name}（${usage.usingUnit.uscc}）于${chineseDateOfInstant(usage.usedAt)}使用证照${usage.licenceId}办理“${usage.matter.name}”`
      const why =
        held.length === 0
          ? `但该单位不在证照类型${usage.typeCode}的授权用证单位之列`
          : `但该单位对证照类型${usage.typeCode}的用证授权期限为${held.map(periodLabel).join('、')}，用证之日不在其内`
      emit({
        subjectId: usage.id,
        sourceId: usage.id,
        departmentId,
        explanation: `${citeProvision('第二十八条')}。${used}，${why}。`,
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
