import { importHolderHashKey, type HmacKey } from '@shared/domain/privacy'
import type { WorkbenchDb } from './database'

/**
 * Port for the HMAC key behind 持证主体代码 hashes (see privacy/holder-hash). In the desktop app
 * the key will come from main, sealed by Electron `safeStorage`, so that a copied IndexedDB folder
 * alone does not allow confirming a guessed ID number.
 */
export interface HolderKeyProvider {
  holderHashKey(): Promise<HmacKey>
}

export const HOLDER_KEY_SETTING = 'privacy.holderHashKey'
const KEY_BYTES = 32

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

function fromHex(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16))
}

/**
 * Demo-grade provider: a random key generated once and kept in the settings table, next to the
 * data it protects. Acceptable for the embedded demo city only; it is replaced by the main-process
 * provider before real data is imported. The key is created inside a transaction so that two
 * windows starting together end up with the same key.
 */
export function settingsHolderKeyProvider(db: WorkbenchDb): HolderKeyProvider {
  let cached: Promise<HmacKey> | undefined
  async function load(): Promise<HmacKey> {
    const hex = await db.transaction('rw', db.settings, async () => {
      const existing = await db.settings.get(HOLDER_KEY_SETTING)
      if (typeof existing?.value === 'string') return existing.value
      const fresh = toHex(globalThis.crypto.getRandomValues(new Uint8Array(KEY_BYTES)))
      await db.settings.put({ key: HOLDER_KEY_SETTING, value: fresh })
      return fresh
    })
    return importHolderHashKey(fromHex(hex))
  }
  return {
    holderHashKey() {
      cached ??= load().catch((error: unknown) => {
        cached = undefined
        throw error
      })
      return cached
    }
  }
}
