import { z } from 'zod'
import { message } from '../../../i18n/message'
import { citeProvision } from '../articles'
import { licenceLabel } from '../explain'
import { evidenceOf } from '../finding'
import { defineRule } from '../rule'

/**
 * `data.missing-seal` 31(五), Art. 17: a licence without an electronic seal. Types that a law or
 * administrative regulation exempts (法律、行政法规另有规定的除外) are listed by the Bureau.
 */
export const dataMissingSealRule = defineRule(
  z.object({ exemptTypeCodes: z.array(z.string().regex(/^[0-9A-Z]{18}\d{3}$/)).default([]) }),
  {
    id: 'data.missing-seal',
    kind: 5,
    provision: 'art17',
    title: message('compliance.rule.dataMissingSeal'),
    subjectType: 'licence',
    scope: 'licence',
    correction: (count) => message('compliance.correction.dataMissingSeal', { count }),
    prepare(context, { exemptTypeCodes }) {
      const exempt = new Set(exemptTypeCodes)
      return (licence, emit) => {
        if (licence.sealPresent || exempt.has(licence.typeCode)) return
        emit({
          subjectId: licence.id,
          sourceId: licence.id,
          departmentId: licence.issuerDepartmentId,
          explanation: message('compliance.explanation.dataMissingSeal', {
            citation: citeProvision('art17'),
            licence: licenceLabel(licence),
            department: context.departmentName(licence.issuerDepartmentId)
          }),
          evidence: evidenceOf({ recordIds: [licence.id], facts: { typeCode: licence.typeCode } })
        })
      }
    }
  }
)
