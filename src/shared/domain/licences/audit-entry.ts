import { z } from 'zod'
import { IsoDateTime, Sha256Hex } from './common'

/** A dotted action code such as `catalog.update` or `privacy.unmask`. */
export const AuditAction = z.string().regex(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/)

/** JSON-safe details; hashed through canonical JSON, so no undefined, NaN or class instances. */
export const AuditDetails = z.record(z.string(), z.json())
export type AuditDetails = z.infer<typeof AuditDetails>

/**
 * 审计日志 entry, hash-chained and MAC-chained (see `audit/`). Local and append-only, hence
 * not a SyncedRecord.
 */
export const AuditEntry = z.object({
  /** 1 for the first entry, then +1 each. */
  seq: z.int().min(1),
  at: IsoDateTime,
  actor: z.string().min(1),
  action: AuditAction,
  /** What was acted on, e.g. `licence:<id>`. */
  target: z.string(),
  details: AuditDetails,
  prevHash: Sha256Hex,
  hash: Sha256Hex,
  /**
   * HMAC-SHA-256 of the previous entry (of the last unkeyed entry's `hash` for the first keyed
   * one), and of this entry, with the key main keeps (see `audit/mac.ts`). Absent on entries
   * written before the log was keyed.
   */
  prevMac: Sha256Hex.optional(),
  mac: Sha256Hex.optional()
})
export type AuditEntry = z.infer<typeof AuditEntry>
