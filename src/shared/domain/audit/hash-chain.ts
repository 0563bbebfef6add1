import { z } from 'zod'
import { AuditAction, AuditDetails, AuditEntry, IsoDateTime } from '../licences'
import { canonicalJson } from './canonical-json'
import { GENESIS_MAC, type AuditMacFields } from './mac'

/** 操作人 of main's own entries when main knows no operator for the caller. */
export const UNIDENTIFIED_ACTOR = '(unidentified)'

/** prevHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64)

export const AuditInput = z.object({
  actor: z.string().min(1),
  action: AuditAction,
  target: z.string(),
  details: AuditDetails
})
export type AuditInput = z.infer<typeof AuditInput>

type HashedFields = Pick<
  AuditEntry,
  'seq' | 'at' | 'actor' | 'action' | 'target' | 'details' | 'prevHash'
>

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * The plain SHA-256 over the canonical JSON of the entry's fields and `prevHash` (not the MACs).
 * Anyone can recompute it, so on its own it proves nothing; it tells an entry edited and
 * re-hashed (plain hash consistent, MAC wrong) from one merely edited, and it is all that
 * protects entries written before the log was keyed.
 */
export async function computeAuditHash(entry: HashedFields): Promise<string> {
  const { seq, at, actor, action, target, details, prevHash } = entry
  const canonical = canonicalJson({ seq, at, actor, action, target, details, prevHash })
  const digest = await globalThis.crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(canonical)
  )
  return toHex(digest)
}

/** What is asked of main (or computed by main, for its own log) to key the entry after `prev`. */
export function auditSealRequest(
  prev: AuditEntry | null,
  input: AuditInput
): Omit<AuditMacFields, 'at'> {
  const { actor, action, target, details } = AuditInput.parse(input)
  return {
    seq: prev === null ? 1 : prev.seq + 1,
    actor,
    action,
    target,
    details,
    // The first keyed entry after unkeyed ones carries the last one's plain hash under its MAC:
    // rewriting any older entry changes that hash, so the old part is anchored too.
    prevMac: prev === null ? GENESIS_MAC : (prev.mac ?? prev.hash)
  }
}

/**
 * The entry that follows `prev` (null for the first), as main keyed it: `sealed` gives the time
 * and actor main recorded and the MAC. Invalid input is a programming error and throws: details
 * that are not JSON-safe would hash differently after a storage round trip.
 */
export async function sealedAuditEntry(
  prev: AuditEntry | null,
  request: Omit<AuditMacFields, 'at'>,
  sealed: { at: string; actor: string; mac: string }
): Promise<AuditEntry> {
  const fields: HashedFields = {
    seq: request.seq,
    at: IsoDateTime.parse(sealed.at),
    actor: sealed.actor,
    action: request.action,
    target: request.target,
    details: request.details,
    prevHash: prev === null ? GENESIS_HASH : prev.hash
  }
  return AuditEntry.parse({
    ...fields,
    hash: await computeAuditHash(fields),
    prevMac: request.prevMac,
    mac: sealed.mac
  })
}
