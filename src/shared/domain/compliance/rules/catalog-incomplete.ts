import { z } from 'zod'
import { list, message } from '../../../i18n/message'
import { governedByArt11, missingArt11ItemNames } from '../../licences/art11-items'
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
    provision: 'art11',
    title: message('compliance.rule.catalogIncomplete'),
    subjectType: 'catalogEntry',
    scope: 'reference',
    correction: (count) => message('compliance.correction.catalogIncomplete', { count }),
    evaluate(context, { exemptSuperiorStandard }, emit) {
      for (const entry of context.reference.catalog) {
        if (!governedByArt11(entry, exemptSuperiorStandard)) continue
        const missing = missingArt11ItemNames(entry)
        if (missing.length === 0) continue
        const name = isBlank(entry.name)
          ? message('compliance.catalogEntry.typeCode', { typeCode: entry.typeCode })
          : message('compliance.catalogEntry.named', { name: entry.name })
        emit({
          subjectId: entry.id,
          sourceId: entry.id,
          departmentId: entry.issuerDepartmentId,
          explanation: message('compliance.explanation.catalogIncomplete', {
            citation: citeProvision('art11'),
            department: context.departmentName(entry.issuerDepartmentId),
            entry: name,
            missing: list(missing)
          }),
          evidence: evidenceOf({
            recordIds: [entry.id],
            actual: entry.updatedAt,
            facts: { missing: list(missing), typeCode: entry.typeCode, version: entry.version }
          })
        })
      }
    }
  }
)
