import type { Objection, ObjectionOutcome } from '@shared/domain/licences'
import { message } from '@shared/i18n/message'
import { noteChanges } from '../compliance-changes'
import type { AuditRepository } from './audit'
import { failure, ok, type RepoResult, type RepositoryContext } from './context'

/** 异议复核 (Art. 24) */
export function createObjectionRepository(context: RepositoryContext, audit: AuditRepository) {
  const { db } = context
  return {
    async list(
      filter: { issuerDepartmentId?: string; outcome?: ObjectionOutcome } = {}
    ): Promise<Objection[]> {
      const rows =
        filter.issuerDepartmentId === undefined
          ? await db.objections.orderBy('receivedAt').reverse().toArray()
          : await db.objections
              .where('issuerDepartmentId')
              .equals(filter.issuerDepartmentId)
              .reverse()
              .sortBy('receivedAt')
      return rows.filter(
        (row) => !row.deleted && (filter.outcome === undefined || row.outcome === filter.outcome)
      )
    },

    async get(id: string): Promise<Objection | undefined> {
      const row = await db.objections.get(id)
      return row && !row.deleted ? row : undefined
    },

    async forLicence(licenceId: string): Promise<Objection[]> {
      return db.objections.where('licenceId').equals(licenceId).toArray()
    },

    async put(objections: readonly Objection[], reason: string): Promise<void> {
      await audit.recordChange(
        [db.objections],
        {
          action: 'objection.put',
          target: objections.length === 1 ? `objection:${objections[0]?.id}` : 'objections',
          details: { count: objections.length, reason }
        },
        async () => {
          await db.objections.bulkPut([...objections])
          await noteChanges(
            db,
            'objectionIds',
            objections.map((objection) => objection.id)
          )
        }
      )
    },

    /**
     * Records the 答复 of a pending objection; audited. Refused with `errors.objection.notFound`
     * or `errors.objection.alreadyReplied`.
     */
    async reply(
      id: string,
      outcome: Exclude<ObjectionOutcome, 'pending'>
    ): Promise<RepoResult<Objection>> {
      const current = await db.objections.get(id)
      if (!current || current.deleted) return failure(message('errors.objection.notFound'))
      if (current.repliedAt !== null) return failure(message('errors.objection.alreadyReplied'))
      const at = context.now().toISOString()
      const next: Objection = {
        ...current,
        outcome,
        repliedAt: at,
        rev: current.rev + 1,
        updatedAt: at
      }
      await audit.recordChange(
        [db.objections],
        { action: 'objection.reply', target: `objection:${id}`, details: { outcome } },
        async () => {
          await db.objections.put(next)
          await noteChanges(db, 'objectionIds', [id])
        }
      )
      return ok(next)
    }
  }
}

export type ObjectionRepository = ReturnType<typeof createObjectionRepository>
