import { z } from 'zod'
import { message, type Message } from '../../i18n/message'
import { IsoDateTime, labelledEnum, LicenceTypeCodeShape, UsccShape } from './common'
import { SyncedRecord } from './synced-record'

/** 用证渠道 */
export const usageChannelLabels = {
  counter: '窗口',
  online: '线上',
  kiosk: '自助终端',
  api: '接口'
} as const
export const UsageChannel = labelledEnum(usageChannelLabels)
export type UsageChannel = z.infer<typeof UsageChannel>

/** 用证渠道 in the reader's language. */
export const usageChannelNames: Record<UsageChannel, Message> = {
  counter: message('licences.usageChannel.counter'),
  online: message('licences.usageChannel.online'),
  kiosk: message('licences.usageChannel.kiosk'),
  api: message('licences.usageChannel.api')
}

/** 用证结果; a refusal is what Art. 31 kind 4 (拒绝承认电子证照效力) is built from. */
export const usageResultLabels = {
  accepted: '已采信',
  refused: '拒绝采信',
  verifyFailed: '核验失败'
} as const

/** 用证结果 in the reader's language. */
export const usageResultNames: Record<keyof typeof usageResultLabels, Message> = {
  accepted: message('licences.usageResult.accepted'),
  refused: message('licences.usageResult.refused'),
  verifyFailed: message('licences.usageResult.verifyFailed')
}
export const UsageResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('accepted') }),
  z.object({ kind: z.literal('refused'), reason: z.string().min(1) }),
  z.object({ kind: z.literal('verifyFailed'), reason: z.string().min(1).optional() })
])
export type UsageResult = z.infer<typeof UsageResult>

/** 用证记录: one use of a licence by a unit for a matter. */
export const UsageRecord = SyncedRecord.extend({
  licenceId: z.string().min(1),
  typeCode: LicenceTypeCodeShape,
  /** 用证单位 */
  usingUnit: z.object({ name: z.string().min(1), uscc: UsccShape }),
  /** 办理事项 */
  matter: z.object({ name: z.string().min(1), code: z.string().min(1).nullable() }),
  channel: UsageChannel,
  usedAt: IsoDateTime,
  result: UsageResult
})
export type UsageRecord = z.infer<typeof UsageRecord>
