import { message } from '../../i18n/message'
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
  const findings = nested(
    (reason) => message('codes.identifier.typeCode', { reason }),
    licenceTypeCodeFindings(parts.typeCode)
  )
  findings.push(
    ...nested(
      (reason) => message('codes.identifier.issuerCode', { reason }),
      usccFindings(parts.issuerCode)
    )
  )
  if (!/^[0-9A-Z]+$/.test(parts.serial)) {
    findings.push(invalid(message('codes.identifier.serial', { serial: parts.serial })))
  }
  if (!/^\d{3}$/.test(parts.version)) {
    findings.push(invalid(message('codes.identifier.version', { version: parts.version })))
  } else if (parts.version === '000') {
    findings.push(warning(message('codes.identifier.versionZero')))
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
    findings.push(warning(message('codes.identifier.lowercase')))
  }
  if (!normalized.startsWith(`${LICENCE_IDENTIFIER_ROOT}.`)) {
    findings.push(
      invalid(message('codes.identifier.root', { root: `${LICENCE_IDENTIFIER_ROOT}.` }))
    )
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
    findings.push(invalid(message('codes.identifier.structure', { count: fields.length })))
    return result('licenceIdentifier', normalized, findings)
  }
  const parts = { typeCode, issuerCode, serial, version }
  findings.push(...partFindings(parts))
  if (!/^[0-9A-Z]$/.test(check)) {
    findings.push(invalid(message('codes.identifier.checkFormat', { check })))
    return result('licenceIdentifier', normalized, findings)
  }
  const expected = computeLicenceIdentifierCheck(parts)
  if (expected === null) {
    findings.push(invalid(message('codes.identifier.checksumUndefined')))
  } else if (expected !== check) {
    findings.push(invalid(message('codes.identifier.checksum', { expected, actual: check })))
  }
  return result('licenceIdentifier', normalized, findings)
}
