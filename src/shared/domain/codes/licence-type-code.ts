import { invalid, nested, result, type CodeCheckResult, type CodeReason } from './result'
import { usccFindings } from './uscc'

/** Findings for a normalised candidate; reused inside the 证照标识. */
export function licenceTypeCodeFindings(code: string): CodeReason[] {
  if (code.length !== 21) {
    return [invalid('licenceTypeCode.length', `证照类型代码应为21位，实际为${code.length}位`)]
  }
  const findings = nested('证照定义机构代码', usccFindings(code.slice(0, 18)))
  const sequence = code.slice(18)
  if (!/^\d{3}$/.test(sequence)) {
    findings.push(invalid('licenceTypeCode.sequence', `末3位顺序号应为数字，实际为“${sequence}”`))
  }
  return findings
}

/** 证照类型代码: the 证照定义机构's USCC followed by a 3-digit sequence (DOMAIN.md §1.4). */
export function checkLicenceTypeCode(input: string): CodeCheckResult {
  const normalized = input.trim().toUpperCase()
  return result('licenceTypeCode', normalized, licenceTypeCodeFindings(normalized))
}
