import { day, message, type DayParam, type Message, type MessageParam } from '../../i18n/message'
import { citeProvision, type QuotedProvision } from './articles'
import { beijingDayNumber, isoDateOf, type DeadlineVerdict } from './deadlines'
import { evidenceOf, type FindingDraft, type FindingEvidence } from './finding'

/** A day number as a message parameter (`2026年3月5日` / `2026-03-05`). */
export function dayParam(dayNumber: number): DayParam {
  return day(isoDateOf(dayNumber))
}

/** The Beijing day of an ISO instant; the instant as it stands when unreadable. */
export function dayOfInstant(instant: string): MessageParam {
  const found = beijingDayNumber(instant)
  return found === undefined ? instant : dayParam(found)
}

/** `业务办结当日` / `业务办结后1个工作日内`: how a period of n working days after an event reads. */
export function periodText(event: Message, workingDays: number): Message {
  return workingDays === 0
    ? message('compliance.period.sameDay', { event })
    : message('compliance.period.within', { event, days: workingDays })
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
  situation: Message
  /** What was due by the deadline, e.g. `推送至市统一电子证照库`. */
  duty: Message
  /** How the act reads when done on a day, e.g. `实际于2026年3月9日推送`; for acts that happen. */
  done?: (on: DayParam) => Message
  todayDay: number
}

/** The calendar's answer as a plain message (its code and parameters, nothing else). */
function calendarReason(error: Message): Message {
  return message(error.code, error.params)
}

/**
 * A finding from a missed (or undeterminable) working-day deadline, with the explanation every
 * deadline rule shares: the quote, the situation, the last day, what happened, how late.
 */
export function deadlineFinding(
  verdict: Exclude<DeadlineVerdict, { verdict: 'onTime' }>,
  parts: DeadlineFindingParts
): FindingDraft {
  const citation = citeProvision(parts.provision)
  const facts = parts.facts ?? {}
  if (verdict.verdict === 'undetermined') {
    const reason = calendarReason(verdict.error)
    return {
      subjectId: parts.subjectId,
      sourceId: parts.sourceId,
      departmentId: parts.departmentId,
      outcome: 'undetermined',
      explanation: message('compliance.deadline.undetermined', {
        citation,
        situation: parts.situation,
        reason
      }),
      evidence: evidenceOf({
        recordIds: parts.recordIds,
        actual: parts.actual,
        facts: { ...facts, calendarError: reason }
      })
    }
  }
  const lateness =
    verdict.workingDaysLate === null
      ? message('compliance.deadline.lateUncounted')
      : message('compliance.deadline.daysLate', { days: verdict.workingDaysLate })
  const outcome =
    parts.actual === null || parts.done === undefined
      ? message('compliance.deadline.notDone', {
          today: dayParam(parts.todayDay),
          duty: parts.duty,
          lateness
        })
      : message('compliance.deadline.done', {
          done: parts.done(dayParam(verdict.actualDay)),
          lateness
        })
  return {
    subjectId: parts.subjectId,
    sourceId: parts.sourceId,
    departmentId: parts.departmentId,
    explanation: message('compliance.deadline.late', {
      citation,
      situation: parts.situation,
      lastDay: dayParam(verdict.lastDay),
      duty: parts.duty,
      outcome
    }),
    evidence: evidenceOf({
      recordIds: parts.recordIds,
      deadline: isoDateOf(verdict.lastDay),
      actual: parts.actual,
      workingDaysLate: verdict.workingDaysLate,
      facts
    })
  }
}

/** `证照JK20260000006`, or `未填写编号的证照`: a licence by its number, never its internal id. */
export function licenceLabel(licence: { number: string }): Message {
  return isBlank(licence.number)
    ? message('compliance.licence.unnumbered')
    : message('compliance.licence.numbered', { number: licence.number })
}
