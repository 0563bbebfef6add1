import { importHolderHashKey, type HmacKey } from '@shared/domain/privacy'
import type { WorkbenchDb } from './database'

/**
 * Port for the HMAC key behind 持证主体代码 hashes (see privacy/holder-hash): every writer of
 * licences (imports, the demo loader) and every search by a full code use the same key, so a
 * person's full ID finds their licences whichever source they came from.
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
 * The store's own key: 32 random bytes created the first time any writer or search asks, then
 * kept in the settings table for the life of the installation (重置演示数据 clears the city's data,
 * not settings, so hashes already stored stay searchable). The settings repository refuses to
 * read or overwrite it. It is created inside a transaction so that two windows starting together
 * end up with the same key.
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
