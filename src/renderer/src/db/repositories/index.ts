import { createAuditRepository } from './audit'
import { createCatalogRepository } from './catalog'
import { createComplianceRepository } from './compliance'
import type { RepositoryContext } from './context'
import { createDepartmentRepository } from './departments'
import { createImportRepository } from './imports'
import { createLicenceRepository } from './licences'
import { createNoticeRepository } from './notices'
import { createObjectionRepository } from './objections'
import { createSettingsRepository } from './settings'
import { createUsageRepository } from './usage'

export type { RepositoryContext, RepoResult } from './context'
export type { ImportOutcome } from './imports'
export type { FindingFilter } from './compliance'
export type { NoticeResult } from './notices'
export type { LicenceFilter, LicenceCursor, LicencePage, LicencePageRequest } from './licences'

/** The only way views and stores reach Dexie. */
export function createRepositories(context: RepositoryContext) {
  const audit = createAuditRepository(context)
  return {
    audit,
    departments: createDepartmentRepository(context, audit),
    catalog: createCatalogRepository(context, audit),
    licences: createLicenceRepository(context, audit),
    usage: createUsageRepository(context, audit),
    objections: createObjectionRepository(context, audit),
    settings: createSettingsRepository(context, audit),
    imports: createImportRepository(context, audit),
    compliance: createComplianceRepository(context, audit),
    notices: createNoticeRepository(context, audit)
  }
}

export type Repositories = ReturnType<typeof createRepositories>
