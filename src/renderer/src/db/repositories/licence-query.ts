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

type RangeIndex = '[issuerDepartmentId+issueRank+id]' | '[typeCode+issueRank+id]' | 'lookupKeys'

/** One key range of an index: the key parts before `issueRank`. */
interface PlannedRange {
  prefix: string[]
  /** Rows this range holds per matching row overall (from the cube, which has no dates). */
  scanShare: number
}

/** Which index answers a filter and over which ranges. */
export interface RangePlan {
  index: RangeIndex
  ranges: PlannedRange[]
}

/** Cost of one more range to read, in rows: a round trip costs about as much as ~20 rows. */
const RANGE_COST_IN_ROWS = 20

function planBy(
  index: RangeIndex,
  prefixOf: (cell: LicenceAggregate) => string[],
  filter: LicenceFilter,
  cube: readonly LicenceAggregate[],
  pageRows: number
): RangePlan & { cost: number } {
  const ranges = new Map<string, { prefix: string[]; rows: number; matches: number }>()
  let totalMatches = 0
  for (const cell of cube) {
    const matches = cellMayMatch(cell, filter)
    if (matches) totalMatches += cell.count
    const prefix = prefixOf(cell)
    const key = prefix.join('|')
    const range = ranges.get(key) ?? { prefix, rows: 0, matches: 0 }
    range.rows += cell.count
    if (matches) range.matches += cell.count
    ranges.set(key, range)
  }
  const useful = [...ranges.values()].filter((range) => range.matches > 0)
  const scanned = useful.reduce((sum, range) => sum + range.rows, 0) / Math.max(1, totalMatches)
  return {
    index,
    ranges: useful.map((range) => ({
      prefix: range.prefix,
      scanShare: range.rows / Math.max(1, totalMatches)
    })),
    cost: useful.length * RANGE_COST_IN_ROWS + pageRows * scanned
  }
}

/**
 * Picks the index whose ranges are cheapest to read for this filter: the departments', the
 * types' (when those filters are given) or the (state, mode) browse keys, by the count cube's
 * estimate of ranges to open and rows to scan for one page. Ranges with no match are skipped.
 */
export function planRanges(
  filter: LicenceFilter,
  cube: readonly LicenceAggregate[],
  pageRows: number
): RangePlan {
  const candidates = [
    planBy('lookupKeys', (cell) => [cell.state, cell.generationMode], filter, cube, pageRows)
  ]
  if (present(filter.departmentIds))
    candidates.push(
      planBy('[issuerDepartmentId+issueRank+id]', (c) => [c.departmentId], filter, cube, pageRows)
    )
  if (present(filter.typeCodes))
    candidates.push(planBy('[typeCode+issueRank+id]', (c) => [c.typeCode], filter, cube, pageRows))
  const best = candidates.reduce((a, b) => (b.cost < a.cost ? b : a))
  return { index: best.index, ranges: best.ranges }
}

const FIRST_CHUNK_MIN = 8
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
    this.chunk = Math.min(CHUNK_MAX, Math.max(FIRST_CHUNK_MIN, firstChunk))
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
 * a k-way merge of the planned ranges, all read in one transaction so a page is consistent.
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
  // Each range is expected to yield the page in proportion to its share of the matches, and to
  // be read that many times over when the residual checks reject most of its rows: reading
  // about that much at once (with slack) ends most pages in one round trip per range.
  const readers = plan.ranges.map(
    (range) =>
      new RangeReader(
        db,
        plan.index,
        range.prefix,
        bounds,
        filter,
        after,
        Math.ceil(1.5 * count * range.scanShare) + 1
      )
  )
  return db.transaction('r', db.licences, async () => {
    const rows: StoredLicence[] = []
    while (rows.length < count) {
      await Promise.all(readers.filter((reader) => reader.needsRead).map((r) => r.read()))
      if (readers.some((reader) => reader.needsRead)) continue
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
  })
}
