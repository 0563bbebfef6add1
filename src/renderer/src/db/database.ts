import { Dexie, type Table } from 'dexie'
import type { Mutation } from '@shared/domain/sync/protocol'
import { declareSchemaVersions, type SchemaVersion } from './migrations'
import {
  SCHEMA_VERSIONS,
  type AuditEntry,
  type AuditHeadRow,
  type CatalogEntry,
  type Department,
  type LicenceAggregate,
  type MetaRow,
  type Objection,
  type RectificationNotice,
  type SettingRow,
  type StoredFinding,
  type StoredLicence,
  type SyncConflictRow,
  type UsageAuthorization,
  type UsageRecord,
  type WrittenCircular
} from './schema'

/** The IndexedDB database of the installation (本地工作副本). */
export const DEFAULT_DB_NAME = 'elicense-workbench'

/** The local working copy: every table of the current schema, typed. */
export class WorkbenchDb extends Dexie {
  departments!: Table<Department, string>
  catalog!: Table<CatalogEntry, string>
  licences!: Table<StoredLicence, string>
  aggregates!: Table<LicenceAggregate, string>
  usageRecords!: Table<UsageRecord, string>
  usageAuthorizations!: Table<UsageAuthorization, string>
  objections!: Table<Objection, string>
  auditLog!: Table<AuditEntry, number>
  settings!: Table<SettingRow, string>
  meta!: Table<MetaRow, string>
  findings!: Table<StoredFinding, string>
  notices!: Table<RectificationNotice, string>
  circulars!: Table<WrittenCircular, string>
  outbox!: Table<Mutation, number>
  syncConflicts!: Table<SyncConflictRow, string>
  auditHeads!: Table<AuditHeadRow, string>

  constructor(name: string, versions: readonly SchemaVersion[]) {
    super(name)
    declareSchemaVersions(this, versions)
  }
}

export interface OpenOptions {
  name?: string
  /** Tests pass a longer list to simulate a later version. */
  versions?: readonly SchemaVersion[]
}

/** Opens (creating or upgrading) the local database. */
export async function openWorkbenchDb(options: OpenOptions = {}): Promise<WorkbenchDb> {
  const db = new WorkbenchDb(options.name ?? DEFAULT_DB_NAME, options.versions ?? SCHEMA_VERSIONS)
  await db.open()
  return db
}

/** Tables holding the city's data, as opposed to the audit log, settings and meta. */
export const DATA_TABLES = [
  'departments',
  'catalog',
  'licences',
  'aggregates',
  'usageRecords',
  'usageAuthorizations',
  'objections',
  'findings',
  'notices',
  'circulars'
] as const
