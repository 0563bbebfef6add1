import { z } from 'zod'
import { day, message, type ErrorValue, type Message } from '../../i18n/message'
import type { AuditActionCode } from '../audit/actions'
import type { AuditInput } from '../audit/hash-chain'
import { IsoDate } from '../licences/common'
import { noticeStatusLabel, type NoticeStatus, type RectificationNotice } from './notice'

/**
 * What every step of the rectification workflow shares: the moves it allows, the guard that
 * refuses the others, and the audit entry a step asks its caller to append.
 */

/**
 * The only moves the workflow allows; everything else is refused with a code. A notice reaches
 * `circular` when its 书面通报 is issued, not when one is drafted (circulars.ts).
 */
export const allowedTransitions: Record<NoticeStatus, readonly NoticeStatus[]> = {
  draft: ['issued'],
  issued: ['reportReceived', 'overdue'],
  // 核验不通过: back to rectification, with a new deadline.
  reportReceived: ['verified', 'issued'],
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

export function fail(error: Message): { ok: false; error: RectificationError } {
  return { ok: false, error }
}

export const Actor = z.string().trim().min(1)

/** Checks `to` is allowed from the notice's state and `on` is no earlier than its last step. */
export function guard(
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

export function moved(
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

export function audit(
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
