import { z } from 'zod'
import { message } from '../../../i18n/message'
import { citeProvision } from '../articles'
import { licenceLabel } from '../explain'
import { evidenceOf } from '../finding'
import { defineRule } from '../rule'

/**
 * `catalog.unregistered-type` 31(一), Art. 11: a licence of a type no catalog entry registers.
 * Catalog changes can make or unmake such findings for many licences at once; the engine re-reads
 * the licences of every type code whose registration changed.
 */
export const catalogUnregisteredTypeRule = defineRule(z.object({}), {
  id: 'catalog.unregistered-type',
  kind: 1,
  provision: 'art11',
  title: message('compliance.rule.catalogUnregisteredType'),
  subjectType: 'licence',
  scope: 'licence',
  correction: (count) => message('compliance.correction.catalogUnregisteredType', { count }),
  prepare(context) {
    const registered = registeredTypeCodes(context.reference.catalog)
    return (licence, emit) => {
      if (registered.has(licence.typeCode)) return
      emit({
        subjectId: licence.id,
        sourceId: licence.id,
        departmentId: licence.issuerDepartmentId,
        explanation: message('compliance.explanation.catalogUnregisteredType', {
          citation: citeProvision('art11'),
          licence: licenceLabel(licence),
          typeCode: licence.typeCode
        }),
        evidence: evidenceOf({ recordIds: [licence.id], facts: { typeCode: licence.typeCode } })
      })
    }
  }
})

/** Type codes of the catalog entries in force (tombstones excluded). */
export function registeredTypeCodes(
  catalog: readonly { typeCode: string; deleted: boolean }[]
): Set<string> {
  return new Set(catalog.filter((entry) => !entry.deleted).map((entry) => entry.typeCode))
}
