import { describe, expect, it } from 'vitest'
import {
  DigestAccumulator,
  differingBuckets,
  digestBucketOf
} from '../../../../src/shared/domain/sync/digest'
import {
  backoffMs,
  faultForStatus,
  isRetryable,
  parseRetryAfter
} from '../../../../src/shared/domain/sync/faults'

// Expected values from coreutils: `printf 'a' | sha256sum` = ca97…, `printf 'a|1' | sha256sum`
// = df4504ce92500fe8…, `printf 'b' | sha256sum` = 3e23…, `printf 'b|2' | sha256sum` = 8e636bda5720c618….
describe('the table digest both sides compute (SYNC.md §4.1)', () => {
  it('puts a row in the bucket of the first byte of SHA-256 of its id', () => {
    expect(digestBucketOf('a')).toBe(0xca)
    expect(digestBucketOf('b')).toBe(0x3e)
  })

  it('hashes id|rev into the first 8 bytes, summed mod 2^64 per bucket', () => {
    const digest = new DigestAccumulator()
    digest.add('a', 1)
    digest.add('b', 2)
    const buckets = digest.buckets()
    expect(buckets).toHaveLength(256)
    expect(buckets[0xca]).toEqual({ b: 0xca, count: 1, hash: 'df4504ce92500fe8' })
    expect(buckets[0x3e]).toEqual({ b: 0x3e, count: 1, hash: '8e636bda5720c618' })
    expect(buckets[0]).toEqual({ b: 0, count: 0, hash: '0000000000000000' })
    expect(digest.count).toBe(2)
    // 2 × 0xdf4504ce92500fe8 overflows 64 bits: python3 -c "print(hex(2*0xdf4504ce92500fe8 % 2**64))"
    const twice = new DigestAccumulator()
    twice.add('a', 1)
    twice.add('a', 1)
    expect(twice.buckets()[0xca]).toEqual({ b: 0xca, count: 2, hash: 'be8a099d24a01fd0' })
  })

  it('does not depend on the order rows are added in, and changes with a revision', () => {
    const one = new DigestAccumulator()
    const other = new DigestAccumulator()
    for (let i = 0; i < 500; i++) one.add(`lic-${i}`, (i % 3) + 1)
    for (let i = 499; i >= 0; i--) other.add(`lic-${i}`, (i % 3) + 1)
    expect(differingBuckets(one.buckets(), other.buckets())).toEqual([])
    const bumped = new DigestAccumulator()
    for (let i = 0; i < 500; i++) bumped.add(`lic-${i}`, i === 42 ? 9 : (i % 3) + 1)
    expect(differingBuckets(one.buckets(), bumped.buckets())).toEqual([digestBucketOf('lic-42')])
  })
})

describe('retries (SYNC.md §4.2)', () => {
  it('waits a random time below 0.5 s × 2^attempt, at most 60 s, never less than Retry-After', () => {
    expect(backoffMs(0, 0.999)).toBeLessThan(500)
    expect(backoffMs(3, 0.5)).toBe(2000)
    expect(backoffMs(30, 0.999)).toBeLessThanOrEqual(60_000)
    expect(backoffMs(30, 0.999)).toBeGreaterThan(59_000)
    expect(backoffMs(0, 0, 2000)).toBe(2000)
    expect(backoffMs(0, 0)).toBe(0)
  })

  it('reads Retry-After in seconds or as an HTTP date, and ignores nonsense', () => {
    const now = Date.parse('2026-12-02T10:00:00Z')
    expect(parseRetryAfter('3', now)).toBe(3000)
    expect(parseRetryAfter(' 3 ', now)).toBe(3000)
    expect(parseRetryAfter('Wed, 02 Dec 2026 10:00:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('Wed, 02 Dec 2026 09:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('100000', now)).toBe(60_000)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
    expect(parseRetryAfter('', now)).toBeUndefined()
  })

  it('retries 408, 429 and 5xx; re-bootstraps on 410; never retries 400, 401, 403, 426', () => {
    const kind = (status: number) => faultForStatus(status, undefined, '').fault
    for (const status of [408, 429, 500, 502, 503, 504]) {
      expect(kind(status).kind).toBe('unavailable')
      expect(isRetryable(kind(status))).toBe(true)
    }
    expect(kind(410).kind).toBe('resync')
    expect(kind(426).kind).toBe('protocol')
    expect(kind(412).kind).toBe('protocol')
    expect(kind(401).kind).toBe('auth')
    expect(kind(403).kind).toBe('auth')
    expect(kind(400).kind).toBe('refused')
    expect(kind(404).kind).toBe('refused')
    expect(kind(422).kind).toBe('refused')
    for (const status of [400, 401, 403, 404, 410, 412, 422, 426]) {
      expect(isRetryable(kind(status))).toBe(false)
    }
    expect(faultForStatus(503, 1000, '').fault.retryAfterMs).toBe(1000)
  })
})
