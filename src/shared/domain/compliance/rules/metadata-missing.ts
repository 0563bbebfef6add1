import { z } from 'zod'
import { list, message } from '../../../i18n/message'
import type { Licence } from '../../licences/licence'
import { citeProvision } from '../articles'
import { dayOfInstant, isBlank, licenceLabel } from '../explain'
import { evidenceOf } from '../finding'
import { defineRule } from '../rule'

/** 必填元数据 a pushed licence must carry, with how each reads in a finding. */
const MANDATORY_FIELDS = {
  number: {
    label: message('compliance.field.number'),
    read: (licence: Licence) => licence.number
  },
  holderName: {
    label: message('compliance.field.holderName'),
    read: (licence: Licence) => licence.holder.name
  },
  holderCode: {
    label: message('compliance.field.holderCode'),
    read: (licence: Licence) => licence.holder.code
  },
  issueDate: {
    label: message('compliance.field.issueDate'),
    read: (licence: Licence) => licence.issueDate
  },
  issuingAuthorityCode: {
    label: message('compliance.field.issuingAuthorityCode'),
    read: (licence: Licence) => licence.issuingAuthorityCode
  }
} as const
type MandatoryField = keyof typeof MANDATORY_FIELDS
const FIELD_NAMES = Object.keys(MANDATORY_FIELDS) as [MandatoryField, ...MandatoryField[]]

/** The fields the Bureau may require (设置), each named by `compliance.field.<name>`. */
export const METADATA_FIELD_NAMES: readonly MandatoryField[] = FIELD_NAMES

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
    provision: 'art15',
    title: message('compliance.rule.metadataMissing'),
    subjectType: 'licence',
    scope: 'licence',
    correction: (count) => message('compliance.correction.metadataMissing', { count }),
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
          explanation: message('compliance.explanation.metadataMissing', {
            citation: citeProvision('art15'),
            licence: licenceLabel(licence),
            pushed: dayOfInstant(licence.pushedAt),
            missing: list(missing),
            department: context.departmentName(licence.issuerDepartmentId)
          }),
          evidence: evidenceOf({
            recordIds: [licence.id],
            actual: licence.pushedAt,
            facts: { missing: list(missing) }
          })
        })
      }
    }
  }
)
