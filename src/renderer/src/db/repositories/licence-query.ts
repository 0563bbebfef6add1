import { Dexie } from 'dexie'
import type { WorkbenchDb } from '../database'
import { issueRankOf, UNDATED_RANK } from '../licence-keys'
import type { LicenceAggregate, StoredLicence } from '../schema'
import { cellMayMatch, present, rowMatches, type LicenceFilter } from './licence-filter'

/** Position after the last row of a page: ranges resume after `[prefix, rank, id]`. */
export interface LicenceCursor {
  rank: number
  id: string
}

type RangeIndex = '[issuerDepartmentId+issueRank+id]' | '[typeCode+issueRank+id]'

/** Which index answers a filter, over which prefixes, and how many rows it may yield. */
export interface RangePlan {
  index: RangeIndex
  prefixes: string[]
}

/**
 * Picks the index whose ranges cover the filter most tightly: the departments' or the types',
 * whichever the cube says holds fewer candidate rows; with neither filter, the ranges of every
 * department that holds a matching cell. Prefixes with no matching cell are skipped.
 */
export function planRanges(filter: LicenceFilter, cube: readonly LicenceAggregate[]): RangePlan {
  const cells = cube.filter((cell) => cellMayMatch(cell, filter))
  const rowsUnder = (pick: (cell: LicenceAggregate) => string, keys: readonly string[]) => {
    const wanted = new Set(keys)
    return cube.reduce((sum, cell) => (wanted.has(pick(cell)) ? sum + cell.count : sum), 0)
  }
  const withMatches = (pick: (cell: LicenceAggregate) => string) =>
    [...new Set(cells.map(pick))].sort()
  const byType =
    present(filter.typeCodes) &&
    (!present(filter.departmentIds) ||
      rowsUnder((cell) => cell.typeCode, filter.typeCodes) <
        rowsUnder((cell) => cell.departmentId, filter.departmentIds))
  return byType
    ? { index: '[typeCode+issueRank+id]', prefixes: withMatches((cell) => cell.typeCode) }
    : {
        index: '[issuerDepartmentId+issueRank+id]',
        prefixes: withMatches((cell) => cell.departmentId)
      }
}

const FIRST_CHUNK_MIN = 16
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
    private readonly prefix: string,
    private readonly bounds: { low: number; high: number },
    private readonly filter: LicenceFilter,
    after: LicenceCursor | undefined,
    firstChunk: number
  ) {
    this.position = after ? [after.rank, after.id] : null
    this.chunk = Math.max(FIRST_CHUNK_MIN, firstChunk)
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
    const lower = this.position ? [prefix, ...this.position] : [prefix, bounds.low, Dexie.minKey]
    const rows = await this.db.licences
      .where(this.index)
      .between(lower, [prefix, bounds.high, Dexie.maxKey], this.position === null, true)
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
  // Each range may have to supply the whole page, but many ranges rarely do: start smaller.
  const firstChunk = plan.prefixes.length === 1 ? count : Math.ceil(count / 2)
  const readers = plan.prefixes.map(
    (prefix) => new RangeReader(db, plan.index, prefix, bounds, filter, after, firstChunk)
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
