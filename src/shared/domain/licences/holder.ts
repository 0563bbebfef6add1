import { z } from 'zod'
import { labelledEnum, Sha256Hex } from './common'

/** 持证主体类别 of one licence. */
export const holderCategoryLabels = {
  naturalPerson: '自然人',
  organization: '法人和其他组织'
} as const
export const HolderCategory = labelledEnum(holderCategoryLabels)
export type HolderCategory = z.infer<typeof HolderCategory>

/** 持证主体类型 of a catalog entry, which may cover both kinds of holder (混合). */
export const catalogHolderCategoryLabels = { ...holderCategoryLabels, mixed: '混合' } as const
export const CatalogHolderCategory = labelledEnum(catalogHolderCategoryLabels)
export type CatalogHolderCategory = z.infer<typeof CatalogHolderCategory>

/** 持证主体代码类型代码 (GB/T 36903), with the holder category each code implies. */
export const holderCodeTypes = {
  '001': { label: '统一社会信用代码', category: 'organization' },
  '099': { label: '其他法人或其他组织有效证件代码', category: 'organization' },
  '111': { label: '公民身份号码', category: 'naturalPerson' },
  '114': { label: '中国人民解放军军官证', category: 'naturalPerson' },
  '115': { label: '中国人民武装警察部队警官证', category: 'naturalPerson' },
  '118': { label: '中国人民解放军士兵证', category: 'naturalPerson' },
  '119': { label: '中国人民武装警察部队士兵证', category: 'naturalPerson' },
  '120': { label: '中国人民解放军文职人员证', category: 'naturalPerson' },
  '122': { label: '中国人民武装警察部队文职人员证', category: 'naturalPerson' },
  '411': { label: '外交护照', category: 'naturalPerson' },
  '412': { label: '公务护照', category: 'naturalPerson' },
  '413': { label: '公务普通护照', category: 'naturalPerson' },
  '414': { label: '普通护照', category: 'naturalPerson' },
  '511': { label: '台湾居民来往大陆通行证', category: 'naturalPerson' },
  '516': { label: '港澳居民来往内地通行证', category: 'naturalPerson' },
  '999': { label: '其他自然人有效证件代码', category: 'naturalPerson' }
} as const satisfies Record<string, { label: string; category: HolderCategory }>
export type HolderCodeType = keyof typeof holderCodeTypes
export const HolderCodeType = z.enum(
  Object.keys(holderCodeTypes) as [HolderCodeType, ...HolderCodeType[]]
)

/**
 * 持证主体 as stored locally. For natural persons `code` is masked and `codeHash` (a keyed
 * HMAC, see `privacy/`) allows exact look-up without keeping the raw identifier. Name and code
 * may arrive blank from the city library: that is a 31(二) finding (metadata.missing), not a
 * record to drop.
 */
export const LicenceHolder = z.object({
  category: HolderCategory,
  codeType: HolderCodeType,
  name: z.string(),
  code: z.string(),
  codeHash: Sha256Hex.nullable()
})
export type LicenceHolder = z.infer<typeof LicenceHolder>
