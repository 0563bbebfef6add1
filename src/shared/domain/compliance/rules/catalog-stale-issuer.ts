import { z } from 'zod'
import { instant, list, message, type Message } from '../../../i18n/message'
import type { CatalogEntry } from '../../licences/catalog-entry'
import type { Department } from '../../licences/department'
import { beijingDayNumber, judgeDeadline } from '../deadlines'
import { dayOfInstant, dayParam, deadlineFinding, periodText } from '../explain'
import { defineRule } from '../rule'

const ISSUER_CHANGE = message('compliance.event.issuerChange')

/** What the entry still says about its issuer that the department no longer is. */
function staleFacts(entry: CatalogEntry, department: Department): Message[] {
  const stale: Message[] = []
  if (entry.issuingAuthorityName !== null && entry.issuingAuthorityName !== department.name) {
    stale.push(
      message('compliance.stale.issuerName', {
        recorded: entry.issuingAuthorityName,
        current: department.name
      })
    )
  }
  // The issuer is also the entry's 证照定义机构 when the entry names it so; its code must follow.
  const definer = entry.definingAuthority
  const definerIsIssuer =
    definer.name === department.name || definer.name === entry.issuingAuthorityName
  if (definerIsIssuer && definer.code !== department.uscc) {
    stale.push(
      message('compliance.stale.definerCode', { recorded: definer.code, current: department.uscc })
    )
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
    provision: 'art11',
    title: message('compliance.rule.catalogStaleIssuer'),
    subjectType: 'catalogEntry',
    scope: 'reference',
    correction: (count, { toleranceWorkingDays }) =>
      message('compliance.correction.catalogStaleIssuer', {
        count,
        period: periodText(ISSUER_CHANGE, toleranceWorkingDays)
      }),
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
            provision: 'art11',
            subjectId: entry.id,
            sourceId: entry.id,
            departmentId: department.id,
            recordIds: [entry.id, department.id],
            actual: null,
            facts: {
              departmentChangedAt: instant(department.updatedAt),
              entryUpdatedAt: instant(entry.updatedAt),
              stale: list(stale),
              toleranceWorkingDays
            },
            situation: message('compliance.situation.staleIssuer', {
              department: department.name,
              changed: dayParam(changedDay),
              entry: entry.name,
              entryUpdated: dayOfInstant(entry.updatedAt),
              stale: list(stale),
              period: periodText(ISSUER_CHANGE, toleranceWorkingDays)
            }),
            duty: message('compliance.duty.updateCatalog'),
            todayDay: context.todayDay
          })
        )
      }
    }
  }
)
