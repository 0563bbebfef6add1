/** What an incremental update changed, in pyHanko's modification levels. */
import type { Message } from '../../../../i18n/message'

/** pyHanko's ModificationLevel, least to most severe. */
export type ModificationLevel =
  | 'none'
  /** New signatures, document timestamps, DSS/VRI validation data, metadata. */
  | 'signatures-dss-timestamps'
  /** Field values (/V) and their appearance streams; a visible new signature. */
  | 'form-filling'
  /** New or changed annotations (comments). */
  | 'annotations'
  /** Anything else: page content, pages, signature dictionaries, re-pointed or new fields. */
  | 'other'

export const MODIFICATION_LEVELS: readonly ModificationLevel[] = [
  'none',
  'signatures-dss-timestamps',
  'form-filling',
  'annotations',
  'other'
]

export function maxLevel(a: ModificationLevel, b: ModificationLevel): ModificationLevel {
  return MODIFICATION_LEVELS.indexOf(a) >= MODIFICATION_LEVELS.indexOf(b) ? a : b
}

export interface DocumentChange {
  /** The revision (0-based) that made the change. */
  revision: number
  level: Exclude<ModificationLevel, 'none'>
  /** What changed, as words (`seals.change.*`), said in the reader's language. */
  description: Message
  /** 0-based page index when the change concerns one page. */
  page?: number
  /**
   * Allowed, but it changes something the signer saw (a filled-in value rewritten, an
   * appearance that painted replaced): a person must compare before trusting the document.
   */
  review?: true
  /** Allowed after an approval signature, never after a certification (a new visible signature). */
  notAfterCertification?: true
}
