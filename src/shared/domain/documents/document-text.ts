import type { OfficialDocument } from './official-document'

/**
 * The fixed wordings of a GB/T 9704 document that both outputs (PDF, DOCX) print the same way:
 * the 成文日期 in Chinese numerals, the 附件说明, and the two 版记 lines.
 */

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const

/** 1–99 as 一…九十九 (十 for 10, 十二 for 12, 二十 for 20). */
export function chineseNumber(value: number): string {
  const tens = Math.floor(value / 10)
  const units = value % 10
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`
  return tensPart + (units === 0 ? '' : DIGITS[units])
}

/** `2026-12-03` → `二〇二六年十二月三日`: the 成文日期 as the issue asks for it. */
export function chineseNumeralDate(isoDate: string): string {
  const [year = '', month = '', day = ''] = isoDate.split('-')
  const yearDigits = [...year].map((digit) => DIGITS[Number(digit)]).join('')
  return `${yearDigits}年${chineseNumber(Number(month))}月${chineseNumber(Number(day))}日`
}

/** `2026-12-03` → `2026年12月3日`: Arabic numerals without leading zeros (印发日期). */
export function arabicDate(isoDate: string): string {
  const [year = '', month = '', day = ''] = isoDate.split('-')
  return `${year}年${Number(month)}月${Number(day)}日`
}

/** `附件：1. 问题清单` then `2. …` aligned under the first name; empty without attachments. */
export function attachmentLines(document: OfficialDocument): string[] {
  const names = document.attachments
  if (names.length === 0) return []
  if (names.length === 1) return [`附件：${names[0]}`]
  return names.map((name, index) => `${index === 0 ? '附件：' : ''}${index + 1}. ${name}`)
}

/** `抄送：市委网信办，市司法局。`; null without copy recipients. */
export function copyToLine(document: OfficialDocument): string | null {
  return document.copyTo.length === 0 ? null : `抄送：${document.copyTo.join('，')}。`
}

/** The 印发 line's two ends: the printing organ (left) and `2026年12月3日印发` (right). */
export function printedLine(document: OfficialDocument): { organ: string; date: string } {
  return { organ: document.printedBy, date: `${arabicDate(document.printedOn)}印发` }
}

/** `许数管〔2026〕7号`, or the placeholder a draft prints where its number will go. */
export function documentNumberText(document: OfficialDocument): string {
  return document.documentNumber ?? '〔待编号〕'
}
