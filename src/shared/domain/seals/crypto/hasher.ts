/** The pure-JS hashing port for workers and browsers: SHA-1/2 from @noble/hashes, SM3 in sm3.ts. */
import { sha1 } from '@noble/hashes/legacy.js'
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js'
import { Sm3 } from './sm3'
import type { DigestAlgorithm, Hasher } from './types'

interface StreamingHash {
  update(chunk: Uint8Array): unknown
  digest(): Uint8Array
}

const hashFactories: Record<DigestAlgorithm, () => StreamingHash> = {
  'SHA-1': () => sha1.create(),
  'SHA-256': () => sha256.create(),
  'SHA-384': () => sha384.create(),
  'SHA-512': () => sha512.create(),
  SM3: () => new Sm3()
}

export function hashChunks(algorithm: DigestAlgorithm, chunks: readonly Uint8Array[]): Uint8Array {
  const hash = hashFactories[algorithm]()
  for (const chunk of chunks) hash.update(chunk)
  return hash.digest()
}

export const pureJsHasher: Hasher = {
  digest: async (algorithm, chunks) => hashChunks(algorithm, chunks)
}
