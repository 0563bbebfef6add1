/**
 * Display and storage masks for personal data (个人信息最小化). Lengths are preserved so a masked
 * value still shows which kind of number it was.
 */

const MASK = '*'

/**
 * 公民身份号码: keep the 6-digit address code and the last 4 (the usual display convention),
 * e.g. `411002********1234`. Other lengths fall back to `maskDocumentNumber`.
 */
export function maskIdNumber(idNumber: string): string {
  const code = idNumber.trim().toUpperCase()
  if (code.length !== 18 && code.length !== 15) return maskDocumentNumber(code)
  return `${code.slice(0, 6)}${MASK.repeat(code.length - 10)}${code.slice(-4)}`
}

/**
 * Passport, permit and other document numbers: keep the first character (often the document
 * series) and the last 4 (2 for short numbers); a number of 4 or fewer is masked entirely.
 */
export function maskDocumentNumber(documentNumber: string): string {
  const chars = Array.from(documentNumber.trim())
  if (chars.length <= 4) return MASK.repeat(chars.length)
  const tail = chars.length >= 9 ? 4 : 2
  return `${chars[0]}${MASK.repeat(chars.length - 1 - tail)}${chars.slice(-tail).join('')}`
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
