import type { CatalogEntry } from './catalog-entry'

/** The five items Art. 11 requires of a locally registered catalog entry, in the article's order. */
export const ART11_ITEMS: readonly { label: string; missing: (entry: CatalogEntry) => boolean }[] =
  [
    { label: '证照名称', missing: (entry) => entry.name.trim() === '' },
    { label: '证照类型', missing: (entry) => entry.licenceCategory === null },
    { label: '证照颁发机构名称', missing: (entry) => entry.issuingAuthorityName === null },
    { label: '证照持有主体类型', missing: (entry) => entry.holderCategory === null },
    { label: '证照底图', missing: (entry) => entry.baseMap === null }
  ]

/** The Art. 11 items an entry lacks, by their Chinese names; empty when it is complete. */
export function missingArt11Items(entry: CatalogEntry): string[] {
  return ART11_ITEMS.filter((item) => item.missing(entry)).map((item) => item.label)
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
