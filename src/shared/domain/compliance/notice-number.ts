import { message, type ErrorValue } from '../../i18n/message'

/**
 * 发文字号 (GB/T 9704-2012 §7.2.4): 发文机关代字, the year in 六角括号 〔〕, and a sequence number
 * without leading zeros, e.g. 许数管〔2026〕7号. The Bureau sets the pattern; `{year}` and `{seq}`
 * are filled in.
 */

export const DEFAULT_NOTICE_NUMBER_PATTERN = '许数管〔{year}〕{seq}号'

/** Why a pattern or its numbers cannot make a lawful 发文字号 (`compliance.noticeNumber.*`). */
export type NoticeNumberError = ErrorValue

export type NoticeNumberResult =
  { ok: true; data: string } | { ok: false; error: NoticeNumberError }

/** Why a pattern cannot produce a lawful 发文字号, or null. */
export function checkNoticeNumberPattern(pattern: string): NoticeNumberError | null {
  const count = (token: string) => pattern.split(token).length - 1
  if (count('{year}') !== 1 || count('{seq}') !== 1) {
    return message('compliance.noticeNumber.placeholders', { year: '{year}', seq: '{seq}' })
  }
  if (!pattern.includes('〔{year}〕')) return message('compliance.noticeNumber.brackets')
  return null
}

/** `许数管〔2026〕7号` from the pattern, the year and the sequence (1, 2, …, never 007). */
export function formatNoticeNumber(
  pattern: string,
  year: number,
  sequence: number
): NoticeNumberResult {
  const problem = checkNoticeNumberPattern(pattern)
  if (problem) return { ok: false, error: problem }
  if (!Number.isInteger(sequence) || sequence < 1) {
    return { ok: false, error: message('compliance.noticeNumber.sequence', { value: sequence }) }
  }
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    return { ok: false, error: message('compliance.noticeNumber.year', { value: year }) }
  }
  return {
    ok: true,
    data: pattern.replace('{year}', String(year)).replace('{seq}', String(sequence))
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The year and sequence of a number written with `pattern`, or null for another pattern. */
export function parseNoticeNumber(
  pattern: string,
  number: string
): { year: number; sequence: number } | null {
  if (checkNoticeNumberPattern(pattern)) return null
  const source = escapeRegExp(pattern)
    .replace('\\{year\\}', '(?<year>\\d{4})')
    .replace('\\{seq\\}', '(?<seq>[1-9]\\d*)')
  const match = new RegExp(`^${source}$`).exec(number)
  if (!match?.groups) return null
  return { year: Number(match.groups.year), sequence: Number(match.groups.seq) }
}

/** The next sequence number of `year`: one past the highest already used with this pattern. */
export function nextNoticeSequence(
  pattern: string,
  year: number,
  usedNumbers: readonly (string | null)[]
): number {
  let highest = 0
  for (const number of usedNumbers) {
    const parsed = number === null ? null : parseNoticeNumber(pattern, number)
    if (parsed && parsed.year === year) highest = Math.max(highest, parsed.sequence)
  }
  return highest + 1
}
