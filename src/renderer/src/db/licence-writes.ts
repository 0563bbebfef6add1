import type { Licence } from '@shared/domain/licences'
import { aggregateDeltas, applyAggregateDeltas } from './aggregates'
import { noteChanges } from './compliance-changes'
import type { WorkbenchDb } from './database'
import { toStoredLicence } from './licence-keys'

/** Changes whenever the cube does, so readers know when their cached copy is stale. */
export const CUBE_STAMP_KEY = 'aggregates.stamp'

/**
 * Writes licences and keeps the count cube in step. Must run inside a read-write transaction over
 * `licences`, `aggregates` and `meta`, so the counts can never disagree with the rows.
 *
 * `insert`: the caller knows none of the ids exist yet (the demo loader, whose batches commit
 * atomically with their checkpoint); the old rows are not read, which keeps bulk loads at the
 * speed of the put itself. `upsert`: the rows being replaced are read first and uncounted, and
 * the ids are noted for the next incremental compliance scan.
 */
export async function writeLicences(
  db: WorkbenchDb,
  licences: readonly Licence[],
  mode: 'insert' | 'upsert'
): Promise<void> {
  if (licences.length === 0) return
  const stored = licences.map(toStoredLicence)
  const before =
    mode === 'insert' ? [] : await db.licences.bulkGet(licences.map((licence) => licence.id))
  const deltas = aggregateDeltas(licences.map((after, index) => ({ before: before[index], after })))
  const current = await db.aggregates.bulkGet([...deltas.keys()])
  const { put, remove } = applyAggregateDeltas(current, deltas)
  await db.licences.bulkPut(stored)
  if (mode === 'upsert')
    await noteChanges(
      db,
      'licenceIds',
      licences.map((licence) => licence.id)
    )
  if (put.length > 0) await db.aggregates.bulkPut(put)
  if (remove.length > 0) await db.aggregates.bulkDelete(remove)
  if (put.length > 0 || remove.length > 0) {
    await db.meta.put({ key: CUBE_STAMP_KEY, value: globalThis.crypto.randomUUID() })
  }
}
