import type { HolderKeyProvider } from '../holder-key'
import type { WorkbenchDb } from '../database'

/** What every repository needs besides the database: who acts, and when. */
export interface RepositoryContext {
  db: WorkbenchDb
  /** The signed-in user's display name, recorded in the audit log (操作人). */
  actor: () => string
  now: () => Date
  holderKeys: HolderKeyProvider
}

/** Errors crossing the repository boundary are values with a stable code. */
export type RepoResult<T, Code extends string = string> =
  { ok: true; data: T } | { ok: false; code: Code; message: string }

export function ok<T>(data: T): { ok: true; data: T } {
  return { ok: true, data }
}

export function failure<Code extends string>(
  code: Code,
  message: string
): { ok: false; code: Code; message: string } {
  return { ok: false, code, message }
}
