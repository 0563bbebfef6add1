import { z } from 'zod'
import { message, type Message } from '../../i18n/message'
import { IsoDateTime, labelledEnum } from './common'
import { SyncedRecord } from './synced-record'

/** 复核结果 */
export const objectionOutcomeLabels = {
  pending: '待复核',
  corrected: '已更正',
  upheld: '维持原数据'
} as const
export const ObjectionOutcome = labelledEnum(objectionOutcomeLabels)
export type ObjectionOutcome = z.infer<typeof ObjectionOutcome>

/** 复核结果 in the reader's language. */
export const objectionOutcomeNames: Record<ObjectionOutcome, Message> = {
  pending: message('licences.objectionOutcome.pending'),
  corrected: message('licences.objectionOutcome.corrected'),
  upheld: message('licences.objectionOutcome.upheld')
}

/** 异议复核 (Art. 24): the issuer must check and reply within 5 working days of receipt. */
export const Objection = SyncedRecord.extend({
  licenceId: z.string().min(1),
  /** 提出时间 */
  filedAt: IsoDateTime,
  /** 受理时间, from which the Art. 24 deadline counts */
  receivedAt: IsoDateTime,
  /** 答复时间; null while unanswered */
  repliedAt: IsoDateTime.nullable(),
  outcome: ObjectionOutcome,
  issuerDepartmentId: z.string().min(1)
})
export type Objection = z.infer<typeof Objection>
