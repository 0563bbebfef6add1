import { z } from 'zod'
import { message, type Message } from '../../i18n/message'
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

/** 持证主体类别 (and a catalog's 混合) in the reader's language. */
export const holderCategoryNames: Record<CatalogHolderCategory, Message> = {
  naturalPerson: message('licences.holderCategory.naturalPerson'),
  organization: message('licences.holderCategory.organization'),
  mixed: message('licences.holderCategory.mixed')
}

export function holderCategoryLabel(category: CatalogHolderCategory): Message {
  return holderCategoryNames[category]
}

/**
 * 持证主体代码类型代码 (GB/T 36903), with the holder category each code implies and the document's
 * name (统一社会信用代码 / USCC …) as a message.
 */
export const holderCodeTypes = {
  '001': { name: message('licences.holderCodeType.type001'), category: 'organization' },
  '099': { name: message('licences.holderCodeType.type099'), category: 'organization' },
  '111': { name: message('licences.holderCodeType.type111'), category: 'naturalPerson' },
  '114': { name: message('licences.holderCodeType.type114'), category: 'naturalPerson' },
  '115': { name: message('licences.holderCodeType.type115'), category: 'naturalPerson' },
  '118': { name: message('licences.holderCodeType.type118'), category: 'naturalPerson' },
  '119': { name: message('licences.holderCodeType.type119'), category: 'naturalPerson' },
  '120': { name: message('licences.holderCodeType.type120'), category: 'naturalPerson' },
  '122': { name: message('licences.holderCodeType.type122'), category: 'naturalPerson' },
  '411': { name: message('licences.holderCodeType.type411'), category: 'naturalPerson' },
  '412': { name: message('licences.holderCodeType.type412'), category: 'naturalPerson' },
  '413': { name: message('licences.holderCodeType.type413'), category: 'naturalPerson' },
  '414': { name: message('licences.holderCodeType.type414'), category: 'naturalPerson' },
  '511': { name: message('licences.holderCodeType.type511'), category: 'naturalPerson' },
  '516': { name: message('licences.holderCodeType.type516'), category: 'naturalPerson' },
  '999': { name: message('licences.holderCodeType.type999'), category: 'naturalPerson' }
} as const satisfies Record<string, { name: Message; category: HolderCategory }>
export type HolderCodeType = keyof typeof holderCodeTypes
export const HolderCodeType = z.enum(
  Object.keys(holderCodeTypes) as [HolderCodeType, ...HolderCodeType[]]
)

/** The name of a 持证主体代码类型 (公民身份号码 / citizen ID number …). */
export function holderCodeTypeLabel(codeType: HolderCodeType): Message {
  return holderCodeTypes[codeType].name
}

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
