import { z } from 'zod'
import type { CatalogEntry } from '../../licences/catalog-entry'
import type { Department } from '../../licences/department'
import { beijingDayNumber, judgeDeadline } from '../deadlines'
import { chineseDateOfInstant, chineseDay, deadlineFinding, periodText } from '../explain'
import { defineRule } from '../rule'

/** What the entry still says about its issuer that the department no longer is. */
function staleFacts(entry: CatalogEntry, department: Department): string[] {
  const stale: string[] = []
  if (entry.issuingAuthorityName !== null && entry.issuingAuthorityName !== department.name) {
    stale.push(`证照颁发机构名称仍为“${entry.issuingAuthorityName}”（现名“${department.name}”）`)
  }
  // The issuer is also the entry's 证照定义机构 when the entry names it so; its code must follow.
  const definer = entry.definingAuthority
  const definerIsIssuer =
    definer.name === department.name || definer.name === entry.issuingAuthorityName
  if (definerIsIssuer && definer.code !== department.uscc) {
    stale.push(`证照定义机构代码仍为${definer.code}（现统一社会信用代码${department.uscc}）`)
  }
  return stale
}

/**
 * `catalog.stale-issuer` 31(一), Art. 11 (实时更新): a catalog entry left unchanged after its issuing
 * department was renamed or changed its USCC. The change is dated by the department record's
 * `updatedAt`, which must be later than the entry's; the entry then has the tolerance (default 1 working day, as for
 * Art. 18's 实时) to follow.
 */
export const catalogStaleIssuerRule = defineRule(
  z.object({ toleranceWorkingDays: z.int().min(0).max(60).default(1) }),
  {
    id: 'catalog.stale-issuer',
    kind: 1,
    provision: '第十一条',
    title: '颁发机构变更后目录未更新',
    subjectType: 'catalogEntry',
    scope: 'reference',
    correction: (count, { toleranceWorkingDays }) =>
      `更新${count}条证照目录中已变更的颁发机构名称、代码等信息，今后在${periodText('机构变更', toleranceWorkingDays)}同步更新证照目录。`,
    evaluate(context, { toleranceWorkingDays }, emit) {
      const departments = new Map(
        context.reference.departments.map((department) => [department.id, department])
      )
      for (const entry of context.reference.catalog) {
        const department = departments.get(entry.issuerDepartmentId)
        if (
          entry.deleted ||
          !department ||
          Date.parse(department.updatedAt) <= Date.parse(entry.updatedAt)
        )
          continue
        const stale = staleFacts(entry, department)
        const changedDay = beijingDayNumber(department.updatedAt)
        if (stale.length === 0 || changedDay === undefined) continue
        const verdict = judgeDeadline(
          context.deadlines,
          changedDay,
          toleranceWorkingDays,
          null,
          context.todayDay
        )
        if (verdict.verdict === 'onTime') continue
        emit(
          deadlineFinding(verdict, {
            provision: '第十一条',
            subjectId: entry.id,
            sourceId: entry.id,
            departmentId: department.id,
            recordIds: [entry.id, department.id],
            actual: null,
            facts: {
              departmentChangedAt: department.updatedAt,
              entryUpdatedAt: entry.updatedAt,
              stale: stale.join('；'),
              toleranceWorkingDays
            },
            situation: `${department.name}的机构信息于${chineseDay(changedDay)}变更，其证照目录“${entry.name}”（${entry.id}）最后更新于${chineseDateOfInstant(entry.updatedAt)}，${stale.join('；')}；按${periodText('机构变更', toleranceWorkingDays)}更新目录的要求`,
            duty: '更新证照目录',
            done: '',
            todayDay: context.todayDay
          })
        )
      }
    }
  }
)
