import type { WorkbenchDb } from './database'

/**
 * Where installations before the key moved to main kept the HMAC key of 持证主体代码 hashes: in
 * the settings table, next to the hashes it protects (so anyone with the database could test
 * candidate ID numbers against them). It is handed to main once and deleted.
 */
export const HOLDER_KEY_SETTING = 'privacy.holderHashKey'

const KEY_HEX = /^[0-9a-f]{64}$/

/**
 * Hands the legacy key to main (`adopt`, which keeps it if main has no key yet, so hashes already
 * stored stay searchable) and deletes it from IndexedDB in the same step. The row is deleted only
 * once main has answered: if main cannot be reached, the next start tries again. A malformed row
 * protects nothing and is deleted without asking.
 */
export async function handOverLegacyHolderKey(
  db: WorkbenchDb,
  adopt: (keyHex: string) => Promise<unknown>
): Promise<'none' | 'handedOver' | 'discarded'> {
  const row = await db.settings.get(HOLDER_KEY_SETTING)
  if (row === undefined) return 'none'
  const valid = typeof row.value === 'string' && KEY_HEX.test(row.value)
  if (valid) await adopt(row.value as string)
  await db.settings.delete(HOLDER_KEY_SETTING)
  return valid ? 'handedOver' : 'discarded'
}
