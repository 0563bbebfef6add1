import { z } from 'zod'
import { list, message, type ListParam, type Message } from '../../../i18n/message'
import { checkLicenceIdentifier } from '../../codes/licence-identifier'
import { checkUscc } from '../../codes/uscc'
import { reasonMessage, type CodeCheckResult } from '../../codes/result'
import { citeProvision } from '../articles'
import { licenceLabel } from '../explain'
import { evidenceOf, type FactValue } from '../finding'
import { defineRule } from '../rule'

/** What the code checker found wrong, each reason as its message. */
function problems(checked: CodeCheckResult): ListParam {
  return list(checked.reasons.map(reasonMessage))
}

/**
 * `data.invalid-code` 31(五), Art. 15 (准确性): a 证照标识 that fails GB/T 36904, or an organisation
 * holder's 统一社会信用代码 that fails GB 32100. A wrong USCC check character is only a warning for
 * the code checker (early pilot codes), but on a licence it is data to check and correct, so any
 * result other than 有效 counts. Natural persons' codes are stored masked and cannot be checked.
 */
export const dataInvalidCodeRule = defineRule(
  z.object({ checkOrganisationHolderCodes: z.boolean().default(true) }),
  {
    id: 'data.invalid-code',
    kind: 5,
    provision: 'art15',
    title: message('compliance.rule.dataInvalidCode'),
    subjectType: 'licence',
    scope: 'licence',
    correction: (count) => message('compliance.correction.dataInvalidCode', { count }),
    prepare(_context, { checkOrganisationHolderCodes }) {
      return (licence, emit, { identifierValid, holderUsccValid }) => {
        const holder = licence.holder
        // The precomputed check is null for holders without a USCC (persons, blank codes).
        const holderValid = !checkOrganisationHolderCodes || holderUsccValid !== false
        if (identifierValid && holderValid) return
        const parts: Message[] = []
        const facts: Record<string, FactValue> = {}
        if (!identifierValid) {
          const reasons = problems(checkLicenceIdentifier(licence.identifier))
          facts.identifierProblems = reasons
          parts.push(
            message('compliance.invalidCode.identifier', { value: licence.identifier, reasons })
          )
        }
        if (!holderValid) {
          const reasons = problems(checkUscc(holder.code))
          facts.holderCodeProblems = reasons
          parts.push(message('compliance.invalidCode.holder', { value: holder.code, reasons }))
        }
        emit({
          subjectId: licence.id,
          sourceId: licence.id,
          departmentId: licence.issuerDepartmentId,
          explanation: message('compliance.explanation.dataInvalidCode', {
            citation: citeProvision('art15'),
            licence: licenceLabel(licence),
            problems: list(parts)
          }),
          evidence: evidenceOf({ recordIds: [licence.id], facts })
        })
      }
    }
  }
)
