import { Dexie } from 'dexie'
import type { WorkbenchDb } from '../database'
import { issueRankOf, UNDATED_RANK } from '../licence-keys'
import type { LicenceAggregate, StoredLicence } from '../schema'
import { cellMayMatch, present, rowMatches, type LicenceFilter } from './licence-filter'

/** Position after the last row of a page: ranges resume after `[…prefix, rank, id]`. */
export interface LicenceCursor {
  rank: number
  id: string
}

type RangeIndex =
  '[issuerDepartmentId+issueRank+id]' | '[typeCode+issueRank+id]' | '[issueRank+id]' | 'lookupKeys'

/** One key range of an index: the key parts before `issueRank`. */
interface PlannedRange {
  prefix: string[]
  /** Rows to read at first for a page of `pageRows`, from the cube's estimate (it has no dates). */
  firstChunk: number
}

/** Which index answers a filter and over which ranges. */
export interface RangePlan {
  index: RangeIndex
  ranges: PlannedRange[]
  /** Licences the cube counts as matching the filter, ignoring date bounds and search. */
  matches: number
}

/**
 * Cost of one more range to read, in rows: in Chromium one more `getAll` in a transaction costs
 * about as much as reading ~10–20 more rows with it.
 */
const RANGE_COST_IN_ROWS = 20

/** Standard deviations of slack on each range's first read: one short range costs a round trip. */
const CHUNK_SLACK_SD = 2

/**
 * Rows to read first from a range holding `rows` licences of which `matches` match, out of
 * `totalMatches` overall, for a page of `pageRows`. The range supplies about
 * `pageRows · matches/totalMatches` of the page (binomially) and yields matches at the rate
 * `matches/rows`, so it is read to its expected need plus a few standard deviations: a range that
 * is the whole answer is read exactly, small side ranges a row or two instead of a fixed minimum.
 */
function firstChunkOf(rows: number, matches: number, totalMatches: number, pageRows: number) {
  const share = matches / totalMatches
  const hitRate = matches / rows
  const taken = pageRows * share
  const spread = Math.sqrt(taken * (1 - share) + taken * (1 - hitRate)) / hitRate
  return Math.max(1, Math.ceil(taken / hitRate + CHUNK_SLACK_SD * spread))
}

const RANGE_INDEXES = [
  'lookupKeys',
  '[issueRank+id]',
  '[issuerDepartmentId+issueRank+id]',
  '[typeCode+issueRank+id]'
] as const satisfies readonly RangeIndex[]

/** One range of an index, with the licences the cube counts in it. */
interface CubeRange {
  prefix: string[]
  rows: number
}

/** A cube cell with the range holding it in each index. */
interface LaidOutCell {
  cell: LicenceAggregate
  ranges: Record<RangeIndex, CubeRange>
}

/**
 * The count cube arranged for planning, built once per cube version: every cell knows its range
 * (and that range's size) in each index, and the cells are grouped by department and by type, so
 * planning a filter visits only the cells it can match (a department's few dozen, not the cube).
 */
export interface CubeLayout {
  cells: readonly LicenceAggregate[]
  all: readonly LaidOutCell[]
  byDepartment: ReadonlyMap<string, readonly LaidOutCell[]>
  byType: ReadonlyMap<string, readonly LaidOutCell[]>
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Lays out a cube version for planning; see `CubeLayout`. */
export function layOutCube(cells: readonly LicenceAggregate[]): CubeLayout {
  const rangesByKey = new Map<string, CubeRange>()
  const rangeOf = (index: RangeIndex, prefix: string[], count: number): CubeRange => {
    const key = JSON.stringify([index, ...prefix])
    const range = rangesByKey.get(key) ?? { prefix, rows: 0 }
    range.rows += count
    rangesByKey.set(key, range)
    return range
  }
  const byDepartment = new Map<string, LaidOutCell[]>()
  const byType = new Map<string, LaidOutCell[]>()
  const all = cells.map((cell) => {
    const laidOut: LaidOutCell = {
      cell,
      ranges: {
        lookupKeys: rangeOf('lookupKeys', [cell.state, cell.generationMode], cell.count),
        '[issueRank+id]': rangeOf('[issueRank+id]', [], cell.count),
        '[issuerDepartmentId+issueRank+id]': rangeOf(
          '[issuerDepartmentId+issueRank+id]',
          [cell.departmentId],
          cell.count
        ),
        '[typeCode+issueRank+id]': rangeOf('[typeCode+issueRank+id]', [cell.typeCode], cell.count)
      }
    }
    append(byDepartment, cell.departmentId, laidOut)
    append(byType, cell.typeCode, laidOut)
    return laidOut
  })
  return { cells, all, byDepartment, byType }
}

/** The cells a filter can match, from the narrowest grouping the filter names. */
function candidateCells(layout: CubeLayout, filter: LicenceFilter): readonly LaidOutCell[] {
  if (present(filter.departmentIds))
    return filter.departmentIds.flatMap((id) => layout.byDepartment.get(id) ?? [])
  if (present(filter.typeCodes))
    return filter.typeCodes.flatMap((code) => layout.byType.get(code) ?? [])
  return layout.all
}

/**
 * Picks the index whose ranges are cheapest to read for this filter: the departments', the
 * types' (when those filters are given), all licences newest first, or the (state, mode) browse
 * keys, by the count cube's estimate of ranges to open and rows to read for one page. Ranges
 * with no match are skipped.
 */
export function planRanges(filter: LicenceFilter, layout: CubeLayout, pageRows: number): RangePlan {
  const indexes = RANGE_INDEXES.filter(
    (index) =>
      index === 'lookupKeys' ||
      index === '[issueRank+id]' ||
      (index === '[issuerDepartmentId+issueRank+id]' && present(filter.departmentIds)) ||
      (index === '[typeCode+issueRank+id]' && present(filter.typeCodes))
  )
  const matchesByRange = new Map(indexes.map((index) => [index, new Map<CubeRange, number>()]))
  let totalMatches = 0
  for (const { cell, ranges } of candidateCells(layout, filter)) {
    if (!cellMayMatch(cell, filter)) continue
    totalMatches += cell.count
    for (const [index, matches] of matchesByRange) {
      const range = ranges[index]
      matches.set(range, (matches.get(range) ?? 0) + cell.count)
    }
  }
  const candidates = [...matchesByRange].map(([index, matches]) => {
    const ranges = [...matches].map(([{ prefix, rows }, matched]) => ({
      prefix,
      firstChunk: firstChunkOf(rows, matched, totalMatches, pageRows)
    }))
    const cost = ranges.reduce((sum, range) => sum + RANGE_COST_IN_ROWS + range.firstChunk, 0)
    return { index, ranges, matches: totalMatches, cost }
  })
  const { index, ranges, matches } = candidates.reduce((a, b) => (b.cost < a.cost ? b : a))
  return { index, ranges, matches }
}

const CHUNK_MAX = 2000

/** Reads one index range newest first, in growing chunks, keeping the rows that match. */
class RangeReader {
  private buffer: StoredLicence[] = []
  private position: [number, string] | null
  private exhausted = false
  private chunk: number

  constructor(
    private readonly db: WorkbenchDb,
    private readonly index: RangeIndex,
    private readonly prefix: string[],
    private readonly bounds: { low: number; high: number },
    private readonly filter: LicenceFilter,
    after: LicenceCursor | undefined,
    firstChunk: number
  ) {
    this.position = after ? [after.rank, after.id] : null
    this.chunk = Math.min(CHUNK_MAX, firstChunk)
  }

  get head(): StoredLicence | undefined {
    return this.buffer[0]
  }

  get needsRead(): boolean {
    return this.buffer.length === 0 && !this.exhausted
  }

  take(): StoredLicence | undefined {
    return this.buffer.shift()
  }

  async read(): Promise<void> {
    const { prefix, bounds } = this
    const lower = this.position
      ? [...prefix, ...this.position]
      : [...prefix, bounds.low, Dexie.minKey]
    const rows = await this.db.licences
      .where(this.index)
      .between(lower, [...prefix, bounds.high, Dexie.maxKey], this.position === null, true)
      .limit(this.chunk)
      .toArray()
    if (rows.length < this.chunk) this.exhausted = true
    const last = rows.at(-1)
    if (last) this.position = [last.issueRank, last.id]
    this.buffer = rows.filter((row) => rowMatches(row, this.filter))
    // A range whose rows mostly fail the residual checks is read in larger steps next time.
    this.chunk = Math.min(CHUNK_MAX, this.chunk * 4)
  }
}

function before(a: StoredLicence, b: StoredLicence): boolean {
  return a.issueRank < b.issueRank || (a.issueRank === b.issueRank && a.id < b.id)
}

/**
 * The next `count` licences in browse order (newest issue date first, then id) after `after`:
 * a k-way merge of the planned ranges. Call it inside a read transaction over `licences`, so a
 * page is consistent with the cube the plan came from.
 */
export async function readMergedRanges(
  db: WorkbenchDb,
  plan: RangePlan,
  filter: LicenceFilter,
  after: LicenceCursor | undefined,
  count: number
): Promise<StoredLicence[]> {
  const bounds = {
    low: filter.issuedTo === undefined ? 0 : issueRankOf(filter.issuedTo),
    high: filter.issuedFrom === undefined ? UNDATED_RANK : issueRankOf(filter.issuedFrom)
  }
  const readers = plan.ranges.map(
    (range) =>
      new RangeReader(db, plan.index, range.prefix, bounds, filter, after, range.firstChunk)
  )
  const rows: StoredLicence[] = []
  while (rows.length < count) {
    // Every range with an empty buffer is refilled together, in one round of requests; only
    // then can the merge tell which range holds the next row.
    const starved = readers.filter((reader) => reader.needsRead)
    if (starved.length > 0) {
      await Promise.all(starved.map((reader) => reader.read()))
      continue
    }
    let next: RangeReader | undefined
    for (const reader of readers) {
      const head = reader.head
      if (head && (next?.head === undefined || before(head, next.head))) next = reader
    }
    const row = next?.take()
    if (!row) break
    rows.push(row)
  }
  return rows
}
