import type { AuditEntry } from '@shared/domain/audit'
import type {
  CatalogEntry,
  Department,
  GenerationMode,
  Licence,
  LicenceState,
  Objection,
  UsageRecord
} from '@shared/domain/licences'
import type { SchemaVersion } from './migrations'

/**
 * Index design (本地库索引设计).
 *
 * Scale: 1,000,000 licences with ~3,000,000 embedded status changes and ~1.3 usage records per
 * licence. On this machine's Chromium a bulkPut of ~500-byte rows runs at ~12k rec/s with the
 * primary key alone, ~6.8k with 2 secondary indexes and ~4.5k with 6, so the two big tables keep
 * at most three secondary indexes and everything else a view filters on is derived:
 *
 * licences (证照) — what the licence browser asks for and how it is answered:
 * - `[issuerDepartmentId+issueRank+id]`: 颁发部门 filter, alone or with an issue-date range; also
 *   the unfiltered list and the 证照状态 / 生成方式 / date-only filters, as a merge of the
 *   per-department ranges (≈40 departments, each read newest first, see licence-query.ts).
 * - `[typeCode+issueRank+id]`: 证照类型 filter, alone or with a date range.
 * - `*searchTerms` (multiEntry: upper-cased 证照编号 and 持证主体 name, plus the holder code key
 *   (USCC, or the keyed hash of a natural person's code) for exact look-up): prefix search.
 * `issueRank` is a derived number that sorts newest issue date first, so every page is a forward
 * `getAll` over one key range (IndexedDB reads forwards in bulk, backwards only by cursor) and
 * keyset paging continues after `[prefix, rank, id]`, which is unique. 证照状态 and 生成方式 have
 * 6 and 4 values: indexing them would cost a fourth index for a filter that is answered from the
 * department ranges plus a residual check, guided by the aggregates below.
 *
 * aggregates (统计立方): one row per (department, type, state, mode, issue month) with its
 * count, maintained in the same transaction as every licence write. The dashboard's counts per
 * department/type/state and the browser's `total` are sums over it (a few thousand rows, cached
 * in memory), and the query planner uses it to skip ranges that hold no match.
 *
 * usageRecords (用证记录): by licence for the licence detail, by using unit and time for the
 * bulk-access rule (Art. 31(三)), by time for the dashboard's recent activity.
 *
 * The small tables (departments, catalog, objections) index what their views filter on freely.
 * The audit log is keyed by its chain sequence. settings and meta are key/value stores.
 *
 * Findings, notices and sync state arrive with their issues as the next schema versions.
 */
export const schemaV1: SchemaVersion = {
  version: 1,
  stores: {
    departments: 'id, uscc, parentId',
    catalog: 'id, typeCode, issuerDepartmentId',
    licences: 'id, [issuerDepartmentId+issueRank+id], [typeCode+issueRank+id], *searchTerms',
    aggregates: 'key',
    usageRecords: 'id, [licenceId+usedAt], [usingUnit.uscc+usedAt], usedAt',
    objections: 'id, licenceId, issuerDepartmentId, receivedAt, outcome',
    auditLog: 'seq',
    settings: 'key',
    meta: 'key'
  }
}

/** Every schema version in order; adding v2 is appending one entry. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [schemaV1]

/** A licence as stored: the domain record plus the derived index keys. */
export interface StoredLicence extends Licence {
  /** Sorts newest issue date first; see `issueRankOf`. */
  issueRank: number
  /** Upper-cased prefixes searched by the licence browser. */
  searchTerms: string[]
}

/** One cell of the licence count cube. */
export interface LicenceAggregate {
  /** `department|type|state|mode|YYYY-MM`, see aggregates.ts */
  key: string
  departmentId: string
  typeCode: string
  state: LicenceState
  generationMode: GenerationMode
  /** Issue month `YYYY-MM`; '' for a licence whose 颁发日期 is missing. */
  month: string
  count: number
}

export interface SettingRow {
  key: string
  value: unknown
}

export interface MetaRow {
  key: string
  value: unknown
}

export type { AuditEntry, CatalogEntry, Department, Objection, UsageRecord }
