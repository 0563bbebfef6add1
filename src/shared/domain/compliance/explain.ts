import { civilFromDayNumber } from '../calendar/iso-date'
import { citeProvision, type QuotedProvision } from './articles'
import { beijingDayNumber, isoDateOf, type DeadlineVerdict } from './deadlines'
import { evidenceOf, type FindingDraft, type FindingEvidence } from './finding'

/** `2026年3月5日` of a day number. */
export function chineseDay(dayNumber: number): string {
  const { year, month, day } = civilFromDayNumber(dayNumber)
  return `${year}年${month}月${day}日`
}

/** `业务办结当日` / `业务办结后1个工作日内`: how a period of n working days after an event reads. */
export function periodText(event: string, workingDays: number): string {
  return workingDays === 0 ? `${event}当日` : `${event}后${workingDays}个工作日内`
}

/** The characters `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator). */
function isWhitespaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Whether a required text field is empty or only whitespace, without trimming every value. */
export function isBlank(value: string): boolean {
  return value.length === 0 || (isWhitespaceCode(value.charCodeAt(0)) && value.trim().length === 0)
}

export interface DeadlineFindingParts {
  provision: QuotedProvision
  subjectId: string
  sourceId: string
  departmentId: string | null
  recordIds: string[]
  /** The act's time as recorded (instant or date), null when it has not happened. */
  actual: string | null
  facts?: FindingEvidence['facts']
  /** What happened and what was due, before the lateness, e.g. `证照……于2026年3月2日业务办结`. */
  situation: string
  /** What was due by the deadline, e.g. `推送至市统一电子证照库`. */
  duty: string
  /** How the act reads when done, e.g. `实际于2026年3月9日推送`; unused when `actual` is null. */
  done: string
  todayDay: number
}

/**
 * A finding from a missed (or undeterminable) working-day deadline, with the explanation every
 * deadline rule shares: the quote, the situation, the last day, what happened, how late.
 */
export function deadlineFinding(
  verdict: Exclude<DeadlineVerdict, { verdict: 'onTime' }>,
  parts: DeadlineFindingParts
): FindingDraft {
  const cite = citeProvision(parts.provision)
  const facts = parts.facts ?? {}
  if (verdict.verdict === 'undetermined') {
    return {
      subjectId: parts.subjectId,
      sourceId: parts.sourceId,
      departmentId: parts.departmentId,
      outcome: 'undetermined',
      explanation: `${cite}。${parts.situation}，无法判断是否逾期：${verdict.error.message}`,
      evidence: evidenceOf({
        recordIds: parts.recordIds,
        actual: parts.actual,
        facts: {
          ...facts,
          calendarError: verdict.error.code,
          uncoveredYear: verdict.error.year ?? null
        }
      })
    }
  }
  const late =
    verdict.workingDaysLate === null
      ? '已逾期（所跨年度节假日安排未录入，逾期工作日数无法计算）'
      : `逾期${verdict.workingDaysLate}个工作日`
  const outcome =
    parts.actual === null
      ? `截至${chineseDay(parts.todayDay)}仍未${parts.duty}，${late}`
      : `${parts.done}，${late}`
  return {
    subjectId: parts.subjectId,
    sourceId: parts.sourceId,
    departmentId: parts.departmentId,
    explanation: `${cite}。${parts.situation}，应于${chineseDay(verdict.lastDay)}（含）前${parts.duty}，${outcome}。`,
    evidence: evidenceOf({
      recordIds: parts.recordIds,
      deadline: isoDateOf(verdict.lastDay),
      actual: parts.actual,
      workingDaysLate: verdict.workingDaysLate,
      facts
    })
  }
}

/** `证照lic-00000006（编号JK20260000006）` */
export function licenceLabel(licence: { id: string; number: string }): string {
  return isBlank(licence.number)
    ? `证照${licence.id}`
    : `证照${licence.id}（编号${licence.number}）`
}

/** `2026年3月5日` of an ISO instant's Beijing date; the instant itself when unreadable. */
export function chineseDateOfInstant(instant: string): string {
  const day = beijingDayNumber(instant)
  return day === undefined ? instant : chineseDay(day)
}
