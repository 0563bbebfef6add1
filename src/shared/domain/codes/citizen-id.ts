import { day as calendarDay, message } from '../../i18n/message'
import { beijingToday } from '../calendar/working-day-calendar'
import { isCalendarDate } from './dates'
import { PROVINCE_CODES } from './division'
import { mod11_2Check } from './iso7064'
import { invalid, result, warning, type CodeCheckResult, type CodeReason } from './result'

export interface CitizenIdOptions {
  /** `YYYY-MM-DD`; birth dates after it are rejected. Defaults to the local date. */
  today?: string
}

/** The GB 11643 check character (MOD 11-2) for the first 17 digits. */
export function computeCitizenIdCheck(first17: string): string {
  return mod11_2Check(first17)
}

/** Lower-case x is a common keying variant of the check character X. */
export function normalizeCitizenId(input: string): string {
  return input.trim().toUpperCase()
}

function birthDateFindings(year: number, month: number, day: number, today: string): CodeReason[] {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  if (!isCalendarDate(year, month, day)) {
    return [invalid(message('codes.citizenId.birthDate.invalid', { date: iso }))]
  }
  if (year < 1900) {
    return [invalid(message('codes.citizenId.birthDate.tooEarly', { date: calendarDay(iso) }))]
  }
  if (iso > today) {
    return [invalid(message('codes.citizenId.birthDate.future', { date: calendarDay(iso) }))]
  }
  return []
}

function addressFindings(code: string): CodeReason[] {
  const province = code.slice(0, 2)
  // Address codes are those in force at registration and may be historical (DOMAIN.md §1.6),
  // so only the province, which has been stable since 1997, is checked.
  return PROVINCE_CODES.has(province)
    ? []
    : [warning(message('codes.citizenId.address', { province }))]
}

/** 公民身份号码 (GB 11643-1999), 18-digit with MOD 11-2 check, or the legacy 15-digit form. */
export function checkCitizenId(input: string, options: CitizenIdOptions = {}): CodeCheckResult {
  const normalized = normalizeCitizenId(input)
  const today = options.today ?? beijingToday()
  if (/^\d{15}$/.test(normalized)) {
    return result('citizenId', normalized, [
      ...addressFindings(normalized),
      ...birthDateFindings(
        1900 + Number(normalized.slice(6, 8)),
        Number(normalized.slice(8, 10)),
        Number(normalized.slice(10, 12)),
        today
      ),
      warning(message('codes.citizenId.legacy15'))
    ])
  }
  if (!/^\d{17}[\dX]$/.test(normalized)) {
    return result('citizenId', normalized, [invalid(message('codes.citizenId.format'))])
  }
  const findings = [
    ...addressFindings(normalized),
    ...birthDateFindings(
      Number(normalized.slice(6, 10)),
      Number(normalized.slice(10, 12)),
      Number(normalized.slice(12, 14)),
      today
    )
  ]
  const check = computeCitizenIdCheck(normalized.slice(0, 17))
  if (check !== normalized[17]) {
    findings.push(
      invalid(
        message('codes.citizenId.checksum', { expected: check, actual: normalized.slice(17) })
      )
    )
  }
  return result('citizenId', normalized, findings)
}

const CHECK_CHARACTERS = '0123456789X'

/**
 * Whether an 18-character code is one mistyped character away from a 公民身份号码 that passes
 * every check. MOD 11-2 catches every single substitution, so such a code always fails its own
 * check; trying each position and character finds the number it was meant to be.
 */
export function isOneCharacterFromCitizenId(
  input: string,
  options: CitizenIdOptions = {}
): boolean {
  const code = normalizeCitizenId(input)
  if (!/^\d{17}[\dX]$/.test(code)) return false
  for (let index = 0; index < code.length; index++) {
    const alphabet = index === 17 ? CHECK_CHARACTERS : CHECK_CHARACTERS.slice(0, 10)
    for (const char of alphabet) {
      if (char === code[index]) continue
      const candidate = `${code.slice(0, index)}${char}${code.slice(index + 1)}`
      // The cheap check first: a candidate with the wrong check character is not the number.
      if (computeCitizenIdCheck(candidate.slice(0, 17)) !== candidate[17]) continue
      if (checkCitizenId(candidate, options).status !== 'invalid') return true
    }
  }
  return false
}
