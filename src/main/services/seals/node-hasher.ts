/**
 * The Hasher port on node:crypto: native speed, streaming over the signed ranges without
 * concatenating them. SM3 is native when the OpenSSL build has it (Node on Debian does;
 * Electron's BoringSSL does not), else the pure-JS implementation.
 */
import { createHash, getHashes } from 'node:crypto'
import { pureJsHasher } from '../../../shared/domain/seals/crypto'
import type { DigestAlgorithm, Hasher } from '../../../shared/domain/seals/crypto/types'

const nodeNames: Record<DigestAlgorithm, string> = {
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
  SM3: 'sm3'
}

export function createNodeHasher(available: readonly string[] = getHashes()): Hasher {
  const native = new Set(available)
  return {
    async digest(algorithm, chunks) {
      const name = nodeNames[algorithm]
      if (!native.has(name)) return pureJsHasher.digest(algorithm, chunks)
      const hash = createHash(name)
      for (const chunk of chunks) hash.update(chunk)
      const digest = hash.digest()
      return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength)
    }
  }
}

export const nodeHasher: Hasher = createNodeHasher()
