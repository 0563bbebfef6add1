import { precomputeLicence } from '@shared/domain/compliance'
import type { Licence } from '@shared/domain/licences'
import type { LookupKey, StoredLicence } from './schema'

/** The rank of a licence without 颁发日期: after every dated one. */
export const UNDATED_RANK = 99_999_999

/** `YYYY-MM-DD` → a number that sorts newest first; blank or malformed dates go last. */
export function issueRankOf(issueDate: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(issueDate)) return UNDATED_RANK
  return UNDATED_RANK - Number(issueDate.replaceAll('-', ''))
}

/**
 * Characters of a natural person's keyed hash kept in the search index: enough to make a
 * collision among a city's holders negligible, and the full hash is compared after the look-up.
 */
export const HOLDER_HASH_TERM_LENGTH = 16

/** The holder's look-up term: the USCC as it is, a natural person's hash shortened. */
export function holderCodeTerm(holder: Licence['holder']): string | null {
  if (holder.codeHash !== null) return holder.codeHash.slice(0, HOLDER_HASH_TERM_LENGTH)
  return holder.code === '' ? null : holder.code.toUpperCase()
}

/** Search terms are compared upper-cased and trimmed. */
export function normalizeSearchText(text: string): string {
  return text.trim().toUpperCase()
}

export function toStoredLicence(licence: Licence): StoredLicence {
  const terms = new Set<string>()
  for (const term of [
    normalizeSearchText(licence.number),
    normalizeSearchText(licence.holder.name),
    holderCodeTerm(licence.holder),
    ...(licence.personalIdHashes ?? []).map((hash) => hash.slice(0, HOLDER_HASH_TERM_LENGTH))
  ]) {
    if (term) terms.add(term)
  }
  const issueRank = issueRankOf(licence.issueDate)
  const facet: LookupKey = [licence.state, licence.generationMode, issueRank, licence.id]
  // Computed from the record being written, never taken from it: a row from the library or a
  // file that brings its own `precomputed` cannot choose the scan's verdicts.
  return {
    ...licence,
    issueRank,
    lookupKeys: [...terms, facet],
    precomputed: precomputeLicence(licence)
  }
}

export function fromStoredLicence(stored: StoredLicence): Licence {
  const { issueRank: _rank, lookupKeys: _keys, precomputed: _precomputed, ...licence } = stored
  return licence
}
