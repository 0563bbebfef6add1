import { message } from '../../i18n/message'
import { checkCitizenId, type CitizenIdOptions } from './citizen-id'
import { checkDivisionCode } from './division'
import { checkLicenceIdentifier } from './licence-identifier'
import { checkLicenceTypeCode } from './licence-type-code'
import { invalid, result, type CodeCheckResult } from './result'
import { checkUscc } from './uscc'

export * from './result'
export * from './iso7064'
export * from './division'
export * from './uscc'
export * from './citizen-id'
export * from './licence-type-code'
export * from './licence-identifier'
export * from './holder-code'

const CHECKSUM_ONLY_REASONS = new Set([
  'codes.citizenId.checksum',
  'codes.uscc.checksum',
  'codes.uscc.organizationCode.checksum'
])

/** Plausible apart from its check characters. */
function structurallyPlausible(checked: CodeCheckResult): boolean {
  return checked.reasons.every((reason) => CHECKSUM_ONLY_REASONS.has(reason.code))
}

/**
 * An 18-digit string can be either a 公民身份号码 or an all-digit USCC. A passing checksum decides;
 * failing that, the reading whose structure (birth date, registration codes) holds. A mistyped ID
 * must not pass as a USCC whose bad checksum is only a warning, so ties go to the ID.
 */
function checkEighteenDigits(code: string, options: CitizenIdOptions): CodeCheckResult {
  const asCitizenId = checkCitizenId(code, options)
  if (asCitizenId.status === 'valid') return asCitizenId
  const asUscc = checkUscc(code)
  if (asUscc.status === 'valid') return asUscc
  if (structurallyPlausible(asUscc) && !structurallyPlausible(asCitizenId)) return asUscc
  return asCitizenId
}

/** Recognises which kind of code a string is and checks it. */
export function checkCode(input: string, options: CitizenIdOptions = {}): CodeCheckResult {
  const code = input.trim().toUpperCase()
  if (code.includes('.')) return checkLicenceIdentifier(input)
  if (/^\d{6}$/.test(code)) return checkDivisionCode(code)
  if (/^\d{15}$/.test(code)) return checkCitizenId(code, options)
  if (/^\d{17}[\dX]$/.test(code)) return checkEighteenDigits(code, options)
  if (code.length === 18) return checkUscc(code)
  if (code.length === 21) return checkLicenceTypeCode(code)
  return result('unknown', code, [invalid(message('codes.unrecognized'))])
}
