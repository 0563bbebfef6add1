import type { AuditActionCode } from '@shared/domain/audit'
import { beijingToday } from '@shared/domain/calendar'
import {
  validateCatalogRows,
  validateDepartmentRows,
  validateLicenceRows,
  validateUsageAuthorizationRows,
  type ImportResult,
  type ImportRowError,
  type ImportTable
} from '@shared/domain/imports'
import { writeLicences } from '../licence-writes'
import type { AuditRepository } from './audit'
import type { RepositoryContext } from './context'

export type ImportOutcome =
  { ok: true; written: number } | { ok: false; code: string; errors: ImportRowError[] }

/**
 * 数据导入: a file is validated in full first; a file with any bad row writes nothing and reports
 * every bad row. A good file is written in one audited transaction.
 */
export function createImportRepository(context: RepositoryContext, audit: AuditRepository) {
  const { db } = context

  async function departmentsByUscc() {
    return new Map((await db.departments.toArray()).map((d) => [d.uscc, d]))
  }

  async function commit<T>(
    result: ImportResult<T>,
    action: Extract<AuditActionCode, `import.${string}`>,
    fileName: string,
    write: (records: T[]) => Promise<void>,
    tables: Parameters<AuditRepository['recordChange']>[0]
  ): Promise<ImportOutcome> {
    if (!result.ok) return { ok: false, code: result.code, errors: result.errors }
    await audit.recordChange(
      tables,
      { action, target: `file:${fileName}`, details: { rows: result.records.length } },
      () => write(result.records)
    )
    return { ok: true, written: result.records.length }
  }

  return {
    async departments(table: ImportTable, fileName: string): Promise<ImportOutcome> {
      const result = validateDepartmentRows(table, {
        existingByUscc: await departmentsByUscc(),
        now: context.now().toISOString()
      })
      return commit(
        result,
        'import.departments',
        fileName,
        async (rows) => {
          await db.departments.bulkPut(rows)
        },
        [db.departments]
      )
    },

    async catalog(table: ImportTable, fileName: string): Promise<ImportOutcome> {
      const existing = await db.catalog.toArray()
      const result = validateCatalogRows(table, {
        departmentsByUscc: await departmentsByUscc(),
        existingByTypeCode: new Map(existing.map((entry) => [entry.typeCode, entry])),
        actor: context.actor(),
        now: context.now().toISOString()
      })
      return commit(
        result,
        'import.catalog',
        fileName,
        async (rows) => {
          await db.catalog.bulkPut(rows)
        },
        [db.catalog]
      )
    },

    async licences(table: ImportTable, fileName: string): Promise<ImportOutcome> {
      const now = context.now()
      const result = await validateLicenceRows(table, {
        departmentsByUscc: await departmentsByUscc(),
        holderHash: context.holderHash,
        now: now.toISOString(),
        today: beijingToday(now)
      })
      return commit(
        result,
        'import.licences',
        fileName,
        async (rows) => {
          const existing = await db.licences.bulkGet(rows.map((row) => row.id))
          const revised = rows.map((row, i) => ({ ...row, rev: (existing[i]?.rev ?? 0) + 1 }))
          await writeLicences(db, revised, 'upsert')
        },
        [db.licences, db.aggregates]
      )
    },

    /** 用证授权: the scan's Art. 28 rule reads them; the next scan re-judges the types changed. */
    async usageAuthorizations(table: ImportTable, fileName: string): Promise<ImportOutcome> {
      const [catalog, existing] = await Promise.all([
        db.catalog.toArray(),
        db.usageAuthorizations.toArray()
      ])
      const result = validateUsageAuthorizationRows(table, {
        departmentsByUscc: await departmentsByUscc(),
        catalogTypeCodes: new Set(
          catalog.filter((entry) => !entry.deleted).map((entry) => entry.typeCode)
        ),
        existingById: new Map(existing.map((row) => [row.id, row])),
        now: context.now().toISOString()
      })
      return commit(
        result,
        'import.usageAuthorizations',
        fileName,
        async (rows) => {
          await db.usageAuthorizations.bulkPut(rows)
        },
        [db.usageAuthorizations]
      )
    }
  }
}

export type ImportRepository = ReturnType<typeof createImportRepository>
