import { z } from 'zod'
import { day, message, type ErrorValue, type Message, type MessageParam } from '../../i18n/message'
import type { AuditActionCode } from '../audit/actions'
import type { AuditInput } from '../audit/hash-chain'
import type { WorkingDayCalendar } from '../calendar/working-day-calendar'
import { IsoDate } from '../licences/common'
import { EvidenceAttachment, type Finding } from './finding'
import { requiredCorrections } from './corrections'
import type { ScanSettings } from './evaluation'
import type { RectificationNotice, WrittenCircular } from './notice'
import { DEFAULT_NOTICE_NUMBER_PATTERN, formatNoticeNumber } from './notice-number'
import { noticeStatusLabel, type NoticeStatus } from './notice'

/** The Bureau's settings for notices. Art. 31 sets no period, so the Bureau must (DOMAIN §0). */
export const RectificationSettings = z.object({
  numberPattern: z.string().default(DEFAULT_NOTICE_NUMBER_PATTERN),
  rectificationWorkingDays: z.int().min(1).max(90).default(10)
})
export type RectificationSettings = z.output<typeof RectificationSettings>

/** The only moves the workflow allows; everything else is refused with a code. */
export const allowedTransitions: Record<NoticeStatus, readonly NoticeStatus[]> = {
  draft: ['issued'],
  issued: ['reportReceived', 'overdue'],
  reportReceived: ['verified'],
  verified: ['closed'],
  closed: [],
  overdue: ['circular'],
  circular: ['referred'],
  referred: []
}

/**
 * Why a step was refused: a message under `compliance.rectification.` (or
 * `compliance.noticeNumber.` for a pattern that cannot number the notice).
 */
export type RectificationError = ErrorValue

/** The audit entry a step asks its caller to append: one of the listed rectification actions. */
export type RectificationAudit = AuditInput & { action: AuditActionCode }

/** A new record and the audit entry the caller appends (审计日志) when it stores it. */
export type RectificationResult<T> =
  { ok: true; data: T; audit: RectificationAudit } | { ok: false; error: RectificationError }

function fail(error: Message): { ok: false; error: RectificationError } {
  return { ok: false, error }
}

const Actor = z.string().trim().min(1)

/** Checks `to` is allowed from the notice's state and `on` is no earlier than its last step. */
function guard(
  notice: RectificationNotice,
  to: NoticeStatus,
  on: string,
  actor: string
): RectificationError | null {
  if (!allowedTransitions[notice.status].includes(to)) {
    return message('compliance.rectification.transitionNotAllowed', {
      from: noticeStatusLabel(notice.status),
      to: noticeStatusLabel(to)
    })
  }
  if (!IsoDate.safeParse(on).success || !Actor.safeParse(actor).success) {
    return message('compliance.rectification.invalidStep')
  }
  const last = notice.history.at(-1)
  if (last && on < last.on) {
    return message('compliance.rectification.dateBeforePreviousStep', {
      on: day(on),
      status: noticeStatusLabel(last.status),
      previousOn: day(last.on)
    })
  }
  return null
}

function moved(
  notice: RectificationNotice,
  to: NoticeStatus,
  on: string,
  actor: string,
  changes: Partial<RectificationNotice>
): RectificationNotice {
  return {
    ...notice,
    ...changes,
    status: to,
    history: [...notice.history, { status: to, on, actor }]
  }
}

function audit(
  notice: RectificationNotice,
  actor: string,
  action: Extract<AuditActionCode, `rectification.${string}`>,
  details: AuditInput['details']
): RectificationAudit {
  return {
    actor,
    action,
    target: `notice:${notice.id}`,
    details: { status: notice.status, ...details }
  }
}

/**
 * 整改通知草稿 for one department (谁提供，谁负责): its open findings, and one required correction
 * per rule, worded from the findings.
 */
export function draftNotice(input: {
  id: string
  departmentId: string
  findings: readonly Finding[]
  createdOn: string
  actor: string
  settings?: Partial<RectificationSettings>
  /** The scan's rule parameters, so corrections name the Bureau's own periods. */
  parameters?: ScanSettings['parameters']
}): RectificationResult<RectificationNotice> {
  const settings = RectificationSettings.safeParse(input.settings ?? {})
  if (
    !settings.success ||
    !IsoDate.safeParse(input.createdOn).success ||
    !Actor.safeParse(input.actor).success
  ) {
    return fail(message('compliance.rectification.invalidDraft'))
  }
  if (input.findings.length === 0) return fail(message('compliance.rectification.noFindings'))
  const foreign = input.findings.filter((finding) => finding.departmentId !== input.departmentId)
  if (foreign.length > 0) {
    return fail(message('compliance.rectification.foreignFindings', { count: foreign.length }))
  }
  const closed = input.findings.filter((finding) => finding.status !== 'open')
  if (closed.length > 0) {
    return fail(message('compliance.rectification.closedFindings', { count: closed.length }))
  }
  const notice: RectificationNotice = {
    id: input.id,
    departmentId: input.departmentId,
    status: 'draft',
    documentNumber: null,
    findingIds: input.findings.map((finding) => finding.id),
    corrections: requiredCorrections(input.findings, input.parameters),
    createdOn: input.createdOn,
    issuedOn: null,
    rectificationWorkingDays: settings.data.rectificationWorkingDays,
    deadline: null,
    report: null,
    verifiedOn: null,
    closedOn: null,
    overdueOn: null,
    circularId: null,
    referral: null,
    history: [{ status: 'draft', on: input.createdOn, actor: input.actor }]
  }
  return {
    ok: true,
    data: notice,
    audit: audit(notice, input.actor, 'rectification.draft', { findings: notice.findingIds.length })
  }
}

/**
 * 下发: gives the notice its 发文字号 and its deadline, the Nth working day after the day of issue
 * (民法典 Art. 201: the day of issue is not counted).
 */
export function issueNotice(
  notice: RectificationNotice,
  input: {
    issuedOn: string
    sequence: number
    actor: string
    calendar: WorkingDayCalendar
    numberPattern?: string
  }
): RectificationResult<RectificationNotice> {
  const problem = guard(notice, 'issued', input.issuedOn, input.actor)
  if (problem) return { ok: false, error: problem }
  const number = formatNoticeNumber(
    input.numberPattern ?? DEFAULT_NOTICE_NUMBER_PATTERN,
    Number(input.issuedOn.slice(0, 4)),
    input.sequence
  )
  if (!number.ok) return number
  const deadline = input.calendar.deadlineEnd(input.issuedOn, notice.rectificationWorkingDays)
  if (!deadline.ok) {
    const reason: Message = deadline.error
    return fail(
      message('compliance.rectification.calendar', { reason: message(reason.code, reason.params) })
    )
  }
  const next = moved(notice, 'issued', input.issuedOn, input.actor, {
    documentNumber: number.data,
    issuedOn: input.issuedOn,
    deadline: deadline.data
  })
  return {
    ok: true,
    data: next,
    audit: audit(next, input.actor, 'rectification.issue', {
      documentNumber: number.data,
      deadline: deadline.data.lastDay
    })
  }
}

/** 收到整改报告. A report after the last day, before the notice was marked overdue, is kept as late. */
export function receiveReport(
  notice: RectificationNotice,
  input: {
    receivedOn: string
    text: string
    attachments: readonly EvidenceAttachment[]
    actor: string
  }
): RectificationResult<RectificationNotice> {
  const problem = guard(notice, 'reportReceived', input.receivedOn, input.actor)
  if (problem) return { ok: false, error: problem }
  const attachments = z.array(EvidenceAttachment).safeParse(input.attachments)
  if (input.text.trim() === '' || !attachments.success) {
    return fail(message('compliance.rectification.invalidReport'))
  }
  const late = notice.deadline !== null && input.receivedOn > notice.deadline.lastDay
  const next = moved(notice, 'reportReceived', input.receivedOn, input.actor, {
    report: {
      receivedOn: input.receivedOn,
      text: input.text.trim(),
      attachments: attachments.data,
      late
    }
  })
  return {
    ok: true,
    data: next,
    audit: audit(next, input.actor, 'rectification.receiveReport', {
      late,
      attachments: attachments.data.length
    })
  }
}

/** 整改核验: the Bureau confirmed the corrections against the data. */
export function verifyRectification(
  notice: RectificationNotice,
  input: { verifiedOn: string; actor: string }
): RectificationResult<RectificationNotice> {
  const problem = guard(notice, 'verified', input.verifiedOn, input.actor)
  if (problem) return { ok: false, error: problem }
  const next = moved(notice, 'verified', input.verifiedOn, input.actor, {
    verifiedOn: input.verifiedOn
  })
  return { ok: true, data: next, audit: audit(next, input.actor, 'rectification.verify', {}) }
}

export function closeNotice(
  notice: RectificationNotice,
  input: { closedOn: string; actor: string }
): RectificationResult<RectificationNotice> {
  const problem = guard(notice, 'closed', input.closedOn, input.actor)
  if (problem) return { ok: false, error: problem }
  const next = moved(notice, 'closed', input.closedOn, input.actor, { closedOn: input.closedOn })
  return { ok: true, data: next, audit: audit(next, input.actor, 'rectification.close', {}) }
}

/** 逾期未整改: allowed only once TODAY is past the deadline's last working day. */
export function markOverdue(
  notice: RectificationNotice,
  input: { today: string; actor: string; calendar: WorkingDayCalendar }
): RectificationResult<RectificationNotice> {
  const problem = guard(notice, 'overdue', input.today, input.actor)
  if (problem) return { ok: false, error: problem }
  if (notice.deadline === null || input.today <= notice.deadline.lastDay) {
    return fail(
      message('compliance.rectification.notYetOverdue', {
        lastDay: notice.deadline
          ? day(notice.deadline.lastDay)
          : message('compliance.rectification.deadlineUnset'),
        today: day(input.today)
      })
    )
  }
  const overdue = input.calendar.workingDaysBetween(notice.deadline.lastDay, input.today)
  const next = moved(notice, 'overdue', input.today, input.actor, { overdueOn: input.today })
  return {
    ok: true,
    data: next,
    audit: audit(next, input.actor, 'rectification.markOverdue', {
      deadline: notice.deadline.lastDay,
      workingDaysOverdue: overdue.ok ? overdue.data : null
    })
  }
}

/** 书面通报: records the circular (drafted, or issued with its own 发文字号) and escalates. */
export function circulateNotice(
  notice: RectificationNotice,
  input: {
    circularId: string
    /** The department's name (or `（未知单位）`), as the circular addresses it. */
    departmentName: MessageParam
    draftedOn: string
    actor: string
    issued?: { issuedOn: string; documentNumber: string }
  }
): RectificationResult<{ notice: RectificationNotice; circular: WrittenCircular }> {
  const on = input.issued?.issuedOn ?? input.draftedOn
  const problem = guard(notice, 'circular', on, input.actor)
  if (problem) return { ok: false, error: problem }
  if (notice.deadline === null || notice.documentNumber === null || notice.issuedOn === null) {
    return fail(message('compliance.rectification.notIssued'))
  }
  const circular: WrittenCircular = {
    id: input.circularId,
    noticeId: notice.id,
    noticeDocumentNumber: notice.documentNumber,
    departmentId: notice.departmentId,
    noticeDeadline: notice.deadline.lastDay,
    status: input.issued ? 'issued' : 'drafted',
    documentNumber: input.issued?.documentNumber ?? null,
    draftedOn: input.draftedOn,
    issuedOn: input.issued?.issuedOn ?? null,
    text: message('compliance.circular.text', {
      department: input.departmentName,
      issuedOn: day(notice.issuedOn),
      number: notice.documentNumber,
      lastDay: day(notice.deadline.lastDay)
    })
  }
  const next = moved(notice, 'circular', on, input.actor, { circularId: circular.id })
  return {
    ok: true,
    data: { notice: next, circular },
    audit: audit(next, input.actor, 'rectification.circulate', {
      circularId: circular.id,
      circularStatus: circular.status
    })
  }
}

/** 依法依纪处理: referred to the authority competent for discipline. */
export function referNotice(
  notice: RectificationNotice,
  input: { referredOn: string; authority: string; note: string; actor: string }
): RectificationResult<RectificationNotice> {
  const problem = guard(notice, 'referred', input.referredOn, input.actor)
  if (problem) return { ok: false, error: problem }
  if (input.authority.trim() === '')
    return fail(message('compliance.rectification.authorityMissing'))
  const next = moved(notice, 'referred', input.referredOn, input.actor, {
    referral: { referredOn: input.referredOn, authority: input.authority.trim(), note: input.note }
  })
  return {
    ok: true,
    data: next,
    audit: audit(next, input.actor, 'rectification.refer', { authority: input.authority.trim() })
  }
}
