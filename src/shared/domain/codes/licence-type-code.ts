import { message } from '../../i18n/message'
import { invalid, nested, result, type CodeCheckResult, type CodeReason } from './result'
import { usccFindings } from './uscc'

/** Findings for a normalised candidate; reused inside the 证照标识. */
export function licenceTypeCodeFindings(code: string): CodeReason[] {
  if (code.length !== 21) {
    return [invalid(message('codes.licenceTypeCode.length', { length: code.length }))]
  }
  const findings = nested(
    (reason) => message('codes.licenceTypeCode.definer', { reason }),
    usccFindings(code.slice(0, 18))
  )
  const sequence = code.slice(18)
  if (!/^\d{3}$/.test(sequence)) {
    findings.push(invalid(message('codes.licenceTypeCode.sequence', { sequence })))
  }
  return findings
}

/** 证照类型代码: the 证照定义机构's USCC followed by a 3-digit sequence (DOMAIN.md §1.4). */
export function checkLicenceTypeCode(input: string): CodeCheckResult {
  const normalized = input.trim().toUpperCase()
  return result('licenceTypeCode', normalized, licenceTypeCodeFindings(normalized))
}
