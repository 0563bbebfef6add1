/**
 * Seeded mutation fuzzing of signed PDFs: the verifier never throws, stays within its time
 * bound, and never says "passed" when a byte the signature covers was changed.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { cmsBlob, createDocument, fillTextField, signPdf } from '../../../fixtures/pdf'
import { testTrustAnchors } from '../../../fixtures/signers'
import { verify } from './helpers'

const CASES = 2000
const TIME_LIMIT_MS = 2000

/** mulberry32: a small seeded PRNG, so a failing case can be replayed from its seed. */
function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Base {
  bytes: Uint8Array
  /** The signed ranges of every signature, as [start, end) in the original file. */
  signed: Array<[number, number]>
}

let bases: Base[]

function signedRanges(bytes: Uint8Array): Array<[number, number]> {
  const text = Buffer.from(bytes).toString('latin1')
  return [...text.matchAll(/\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]/g)].flatMap((m) => {
    const [a, b, c, d] = m.slice(1).map(Number) as [number, number, number, number]
    return [[a, a + b] as [number, number], [c, c + d] as [number, number]]
  })
}

const PDF_TOKENS = [
  'obj',
  'endobj',
  '/ByteRange',
  'xref',
  'startxref',
  '%%EOF',
  '>>',
  '<<',
  '0 R',
  '[',
  ']',
  'stream',
  '9999999999'
]

function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  const at = Math.floor(random() * bytes.length)
  const kind = Math.floor(random() * 6)
  switch (kind) {
    case 0: {
      const copy = bytes.slice()
      copy[at] = Math.floor(random() * 256)
      return copy
    }
    case 1: {
      const token = Buffer.from(PDF_TOKENS[Math.floor(random() * PDF_TOKENS.length)]!, 'latin1')
      return Buffer.concat([bytes.subarray(0, at), token, bytes.subarray(at)])
    }
    case 2:
      return Buffer.concat([
        bytes.subarray(0, at),
        bytes.subarray(Math.min(bytes.length, at + 1 + Math.floor(random() * 64)))
      ])
    case 3:
      return bytes.slice(0, at)
    case 4: {
      const copy = bytes.slice()
      const digits = Buffer.from(bytes).toString('latin1')
      const index = digits.indexOf(' ', at)
      if (index > 0 && index + 1 < copy.length) copy[index + 1] = 0x30 + Math.floor(random() * 10)
      return copy
    }
    default: {
      const copy = bytes.slice()
      for (let k = 0; k < 8; k++)
        copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256)
      return copy
    }
  }
}

function touchesSignedBytes(original: Base, mutated: Uint8Array): boolean {
  return original.signed.some(([start, end]) => {
    if (mutated.length < end) return true
    for (let i = start; i < end; i++) if (mutated[i] !== original.bytes[i]) return true
    return false
  })
}

beforeAll(async () => {
  const once = await signPdf(createDocument({ textField: true }), {
    fieldName: 'Sig1',
    blob: cmsBlob('rsa'),
    placeholderBytes: 4000
  })
  const twice = await signPdf(fillTextField(once), {
    fieldName: 'Sig2',
    blob: cmsBlob('ecdsa'),
    placeholderBytes: 4000
  })
  bases = [once.bytes, twice.bytes].map((bytes) => ({ bytes, signed: signedRanges(bytes) }))
})

describe('fuzzing the verifier with mutated signed PDFs', () => {
  it('the unmutated bases pass, so a "not passed" below is the mutation\'s doing', async () => {
    for (const base of bases)
      expect((await verify(base.bytes, testTrustAnchors('rsa'))).verdict.status).toBe('passed')
  })

  it(`${CASES} seeded mutations: no throw, bounded time, never passed with changed signed bytes`, async () => {
    const random = prng(20260101)
    const anchors = testTrustAnchors('rsa')
    let changedSigned = 0
    for (let i = 0; i < CASES; i++) {
      const base = bases[i % bases.length]!
      const mutated = mutate(base.bytes, random)
      const started = performance.now()
      const report = await verify(mutated, anchors, { timeLimitMs: TIME_LIMIT_MS })
      const elapsed = performance.now() - started
      expect(elapsed, `case ${i}`).toBeLessThan(TIME_LIMIT_MS + 1000)
      if (touchesSignedBytes(base, mutated)) {
        changedSigned++
        expect(report.verdict.status, `case ${i}: ${JSON.stringify(report.verdict)}`).not.toBe(
          'passed'
        )
        for (const signature of report.signatures) {
          if (signature.signedRevision?.byteLength === base.bytes.length) {
            expect(signature.verdict.status, `case ${i}`).not.toBe('passed')
          }
        }
      }
    }
    expect(changedSigned).toBeGreaterThan(CASES / 2)
  }, 120_000)
})
