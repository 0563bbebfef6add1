import { z } from 'zod'
import { DIGEST_BUCKETS, SyncTable } from '../shared/domain/sync/protocol'

/**
 * What the library accepts in query strings. Query values arrive as text, so numbers are
 * decimal digits only: `-1`, `1e3`, ` 7` and a repeated parameter are refused, not guessed at.
 */
export const DEFAULT_PAGE_LIMIT = 2000
export const MAX_PAGE_LIMIT = 5000

const Digits = z
  .string()
  .regex(/^\d{1,15}$/, 'expected a non-negative whole number')
  .transform(Number)

const TableList = z
  .string()
  .transform((text) => [...new Set(text.split(','))])
  .pipe(z.array(SyncTable).min(1))

export const ChangesQuery = z.object({
  since: Digits,
  limit: Digits.pipe(z.int().min(1))
    // A client asking for more than a page gets a full page: clamped, not refused.
    .transform((limit) => Math.min(limit, MAX_PAGE_LIMIT))
    .default(DEFAULT_PAGE_LIMIT),
  tables: TableList.optional(),
  epoch: Digits.pipe(z.int().min(1)).optional()
})

export const DigestQuery = z.object({
  table: SyncTable,
  buckets: z.literal(String(DIGEST_BUCKETS)).optional()
})

export const RecordsQuery = z.object({
  table: SyncTable,
  bucket: Digits.pipe(
    z
      .int()
      .min(0)
      .max(DIGEST_BUCKETS - 1)
  )
})

export const LicencesQuery = z.object({
  holderCode: z.string().min(1).max(100),
  typeCode: z.string().min(1).max(100).optional()
})

export const SnapshotParams = z.object({
  id: z.string().min(1).max(200),
  n: Digits
})

/** `Idempotency-Key`: the client's batch id. */
export const IdempotencyKey = z.string().min(1).max(200)

/** The reason a 400 gives: which field, and what was wrong with it. */
export function reasonOf(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
    .join('; ')
}
