import { z } from 'zod'
import { day, message, type Message } from '../../i18n/message'
import type { WorkingDayCalendar } from '../calendar/working-day-calendar'
import { IsoDate } from '../licences/common'
import { EvidenceAttachment, type Finding } from './finding'
import { requiredCorrections } from './corrections'
import type { ScanSettings } from './evaluation'
import { noticeStatusLabel, type RectificationNotice } from './notice'
import { DEFAULT_NOTICE_NUMBER_PATTERN, formatNoticeNumber } from './notice-number'
import { Actor, audit, fail, guard, moved, type RectificationResult } from './rectification-steps'

export {
  allowedTransitions,
  type RectificationAudit,
  type RectificationError,
  type RectificationResult
} from './rectification-steps'

/** The Bureau's settings for notices. Art. 31 sets no period, so the Bureau must (DOMAIN §0). */
export const RectificationSettings = z.object({
  numberPattern: z.string().default(DEFAULT_NOTICE_NUMBER_PATTERN),
  rectificationWorkingDays: z.int().min(1).max(90).default(10)
})
export type RectificationSettings = z.output<typeof RectificationSettings>

/** A notice still in the workflow: neither 办结 nor 移送. */
export function isOpenNotice(notice: RectificationNotice): boolean {
  return notice.status !== 'closed' && notice.status !== 'referred'
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
  /** The notices already made: a finding may be in one that is still open, and only one. */
  notices?: readonly RectificationNotice[]
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
  for (const other of input.notices ?? []) {
    if (!isOpenNotice(other)) continue
    const taken = input.findings.filter((finding) => other.findingIds.includes(finding.id))
    if (taken.length > 0) {
      return fail(
        message('compliance.rectification.findingsInOpenNotice', {
          count: taken.length,
          notice: other.documentNumber ?? message('compliance.rectification.draftNotice')
        })
      )
    }
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
  // 下发 is from a draft only; back to 整改中 after a failed check is returnForRectification.
  const problem =
    notice.status === 'draft'
      ? guard(notice, 'issued', input.issuedOn, input.actor)
      : message('compliance.rectification.transitionNotAllowed', {
          from: noticeStatusLabel(notice.status),
          to: noticeStatusLabel('issued')
        })
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

/**
 * 核验不通过 → 退回整改: the report did not hold; the department rectifies again within the
 * notice's period, counted anew from the day of return (民法典 Art. 201: that day not counted).
 */
export function returnForRectification(
  notice: RectificationNotice,
  input: { returnedOn: string; reason: string; actor: string; calendar: WorkingDayCalendar }
): RectificationResult<RectificationNotice> {
  if (notice.status !== 'reportReceived' || notice.report === null) {
    return fail(message('compliance.rectification.nothingToReturn'))
  }
  const problem = guard(notice, 'issued', input.returnedOn, input.actor)
  if (problem) return { ok: false, error: problem }
  const reason = input.reason.trim()
  if (reason === '') return fail(message('compliance.rectification.returnReasonMissing'))
  const deadline = input.calendar.deadlineEnd(input.returnedOn, notice.rectificationWorkingDays)
  if (!deadline.ok) {
    const cause: Message = deadline.error
    return fail(
      message('compliance.rectification.calendar', { reason: message(cause.code, cause.params) })
    )
  }
  const next = moved(notice, 'issued', input.returnedOn, input.actor, {
    deadline: deadline.data,
    report: null,
    returns: [...(notice.returns ?? []), { on: input.returnedOn, reason, report: notice.report }]
  })
  return {
    ok: true,
    data: next,
    audit: audit(next, input.actor, 'rectification.return', {
      reason,
      deadline: deadline.data.lastDay
    })
  }
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
