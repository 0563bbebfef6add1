import type { CatalogEntry } from '../licences/catalog-entry'
import type { Department } from '../licences/department'
import type { Licence } from '../licences/licence'
import type { Objection } from '../licences/objection'
import type { UsageAuthorization } from '../licences/usage-authorization'
import type { UsageRecord } from '../licences/usage-record'
import type { RectificationNotice } from './notice'
import type { UnitDay } from './rule'

/** The small tables, read whole at the start of every scan. */
export interface ComplianceReference {
  departments: readonly Department[]
  catalog: readonly CatalogEntry[]
  /** 用证授权, which Art. 28's rule judges every use against. */
  usageAuthorizations: readonly UsageAuthorization[]
  notices: readonly RectificationNotice[]
}

export interface SourceCounts {
  licences: number
  usageRecords: number
  objections: number
}

/**
 * Where a scan reads its records: the demo generator or NDJSON files in Node, Dexie in the
 * renderer's worker. Large tables arrive in batches, so memory stays proportional to a batch;
 * tombstoned rows (`deleted`) may be included and are skipped by the engine.
 */
export interface ComplianceSource {
  reference(): Promise<ComplianceReference>
  licences(): AsyncIterable<readonly Licence[]>
  usageRecords(): AsyncIterable<readonly UsageRecord[]>
  objections(): AsyncIterable<readonly Objection[]>
  /** Totals for progress percentages; a source that cannot count cheaply leaves it out. */
  counts?(): Promise<SourceCounts>
  /** In the order asked; undefined for ids not stored. */
  licencesById(ids: readonly string[]): Promise<readonly (Licence | undefined)[]>
}

/** The look-ups an incremental re-scan needs (Dexie answers each from an index). */
export interface IncrementalComplianceSource extends ComplianceSource {
  usageRecordsById(ids: readonly string[]): Promise<readonly (UsageRecord | undefined)[]>
  objectionsById(ids: readonly string[]): Promise<readonly (Objection | undefined)[]>
  licencesOfTypeCodes(typeCodes: readonly string[]): AsyncIterable<readonly Licence[]>
  usageRecordsOfLicences(licenceIds: readonly string[]): AsyncIterable<readonly UsageRecord[]>
  usageRecordsOfTypeCodes(typeCodes: readonly string[]): AsyncIterable<readonly UsageRecord[]>
  /** Usage by these units on these Beijing dates (`usedAt`). */
  usageRecordsOfUnitDays(unitDays: readonly UnitDay[]): AsyncIterable<readonly UsageRecord[]>
}

/** What changed since the previous scan, by id; the reference tables are always re-read. */
export interface ChangeSet {
  licenceIds?: readonly string[]
  usageRecordIds?: readonly string[]
  objectionIds?: readonly string[]
}
