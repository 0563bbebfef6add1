import { z } from 'zod'
import { message, type Message } from '../../i18n/message'
import {
  DivisionCode,
  IsoDate,
  IsoDateTime,
  labelledEnum,
  LicenceTypeCodeShape,
  Sha256Hex,
  UsccShape
} from './common'
import { LicenceHolder } from './holder'
import { SyncedRecord } from './synced-record'

/** 证照状态 as recorded by the issuer. No national code list exists (DOMAIN §1.3). */
export const licenceStateLabels = {
  valid: '有效',
  revoked: '吊销',
  cancelled: '注销',
  annulled: '废止',
  suspended: '挂起',
  pledged: '质押'
} as const
export const LicenceState = labelledEnum(licenceStateLabels)
export type LicenceState = z.infer<typeof LicenceState>

/** The state a user sees: the recorded one, or 已过期 once the validity period has run out. */
export const effectiveLicenceStateLabels = { ...licenceStateLabels, expired: '已过期' } as const
export type EffectiveLicenceState = keyof typeof effectiveLicenceStateLabels

/** 证照状态 (with 已过期) in the reader's language. */
export const licenceStateNames: Record<EffectiveLicenceState, Message> = {
  valid: message('licences.state.valid'),
  revoked: message('licences.state.revoked'),
  cancelled: message('licences.state.cancelled'),
  annulled: message('licences.state.annulled'),
  suspended: message('licences.state.suspended'),
  pledged: message('licences.state.pledged'),
  expired: message('licences.state.expired')
}

/**
 * Art. 18 actions (the event, kept apart from the state): 延续 and 变更 produce a new identifier
 * version rather than a new state.
 */
export const statusActionLabels = {
  renew: '延续',
  change: '变更',
  revoke: '吊销',
  cancel: '注销',
  annul: '废止',
  suspend: '挂起',
  pledge: '质押',
  unsuspend: '解除挂起',
  releasePledge: '解押'
} as const
export const StatusAction = labelledEnum(statusActionLabels)
export type StatusAction = z.infer<typeof StatusAction>

/** Art. 18 actions in the reader's language. */
export const statusActionNames: Record<StatusAction, Message> = {
  renew: message('licences.statusAction.renew'),
  change: message('licences.statusAction.change'),
  revoke: message('licences.statusAction.revoke'),
  cancel: message('licences.statusAction.cancel'),
  annul: message('licences.statusAction.annul'),
  suspend: message('licences.statusAction.suspend'),
  pledge: message('licences.statusAction.pledge'),
  unsuspend: message('licences.statusAction.unsuspend'),
  releasePledge: message('licences.statusAction.releasePledge')
}

/** 生成方式, which decides the Art. 13 push deadline. `legacy` is 存量证照电子化 (Art. 16). */
export const generationModeLabels = {
  online: '线上同步生成',
  offline: '线下生成',
  bulk: '一次性批量生成',
  legacy: '存量电子化'
} as const
export const GenerationMode = labelledEnum(generationModeLabels)
export type GenerationMode = z.infer<typeof GenerationMode>

/** 生成方式 in the reader's language. */
export const generationModeNames: Record<GenerationMode, Message> = {
  online: message('licences.generationMode.online'),
  offline: message('licences.generationMode.offline'),
  bulk: message('licences.generationMode.bulk'),
  legacy: message('licences.generationMode.legacy')
}

/** One Art. 18 status change; the gap between the two times is what the timeliness check reads. */
export const StatusChange = z.object({
  action: StatusAction,
  /** When the action happened in the issuer's business system. */
  businessTime: IsoDateTime,
  /** When it reached the city library. */
  recordedTime: IsoDateTime,
  /** 证照版本号 after 延续/变更. */
  version: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
  note: z.string().optional()
})
export type StatusChange = z.infer<typeof StatusChange>

/** 有效期截止日期: a date, or 长期 for licences without an end. */
export const PERMANENT = '长期'
export const ValidUntil = z.union([IsoDate, z.literal(PERMANENT)])

/** 二维码 with its stated validity period (Art. 13). */
export const QrCode = z.object({
  present: z.boolean(),
  validFrom: IsoDateTime.nullable(),
  validUntil: IsoDateTime.nullable()
})

/**
 * Mandatory metadata may arrive blank from the city library (31(二) metadata.missing), so the
 * model keeps such a record with '' rather than refusing it; imports still require the values.
 */
const blank = z.literal('')

/** 电子证照 */
export const Licence = SyncedRecord.extend({
  /** 证照标识 (GB/T 36904); may be malformed in source data, so only checked by `codes/`. */
  identifier: z.string().min(1),
  typeCode: LicenceTypeCodeShape,
  /** 证照编号, free format per licence type */
  number: z.string(),
  holder: LicenceHolder,
  issuerDepartmentId: z.string().min(1),
  /** 证照颁发机构代码 */
  issuingAuthorityCode: z.union([UsccShape, blank]),
  issueDate: z.union([IsoDate, blank]),
  validFrom: IsoDate,
  validUntil: ValidUntil,
  state: LicenceState,
  generationMode: GenerationMode,
  /** 业务办结时间 */
  completedAt: IsoDateTime,
  /** 推送至市证照库时间; null while not pushed. */
  pushedAt: IsoDateTime.nullable(),
  /** An electronic seal is present (Art. 17). */
  sealPresent: z.boolean(),
  qrCode: QrCode,
  /** 证照版本号 */
  version: z.string().regex(/^\d{3}$/),
  /** 证照所属管辖属地编码 */
  areaCode: DivisionCode,
  statusHistory: z.array(StatusChange),
  /**
   * Keyed hashes (see `privacy/`) of 公民身份号码 found in `number` or the holder's name, which
   * are stored masked: an exact search by such a number finds the licence through them.
   */
  personalIdHashes: z.array(Sha256Hex).optional()
})
export type Licence = z.infer<typeof Licence>

const terminalStates: ReadonlySet<LicenceState> = new Set(['revoked', 'cancelled', 'annulled'])

/**
 * 吊销/注销/废止 are final and win over expiry; any other state reads as 已过期 once `today`
 * (a `YYYY-MM-DD` date in 北京时间) is past 有效期截止日期, the last day still being valid.
 */
export function effectiveState(
  licence: Pick<Licence, 'state' | 'validUntil'>,
  today: string
): EffectiveLicenceState {
  if (terminalStates.has(licence.state)) return licence.state
  if (licence.validUntil !== PERMANENT && licence.validUntil < today) return 'expired'
  return licence.state
}

export type StatusTransition =
  | { ok: true; state: LicenceState }
  | { ok: false; code: 'licence.transition.terminal' | 'licence.transition.notApplicable' }

/** Which states each action may start from, and what it leads to (null: the state is kept). */
const transitions: Record<
  StatusAction,
  { from: readonly LicenceState[]; to: LicenceState | null }
> = {
  renew: { from: ['valid', 'suspended', 'pledged'], to: null },
  change: { from: ['valid', 'suspended', 'pledged'], to: null },
  revoke: { from: ['valid', 'suspended', 'pledged'], to: 'revoked' },
  cancel: { from: ['valid', 'suspended', 'pledged'], to: 'cancelled' },
  annul: { from: ['valid', 'suspended', 'pledged'], to: 'annulled' },
  suspend: { from: ['valid'], to: 'suspended' },
  pledge: { from: ['valid'], to: 'pledged' },
  unsuspend: { from: ['suspended'], to: 'valid' },
  releasePledge: { from: ['pledged'], to: 'valid' }
}

/** The state after an Art. 18 action, or why the action cannot apply to the current state. */
export function stateAfterAction(current: LicenceState, action: StatusAction): StatusTransition {
  if (terminalStates.has(current)) return { ok: false, code: 'licence.transition.terminal' }
  const rule = transitions[action]
  if (!rule.from.includes(current)) return { ok: false, code: 'licence.transition.notApplicable' }
  return { ok: true, state: rule.to ?? current }
}
