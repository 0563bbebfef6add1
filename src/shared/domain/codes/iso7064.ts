/**
 * The ISO/IEC 7064 check schemes the Chinese identifiers use. Both detect every single-character
 * substitution within their alphabet: the moduli are prime and no weight is 0 modulo them.
 */

const MOD11_2_CHECK_CHARS = '10X98765432'

/** MOD 11-2 as GB 11643 applies it: weights 2^(17−i) mod 11 over 17 digits. */
export function mod11_2Check(digits: string): string {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    const weight = 2 ** (digits.length - i) % 11
    sum += Number(digits[i]) * weight
  }
  return MOD11_2_CHECK_CHARS[sum % 11] ?? ''
}

export const MOD37_36_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/**
 * MOD 37,36 (hybrid), as DOMAIN.md §1.4 spells it for the 证照标识. Null when a character lies
 * outside `0-9A-Z`, because such an identifier has no defined check.
 */
export function mod37_36Check(chars: string): string | null {
  let product = 36
  for (const char of chars) {
    const value = MOD37_36_ALPHABET.indexOf(char)
    if (value < 0) return null
    const sum = (product + value) % 36 || 36
    product = (2 * sum) % 37
  }
  return MOD37_36_ALPHABET[(37 - product) % 36] ?? null
}
