import { checkCitizenId } from '@shared/domain/codes'
import type { Licence } from '@shared/domain/licences'
import { CUBE_STAMP_KEY, writeLicences } from '../licence-writes'
import { fromStoredLicence, HOLDER_HASH_TERM_LENGTH, normalizeSearchText } from '../licence-keys'
import type { StoredLicence } from '../schema'
import type { AuditRepository } from './audit'
import type { RepositoryContext } from './context'
import { cellMayMatch, cubeIsExact, rowMatches, type LicenceFilter } from './licence-filter'
import { buildInfixIndex, infixMatches, type InfixIndex } from './licence-infix'
import {
  layOutCube,
  planRanges,
  readMergedRanges,
  type CubeLayout,
  type LicenceCursor,
  type RangePlan
} from './licence-query'

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

/** Licences read per request while the second search tier looks for a page. */
const INFIX_READ = 200

/** Plans kept per cube version; past this many filters the oldest are dropped. */
const PLAN_CACHE_LIMIT = 64

/** The count cube as of one stamp, with the range plans made from it. */
interface CubeVersion {
  stamp: unknown
  layout: CubeLayout
  plans: Map<string, RangePlan>
}

export function createLicenceRepository(context: RepositoryContext, audit: AuditRepository) {
  const { db } = context
  let cached: CubeVersion | undefined

  async function readStamp(): Promise<unknown> {
    return (await db.meta.get(CUBE_STAMP_KEY))?.value ?? null
  }

  /**
   * The cube as of `stamp`, re-read only when a write has changed the stamp. Call it inside the
   * read transaction that read the stamp, over `meta` and `aggregates`: writes change both
   * together, so a stamp and the cells read in one transaction always belong together.
   */
  async function cubeAt(stamp: unknown): Promise<CubeVersion> {
    if (cached && cached.stamp === stamp) return cached
    const fresh = { stamp, layout: layOutCube(await db.aggregates.toArray()), plans: new Map() }
    cached = fresh
    return fresh
  }

  /** The plan for a filter's ranges (dates and search play no part in it), made once per cube. */
  function planFor(cube: CubeVersion, filter: LicenceFilter, pageRows: number): RangePlan {
    const { departmentIds, typeCodes, states, generationModes } = filter
    const key = JSON.stringify([departmentIds, typeCodes, states, generationModes, pageRows])
    let plan = cube.plans.get(key)
    if (!plan) {
      plan = planRanges(filter, cube.layout, pageRows)
      if (cube.plans.size >= PLAN_CACHE_LIMIT) {
        const oldest = cube.plans.keys().next()
        if (!oldest.done) cube.plans.delete(oldest.value)
      }
      cube.plans.set(key, plan)
    }
    return plan
  }

  /** Rows of a page from the plan for this cube, with the count when the cube is exact. */
  async function readPage(
    cube: CubeVersion,
    filter: LicenceFilter,
    after: LicenceCursor | undefined,
    count: number
  ): Promise<{ rows: StoredLicence[]; total: number | undefined }> {
    const plan = planFor(cube, filter, count)
    const rows = await readMergedRanges(db, plan, filter, after, count)
    return { rows, total: cubeIsExact(filter) ? plan.matches : undefined }
  }

  let infix: InfixIndex | undefined

  /** The in-memory name list as of the current cube stamp (see `InfixIndex`). */
  async function currentInfixIndex(): Promise<InfixIndex> {
    const stamp = await readStamp()
    const known = infix
    if (known && known.stamp === stamp) return known
    const fresh = await buildInfixIndex(db, stamp)
    infix = fresh
    return fresh
  }

  /**
   * 证照编号 and 持证主体 search, in two tiers: first the licences whose number, name or holder
   * code starts with the text (or whose holder's 公民身份号码 is the text, by its hash), from the
   * index; then those whose name or number contains it further in. Offsets run over both tiers.
   */
  async function searchPage(
    filter: LicenceFilter & { search: string },
    page: LicencePageRequest
  ): Promise<LicencePage> {
    const text = normalizeSearchText(filter.search)
    const personHash =
      checkCitizenId(text).status === 'invalid' ? null : await context.holderHash(text)
    const terms = personHash ? [text, personHash.slice(0, HOLDER_HASH_TERM_LENGTH)] : [text]
    const prefixHit = (row: StoredLicence) =>
      (personHash !== null &&
        (row.holder.codeHash === personHash || !!row.personalIdHashes?.includes(personHash))) ||
      row.lookupKeys.some((key) => typeof key === 'string' && key.startsWith(text))
    const prefixMatches = () =>
      db.licences
        .where('lookupKeys')
        .startsWithAnyOf(terms)
        .distinct()
        .filter((row) => prefixHit(row) && rowMatches(row, filter))
    const offset = page.offset ?? 0
    const wanted = page.limit + 1
    const rows = await prefixMatches().offset(offset).limit(wanted).toArray()
    if (rows.length < wanted) {
      // The prefix tier ran out within this page and the infix tier continues it; a page that
      // starts past the prefix tier skips, in the infix tier, what of the offset is left over.
      const skip = rows.length > 0 || offset === 0 ? 0 : offset - (await prefixMatches().count())
      rows.push(...(await infixRows(text, prefixHit, filter, skip, wanted - rows.length)))
    }
    const more = rows.length > page.limit
    return {
      rows: rows.slice(0, page.limit).map(fromStoredLicence),
      ...(more ? { nextOffset: offset + page.limit } : {})
    }
  }

  /** The second tier: text inside a name or number, not at its start; `skip` of them first. */
  async function infixRows(
    text: string,
    prefixHit: (row: StoredLicence) => boolean,
    filter: LicenceFilter,
    skip: number,
    count: number
  ): Promise<StoredLicence[]> {
    const ids = infixMatches(await currentInfixIndex(), text)
    const found: StoredLicence[] = []
    let toSkip = skip
    for (let start = 0; start < ids.length && found.length < count; start += INFIX_READ) {
      const read = await db.licences.bulkGet(ids.slice(start, start + INFIX_READ))
      for (const row of read) {
        if (!row || prefixHit(row) || !rowMatches(row, filter)) continue
        if (toSkip > 0) toSkip -= 1
        else if (found.length < count) found.push(row)
      }
    }
    return found
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
      const skip = page.after ? 0 : (page.offset ?? 0)
      const count = skip + page.limit + 1
      const { rows: read, total } = await db.transaction(
        'r',
        [db.licences, db.aggregates, db.meta],
        async () => {
          // With a cube in memory the page is read from its plan while the stamp is checked,
          // saving a round trip; in this transaction an unchanged stamp proves that cube was
          // current for the rows read. A changed stamp means the cube and the page are read again.
          const known = cached
          const [stamp, guess] = await Promise.all([
            readStamp(),
            known && readPage(known, filter, page.after, count)
          ])
          if (guess && known?.stamp === stamp) return guess
          return readPage(await cubeAt(stamp), filter, page.after, count)
        }
      )
      const rows = read.slice(skip, skip + page.limit)
      const last = rows.at(-1)
      return {
        rows: rows.map(fromStoredLicence),
        ...(total === undefined ? {} : { total }),
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
      const cube = await db.transaction('r', [db.aggregates, db.meta], async () =>
        cubeAt(await readStamp())
      )
      for (const cell of cube.layout.cells) {
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
