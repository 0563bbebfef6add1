import type { CatalogEntry } from '@shared/domain/licences'
import type { AuditRepository } from './audit'
import type { RepositoryContext } from './context'

/** 证照目录 */
export function createCatalogRepository(context: RepositoryContext, audit: AuditRepository) {
  const { db } = context
  return {
    async list(filter: { issuerDepartmentId?: string } = {}): Promise<CatalogEntry[]> {
      const rows =
        filter.issuerDepartmentId === undefined
          ? await db.catalog.toArray()
          : await db.catalog.where('issuerDepartmentId').equals(filter.issuerDepartmentId).toArray()
      return rows.filter((entry) => !entry.deleted)
    },

    async get(id: string): Promise<CatalogEntry | undefined> {
      return db.catalog.get(id)
    },

    async byTypeCode(typeCode: string): Promise<CatalogEntry | undefined> {
      return db.catalog.where('typeCode').equals(typeCode).first()
    },

    async put(entries: readonly CatalogEntry[], reason: string): Promise<void> {
      await audit.recordChange(
        [db.catalog],
        {
          action: 'catalog.put',
          target: entries.length === 1 ? `catalog:${entries[0]?.id}` : 'catalog',
          details: { count: entries.length, reason }
        },
        async () => {
          await db.catalog.bulkPut([...entries])
        }
      )
    }
  }
}

export type CatalogRepository = ReturnType<typeof createCatalogRepository>
