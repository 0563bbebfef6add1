import { Dexie } from 'dexie'
import type { UsageRecord } from '@shared/domain/licences'
import { noteChanges } from '../compliance-changes'
import type { AuditRepository } from './audit'
import type { RepositoryContext } from './context'

/** 用证记录, and the 用证授权 they are judged against. */
export function createUsageRepository(context: RepositoryContext, audit: AuditRepository) {
  const { db } = context
  return {
    /** A licence's uses, newest first. */
    async forLicence(licenceId: string, limit = 100): Promise<UsageRecord[]> {
      return db.usageRecords
        .where('[licenceId+usedAt]')
        .between([licenceId, Dexie.minKey], [licenceId, Dexie.maxKey])
        .reverse()
        .limit(limit)
        .toArray()
    },

    /** One using unit's uses in `[from, to)` (ISO instants), oldest first. */
    async forUnit(uscc: string, from: string, to: string): Promise<UsageRecord[]> {
      return db.usageRecords
        .where('[usingUnit.uscc+usedAt]')
        .between([uscc, from], [uscc, to])
        .toArray()
    },

    /** One use, e.g. a record a compliance finding names as its evidence. */
    get: (id: string): Promise<UsageRecord | undefined> => db.usageRecords.get(id),

    async recent(limit: number): Promise<UsageRecord[]> {
      return db.usageRecords.orderBy('usedAt').reverse().limit(limit).toArray()
    },

    async count(): Promise<number> {
      return db.usageRecords.count()
    },

    /** 用证授权 held, deleted ones left out. */
    async authorizationCount(): Promise<number> {
      return db.usageAuthorizations.filter((row) => !row.deleted).count()
    },

    async put(records: readonly UsageRecord[], reason: string): Promise<void> {
      await audit.recordChange(
        [db.usageRecords],
        {
          action: 'usage.put',
          target: records.length === 1 ? `usage:${records[0]?.id}` : 'usageRecords',
          details: { count: records.length, reason }
        },
        async () => {
          await db.usageRecords.bulkPut([...records])
          await noteChanges(
            db,
            'usageRecordIds',
            records.map((record) => record.id)
          )
        }
      )
    }
  }
}

export type UsageRepository = ReturnType<typeof createUsageRepository>
