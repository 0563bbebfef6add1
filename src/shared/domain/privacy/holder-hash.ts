/**
 * The keyed hash that lets a natural person's licences be found by exact 证件号码 without the
 * raw number being stored: HMAC-SHA-256 through WebCrypto, so it runs in Node 20, browsers and
 * workers alike. Keyed, because an unkeyed hash of an 18-digit ID is reversible by enumeration.
 */

/** A WebCrypto key as the runtime's `crypto.subtle` accepts it (Node's and the DOM's types differ). */
export type HmacKey = Parameters<typeof globalThis.crypto.subtle.sign>[1]

/** Trim, drop inner blanks, upper-case (so a keyed-in `x` and `X` hash alike). */
export function normalizeHolderCode(code: string): string {
  return code.replace(/\s/g, '').toUpperCase()
}

/** Imports raw key bytes for `holderCodeHash`; import once and reuse for bulk work. */
export function importHolderHashKey(keyBytes: Uint8Array): Promise<HmacKey> {
  return globalThis.crypto.subtle.importKey(
    'raw',
    new Uint8Array(keyBytes),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign']
  )
}

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** Lower-case hex HMAC-SHA-256 of the normalised code. */
export async function holderCodeHash(key: HmacKey | Uint8Array, code: string): Promise<string> {
  const cryptoKey = key instanceof Uint8Array ? await importHolderHashKey(key) : key
  const message = new TextEncoder().encode(normalizeHolderCode(code))
  return toHex(await globalThis.crypto.subtle.sign('HMAC', cryptoKey, message))
}
