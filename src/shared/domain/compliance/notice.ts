import { z } from 'zod'
import { message, type Message } from '../../i18n/message'
import { IsoDate, IsoDateTime } from '../licences/common'
import { EvidenceAttachment, MessageValue } from './finding'

/**
 * 整改通知 states. The escalation ladder of Art. 31: 责令限期改正 (issued) → 逾期不改正
 * (overdue) → 书面通报 (circular) → 依法依纪处理 (referred).
 */
export const NOTICE_STATUSES = [
  'draft',
  'issued',
  'reportReceived',
  'verified',
  'closed',
  'overdue',
  'circular',
  'referred'
] as const
export const NoticeStatus = z.enum(NOTICE_STATUSES)
export type NoticeStatus = z.infer<typeof NoticeStatus>

/** `已下发，整改中` / `Issued, being rectified`: a notice's state in words. */
export function noticeStatusLabel(status: NoticeStatus): Message {
  return message(`compliance.noticeStatus.${status}`)
}

/** 整改要求: one per rule among the notice's findings. */
export const RequiredCorrection = z.object({
  ruleId: z.string().min(1),
  kind: z.int().min(1).max(8),
  /** The article the findings break (`compliance.article.art13`). */
  article: MessageValue,
  findingCount: z.int().min(1),
  /** What the department must do, worded for the count and the Bureau's parameters. */
  text: MessageValue
})
export type RequiredCorrection = z.infer<typeof RequiredCorrection>

/** 整改报告 as received from the department. */
export const RectificationReport = z.object({
  receivedOn: IsoDate,
  text: z.string().trim().min(1),
  attachments: z.array(EvidenceAttachment),
  /** Received after the deadline's last day but before the notice was marked overdue. */
  late: z.boolean()
})
export type RectificationReport = z.infer<typeof RectificationReport>

export const NoticeDeadline = z.object({
  /** The last working day of the rectification period. */
  lastDay: IsoDate,
  /** 24:00 Beijing time of that day. */
  expiresAt: IsoDateTime
})

export const RectificationNotice = z.object({
  id: z.string().min(1),
  departmentId: z.string().min(1),
  status: NoticeStatus,
  /** 发文字号, e.g. 许数管〔2026〕7号; assigned on issue. */
  documentNumber: z.string().min(1).nullable(),
  findingIds: z.array(z.string().min(1)).min(1),
  corrections: z.array(RequiredCorrection).min(1),
  createdOn: IsoDate,
  issuedOn: IsoDate.nullable(),
  /** 整改期限 in working days from the day of issue (Art. 31 sets none; the notice must). */
  rectificationWorkingDays: z.int().min(1),
  deadline: NoticeDeadline.nullable(),
  report: RectificationReport.nullable(),
  verifiedOn: IsoDate.nullable(),
  closedOn: IsoDate.nullable(),
  overdueOn: IsoDate.nullable(),
  circularId: z.string().min(1).nullable(),
  referral: z
    .object({ referredOn: IsoDate, authority: z.string().min(1), note: z.string() })
    .nullable(),
  history: z.array(z.object({ status: NoticeStatus, on: IsoDate, actor: z.string().min(1) })),
  /** 退回整改: each failed check, its reason and the report it rejected (older records lack it). */
  returns: z
    .array(z.object({ on: IsoDate, reason: z.string().min(1), report: RectificationReport }))
    .optional()
})
export type RectificationNotice = z.infer<typeof RectificationNotice>

/** 书面通报: issued when a department lets its rectification period lapse. */
export const WrittenCircular = z.object({
  id: z.string().min(1),
  noticeId: z.string().min(1),
  noticeDocumentNumber: z.string().min(1),
  departmentId: z.string().min(1),
  /** The lapsed deadline of the notice. */
  noticeDeadline: IsoDate,
  /** 草稿 → 签发 (its own 发文字号) → 已送达. */
  status: z.enum(['drafted', 'issued', 'delivered']),
  documentNumber: z.string().min(1).nullable(),
  draftedOn: IsoDate,
  issuedOn: IsoDate.nullable(),
  /** 送达: the day the department received it (older records lack it). */
  deliveredOn: IsoDate.nullable().optional(),
  /** The circular's paragraph (`compliance.circular.text`), rendered in the reader's language. */
  text: MessageValue
})
export type WrittenCircular = z.infer<typeof WrittenCircular>
