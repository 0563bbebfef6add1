import type { AuditActionCode, AuditDetails } from '@shared/domain/audit'
import { openWorkbenchDb } from '../../db/database'
import { createAuditRepository, type AuditRepository } from '../../db/repositories/audit'
import { createRepositoryContext } from '../../session/repository-context'

/**
 * 审计: every verification and every trust-store change is appended to the hash-chained audit
 * log. The change itself lives in main (the trust store) or nowhere (a verification), so the
 * entry is written alone, after main confirmed the change.
 */
export type SealAuditAction = Extract<AuditActionCode, `seals.${string}`>

export interface SealAudit {
  record(action: SealAuditAction, target: string, details: AuditDetails): Promise<void>
}

/** Until sign-in exists, the workstation's operator is recorded under this name. */
export const WORKSTATION_ACTOR = '本机管理员'

let repository: Promise<AuditRepository> | undefined

function auditRepository(): Promise<AuditRepository> {
  repository ??= openWorkbenchDb().then((db) =>
    createAuditRepository(createRepositoryContext(db, () => WORKSTATION_ACTOR))
  )
  return repository
}

export const sealAudit: SealAudit = {
  async record(action, target, details) {
    const audit = await auditRepository()
    await audit.recordChange([], { action, target, details }, async () => undefined)
  }
}
