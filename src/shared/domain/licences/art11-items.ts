import { message, type Message } from '../../i18n/message'
import type { CatalogEntry } from './catalog-entry'

export type Art11Item =
  'name' | 'licenceCategory' | 'issuingAuthorityName' | 'holderCategory' | 'baseMap'

/**
 * The five items Art. 11 requires of a locally registered catalog entry, in the article's order:
 * `label` is the article's own wording (quoted in findings), `name` the item in the reader's
 * language.
 */
export const ART11_ITEMS: readonly {
  key: Art11Item
  label: string
  name: Message
  missing: (entry: CatalogEntry) => boolean
}[] = [
  {
    key: 'name',
    label: '证照名称',
    name: message('licences.art11Item.name'),
    missing: (entry) => entry.name.trim() === ''
  },
  {
    key: 'licenceCategory',
    label: '证照类型',
    name: message('licences.art11Item.licenceCategory'),
    missing: (entry) => entry.licenceCategory === null
  },
  {
    key: 'issuingAuthorityName',
    label: '证照颁发机构名称',
    name: message('licences.art11Item.issuingAuthorityName'),
    missing: (entry) => entry.issuingAuthorityName === null
  },
  {
    key: 'holderCategory',
    label: '证照持有主体类型',
    name: message('licences.art11Item.holderCategory'),
    missing: (entry) => entry.holderCategory === null
  },
  {
    key: 'baseMap',
    label: '证照底图',
    name: message('licences.art11Item.baseMap'),
    missing: (entry) => entry.baseMap === null
  }
]

/** The Art. 11 items an entry lacks, by the article's Chinese names; empty when it is complete. */
export function missingArt11Items(entry: CatalogEntry): string[] {
  return ART11_ITEMS.filter((item) => item.missing(entry)).map((item) => item.label)
}

/** The Art. 11 items an entry lacks, as messages in the reader's language. */
export function missingArt11ItemNames(entry: CatalogEntry): Message[] {
  return ART11_ITEMS.filter((item) => item.missing(entry)).map((item) => item.name)
}

/**
 * Whether Art. 11's list governs the entry: entries following a national or provincial catalog
 * standard are governed by that standard instead, unless the Bureau decides otherwise.
 */
export function governedByArt11(entry: CatalogEntry, exemptSuperiorStandard = true): boolean {
  return !entry.deleted && !(entry.setBySuperiorStandard && exemptSuperiorStandard)
}

/** 目录完整率 per issuing department: complete entries among those Art. 11 governs. */
export function catalogCompletenessByDepartment(
  catalog: readonly CatalogEntry[]
): Map<string, { governed: number; complete: number }> {
  const byDepartment = new Map<string, { governed: number; complete: number }>()
  for (const entry of catalog) {
    if (!governedByArt11(entry)) continue
    const counts = byDepartment.get(entry.issuerDepartmentId) ?? { governed: 0, complete: 0 }
    counts.governed++
    if (missingArt11Items(entry).length === 0) counts.complete++
    byDepartment.set(entry.issuerDepartmentId, counts)
  }
  return byDepartment
}
