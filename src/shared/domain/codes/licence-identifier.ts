import { mod37_36Check } from './iso7064'
import { licenceTypeCodeFindings } from './licence-type-code'
import { invalid, nested, result, warning, type CodeCheckResult, type CodeReason } from './result'
import { usccFindings } from './uscc'

/** Root OID of every 证照标识 (GB/T 36904). */
export const LICENCE_IDENTIFIER_ROOT = '1.2.156.3005.2'

export interface LicenceIdentifierParts {
  /** 证照类型代码, 21 characters */
  typeCode: string
  /** 证照颁发机构代码 (USCC), 18 characters */
  issuerCode: string
  /** 流水号, issuer-defined, `0-9A-Z` */
  serial: string
  /** 版本号, 3 digits */
  version: string
}

/**
 * The 校验位: MOD 37,36 over 类型代码+颁发机构代码+流水号+版本号 without the dots. Null when a part
 * holds a character outside `0-9A-Z`.
 */
export function computeLicenceIdentifierCheck(parts: LicenceIdentifierParts): string | null {
  return mod37_36Check(`${parts.typeCode}${parts.issuerCode}${parts.serial}${parts.version}`)
}

function partFindings(parts: LicenceIdentifierParts): CodeReason[] {
  const findings = nested('证照类型代码', licenceTypeCodeFindings(parts.typeCode))
  findings.push(...nested('证照颁发机构代码', usccFindings(parts.issuerCode)))
  if (!/^[0-9A-Z]+$/.test(parts.serial)) {
    findings.push(
      invalid('identifier.serial', `流水号只能由数字和大写字母组成，实际为“${parts.serial}”`)
    )
  }
  if (!/^\d{3}$/.test(parts.version)) {
    findings.push(invalid('identifier.version', `版本号应为3位数字，实际为“${parts.version}”`))
  } else if (parts.version === '000') {
    findings.push(warning('identifier.version.zero', '版本号从001起，000 不应出现'))
  }
  return findings
}

export type BuildLicenceIdentifierResult =
  { ok: true; identifier: string } | { ok: false; reasons: CodeReason[] }

/** Assembles an identifier with its check character; refuses parts that would make it invalid. */
export function buildLicenceIdentifier(
  parts: LicenceIdentifierParts
): BuildLicenceIdentifierResult {
  const reasons = partFindings(parts).filter((reason) => reason.severity === 'invalid')
  const check = computeLicenceIdentifierCheck(parts)
  if (reasons.length > 0 || check === null) return { ok: false, reasons }
  const { typeCode, issuerCode, serial, version } = parts
  return {
    ok: true,
    identifier: [LICENCE_IDENTIFIER_ROOT, typeCode, issuerCode, serial, version, check].join('.')
  }
}

/** 证照标识 (GB/T 36904): structure, embedded codes, and the MOD 37,36 校验位. */
export function checkLicenceIdentifier(input: string): CodeCheckResult {
  const trimmed = input.trim()
  const normalized = trimmed.toUpperCase()
  const findings: CodeReason[] = []
  if (normalized !== trimmed) {
    findings.push(warning('identifier.lowercase', '证照标识应使用大写字母'))
  }
  if (!normalized.startsWith(`${LICENCE_IDENTIFIER_ROOT}.`)) {
    findings.push(invalid('identifier.root', `证照标识应以“${LICENCE_IDENTIFIER_ROOT}.”开头`))
    return result('licenceIdentifier', normalized, findings)
  }
  const fields = normalized.slice(LICENCE_IDENTIFIER_ROOT.length + 1).split('.')
  const [typeCode, issuerCode, serial, version, check] = fields
  if (
    fields.length !== 5 ||
    typeCode === undefined ||
    issuerCode === undefined ||
    serial === undefined ||
    version === undefined ||
    check === undefined
  ) {
    findings.push(
      invalid(
        'identifier.structure',
        `根标识之后应有5段（类型代码.颁发机构代码.流水号.版本号.校验位），实际为${fields.length}段`
      )
    )
    return result('licenceIdentifier', normalized, findings)
  }
  const parts = { typeCode, issuerCode, serial, version }
  findings.push(...partFindings(parts))
  if (!/^[0-9A-Z]$/.test(check)) {
    findings.push(
      invalid('identifier.checkFormat', `校验位应为1位数字或大写字母，实际为“${check}”`)
    )
    return result('licenceIdentifier', normalized, findings)
  }
  const expected = computeLicenceIdentifierCheck(parts)
  if (expected === null) {
    findings.push(invalid('identifier.checksum.undefined', '含 0-9A-Z 以外的字符，无法计算校验位'))
  } else if (expected !== check) {
    findings.push(invalid('identifier.checksum', `校验位应为“${expected}”，实际为“${check}”`))
  }
  return result('licenceIdentifier', normalized, findings)
}
