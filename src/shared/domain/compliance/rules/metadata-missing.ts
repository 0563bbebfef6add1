import { z } from 'zod'
import type { Licence } from '../../licences/licence'
import { citeProvision } from '../articles'
import { chineseDateOfInstant, isBlank, licenceLabel } from '../explain'
import { evidenceOf } from '../finding'
import { defineRule } from '../rule'

/** 必填元数据 a pushed licence must carry, with how each reads in a finding. */
const MANDATORY_FIELDS = {
  number: { label: '证照编号', read: (licence: Licence) => licence.number },
  holderName: { label: '持证主体名称', read: (licence: Licence) => licence.holder.name },
  holderCode: { label: '持证主体代码', read: (licence: Licence) => licence.holder.code },
  issueDate: { label: '颁证日期', read: (licence: Licence) => licence.issueDate },
  issuingAuthorityCode: {
    label: '证照颁发机构代码',
    read: (licence: Licence) => licence.issuingAuthorityCode
  }
} as const
type MandatoryField = keyof typeof MANDATORY_FIELDS
const FIELD_NAMES = Object.keys(MANDATORY_FIELDS) as [MandatoryField, ...MandatoryField[]]

/**
 * `metadata.missing` 31(二) (擅自减少应提供数据), Art. 15 (完整性): a licence pushed to the library
 * with mandatory metadata blank. Unpushed licences carry nothing the library could check yet.
 */
export const metadataMissingRule = defineRule(
  z.object({
    requiredFields: z
      .array(z.enum(FIELD_NAMES))
      .min(1)
      .default([...FIELD_NAMES])
  }),
  {
    id: 'metadata.missing',
    kind: 2,
    provision: '第十五条',
    title: '推送证照缺少必填信息',
    subjectType: 'licence',
    scope: 'licence',
    correction: (count) =>
      `补齐${count}张已推送电子证照缺失的必填信息（证照编号、持证主体名称及代码、颁证日期、颁发机构代码等），确保推送数据与本单位业务库一致。`,
    prepare(context, { requiredFields }) {
      const fields = requiredFields.map((name) => MANDATORY_FIELDS[name])
      const required = new Set(requiredFields)
      const [number, holderName, holderCode, issueDate, issuingAuthorityCode] = FIELD_NAMES.map(
        (name) => required.has(name)
      )
      // Bound once: called five times per licence, and a module binding may be an accessor.
      const blank = isBlank
      return (licence, emit) => {
        // Read directly first: nearly every licence is complete, and this runs for each of them.
        if (
          licence.pushedAt === null ||
          !(
            (number && blank(licence.number)) ||
            (holderName && blank(licence.holder.name)) ||
            (holderCode && blank(licence.holder.code)) ||
            (issueDate && blank(licence.issueDate)) ||
            (issuingAuthorityCode && blank(licence.issuingAuthorityCode))
          )
        ) {
          return
        }
        const missing = fields
          .filter((field) => isBlank(field.read(licence)))
          .map((field) => field.label)
        emit({
          subjectId: licence.id,
          sourceId: licence.id,
          departmentId: licence.issuerDepartmentId,
          explanation: `${citeProvision('第十五条')}。${licenceLabel(licence)}已于${chineseDateOfInstant(licence.pushedAt)}推送至市统一电子证照库，但${missing.join('、')}为空，${context.departmentName(licence.issuerDepartmentId)}提供的证照信息不完整。`,
          evidence: evidenceOf({
            recordIds: [licence.id],
            actual: licence.pushedAt,
            facts: { missing: missing.join('、') }
          })
        })
      }
    }
  }
)
