import type { Dexie, Transaction } from 'dexie'
import { CodedError } from '@shared/contract'
import { message, type ErrorValue } from '@shared/i18n/message'

/**
 * One version of the local schema (数据结构版本). `stores` lists every table that changes in this
 * version (Dexie syntax; `null` drops a table); `upgrade` rewrites existing rows when the shape
 * of the data changes. Versions are applied in order, so an installation on any older version
 * is brought forward one step at a time.
 */
export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void>
}

/** `errors.schema.versionOrder`: the `position`-th version is v`actual`, not v`position`. */
export type SchemaVersionsProblem = ErrorValue

/** Versions must rise strictly from 1, otherwise Dexie would apply them in a different order. */
export function checkSchemaVersions(
  versions: readonly SchemaVersion[]
): SchemaVersionsProblem | null {
  for (const [index, entry] of versions.entries()) {
    if (entry.version !== index + 1) {
      return message('errors.schema.versionOrder', {
        position: index + 1,
        actual: entry.version
      })
    }
  }
  return null
}

/** Declares every version on `db`; Dexie runs the upgrades an opened database still needs. */
export function declareSchemaVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  const problem = checkSchemaVersions(versions)
  if (problem) throw new CodedError(problem, 'schema versions out of order')
  for (const entry of versions) {
    const declared = db.version(entry.version).stores(entry.stores)
    if (entry.upgrade) declared.upgrade(entry.upgrade)
  }
}
