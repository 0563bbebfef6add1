import type { WorkbenchDb } from '../db/database'
import { CodedError } from '@shared/contract'
import type { HolderCodeHasher } from '@shared/domain/privacy'
import { message } from '@shared/i18n/message'
import type { RepositoryContext } from '../db/repositories/context'
import { currentActor } from './operator'
import type { AuditSealPort } from '../db/audit-seal'

/**
 * The one way the renderer and its workers build what repositories need: main's holder hash
 * (a worker reaches it through the window that started it), the wall clock, and the acting
 * operator (a worker is told who started it).
 */
export function createRepositoryContext(
  db: WorkbenchDb,
  actor: () => string = currentActor,
  holderHash: HolderCodeHasher = noHolderHash,
  auditSeal: AuditSealPort = unavailableAuditSeal
): RepositoryContext {
  return { db, actor, now: () => new Date(), holderHash, auditSeal }
}

/** Before main is reached no change can be audited, so none is made. */
export const unavailableAuditSeal: AuditSealPort = {
  seal: () =>
    Promise.reject(
      new CodedError(message('audit.append.unavailable'), 'no audit seal in this context')
    ),
  commit: async () => undefined
}

/** For contexts that never hash (the compliance scan, the seal desk's audit). */
export const noHolderHash: HolderCodeHasher = () =>
  Promise.reject(
    new CodedError(message('privacy.error.hashUnavailable'), 'no holder hash in this context')
  )
