import type { Department } from '@shared/domain/licences'
import type { AuditRepository } from './audit'
import type { RepositoryContext } from './context'

/** 政务部门 */
export function createDepartmentRepository(context: RepositoryContext, audit: AuditRepository) {
  const { db } = context
  return {
    async list(): Promise<Department[]> {
      return (await db.departments.toArray()).filter((department) => !department.deleted)
    },

    async get(id: string): Promise<Department | undefined> {
      return db.departments.get(id)
    },

    async byUscc(uscc: string): Promise<Department | undefined> {
      return db.departments.where('uscc').equals(uscc).first()
    },

    /** A department and the ones under it, for filters that include subordinate branches. */
    async withDescendants(id: string): Promise<string[]> {
      const all = await db.departments.toArray()
      const ids = [id]
      for (let i = 0; i < ids.length; i++) {
        for (const child of all) if (child.parentId === ids[i]) ids.push(child.id)
      }
      return ids
    },

    async put(departments: readonly Department[], reason: string): Promise<void> {
      await audit.recordChange(
        [db.departments],
        {
          action: 'department.put',
          target: departments.length === 1 ? `department:${departments[0]?.id}` : 'departments',
          details: { count: departments.length, reason }
        },
        async () => {
          await db.departments.bulkPut([...departments])
        }
      )
    }
  }
}

export type DepartmentRepository = ReturnType<typeof createDepartmentRepository>
