import { canonicalJson } from './canonical-json'
import type { AuditEntry } from '../licences/audit-entry'

/** prevMac of the first entry of a log keyed from its start. */
export const GENESIS_MAC = '0'.repeat(64)

/** What an entry's MAC covers: every field but the plain hashes and the MAC itself. */
export type AuditMacFields = Pick<
  AuditEntry,
  'seq' | 'at' | 'actor' | 'action' | 'target' | 'details'
> & { prevMac: string }

/** The MAC of an entry's fields, lower-case hex; the key never leaves whoever holds this. */
export type AuditMac = (fields: AuditMacFields) => Promise<string>

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** The bytes an entry's MAC is computed over: canonical JSON of exactly the covered fields. */
export function auditMacInput(fields: AuditMacFields): string {
  const { seq, at, actor, action, target, details, prevMac } = fields
  return canonicalJson({ seq, at, actor, action, target, details, prevMac })
}

/**
 * HMAC-SHA-256 with `key` (main's `auditMac` secret) over `auditMacInput`. The key is imported
 * once, not extractable.
 */
export function createAuditMac(key: Uint8Array): AuditMac {
  const imported = globalThis.crypto.subtle.importKey(
    'raw',
    new Uint8Array(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign']
  )
  return async (fields) =>
    toHex(
      await globalThis.crypto.subtle.sign(
        'HMAC',
        await imported,
        new TextEncoder().encode(auditMacInput(fields))
      )
    )
}
