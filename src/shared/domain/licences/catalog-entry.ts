import { z } from 'zod'
import { AuthorityLevel, IsoDateTime, LicenceTypeCodeShape, Sha256Hex, UsccShape } from './common'
import { CatalogHolderCategory } from './holder'
import { SyncedRecord } from './synced-record'

/** 证照底图: the blank background image, kept as a stored file identified by its hash. */
export const BaseMapFile = z.object({
  fileName: z.string().min(1),
  sha256: Sha256Hex,
  byteLength: z.int().min(0),
  mediaType: z.string().min(1)
})
export type BaseMapFile = z.infer<typeof BaseMapFile>

/** 有效期限范围 as encoded in GB/T 36902 catalogs: `N/Y`, `N/M`, `N/D`, or `0/L` for 长期有效. */
export const ValidityRange = z.string().regex(/^(0\/L|[1-9]\d{0,3}\/[YMD])$/)
export type ValidityRange = z.infer<typeof ValidityRange>

export type ParsedValidityRange =
  { kind: 'permanent' } | { kind: 'period'; amount: number; unit: 'year' | 'month' | 'day' }

const validityUnits = { Y: 'year', M: 'month', D: 'day' } as const

export function parseValidityRange(range: ValidityRange): ParsedValidityRange {
  const [amount, unit] = range.split('/')
  if (unit === 'L') return { kind: 'permanent' }
  return {
    kind: 'period',
    amount: Number(amount),
    unit: validityUnits[unit as keyof typeof validityUnits]
  }
}

/** One change to a catalog entry, kept with the entry so a reviewer sees its history offline. */
export const CatalogChange = z.object({
  /** The entry's `version` this change produced. */
  version: z.int().min(1),
  at: IsoDateTime,
  actor: z.string().min(1),
  changedFields: z.array(z.string().min(1)).min(1),
  note: z.string().optional()
})
export type CatalogChange = z.infer<typeof CatalogChange>

/**
 * 证照目录 entry. The five Art. 11 items are nullable because incomplete entries exist and the
 * compliance scan must be able to load and report them (Art. 31(一)); `name` may be blank for the
 * same reason.
 */
export const CatalogEntry = SyncedRecord.extend({
  /** 证照名称 */
  name: z.string(),
  /** 证照类型 (证件, 执照, 批文, 证明 …) */
  licenceCategory: z.string().min(1).nullable(),
  /** 证照颁发机构名称 */
  issuingAuthorityName: z.string().min(1).nullable(),
  /** 证照持有主体类型 */
  holderCategory: CatalogHolderCategory.nullable(),
  /** 证照底图 */
  baseMap: BaseMapFile.nullable(),

  /** 证照类型代码 */
  typeCode: LicenceTypeCodeShape,
  /** 证照定义机构 and its USCC and level */
  definingAuthority: z.object({
    name: z.string().min(1),
    code: UsccShape,
    level: AuthorityLevel
  }),
  /** 关联事项 (政务服务事项) */
  item: z.object({ name: z.string().min(1), code: z.string().min(1) }).nullable(),
  /** 有效期限范围 */
  validityRange: ValidityRange.nullable(),
  /** 证照颁发机构级别 */
  issuingAuthorityLevel: AuthorityLevel,
  issuerDepartmentId: z.string().min(1),
  /** The entry follows a catalog standard set by a national or provincial body (国家/省级标准). */
  setBySuperiorStandard: z.boolean(),
  /** Catalog version, raised on each substantive change (distinct from the local `rev`). */
  version: z.int().min(1),
  changeHistory: z.array(CatalogChange)
})
export type CatalogEntry = z.infer<typeof CatalogEntry>
