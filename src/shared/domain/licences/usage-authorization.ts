import { z } from 'zod'
import { IsoDate, LicenceTypeCodeShape, UsccShape } from './common'
import { ValidUntil } from './licence'
import { SyncedRecord } from './synced-record'

/**
 * 用证授权 (Art. 28: licences are used only as the unit's duties require): a using unit
 * (用证单位) may use licences of one type from `validFrom` to `validUntil`, both days included.
 * One record per unit and type; a use outside it is 擅自扩大使用范围 (Art. 31(三)).
 */
export const UsageAuthorization = SyncedRecord.extend({
  typeCode: LicenceTypeCodeShape,
  /** 用证单位 */
  unit: z.object({ name: z.string().min(1), uscc: UsccShape }),
  /** 授权起始日期; null when none was recorded, which sets no lower bound. */
  validFrom: IsoDate.nullable(),
  /** 授权截止日期, or 长期. */
  validUntil: ValidUntil,
  /** 授权依据, e.g. the number of the approving document. */
  basis: z.string().min(1).nullable()
})
export type UsageAuthorization = z.infer<typeof UsageAuthorization>

/** One authorisation per unit and type, so importing it again updates it. */
export function usageAuthorizationId(typeCode: string, unitUscc: string): string {
  return `auth-${typeCode}-${unitUscc}`
}
