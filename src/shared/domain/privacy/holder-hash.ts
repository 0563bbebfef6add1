/**
 * The keyed hash that lets a natural person's licences be found by exact 证件号码 without the
 * raw number being stored: HMAC-SHA-256 of the normalised code. Keyed, because an unkeyed hash of
 * an 18-digit ID is reversible by enumeration; the key lives in main only (SecretStore
 * `holderHash`), which answers the renderer's batches of codes with their hashes.
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

/**
 * The port every writer of licences and every exact search uses: a code in, its keyed hash out.
 * In the app it is main (through `privacy.hashCodes`); the CLI's demo generator and tests hold a
 * key of their own (`keyedHasher`).
 */
export type HolderCodeHasher = (code: string) => Promise<string>

/** Hashes with a key at hand (imported once). */
export function keyedHasher(key: HmacKey | Uint8Array): HolderCodeHasher {
  const imported = key instanceof Uint8Array ? importHolderHashKey(key) : Promise.resolve(key)
  return async (code) => holderCodeHash(await imported, code)
}

/**
 * Gathers the codes asked for within one turn of the event loop and sends them in batches of at
 * most `maxBatch` (an import or the demo loader asks for thousands at once; one RPC message is
 * limited in size). A failed batch fails each of its codes.
 */
export function batchingHasher(
  hashMany: (codes: string[]) => Promise<string[]>,
  maxBatch: number
): HolderCodeHasher {
  let pending: { code: string; resolve: (hash: string) => void; reject: (e: unknown) => void }[] =
    []
  function flush(): void {
    const taken = pending
    pending = []
    for (let start = 0; start < taken.length; start += maxBatch) {
      const batch = taken.slice(start, start + maxBatch)
      hashMany(batch.map((entry) => entry.code)).then(
        (hashes) =>
          batch.forEach((entry, index) => {
            const hash = hashes[index]
            if (hashes.length === batch.length && hash !== undefined) entry.resolve(hash)
            else entry.reject(new Error(`hashed ${hashes.length} of ${batch.length} codes`))
          }),
        (error: unknown) => batch.forEach((entry) => entry.reject(error))
      )
    }
  }
  return (code) =>
    new Promise<string>((resolve, reject) => {
      if (pending.length === 0) setTimeout(flush, 0)
      pending.push({ code: normalizeHolderCode(code), resolve, reject })
    })
}
