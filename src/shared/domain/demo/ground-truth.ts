import type { ComplianceRuleId } from '../compliance/rule-ids'

/**
 * What the demo city violates, on purpose, and exactly where, named by compliance's rule ids; a
 * scan of the demo data must find these and nothing else.
 *
 * Conventions used by every definition:
 * - TODAY is {@link DEMO_TODAY} (2026-11-27); the data runs from 2025-01-01 to TODAY.
 * - A "date" of an instant is its Beijing (UTC+8) calendar date.
 * - W(d, n) is `WorkingDayCalendar.addWorkingDays(d, n)` over the bundled 2020–2026 tables:
 *   the nth working day after d (d itself not counted); W(d, 0) is d when d is a working day,
 *   else the next working day. "Later than W(…)" means on a date after that day (its 24:00 ends
 *   the period).
 * - Records with `deleted: true` are ignored (the demo writes none).
 *
 * Rule definitions (Art. 31 kind in brackets):
 * - `catalog.incomplete` (一): a catalog entry with `setBySuperiorStandard === false` lacking any
 *   Art. 11 item: `name` blank, or `licenceCategory`, `issuingAuthorityName`, `holderCategory` or
 *   `baseMap` (证照底图) null. Entries set by a superior standard are exempt even when they lack
 *   a 底图 (the demo has such decoys). Id: catalog entry id.
 * - `catalog.unregistered-type` (一): a licence whose `typeCode` equals no catalog entry's
 *   `typeCode`. Id: licence id.
 * - `push.online-late` (二): `generationMode === 'online'` and the push date is later than
 *   W(completion date, 0); a licence still unpushed counts when TODAY is later than that day.
 *   Id: licence id.
 * - `push.offline-late` (二): the same for `offline` with W(completion date, 1) (Art. 13).
 * - `push.bulk-late` (二): the same for `bulk` with W(completion date, 5). `legacy` (存量电子化)
 *   has no push deadline.
 * - `status.late` (二): a `statusHistory` entry whose `recordedTime` date is later than
 *   W(`businessTime` date, 1), the default Art. 18 tolerance. Id: `<licence id>#<index>`, the
 *   index into `statusHistory`.
 * - `metadata.missing` (二): a pushed licence (`pushedAt` not null) with `number`,
 *   `holder.name`, `holder.code`, `issueDate` or `issuingAuthorityCode` empty (''). Id: licence.
 * - `usage.unauthorized-unit` (三): a usage record for which no `usage-authorizations` record
 *   (not deleted) has its `typeCode`, its `usingUnit.uscc` as `unit.uscc`, and a period
 *   [`validFrom`, `validUntil`] (null: no start; 长期: no end) holding the date of `usedAt`. The
 *   demo grants every authorisation from DEMO_FIRST_DAY with no end. Id: usage record id.
 * - `usage.bulk-access` (三): one `usingUnit.uscc` using more than {@link BULK_ACCESS_LIMIT}
 *   distinct licences on one date of `usedAt`. Id: `<uscc>@<YYYY-MM-DD>`.
 * - `usage.refused-valid` (四): a usage with `result.kind === 'refused'` while the licence was
 *   valid: the `usedAt` date lies within [`validFrom`, `validUntil`] (长期 has no end) and
 *   replaying `statusHistory` entries with `businessTime` ≤ `usedAt` from 'valid' through
 *   `stateAfterAction` leaves 'valid'. Refusals of expired, revoked or suspended licences are
 *   lawful and present as decoys. Id: usage record id.
 * - `objection.late` (五): an objection replied on a date later than W(`receivedAt` date, 5)
 *   (Art. 24), or unanswered (`repliedAt` null) while TODAY is later than that day. Id: objection.
 * - `data.expired-shown-valid` (五): a licence with stored `state === 'valid'` whose `validUntil`
 *   is a date V with TODAY later than W(V + 1 day, 1): it expired at the start of V + 1 and the
 *   issuer let the Art. 18 tolerance pass without 注销 or 延续. Licences expired more recently
 *   are decoys. Id: licence id.
 * - `data.invalid-code` (五): a licence whose `identifier` is not 'valid' under
 *   `checkLicenceIdentifier`, or whose organisation holder code (`codeType` '001', non-empty) is
 *   not 'valid' under `checkUscc` (a bad check character counts, though it is only a warning
 *   there). Natural persons' codes are stored masked, so they cannot be checked here. Id: licence.
 * - `data.missing-seal` (五): `sealPresent === false`. Id: licence id.
 */
export const DEMO_TODAY = '2026-11-27'
export const DEMO_FIRST_DAY = '2025-01-01'

/** `usage.bulk-access` threshold: distinct licences one unit may use in one day. */
export const BULK_ACCESS_LIMIT = 200

export const PLANTED_RULE_IDS = [
  'catalog.incomplete',
  'catalog.unregistered-type',
  'push.online-late',
  'push.offline-late',
  'push.bulk-late',
  'status.late',
  'metadata.missing',
  'usage.unauthorized-unit',
  'usage.bulk-access',
  'usage.refused-valid',
  'objection.late',
  'data.expired-shown-valid',
  'data.invalid-code',
  'data.missing-seal'
] as const satisfies readonly ComplianceRuleId[]
export type PlantedRuleId = (typeof PLANTED_RULE_IDS)[number]

/** The Art. 31 kind (一 … 五) each rule belongs to. */
export const RULE_ARTICLE_31_KIND: Record<PlantedRuleId, 1 | 2 | 3 | 4 | 5> = {
  'catalog.incomplete': 1,
  'catalog.unregistered-type': 1,
  'push.online-late': 2,
  'push.offline-late': 2,
  'push.bulk-late': 2,
  'status.late': 2,
  'metadata.missing': 2,
  'usage.unauthorized-unit': 3,
  'usage.bulk-access': 3,
  'usage.refused-valid': 4,
  'objection.late': 5,
  'data.expired-shown-valid': 5,
  'data.invalid-code': 5,
  'data.missing-seal': 5
}

/** What a planted rate is a fraction of. */
export type RateBase =
  | 'local catalog entries'
  | 'licences'
  | 'online licences'
  | 'offline licences'
  | 'bulk licences'
  | 'status changes'
  | 'usage records'
  | 'objections'
  | 'licences per unit-day'

export interface PlantedRate {
  rate: number
  of: RateBase
}

/**
 * The probability with which each violation is planted. Measured rates come out slightly lower
 * where a plant is impossible (e.g. a push cannot be late yet for a licence completed today).
 * `usage.bulk-access` is one over-limit unit-day per 25,000 licences.
 */
export const PLANTED_RATES: Record<PlantedRuleId, PlantedRate> = {
  'catalog.incomplete': { rate: 0.15, of: 'local catalog entries' },
  'catalog.unregistered-type': { rate: 0.002, of: 'licences' },
  'push.online-late': { rate: 0.02, of: 'online licences' },
  'push.offline-late': { rate: 0.03, of: 'offline licences' },
  'push.bulk-late': { rate: 0.04, of: 'bulk licences' },
  'status.late': { rate: 0.03, of: 'status changes' },
  'metadata.missing': { rate: 0.004, of: 'licences' },
  'usage.unauthorized-unit': { rate: 0.01, of: 'usage records' },
  'usage.bulk-access': { rate: 1 / 25_000, of: 'licences per unit-day' },
  'usage.refused-valid': { rate: 0.004, of: 'usage records' },
  'objection.late': { rate: 0.1, of: 'objections' },
  'data.expired-shown-valid': { rate: 0.002, of: 'licences' },
  'data.invalid-code': { rate: 0.003, of: 'licences' },
  'data.missing-seal': { rate: 0.004, of: 'licences' }
}

export interface GroundTruth {
  today: string
  rates: Record<PlantedRuleId, PlantedRate>
  /** Per rule, the ids of the violating records (format per rule above), in generation order. */
  violations: Record<PlantedRuleId, string[]>
}

export function emptyViolations(): Record<PlantedRuleId, string[]> {
  return Object.fromEntries(PLANTED_RULE_IDS.map((rule) => [rule, [] as string[]])) as Record<
    PlantedRuleId,
    string[]
  >
}
