import { day, message, type MessageParam } from '../../i18n/message'
import { IsoDate } from '../licences/common'
import type { RectificationNotice, WrittenCircular } from './notice'
import { DEFAULT_NOTICE_NUMBER_PATTERN, formatNoticeNumber } from './notice-number'
import {
  Actor,
  audit,
  fail,
  guard,
  moved,
  type RectificationAudit,
  type RectificationResult
} from './rectification-steps'

/**
 * 书面通报 (Art. 31: 逾期不改正的，给予书面通报) has states of its own: 草稿 → 签发 → 已送达.
 * The notice follows the circular: it reads 已书面通报 only once the circular is issued, and only
 * then can the case be referred (移送).
 */

type CircularStep = { notice: RectificationNotice; circular: WrittenCircular }

/**
 * 起草书面通报 for a lapsed notice; with `issued`, drafted and issued in one step. A notice has
 * one circular.
 */
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
): RectificationResult<CircularStep> {
  // Drafting does not move the notice, but it may only happen where the move will be allowed.
  const problem = guard(notice, 'circular', input.draftedOn, input.actor)
  if (problem) return { ok: false, error: problem }
  if (notice.circularId !== null) return fail(message('compliance.rectification.circularExists'))
  if (notice.deadline === null || notice.documentNumber === null || notice.issuedOn === null) {
    return fail(message('compliance.rectification.notIssued'))
  }
  const drafted: WrittenCircular = {
    id: input.circularId,
    noticeId: notice.id,
    noticeDocumentNumber: notice.documentNumber,
    departmentId: notice.departmentId,
    noticeDeadline: notice.deadline.lastDay,
    status: 'drafted',
    documentNumber: null,
    draftedOn: input.draftedOn,
    issuedOn: null,
    deliveredOn: null,
    text: message('compliance.circular.text', {
      department: input.departmentName,
      issuedOn: day(notice.issuedOn),
      number: notice.documentNumber,
      lastDay: day(notice.deadline.lastDay)
    })
  }
  const withCircular = { ...notice, circularId: drafted.id }
  if (input.issued) {
    return issueCircular(withCircular, drafted, {
      issuedOn: input.issued.issuedOn,
      documentNumber: input.issued.documentNumber,
      actor: input.actor
    })
  }
  return {
    ok: true,
    data: { notice: withCircular, circular: drafted },
    audit: circularAudit(withCircular, drafted, input.actor, 'rectification.circulate')
  }
}

/**
 * 签发书面通报: the circular gets its own 发文字号 (the next of the year, or one already given)
 * and the notice moves to 已书面通报.
 */
export function issueCircular(
  notice: RectificationNotice,
  circular: WrittenCircular,
  input: { issuedOn: string; actor: string; numberPattern?: string } & (
    | { sequence: number; documentNumber?: undefined }
    | { documentNumber: string; sequence?: undefined }
  )
): RectificationResult<CircularStep> {
  if (circular.noticeId !== notice.id || notice.circularId !== circular.id) {
    return fail(message('compliance.rectification.circularOfOtherNotice'))
  }
  if (circular.status !== 'drafted') return fail(message('compliance.rectification.circularIssued'))
  const problem = guard(notice, 'circular', input.issuedOn, input.actor)
  if (problem) return { ok: false, error: problem }
  if (input.issuedOn < circular.draftedOn) {
    return fail(
      message('compliance.rectification.circularBeforeDraft', {
        on: day(input.issuedOn),
        draftedOn: day(circular.draftedOn)
      })
    )
  }
  let documentNumber = input.documentNumber
  if (documentNumber === undefined) {
    const number = formatNoticeNumber(
      input.numberPattern ?? DEFAULT_NOTICE_NUMBER_PATTERN,
      Number(input.issuedOn.slice(0, 4)),
      input.sequence ?? 0
    )
    if (!number.ok) return number
    documentNumber = number.data
  }
  const issued: WrittenCircular = {
    ...circular,
    status: 'issued',
    documentNumber,
    issuedOn: input.issuedOn
  }
  const next = moved(notice, 'circular', input.issuedOn, input.actor, {})
  return {
    ok: true,
    data: { notice: next, circular: issued },
    audit: circularAudit(next, issued, input.actor, 'rectification.issueCircular')
  }
}

/** 书面通报送达: the department received it, on or after the day it was issued. */
export function deliverCircular(
  circular: WrittenCircular,
  input: { deliveredOn: string; actor: string }
): RectificationResult<WrittenCircular> {
  if (circular.status !== 'issued' || circular.issuedOn === null) {
    return fail(message('compliance.rectification.circularNotIssued'))
  }
  if (!IsoDate.safeParse(input.deliveredOn).success || !Actor.safeParse(input.actor).success) {
    return fail(message('compliance.rectification.invalidStep'))
  }
  if (input.deliveredOn < circular.issuedOn) {
    return fail(
      message('compliance.rectification.deliveredBeforeIssue', {
        on: day(input.deliveredOn),
        issuedOn: day(circular.issuedOn)
      })
    )
  }
  const delivered: WrittenCircular = {
    ...circular,
    status: 'delivered',
    deliveredOn: input.deliveredOn
  }
  return {
    ok: true,
    data: delivered,
    audit: {
      actor: input.actor,
      action: 'rectification.deliverCircular',
      target: `notice:${circular.noticeId}`,
      details: { circularId: circular.id, documentNumber: circular.documentNumber }
    }
  }
}

function circularAudit(
  notice: RectificationNotice,
  circular: WrittenCircular,
  actor: string,
  action: 'rectification.circulate' | 'rectification.issueCircular'
): RectificationAudit {
  return audit(notice, actor, action, {
    circularId: circular.id,
    circularStatus: circular.status
  })
}
