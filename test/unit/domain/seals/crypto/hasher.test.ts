import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { sm3 } from 'sm-crypto-v2'
import { pureJsHasher } from '../../../../../src/shared/domain/seals/crypto'

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')
const split = (data: Uint8Array, cuts: number[]) => {
  const points = [...new Set(cuts.map((cut) => cut % (data.length + 1)))].sort((a, b) => a - b)
  return [0, ...points].map((start, i) => data.subarray(start, [...points, data.length][i]))
}

describe('pureJsHasher', () => {
  it('SM3 streams over any chunking and equals sm-crypto-v2 on the whole', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 700 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        async (data, cuts) => {
          expect(hex(await pureJsHasher.digest('SM3', split(data, cuts)))).toBe(sm3(data))
        }
      ),
      { numRuns: 150 }
    )
  })

  it('SM3 matches openssl dgst -sm3 and the GB/T 32905 "abc" vector', async () => {
    const data = new TextEncoder().encode('abc')
    const ours = hex(await pureJsHasher.digest('SM3', [data]))
    expect(ours).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0')
    const big = new Uint8Array(200_000).map((_, i) => i * 31)
    const openssl = execFileSync('openssl', ['dgst', '-sm3', '-r'], { input: big })
      .toString()
      .split(' ')[0]
    expect(hex(await pureJsHasher.digest('SM3', [big.subarray(0, 77), big.subarray(77)]))).toBe(
      openssl
    )
  })

  it.each(['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'] as const)(
    '%s equals node:crypto',
    async (algorithm) => {
      await fc.assert(
        fc.asyncProperty(
          fc.uint8Array({ maxLength: 400 }),
          fc.array(fc.nat(), { maxLength: 4 }),
          async (data, cuts) => {
            const expected = createHash(algorithm.replace('-', '').toLowerCase())
              .update(data)
              .digest('hex')
            expect(hex(await pureJsHasher.digest(algorithm, split(data, cuts)))).toBe(expected)
          }
        ),
        { numRuns: 50 }
      )
    }
  )
})
