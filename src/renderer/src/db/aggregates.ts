import type { GenerationMode, Licence, LicenceState } from '@shared/domain/licences'
import type { LicenceAggregate } from './schema'

type CountedFields = Pick<Licence, 'issuerDepartmentId' | 'typeCode' | 'state' | 'generationMode'>

export function aggregateKeyOf(licence: CountedFields): string {
  return [licence.issuerDepartmentId, licence.typeCode, licence.state, licence.generationMode].join(
    '|'
  )
}

/**
 * The changes to the count cube caused by replacing `before` rows with `after` rows (a missing
 * `before` is an insert, a deleted row counts as gone). Keys whose delta nets to zero are left
 * out, so rewriting a row unchanged touches no cell.
 */
export function aggregateDeltas(
  changes: readonly {
    before: (CountedFields & { deleted: boolean }) | undefined
    after: CountedFields & { deleted: boolean }
  }[]
): Map<string, { cell: CountedFields; delta: number }> {
  const deltas = new Map<string, { cell: CountedFields; delta: number }>()
  const add = (licence: CountedFields & { deleted: boolean }, delta: number) => {
    if (licence.deleted) return
    const key = aggregateKeyOf(licence)
    const current = deltas.get(key)
    if (current) current.delta += delta
    else deltas.set(key, { cell: licence, delta })
  }
  for (const { before, after } of changes) {
    if (before) add(before, -1)
    add(after, 1)
  }
  for (const [key, { delta }] of deltas) if (delta === 0) deltas.delete(key)
  return deltas
}

/** Applies deltas to the current cells (those present among `current`), giving the rows to put. */
export function applyAggregateDeltas(
  current: readonly (LicenceAggregate | undefined)[],
  deltas: Map<string, { cell: CountedFields; delta: number }>
): { put: LicenceAggregate[]; remove: string[] } {
  const byKey = new Map(current.filter((row) => row !== undefined).map((row) => [row.key, row]))
  const put: LicenceAggregate[] = []
  const remove: string[] = []
  for (const [key, { cell, delta }] of deltas) {
    const count = (byKey.get(key)?.count ?? 0) + delta
    if (count <= 0) remove.push(key)
    else
      put.push({
        key,
        departmentId: cell.issuerDepartmentId,
        typeCode: cell.typeCode,
        state: cell.state as LicenceState,
        generationMode: cell.generationMode as GenerationMode,
        count
      })
  }
  return { put, remove }
}
