import { z } from 'zod'
import { governedByArt11, missingArt11Items } from '../../licences/art11-items'
import { citeProvision } from '../articles'
import { isBlank } from '../explain'
import { evidenceOf } from '../finding'
import { defineRule } from '../rule'

/**
 * `catalog.incomplete` 31(一), Art. 11: a locally registered catalog entry lacking any of the five
 * items. Entries following a national or provincial catalog standard are governed by it, not by
 * Art. 11's list, so they are exempt unless the Bureau decides otherwise.
 */
export const catalogIncompleteRule = defineRule(
  z.object({ exemptSuperiorStandard: z.boolean().default(true) }),
  {
    id: 'catalog.incomplete',
    kind: 1,
    provision: '第十一条',
    title: '证照目录登记事项不全',
    subjectType: 'catalogEntry',
    scope: 'reference',
    correction: (count) =>
      `补全${count}条证照目录缺失的登记事项（证照名称、证照类型、证照颁发机构名称、证照持有主体类型、证照底图），并实时更新。`,
    evaluate(context, { exemptSuperiorStandard }, emit) {
      for (const entry of context.reference.catalog) {
        if (!governedByArt11(entry, exemptSuperiorStandard)) continue
        const missing = missingArt11Items(entry)
        if (missing.length === 0) continue
        const name = isBlank(entry.name) ? entry.typeCode : `“${entry.name}”`
        emit({
          subjectId: entry.id,
          sourceId: entry.id,
          departmentId: entry.issuerDepartmentId,
          explanation: `${citeProvision('第十一条')}。${context.departmentName(entry.issuerDepartmentId)}登记的证照目录${name}（${entry.id}）缺少${missing.join('、')}。`,
          evidence: evidenceOf({
            recordIds: [entry.id],
            actual: entry.updatedAt,
            facts: { missing: missing.join('、'), typeCode: entry.typeCode, version: entry.version }
          })
        })
      }
    }
  }
)
