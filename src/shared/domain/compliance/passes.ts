import type { Licence } from '../licences/licence'
import type { Objection } from '../licences/objection'
import type { UsageRecord } from '../licences/usage-record'
import { beijingDayNumber } from './deadlines'
import type { PreparedRules } from './evaluation'
import type { ComplianceSource } from './ports'
import { precomputedOf, type LicenceWithPrecomputed } from './precomputed'

export type ScanPhase = 'reference' | 'licences' | 'usageRecords' | 'objections' | 'done'

export interface ScanProgress {
  phase: ScanPhase
  /** Records of this phase read so far. */
  processed: number
  /** Records of this phase in all, when the source can count them. */
  total: number | null
}

export interface PassControl {
  signal?: AbortSignal
  onProgress?: (progress: ScanProgress) => void
  totals?: { licences: number; usageRecords: number; objections: number }
}

/** Thrown inside the passes only, turned into an error value by the engine. */
export class ScanAborted extends Error {
  constructor() {
    super('scan aborted')
    this.name = 'ScanAborted'
  }
}

export function checkAborted(control: PassControl): void {
  if (control.signal?.aborted) throw new ScanAborted()
}

function report(
  control: PassControl,
  phase: Exclude<ScanPhase, 'reference' | 'done'>,
  processed: number
): void {
  control.onProgress?.({ phase, processed, total: control.totals?.[phase] ?? null })
}

/**
 * One pass over licences: every licence rule on every licence, with the licence's precomputed
 * part (stored, or computed here for rows without it), then `visit` (for totals).
 */
export async function licencePass(
  rules: PreparedRules,
  batches: AsyncIterable<readonly LicenceWithPrecomputed[]>,
  control: PassControl,
  visit?: (licence: Licence) => void
): Promise<number> {
  const checks = rules.licence
  const codes = rules.context.codes
  let processed = 0
  for await (const batch of batches) {
    checkAborted(control)
    for (const licence of batch) {
      if (licence.deleted) continue
      const precomputed = precomputedOf(licence, codes)
      for (let i = 0; i < checks.length; i++) {
        const rule = checks[i]
        if (rule) rule.check(licence, rule.emit, precomputed)
      }
      visit?.(licence)
    }
    processed += batch.length
    report(control, 'licences', processed)
  }
  return processed
}

/**
 * One pass over usage records: per-record rules, unit-day aggregation, and the refusals that need
 * their licence, which are looked up afterwards in chunks (few records are refusals).
 */
export async function usagePass(
  rules: PreparedRules,
  batches: AsyncIterable<readonly UsageRecord[]>,
  licencesById: ComplianceSource['licencesById'],
  control: PassControl,
  aggregate: boolean
): Promise<number> {
  const aggregators = aggregate ? rules.unitDayAggregators() : []
  const pending: {
    usage: UsageRecord
    check: PreparedRules['usageWithLicence'][number]['check']
  }[] = []
  const { usage: checks, usageWithLicence } = rules
  let processed = 0
  for await (const batch of batches) {
    checkAborted(control)
    // Indexed loops: an iterator per record and rule list was a tenth of the pass.
    for (let r = 0; r < batch.length; r++) {
      const usage = batch[r]
      if (usage === undefined || usage.deleted) continue
      const usedDay = beijingDayNumber(usage.usedAt)
      for (let i = 0; i < checks.length; i++) {
        const rule = checks[i]
        if (rule) rule.check(usage, rule.emit, usedDay)
      }
      for (let i = 0; i < aggregators.length; i++) aggregators[i]?.add(usage, usedDay)
      for (let i = 0; i < usageWithLicence.length; i++) {
        const rule = usageWithLicence[i]
        if (rule?.wants(usage)) pending.push({ usage, check: rule.check })
      }
    }
    processed += batch.length
    report(control, 'usageRecords', processed)
  }
  const CHUNK = 1000
  for (let start = 0; start < pending.length; start += CHUNK) {
    checkAborted(control)
    const chunk = pending.slice(start, start + CHUNK)
    const licences = await licencesById(chunk.map(({ usage }) => usage.licenceId))
    chunk.forEach(({ usage, check }, i) => check(usage, licences[i]))
  }
  for (const aggregator of aggregators) aggregator.finish()
  return processed
}

/** Usage records fed only to the unit-day rules (an incremental re-scan of some unit-days). */
export async function unitDayPass(
  rules: PreparedRules,
  batches: AsyncIterable<readonly UsageRecord[]>,
  control: PassControl
): Promise<void> {
  const aggregators = rules.unitDayAggregators()
  for await (const batch of batches) {
    checkAborted(control)
    for (const usage of batch) {
      if (usage.deleted) continue
      const usedDay = beijingDayNumber(usage.usedAt)
      for (const aggregator of aggregators) aggregator.add(usage, usedDay)
    }
  }
  for (const aggregator of aggregators) aggregator.finish()
}

export async function objectionPass(
  rules: PreparedRules,
  batches: AsyncIterable<readonly Objection[]>,
  control: PassControl
): Promise<number> {
  let processed = 0
  for await (const batch of batches) {
    checkAborted(control)
    for (const objection of batch) {
      if (objection.deleted) continue
      for (const check of rules.objection) check(objection)
    }
    processed += batch.length
    report(control, 'objections', processed)
  }
  return processed
}

/** Rows given as a list, as a one-batch stream. */
export async function* asBatches<T>(rows: readonly T[]): AsyncGenerator<readonly T[]> {
  if (rows.length > 0) yield rows
}
