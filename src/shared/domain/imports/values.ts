import { list, message, type Message } from '../../i18n/message'
import { isCalendarDate } from '../codes/dates'
import { PERMANENT } from '../licences/licence'

/** A parsed cell, or the reason it could not be (`imports.error.date` with the cell's text …). */
export type CellValue<T> = { ok: true; value: T } | { ok: false; reason: Message }

const good = <T>(value: T): CellValue<T> => ({ ok: true, value })
const bad = (reason: Message): CellValue<never> => ({ ok: false, reason })

/** 2026-01-05, 2026/1/5, 2026.1.5 or 2026年1月5日 → `YYYY-MM-DD`. */
export function parseDate(text: string): CellValue<string> {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim())
  if (!match) return bad(message('imports.error.date', { text }))
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (!isCalendarDate(year, month, day)) return bad(message('imports.error.dateInvalid', { text }))
  return good(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
}

/** An end date, or 长期 (also 长期有效) for none. */
export function parseValidUntil(text: string): CellValue<string> {
  return text === PERMANENT || text === '长期有效' ? good(PERMANENT) : parseDate(text)
}

/**
 * A date with an optional time, read as 北京时间 when no offset is given:
 * `2026-01-05 09:30`, `2026-01-05T09:30:00+08:00`, or a bare date (midnight).
 */
export function parseInstant(text: string): CellValue<string> {
  const trimmed = text.trim()
  const match = /^(.+?)(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/.exec(trimmed)
  const date = match?.[1] === undefined ? undefined : parseDate(match[1])
  if (!match || !date?.ok) return bad(message('imports.error.instant', { text }))
  const [hour, minute, second] = [match[2], match[3], match[4]].map((part) => Number(part ?? 0))
  if ((hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59)
    return bad(message('imports.error.time', { text }))
  const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0')
  return good(`${date.value}T${pad(hour)}:${pad(minute)}:${pad(second)}${match[5] ?? '+08:00'}`)
}

/** 是/否 (also Y/N, true/false, 1/0). */
export function parseYesNo(text: string): CellValue<boolean> {
  const value = text.trim().toLowerCase()
  if (['是', 'y', 'yes', 'true', '1', '有'].includes(value)) return good(true)
  if (['否', 'n', 'no', 'false', '0', '无'].includes(value)) return good(false)
  return bad(message('imports.error.yesNo', { text, yes: '是', no: '否' }))
}

/**
 * A value of a labelled enum, given as its Chinese label (the word an import file uses) or its
 * stored key. `what` names the value (机构级别 …); a refusal lists the labels the file may use.
 */
export function parseLabelled<K extends string>(
  text: string,
  labels: Record<K, string>,
  what: Message
): CellValue<K> {
  const trimmed = text.trim()
  for (const [key, label] of Object.entries(labels) as [K, string][]) {
    if (trimmed === label || trimmed === key) return good(key)
  }
  return bad(
    message('imports.error.notAChoice', {
      what,
      text,
      choices: list(Object.values<string>(labels))
    })
  )
}
