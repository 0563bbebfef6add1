import { sha256 } from '@noble/hashes/sha2.js'
import { DIGEST_BUCKETS, type DigestBucket } from './protocol'

/**
 * The order-independent digest of a table's live rows (SYNC.md §4.1 `/v1/digest`): the library
 * and the workbench compute it the same way, each from its own store, and compare 256 buckets so
 * that a mismatch names the few rows to fetch again instead of a full re-bootstrap. Tombstones do
 * not count: a client bootstrapped from a snapshot never saw the rows deleted before it.
 */
const encoder = new TextEncoder()
const MASK_64 = (1n << 64n) - 1n

/** Which bucket a row falls in: the first byte of SHA-256 of its id. */
export function digestBucketOf(id: string): number {
  return sha256(encoder.encode(id))[0] ?? 0
}

function rowHash(id: string, rev: number): bigint {
  const digest = sha256(encoder.encode(`${id}|${rev}`))
  let value = 0n
  for (let i = 0; i < 8; i++) value = (value << 8n) | BigInt(digest[i] ?? 0)
  return value
}

/** Accumulates live rows in any order; `buckets()` gives the wire form. */
export class DigestAccumulator {
  private readonly counts = new Array<number>(DIGEST_BUCKETS).fill(0)
  private readonly sums = new Array<bigint>(DIGEST_BUCKETS).fill(0n)
  count = 0

  add(id: string, rev: number): void {
    const b = digestBucketOf(id)
    this.counts[b] = (this.counts[b] ?? 0) + 1
    this.sums[b] = ((this.sums[b] ?? 0n) + rowHash(id, rev)) & MASK_64
    this.count += 1
  }

  buckets(): DigestBucket[] {
    return this.counts.map((count, b) => ({
      b,
      count,
      hash: (this.sums[b] ?? 0n).toString(16).padStart(16, '0')
    }))
  }
}

/** The buckets whose count or hash differ: the rows to fetch again. */
export function differingBuckets(
  local: readonly DigestBucket[],
  remote: readonly DigestBucket[]
): number[] {
  const differing: number[] = []
  for (let b = 0; b < DIGEST_BUCKETS; b++) {
    const mine = local[b]
    const theirs = remote[b]
    if (mine?.count !== theirs?.count || mine?.hash !== theirs?.hash) differing.push(b)
  }
  return differing
}
