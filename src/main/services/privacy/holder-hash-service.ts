import { createHmac } from 'node:crypto'
import type { AdoptHolderKeyOutcome } from '../../../shared/contract/privacy'
import { normalizeHolderCode } from '../../../shared/domain/privacy/holder-hash'
import type { SecretStore } from '../secrets/secret-store'

/**
 * 持证主体代码 hashes, computed where the key lives: main's secret `holderHash`, which never
 * leaves this process. The renderer sends full codes (imports, the demo loader, an exact search)
 * and stores only the hashes it gets back, next to masked codes.
 */
export interface HolderHashService {
  /** HMAC-SHA-256 (hex) of each normalised code, in order. */
  hashCodes(codes: readonly string[]): string[]
  /**
   * An older installation's key (kept in IndexedDB until now) becomes main's, unless main
   * already has one: then the stored hashes made under the old key no longer match.
   */
  adoptLegacyKey(keyHex: string): AdoptHolderKeyOutcome
}

export function createHolderHashService(secrets: SecretStore): HolderHashService {
  return {
    hashCodes(codes) {
      const key = secrets.secret('holderHash')
      return codes.map((code) =>
        createHmac('sha256', key).update(normalizeHolderCode(code), 'utf8').digest('hex')
      )
    },
    adoptLegacyKey(keyHex) {
      return secrets.adopt('holderHash', Buffer.from(keyHex, 'hex'))
    }
  }
}
