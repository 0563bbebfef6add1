import { z } from 'zod'

/**
 * Codes per `privacy.hashCodes` call: a full batch (4,000 codes of at most 64 characters in,
 * 4,000 hex hashes out) stays far below the 1 MiB a message may carry.
 */
export const MAX_HASH_BATCH = 4000

/** 持证主体代码 and ID numbers to hash with main's key (see privacy/holder-hash). */
export const hashCodesInputSchema = z
  .object({ codes: z.array(z.string().min(1).max(64)).min(1).max(MAX_HASH_BATCH) })
  .strict()
/** One lower-case hex HMAC-SHA-256 per code, in the order asked. */
export const hashCodesOutputSchema = z.object({
  hashes: z.array(z.string().regex(/^[0-9a-f]{64}$/))
})

/** The key an older installation kept in IndexedDB, handed to main once (hex, 32 bytes). */
export const adoptHolderKeyInputSchema = z
  .object({ key: z.string().regex(/^[0-9a-f]{64}$/) })
  .strict()
/**
 * `adopted`: main had no key and now keeps this one; `same`: it already kept this one; `kept`:
 * main already had another key (hashes made under the old one no longer match).
 */
export const adoptHolderKeyOutputSchema = z.object({
  outcome: z.enum(['adopted', 'same', 'kept'])
})
export type AdoptHolderKeyOutcome = z.output<typeof adoptHolderKeyOutputSchema>['outcome']
