import { Dexie, type Table } from 'dexie'
import type { IncrementalComplianceSource, UnitDay } from '@shared/domain/compliance'
import { isoDateOfDayNumber } from '@shared/domain/calendar'
import { beijingDayNumber, dayNumberOfDate } from '@shared/domain/compliance'
import type { WorkbenchDb } from '../../db/database'

const DEFAULT_BATCH_SIZE = 5_000

/**
 * A whole table in primary-key order, `size` rows per read (keyset paging on the id). The next
 * batch is requested before the current one is handed over, so reading overlaps the rules.
 */
async function* byPrimaryKey<T extends { id: string }>(
  table: Table<T, string>,
  size: number
): AsyncGenerator<T[]> {
  const read = (after: string | undefined) => {
    const pending =
      after === undefined
        ? table.orderBy(':id').limit(size).toArray()
        : table.where(':id').above(after).limit(size).toArray()
    // A consumer that stops early (cancel) never awaits the prefetch: keep it from going unhandled.
    pending.catch(() => undefined)
    return pending
  }
  let next = read(undefined)
  for (;;) {
    const rows = await next
    const last = rows[rows.length - 1]
    if (!last) return
    const more = rows.length === size
    if (more) next = read(last.id)
    yield rows
    if (!more) return
  }
}

/** Look-ups issued together: IndexedDB answers parallel requests far faster than one by one. */
const PARALLEL_LOOKUPS = 200

/** Every row of a compound index whose first part is one of `keys`, in batches. */
async function* byIndexPrefix<T>(
  table: Table<T, string>,
  index: string,
  keys: readonly string[],
  size: number
): AsyncGenerator<T[]> {
  const unique = [...new Set(keys)]
  let batch: T[] = []
  for (let start = 0; start < unique.length; start += PARALLEL_LOOKUPS) {
    const found = await Promise.all(
      unique
        .slice(start, start + PARALLEL_LOOKUPS)
        .map((key) =>
          table.where(index).between([key, Dexie.minKey], [key, Dexie.maxKey]).toArray()
        )
    )
    batch.push(...found.flat())
    if (batch.length >= size) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) yield batch
}

/**
 * The compliance scan's view of the local working copy (本地库): the small tables whole, the
 * large ones in batches by primary key, and the re-scan's look-ups answered from the indexes
 * (`[typeCode+issueRank+id]`, `[licenceId+usedAt]`, `[usingUnit.uscc+usedAt]`). Usage by type
 * code has no index (authorisations change rarely) and is a filtered pass over usage records.
 */
export function createDexieComplianceSource(
  db: WorkbenchDb,
  options: { batchSize?: number } = {}
): IncrementalComplianceSource {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE
  return {
    async reference() {
      const [departments, catalog, usageAuthorizations, notices] = await Promise.all([
        db.departments.toArray(),
        db.catalog.toArray(),
        db.usageAuthorizations.toArray(),
        db.notices.toArray()
      ])
      return { departments, catalog, usageAuthorizations, notices }
    },
    licences: () => byPrimaryKey(db.licences, size),
    usageRecords: () => byPrimaryKey(db.usageRecords, size),
    objections: () => byPrimaryKey(db.objections, size),
    async counts() {
      const [licences, usageRecords, objections] = await Promise.all([
        db.licences.count(),
        db.usageRecords.count(),
        db.objections.count()
      ])
      return { licences, usageRecords, objections }
    },
    licencesById: (ids) => db.licences.bulkGet([...ids]),
    usageRecordsById: (ids) => db.usageRecords.bulkGet([...ids]),
    objectionsById: (ids) => db.objections.bulkGet([...ids]),
    licencesOfTypeCodes: (typeCodes) =>
      byIndexPrefix(db.licences, '[typeCode+issueRank+id]', typeCodes, size),
    usageRecordsOfLicences: (licenceIds) =>
      byIndexPrefix(db.usageRecords, '[licenceId+usedAt]', licenceIds, size),
    async *usageRecordsOfTypeCodes(typeCodes) {
      const wanted = new Set(typeCodes)
      for await (const batch of byPrimaryKey(db.usageRecords, size)) {
        const rows = batch.filter((usage) => wanted.has(usage.typeCode))
        if (rows.length > 0) yield rows
      }
    },
    async *usageRecordsOfUnitDays(unitDays: readonly UnitDay[]) {
      // `usedAt` is written with any offset, so the text range is widened by a day on each side
      // and the Beijing date checked on every row read.
      for (const { uscc, date } of unitDays) {
        const day = dayNumberOfDate(date)
        if (day === undefined) continue
        const rows = await db.usageRecords
          .where('[usingUnit.uscc+usedAt]')
          .between(
            [uscc, isoDateOfDayNumber(day - 1)],
            [uscc, `${isoDateOfDayNumber(day + 1)}\uffff`],
            true,
            true
          )
          .filter((usage) => beijingDayNumber(usage.usedAt) === day)
          .toArray()
        if (rows.length > 0) yield rows
      }
    }
  }
}
