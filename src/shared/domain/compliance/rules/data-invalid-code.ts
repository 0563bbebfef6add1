import { z } from 'zod'
import { checkLicenceIdentifier } from '../../codes/licence-identifier'
import { checkUscc } from '../../codes/uscc'
import type { CodeCheckResult } from '../../codes/result'
import { citeProvision } from '../articles'
import { licenceLabel } from '../explain'
import { evidenceOf } from '../finding'
import { defineRule } from '../rule'

function problems(checked: CodeCheckResult): string {
  return checked.reasons.map((reason) => reason.message).join('；')
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
    provision: '第十五条',
    title: '证照标识或持证主体代码不合规',
    subjectType: 'licence',
    scope: 'licence',
    correction: (count) =>
      `核对并更正${count}张电子证照的证照标识（GB/T 36904）或持证主体统一社会信用代码（GB 32100），在签发环节增加代码校验。`,
    prepare(context, { checkOrganisationHolderCodes }) {
      const codes = context.codes
      return (licence, emit) => {
        const identifierValid = codes.isValidIdentifier(
          licence.identifier,
          licence.typeCode,
          licence.issuingAuthorityCode
        )
        const holder = licence.holder
        const holderChecked =
          checkOrganisationHolderCodes && holder.codeType === '001' && holder.code !== ''
        const holderValid = !holderChecked || codes.isValidUscc(holder.code)
        if (identifierValid && holderValid) return
        const parts: string[] = []
        const facts: Record<string, string> = {}
        if (!identifierValid) {
          facts.identifierProblems = problems(checkLicenceIdentifier(licence.identifier))
          parts.push(`证照标识“${licence.identifier}”不合规：${facts.identifierProblems}`)
        }
        if (!holderValid) {
          facts.holderCodeProblems = problems(checkUscc(holder.code))
          parts.push(`持证主体统一社会信用代码“${holder.code}”不合规：${facts.holderCodeProblems}`)
        }
        emit({
          subjectId: licence.id,
          sourceId: licence.id,
          departmentId: licence.issuerDepartmentId,
          explanation: `${citeProvision('第十五条')}。${licenceLabel(licence)}的${parts.join('；')}。`,
          evidence: evidenceOf({ recordIds: [licence.id], facts })
        })
      }
    }
  }
)
