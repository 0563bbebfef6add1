import type { AuditActionCode, AuditDetails } from '@shared/domain/audit'
import { openWorkbenchDb } from '../../db/database'
import { createAuditRepository, type AuditRepository } from '../../db/repositories/audit'
import { currentActor } from '../../session/operator'
import { createRepositoryContext } from '../../session/repository-context'
import { useSessionStore } from '../../session/session-store'
import type { AuditSealPort } from '../../db/audit-seal'

/**
 * 审计: every verification and every trust-store change is appended to the hash-chained audit
 * log. The change itself lives in main (the trust store) or nowhere (a verification), so the
 * entry is written alone, after main confirmed the change.
 */
export type SealAuditAction = Extract<AuditActionCode, `seals.${string}`>

export interface SealAudit {
  record(action: SealAuditAction, target: string, details: AuditDetails): Promise<void>
}

let repository: Promise<AuditRepository> | undefined

/** Main's audit seal, as the session holds it once the working copy is open. */
const sessionAuditSeal: AuditSealPort = {
  seal: (request) => useSessionStore().auditSeal().seal(request),
  commit: (seq, mac) => useSessionStore().auditSeal().commit(seq, mac)
}

function auditRepository(): Promise<AuditRepository> {
  repository ??= openWorkbenchDb().then((db) =>
    createAuditRepository(createRepositoryContext(db, currentActor, undefined, sessionAuditSeal))
  )
  return repository
}

export const sealAudit: SealAudit = {
  async record(action, target, details) {
    const audit = await auditRepository()
    await audit.recordChange([], { action, target, details }, async () => undefined)
  }
}
