import { checkCitizenId } from '@shared/domain/codes'
import { holderCodeHash } from '@shared/domain/privacy'
import type { Licence } from '@shared/domain/licences'
import { CUBE_STAMP_KEY, writeLicences } from '../licence-writes'
import { fromStoredLicence, HOLDER_HASH_TERM_LENGTH, normalizeSearchText } from '../licence-keys'
import type { LicenceAggregate, StoredLicence } from '../schema'
import type { AuditRepository } from './audit'
import type { RepositoryContext } from './context'
import { cellMayMatch, cubeIsExact, rowMatches, type LicenceFilter } from './licence-filter'
import { planRanges, readMergedRanges, type LicenceCursor } from './licence-query'

export type { LicenceFilter } from './licence-filter'
export type { LicenceCursor } from './licence-query'

/** Keyset paging (`after`, from the previous page's `next`) or a small `offset` jump. */
export interface LicencePageRequest {
  limit: number
  after?: LicenceCursor
  offset?: number
}

export interface LicencePage {
  rows: Licence[]
  /** Exact number of matches when the count cube can tell (no search, no date bounds). */
  total?: number
  /** Pass as `after` for the following page; absent on the last page. */
  next?: LicenceCursor
  /** Search pages continue by offset (search results are ordered by term, not by date). */
  nextOffset?: number
}

export type CountDimension = 'departmentId' | 'typeCode' | 'state' | 'generationMode'

export function createLicenceRepository(context: RepositoryContext, audit: AuditRepository) {
  const { db } = context
  let cubeCache: { stamp: unknown; cells: LicenceAggregate[] } | undefined

  /** The count cube, re-read only when a write has changed its stamp. */
  async function cube(): Promise<LicenceAggregate[]> {
    const stamp = (await db.meta.get(CUBE_STAMP_KEY))?.value ?? null
    if (cubeCache?.stamp !== stamp) cubeCache = { stamp, cells: await db.aggregates.toArray() }
    return cubeCache.cells
  }

  function total(filter: LicenceFilter, cells: readonly LicenceAggregate[]): number | undefined {
    if (!cubeIsExact(filter)) return undefined
    return cells.reduce((sum, cell) => (cellMayMatch(cell, filter) ? sum + cell.count : sum), 0)
  }

  /** Prefix search over 证照编号 and 持证主体, or an exact holder code (hashed for persons). */
  async function searchPage(
    filter: LicenceFilter & { search: string },
    page: LicencePageRequest
  ): Promise<LicencePage> {
    const text = normalizeSearchText(filter.search)
    const personHash =
      checkCitizenId(text).status === 'invalid'
        ? null
        : await holderCodeHash(await context.holderKeys.holderHashKey(), text)
    const terms = personHash ? [text, personHash.slice(0, HOLDER_HASH_TERM_LENGTH)] : [text]
    const hit = (row: StoredLicence) =>
      (row.holder.codeHash === personHash && personHash !== null) ||
      row.lookupKeys.some((key) => typeof key === 'string' && key.startsWith(text))
    const offset = page.offset ?? 0
    const rows = await db.licences
      .where('lookupKeys')
      .startsWithAnyOf(terms)
      .distinct()
      .filter((row) => hit(row) && rowMatches(row, filter))
      .offset(offset)
      .limit(page.limit + 1)
      .toArray()
    const more = rows.length > page.limit
    return {
      rows: rows.slice(0, page.limit).map(fromStoredLicence),
      ...(more ? { nextOffset: offset + page.limit } : {})
    }
  }

  return {
    async get(id: string): Promise<Licence | undefined> {
      const row = await db.licences.get(id)
      return row && !row.deleted ? fromStoredLicence(row) : undefined
    },

    /** One page of the licence browser, newest issue date first. */
    async query(filter: LicenceFilter, page: LicencePageRequest): Promise<LicencePage> {
      if (filter.search !== undefined && filter.search.trim() !== '') {
        return searchPage({ ...filter, search: filter.search }, page)
      }
      const cells = await cube()
      const skip = page.after ? 0 : (page.offset ?? 0)
      const plan = planRanges(filter, cells, skip + page.limit + 1)
      const read = await readMergedRanges(db, plan, filter, page.after, skip + page.limit + 1)
      const rows = read.slice(skip, skip + page.limit)
      const last = rows.at(-1)
      const count = total(filter, cells)
      return {
        rows: rows.map(fromStoredLicence),
        ...(count === undefined ? {} : { total: count }),
        ...(read.length > skip + page.limit && last
          ? { next: { rank: last.issueRank, id: last.id } }
          : {})
      }
    },

    /** Dashboard counts (按部门/类型/状态…统计) from the cube; date bounds in `filter` are ignored. */
    async countBy(
      dimension: CountDimension,
      filter: LicenceFilter = {}
    ): Promise<Map<string, number>> {
      const counts = new Map<string, number>()
      for (const cell of await cube()) {
        if (!cellMayMatch(cell, filter)) continue
        counts.set(cell[dimension], (counts.get(cell[dimension]) ?? 0) + cell.count)
      }
      return counts
    },

    /** Adds or replaces licences (audited), keeping the counts in step. */
    async put(licences: readonly Licence[], reason: string): Promise<void> {
      await audit.recordChange(
        [db.licences, db.aggregates],
        {
          action: 'licence.put',
          target: licences.length === 1 ? `licence:${licences[0]?.id}` : 'licences',
          details: { count: licences.length, reason }
        },
        () => writeLicences(db, licences, 'upsert')
      )
    },

    /** Marks a licence deleted (a tombstone, so the deletion syncs); audited. */
    async remove(id: string): Promise<boolean> {
      const row = await db.licences.get(id)
      if (!row || row.deleted) return false
      const next: Licence = {
        ...fromStoredLicence(row),
        deleted: true,
        rev: row.rev + 1,
        updatedAt: context.now().toISOString()
      }
      await audit.recordChange(
        [db.licences, db.aggregates],
        { action: 'licence.delete', target: `licence:${id}`, details: {} },
        () => writeLicences(db, [next], 'upsert')
      )
      return true
    }
  }
}

export type LicenceRepository = ReturnType<typeof createLicenceRepository>
