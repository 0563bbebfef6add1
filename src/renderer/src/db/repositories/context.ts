import { fail, type RpcFailure } from '@shared/contract'
import type { HolderCodeHasher } from '@shared/domain/privacy'
import type { WorkbenchDb } from '../database'
import type { AuditSealPort } from '../audit-seal'

/** What every repository needs besides the database: who acts, and when. */
export interface RepositoryContext {
  db: WorkbenchDb
  /** The signed-in user's display name, recorded in the audit log (操作人). */
  actor: () => string
  now: () => Date
  /** Main, which keys every audit entry before it is written (the key never leaves main). */
  auditSeal: AuditSealPort
  /** The keyed hash of full 证件号码 (main's, through RPC): writes and exact searches use it. */
  holderHash: HolderCodeHasher
}

/**
 * Errors crossing the repository boundary are error values, the one shape RPC and the workers
 * use: `{ok: false, error: {code, params, detail?}}`, put into words where they are shown.
 */
export type RepoResult<T> = { ok: true; data: T } | RpcFailure

export function ok<T>(data: T): { ok: true; data: T } {
  return { ok: true, data }
}

/** A refusal: the error value (code and params only) and, apart from it, the developer's detail. */
export const failure = fail
