import { z } from 'zod'
import { citeProvision } from '../articles'
import { chineseDateOfInstant } from '../explain'
import { evidenceOf } from '../finding'
import { defineRule } from '../rule'

/**
 * `usage.unauthorized-unit` 31(三) (擅自扩大使用范围), Art. 28: a unit used a licence of a type it
 * is not authorised for. The using unit answers for it, not the issuer.
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
    const authorized = new Map<string, Set<string>>()
    for (const authorization of context.reference.usageAuthorizations) {
      const units = authorized.get(authorization.typeCode) ?? new Set<string>()
      for (const unit of authorization.units) units.add(unit.uscc)
      authorized.set(authorization.typeCode, units)
    }
    return (usage, emit) => {
      if (authorized.get(usage.typeCode)?.has(usage.usingUnit.uscc)) return
      const departmentId = context.departmentOfUnit(usage.usingUnit.uscc)
      emit({
        subjectId: usage.id,
        sourceId: usage.id,
        departmentId,
        explanation: `${citeProvision('第二十八条')}。${usage.usingUnit.name}（${usage.usingUnit.uscc}）于${chineseDateOfInstant(usage.usedAt)}使用证照${usage.licenceId}办理“${usage.matter.name}”，但该单位不在证照类型${usage.typeCode}的授权用证单位之列。`,
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
