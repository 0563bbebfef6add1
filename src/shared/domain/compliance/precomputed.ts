import { PERMANENT, type Licence } from '../licences/licence'
import { CodeValidity } from './code-validity'
import { beijingDayNumber, dayNumberOfDate } from './deadlines'

/**
 * Bumped whenever what is precomputed, or how (day numbers, the code checkers and their tables),
 * changes: rows stored under another version are read as if they had none, and recomputed.
 */
export const PRECOMPUTED_VERSION = 1

/**
 * 入库预计算: what the Art. 31 licence rules read of a licence that costs parsing, computed once
 * when the licence is stored rather than on every scan. Nothing here depends on TODAY or on the
 * Bureau's settings, so it stays true until the licence itself changes, and every write of a
 * licence computes it anew. Day numbers are Beijing days (`calendar/iso-date`); null where the
 * text cannot be read (or, for 有效期截止日期, is 长期).
 */
export interface PrecomputedLicence {
  version: number
  completedDay: number | null
  /** Null while not pushed, as when the time cannot be read: neither is a push on a known day. */
  pushedDay: number | null
  validUntilDay: number | null
  /** Per status change, its business day then its recorded day. */
  statusDays: (number | null)[]
  /**
   * Some change reached the library on a later day than it happened. Without one no change can
   * be late, whatever the tolerance: most licences, whose history the scan then need not read.
   */
  statusRecordedLater: boolean
  /** 证照标识 valid (GB/T 36904 structure and check character). */
  identifierValid: boolean
  /** The holder's USCC valid; null when the holder has no USCC (a person, or no code). */
  holderUsccValid: boolean | null
}

/** A licence as the local store keeps it, with its precomputed part when there is one. */
export type LicenceWithPrecomputed = Licence & { precomputed?: PrecomputedLicence }

/** One checker for every write: its caches hold the prefixes a city's licences share. */
const sharedCodes = new CodeValidity()

function dayOrNull(day: number | undefined): number | null {
  return day === undefined ? null : day
}

export function precomputeLicence(
  licence: Licence,
  codes: CodeValidity = sharedCodes
): PrecomputedLicence {
  const statusDays: (number | null)[] = []
  let statusRecordedLater = false
  for (const change of licence.statusHistory) {
    const businessDay = dayOrNull(beijingDayNumber(change.businessTime))
    const recordedDay = dayOrNull(beijingDayNumber(change.recordedTime))
    statusDays.push(businessDay, recordedDay)
    if (businessDay !== null && recordedDay !== null && recordedDay > businessDay)
      statusRecordedLater = true
  }
  const { holder } = licence
  return {
    version: PRECOMPUTED_VERSION,
    completedDay: dayOrNull(beijingDayNumber(licence.completedAt)),
    pushedDay: licence.pushedAt === null ? null : dayOrNull(beijingDayNumber(licence.pushedAt)),
    validUntilDay:
      licence.validUntil === PERMANENT ? null : dayOrNull(dayNumberOfDate(licence.validUntil)),
    statusDays,
    statusRecordedLater,
    identifierValid: codes.isValidIdentifier(
      licence.identifier,
      licence.typeCode,
      licence.issuingAuthorityCode
    ),
    holderUsccValid:
      holder.codeType === '001' && holder.code !== '' ? codes.isValidUscc(holder.code) : null
  }
}

/**
 * The licence's stored precomputed part when it is of this version and fits its status history;
 * otherwise (rows stored before it existed, by an older version, or altered) computed now, so a
 * scan's verdicts never depend on whether it was there.
 */
export function precomputedOf(
  licence: LicenceWithPrecomputed,
  codes: CodeValidity
): PrecomputedLicence {
  const stored = licence.precomputed
  if (
    stored !== undefined &&
    stored.version === PRECOMPUTED_VERSION &&
    stored.statusDays.length === 2 * licence.statusHistory.length
  )
    return stored
  return precomputeLicence(licence, codes)
}
