/**
 * A bounded, least-recently-used cache keyed by byte content: a batch of 1,000 licences from one
 * bureau carries the same certificates (and the user's trust store the same anchors and CRLs)
 * in every file, in fresh arrays each time, so identity-keyed caching misses them all. A hash
 * of the bytes finds the entry and the bytes themselves confirm it, so a collision costs a parse,
 * never a wrong answer. The key bytes are copied: a caller may reuse or change its buffer.
 */
import { bytesEqual } from './der'

interface Entry<T> {
  bytes: Uint8Array
  value: T
}

/** FNV-1a over every byte: a few microseconds for a certificate, no allocation. */
function fnv1a(bytes: Uint8Array): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193)
  return `${bytes.length}:${hash >>> 0}`
}

/**
 * Both bounds hold at once: `entries`, and `bytes` of keys kept (what is parsed from them takes
 * some thirty times as much). A key larger than `bytes` is computed each time, never kept.
 */
export interface CacheLimits {
  entries: number
  bytes: number
}

export class ByteKeyedCache<T> {
  private readonly entries = new Map<string, Entry<T>>()
  private storedBytes = 0

  /** `fingerprint`: replaceable so that tests can force collisions. */
  constructor(
    private readonly limits: CacheLimits,
    private readonly fingerprint: (bytes: Uint8Array) => string = fnv1a
  ) {}

  /** The cached value for these bytes, computing and remembering it on a miss. */
  get(bytes: Uint8Array, compute: (stableBytes: Uint8Array) => T): T {
    const key = this.fingerprint(bytes)
    const entry = this.entries.get(key)
    if (entry && bytesEqual(entry.bytes, bytes)) {
      // Re-inserting moves the entry to the young end of the Map's insertion order.
      this.entries.delete(key)
      this.entries.set(key, entry)
      return entry.value
    }
    const stableBytes = bytes.slice()
    const value = compute(stableBytes)
    if (stableBytes.length > this.limits.bytes) return value
    if (entry) this.forget(key, entry)
    this.entries.set(key, { bytes: stableBytes, value })
    this.storedBytes += stableBytes.length
    while (this.entries.size > this.limits.entries || this.storedBytes > this.limits.bytes) {
      const [oldestKey, oldest] = this.entries.entries().next().value as [string, Entry<T>]
      this.forget(oldestKey, oldest)
    }
    return value
  }

  private forget(key: string, entry: Entry<T>): void {
    this.entries.delete(key)
    this.storedBytes -= entry.bytes.length
  }
}
