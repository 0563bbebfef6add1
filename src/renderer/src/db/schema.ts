import type { AuditEntry } from '@shared/domain/audit'
import type { PrecomputedLicence } from '@shared/domain/compliance'
import type {
  RectificationNotice,
  StoredFindingValue,
  WrittenCircular
} from '@shared/domain/compliance'
import type {
  CatalogEntry,
  Department,
  GenerationMode,
  Licence,
  LicenceState,
  Objection,
  UsageAuthorization,
  UsageRecord
} from '@shared/domain/licences'
import type { Mutation } from '@shared/domain/sync/protocol'
import type { SchemaVersion } from './migrations'
import { moveLegacyUsageAuthorizations } from './usage-authorization-migration'
import { remaskPersonalData } from './personal-data-migration'

/**
 * Index design (本地库索引设计).
 *
 * Scale: 1,000,000 licences with ~3,000,000 embedded status changes and ~1.3 usage records per
 * licence. On this machine's Chromium a bulkPut of ~500-byte rows runs at ~12k rec/s with the
 * primary key alone, ~6.8k with 2 secondary indexes and ~4.5k with 6, so the two big tables keep
 * at most three secondary indexes and everything else a view filters on is derived:
 *
 * licences (证照) — what the licence browser asks for and how it is answered:
 * - `[issuerDepartmentId+issueRank+id]`: 颁发部门 filter, alone or with a date range.
 * - `[typeCode+issueRank+id]`: 证照类型 filter, alone or with a date range.
 * - `[issueRank+id]` (v7): the unfiltered list, the date-only filter and filters most licences
 *   match, as one range; the lookupKeys merge below stays for the rarer states and modes.
 * - `*lookupKeys` (multiEntry): the upper-cased 证照编号 and 持证主体 name and the holder's code key
 *   (the USCC, or a prefix of a natural person's keyed hash) as strings, for prefix search and
 *   exact holder look-up; plus one array key `[state, generationMode, issueRank, id]`, which IDB
 *   sorts after every string. That key answers 证照状态 and 生成方式 filters, the date-only
 *   filter and the unfiltered list as a merge of at most 24 (state, mode) ranges (in practice the
 *   dozen the cube says are non-empty). Four entries per licence in one index: the write cost of
 *   an entry is paid once either way, and the load benchmark measures it against raw puts.
 * `issueRank` is a derived number that sorts the newest issue date first, so every range is read
 * forwards in bulk (`getAll`) and keyset paging resumes after `[…prefix, rank, id]`, which is
 * unique. Whichever filter is given, the planner picks the ranges that the count cube says hold
 * the fewest rows to scan; checks the chosen index does not cover are applied to the rows read.
 *
 * aggregates (统计立方): one row per (department, type, state, mode) with its count, maintained
 * in the same transaction as every licence write. The dashboard's counts per department/type/
 * state and the browser's `total` are sums over it (hundreds of rows, cached in memory), and the
 * query planner uses it to choose ranges and skip those with no match. It has no time axis on
 * purpose: with one, a batch of 1,000 licences touched ~800 cells instead of ~300, which the load
 * pays for; counts over a date range are index `count()`s over the licence ranges instead.
 *
 * usageRecords (用证记录): by licence for the licence detail, by using unit and time for the
 * bulk-access rule (Art. 31(三)), by time for the dashboard's recent activity.
 *
 * The small tables (departments, catalog, objections) index what their views filter on freely.
 * The audit log is keyed by its chain sequence. settings and meta are key/value stores.
 *
 * Sync state arrives with its issue as the next schema version.
 */
export const schemaV1: SchemaVersion = {
  version: 1,
  stores: {
    departments: 'id, uscc, parentId',
    catalog: 'id, typeCode, issuerDepartmentId',
    licences: 'id, [issuerDepartmentId+issueRank+id], [typeCode+issueRank+id], *lookupKeys',
    aggregates: 'key',
    usageRecords: 'id, [licenceId+usedAt], [usingUnit.uscc+usedAt], usedAt',
    objections: 'id, licenceId, issuerDepartmentId, receivedAt, outcome',
    auditLog: 'seq',
    settings: 'key',
    meta: 'key'
  }
}

/**
 * v2 — 合规监测 (Art. 31): findings keyed by their stable id (`<rule>:<subject>`), listed per
 * department and status (the heat map, the notice draft) and per rule (the list filter);
 * 整改通知 by department and status; 书面通报 by the notice they escalate. No existing row changes
 * shape, so there is no upgrade step: v1 data opens under v2 as it was.
 */
export const schemaV2: SchemaVersion = {
  version: 2,
  stores: {
    findings: 'id, [departmentId+status], ruleId',
    notices: 'id, departmentId, status',
    circulars: 'id, noticeId'
  }
}

/**
 * v3 — 用证授权 (Art. 28) become a table of their own, one row per using unit and licence type,
 * listed by type and by unit. Before, only the demo city had them, as the meta entry
 * `demo.usageAuthorizations`; the upgrade moves that entry's rows into the table and removes it.
 */
export const schemaV3: SchemaVersion = {
  version: 3,
  stores: { usageAuthorizations: 'id, typeCode, unit.uscc' },
  upgrade: (tx) => moveLegacyUsageAuthorizations(tx, new Date().toISOString())
}

/**
 * v4 — personal data that cannot be recovered: stored masks narrowed and ID numbers in licence
 * numbers, names, findings, notices and circulars masked (see personal-data-migration.ts). The
 * tables keep their indexes.
 */
export const schemaV4: SchemaVersion = {
  version: 4,
  stores: {},
  upgrade: (tx) => remaskPersonalData(tx)
}

/**
 * v5 — sync with 市统一电子证照库: the outbox of the bureau's own changes waiting to be sent
 * (in clientSeq order, each with its stable mutation id) and the 冲突 list of changes the library
 * did not take. The sync cursor lives in meta. No existing row changes.
 */
export const schemaV5: SchemaVersion = {
  version: 5,
  stores: { outbox: 'clientSeq, &mutationId', syncConflicts: 'mutationId, table, status' }
}

/**
 * v6 — heads of the 审计日志 the library witnessed (存证), every workstation's, as the change
 * feed brings them: 校验完整性 checks this workstation's log against its own. No existing row
 * changes.
 */
export const schemaV6: SchemaVersion = {
  version: 6,
  stores: { auditHeads: 'id, clientId' }
}

/**
 * v7 — `[issueRank+id]` on licences: the unfiltered list (the licence browser as it opens) and
 * filters that most licences match are one range read newest first, instead of a merge of up to
 * 24 (state, mode) ranges; the planner picks it when the cube says it is cheaper. IndexedDB fills
 * the index from the stored rows during the upgrade; no row changes.
 */
export const schemaV7: SchemaVersion = {
  version: 7,
  stores: {
    licences:
      'id, [issuerDepartmentId+issueRank+id], [typeCode+issueRank+id], [issueRank+id], *lookupKeys'
  }
}

/** Every schema version in order; adding v8 is appending one entry. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  schemaV1,
  schemaV2,
  schemaV3,
  schemaV4,
  schemaV5,
  schemaV6,
  schemaV7
]

/** A workstation's audit head as the library keeps it (see outbox.ts `queueAuditHead`). */
export interface AuditHeadRow {
  id: string
  rev: number
  clientId: string
  seq: number
  hash: string
  mac: string | null
  anchoredAt: string
}

/** A change the library answered with conflict or rejected, kept for the auditor (冲突). */
export interface SyncConflictRow {
  mutationId: string
  table: string
  status: 'conflict' | 'rejected'
  /** What this workstation sent. */
  mutation: Mutation
  /** The library's version, which the working copy now holds (conflicts). */
  library: Record<string, unknown> | null
  error: { code: string; params: Record<string, unknown> } | null
}

/**
 * A finding as stored: `departmentId` null is kept as '' so the compound index lists it
 * (IndexedDB leaves rows with a null key part out of an index). Rows written before findings
 * carried messages hold Chinese text in `explanation`, `title` and `article`; `fromStoredFinding`
 * reads them tolerantly, so no upgrade step rewrites them.
 */
export interface StoredFinding extends Omit<StoredFindingValue, 'departmentId'> {
  departmentId: string
}

/** A search term, or the `[state, generationMode, issueRank, id]` browse key. */
export type LookupKey = string | [LicenceState, GenerationMode, number, string]

/** A licence as stored: the domain record plus the derived index keys. */
export interface StoredLicence extends Licence {
  /** Sorts newest issue date first; see `issueRankOf`. */
  issueRank: number
  /** Search terms, and the (state, mode) browse key; see the index design above. */
  lookupKeys: LookupKey[]
  /**
   * What the compliance rules would otherwise parse on every scan (入库预计算). Every write sets
   * it; rows written before it existed lack it until their next write, and are computed then.
   */
  precomputed?: PrecomputedLicence
}

/** One cell of the licence count cube. */
export interface LicenceAggregate {
  /** `department|type|state|mode`, see aggregates.ts */
  key: string
  departmentId: string
  typeCode: string
  state: LicenceState
  generationMode: GenerationMode
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

export type {
  AuditEntry,
  CatalogEntry,
  Department,
  Objection,
  RectificationNotice,
  UsageAuthorization,
  UsageRecord,
  WrittenCircular
}
