import type { Licence } from '../licences/licence'
import type { Objection } from '../licences/objection'
import type { UsageRecord } from '../licences/usage-record'
import { beijingDayNumber, isoDateOf } from './deadlines'
import type { ComplianceReference, IncrementalComplianceSource } from './ports'
import { unitDayKey } from './rule'

export interface ComplianceTables extends ComplianceReference {
  licences: readonly Licence[]
  usageRecords: readonly UsageRecord[]
  objections: readonly Objection[]
}

const DEFAULT_BATCH_SIZE = 10_000

async function* batches<T>(rows: readonly T[], size: number): AsyncGenerator<readonly T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size)
}

function indexBy<T, K>(rows: readonly T[], keyOf: (row: T) => K | undefined): Map<K, T[]> {
  const index = new Map<K, T[]>()
  for (const row of rows) {
    const key = keyOf(row)
    if (key === undefined) continue
    const list = index.get(key)
    if (list) list.push(row)
    else index.set(key, [row])
  }
  return index
}

function lazy<T>(build: () => T): () => T {
  let value: T | undefined
  return () => (value ??= build())
}

/**
 * A source over arrays held in memory: the CLI over the demo city or NDJSON files, the
 * benchmark and the tests. The tables are read, never copied, so a record edited in place is
 * re-read as edited. Indexes are built on first use: a caller that adds rows or edits an indexed
 * field (id, type code, licence, unit, use time) afterwards makes a new source.
 */
export function createInMemoryComplianceSource(
  tables: ComplianceTables,
  options: { batchSize?: number } = {}
): IncrementalComplianceSource {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE
  const licenceById = lazy(() => new Map(tables.licences.map((licence) => [licence.id, licence])))
  const usageById = lazy(() => new Map(tables.usageRecords.map((usage) => [usage.id, usage])))
  const objectionById = lazy(
    () => new Map(tables.objections.map((objection) => [objection.id, objection]))
  )
  const licencesByType = lazy(() => indexBy(tables.licences, (licence) => licence.typeCode))
  const usageByLicence = lazy(() => indexBy(tables.usageRecords, (usage) => usage.licenceId))
  const usageByType = lazy(() => indexBy(tables.usageRecords, (usage) => usage.typeCode))
  const usageByUnitDay = lazy(() =>
    indexBy(tables.usageRecords, (usage) => {
      const day = beijingDayNumber(usage.usedAt)
      return day === undefined
        ? undefined
        : unitDayKey({ uscc: usage.usingUnit.uscc, date: isoDateOf(day) })
    })
  )
  async function* select<K, T>(
    index: Map<K, T[]>,
    keys: readonly K[]
  ): AsyncGenerator<readonly T[]> {
    const rows = [...new Set(keys)].flatMap((key) => index.get(key) ?? [])
    yield* batches(rows, size)
  }

  return {
    reference: async () => ({
      departments: tables.departments,
      catalog: tables.catalog,
      usageAuthorizations: tables.usageAuthorizations,
      notices: tables.notices
    }),
    licences: () => batches(tables.licences, size),
    usageRecords: () => batches(tables.usageRecords, size),
    objections: () => batches(tables.objections, size),
    counts: async () => ({
      licences: tables.licences.length,
      usageRecords: tables.usageRecords.length,
      objections: tables.objections.length
    }),
    licencesById: async (ids) => ids.map((id) => licenceById().get(id)),
    usageRecordsById: async (ids) => ids.map((id) => usageById().get(id)),
    objectionsById: async (ids) => ids.map((id) => objectionById().get(id)),
    licencesOfTypeCodes: (typeCodes) => select(licencesByType(), typeCodes),
    usageRecordsOfLicences: (licenceIds) => select(usageByLicence(), licenceIds),
    usageRecordsOfTypeCodes: (typeCodes) => select(usageByType(), typeCodes),
    usageRecordsOfUnitDays: (unitDays) => select(usageByUnitDay(), unitDays.map(unitDayKey))
  }
}
