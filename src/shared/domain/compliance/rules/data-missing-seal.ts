import { z } from 'zod'
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
    provision: '第十七条',
    title: '电子证照未加盖电子印章',
    subjectType: 'licence',
    scope: 'licence',
    correction: (count) =>
      `为${count}张未加盖电子印章的电子证照补加电子印章并重新推送，确保签章环节纳入制证流程。`,
    prepare(context, { exemptTypeCodes }) {
      const exempt = new Set(exemptTypeCodes)
      return (licence, emit) => {
        if (licence.sealPresent || exempt.has(licence.typeCode)) return
        emit({
          subjectId: licence.id,
          sourceId: licence.id,
          departmentId: licence.issuerDepartmentId,
          explanation: `${citeProvision('第十七条')}。${licenceLabel(licence)}由${context.departmentName(licence.issuerDepartmentId)}签发，未加盖电子印章。`,
          evidence: evidenceOf({ recordIds: [licence.id], facts: { typeCode: licence.typeCode } })
        })
      }
    }
  }
)
