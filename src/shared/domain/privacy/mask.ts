/**
 * Display and storage masks for personal data (个人信息最小化). Lengths are preserved so a masked
 * value still shows which kind of number it was.
 *
 * A mask must leave too many candidates to single a person out, even to someone who also holds
 * every other stored value (the keyed hash cannot be tested without main's key). So an ID number
 * keeps only what names a prefecture (first 4) and 2 characters at the end:
 * - 18 digits (GB 11643): the hidden 12 are the county (2), the birth date (8) and 2 of the 3
 *   sequence digits; the visible check digit rules out only 10 in 11 of them, which leaves some
 *   3 × 10^5 candidates over a century of birth dates even when the county is known.
 * - 15 digits (legacy, born 1900–1999, no check): the hidden 9 are the county, the birth date
 *   (6) and the first sequence digit: over 3.6 × 10^5 candidates for a known county.
 */

const MASK = '*'
const ID_HEAD = 4
const ID_TAIL = 2

/**
 * 公民身份号码: the first 4 and the last 2 stay, e.g. `4110************38`; other lengths are
 * masked as a document number. Masking a value masked by an older, wider rule gives the same
 * result as masking the raw number, so stored masks can be narrowed in place.
 */
export function maskIdNumber(idNumber: string): string {
  const code = idNumber.trim().toUpperCase()
  if (code.length !== 18 && code.length !== 15) return maskDocumentNumber(code)
  return `${code.slice(0, ID_HEAD)}${MASK.repeat(code.length - ID_HEAD - ID_TAIL)}${code.slice(-ID_TAIL)}`
}

/** Below this length a document number is masked entirely. */
const DOCUMENT_SHOWN_FROM = 8

/**
 * Passport, permit and other document numbers: the first character (often the document series)
 * and the last 2 stay, so at least 5 characters are hidden; a number shorter than 8 is masked
 * entirely. E.g. an ordinary passport `E12345678` reads `E******78`.
 */
export function maskDocumentNumber(documentNumber: string): string {
  const chars = Array.from(documentNumber.trim().toUpperCase())
  if (chars.length < DOCUMENT_SHOWN_FROM) return MASK.repeat(chars.length)
  return `${chars[0]}${MASK.repeat(chars.length - 3)}${chars.slice(-2).join('')}`
}

/** Separators in transliterated minority names (买买提·艾力) stay visible. */
const NAME_SEPARATORS = new Set(['·', '•', '.', ' '])

/** 张三丰 → 张**, 李四 → 李*: only the first character (usually the surname) stays. */
export function maskPersonName(name: string): string {
  const chars = Array.from(name.trim())
  if (chars.length <= 1) return MASK.repeat(chars.length)
  return chars
    .map((char, index) => (index === 0 || NAME_SEPARATORS.has(char) ? char : MASK))
    .join('')
}
