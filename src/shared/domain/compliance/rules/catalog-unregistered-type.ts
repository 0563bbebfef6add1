import { z } from 'zod'
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
  provision: '第十一条',
  title: '证照类型未在目录登记',
  subjectType: 'licence',
  scope: 'licence',
  correction: (count) =>
    `将${count}张电子证照所属、尚未登记的证照类型在市统一电子证照库登记证照目录，或更正证照类型代码。`,
  prepare(context) {
    const registered = registeredTypeCodes(context.reference.catalog)
    return (licence, emit) => {
      if (registered.has(licence.typeCode)) return
      emit({
        subjectId: licence.id,
        sourceId: licence.id,
        departmentId: licence.issuerDepartmentId,
        explanation: `${citeProvision('第十一条')}。${licenceLabel(licence)}的证照类型代码${licence.typeCode}未在证照目录中登记。`,
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
