import { beforeAll, describe, expect, it } from 'vitest'
import {
  type FixturePdf,
  cmsBlob,
  createDocument,
  flipByte,
  offsetOf,
  signPdf
} from '../../../fixtures/pdf'
import { reasonOf, verify } from './helpers'

let plain: FixturePdf

beforeAll(() => {
  plain = createDocument({ pages: 1 })
})

async function signedWithRange(rewrite: (r: [number, number, number, number]) => number[]) {
  const signed = await signPdf(plain, {
    fieldName: 'Sig1',
    blob: cmsBlob('rsa'),
    byteRange: rewrite
  })
  const report = await verify(signed.bytes)
  return { report, signature: report.signatures[0]! }
}

describe('ByteRange checks and coverage', () => {
  it('a well-formed signature over the whole file passes and records the signed revision', async () => {
    const signed = await signPdf(plain, { fieldName: 'Sig1', blob: cmsBlob('rsa') })
    const report = await verify(signed.bytes)
    const signature = report.signatures[0]!
    expect(signature.coverage).toBe('entire-file')
    expect(signature.signedRevision).toEqual({ index: 1, byteLength: signed.bytes.length })
    expect(signature.byteRangeProblems).toEqual([])
    expect(reasonOf(report.verdict)).toBe('passed')
  })

  it('a range past the end of the file is a format failure', async () => {
    const { signature } = await signedWithRange(([a, b, c, d]) => [a, b, c, d + 100])
    expect(signature.byteRangeProblems).toContain('seals.byteRange.outsideFile')
    expect(signature.intact).toBeNull()
    expect(reasonOf(signature.verdict)).toBe('failed/seals.reason.formatFailure')
  })

  it('overlapping ranges are a format failure even though the hashed bytes verify', async () => {
    const { signature } = await signedWithRange(([a, b, c, d]) => [a, b, b - 10, d + (c - b) + 10])
    expect(signature.byteRangeProblems).toContain('seals.byteRange.overlapping')
    expect(reasonOf(signature.verdict)).toBe('failed/seals.reason.formatFailure')
  })

  it('descending ranges are a format failure', async () => {
    const { signature } = await signedWithRange(([, b, c, d]) => [c, d, 0, b])
    expect(signature.byteRangeProblems).toContain('seals.byteRange.notAscending')
    expect(reasonOf(signature.verdict)).toBe('failed/seals.reason.formatFailure')
  })

  it('an uncovered tail is contiguous-block-from-start and fails as nonstandard coverage', async () => {
    const { signature } = await signedWithRange(([a, b, c, d]) => [a, b, c, d - 30])
    expect(signature.intact).toBe(true)
    expect(signature.valid).toBe(true)
    expect(signature.coverage).toBe('contiguous-block-from-start')
    expect(reasonOf(signature.verdict)).toBe('failed/seals.reason.nonstandardCoverage')
  })

  it('a hole larger than /Contents is unclear coverage', async () => {
    const { signature } = await signedWithRange(([a, b, c, d]) => [a, b - 12, c, d])
    expect(signature.byteRangeProblems).toContain('seals.byteRange.holeNotContents')
    expect(signature.coverage).toBe('unclear')
    expect(reasonOf(signature.verdict)).toBe('failed/seals.reason.nonstandardCoverage')
  })

  it('a hole of the hex digits only, the < > signed, passes with a warning', async () => {
    const { signature } = await signedWithRange(([a, b, c, d]) => [a, b + 1, c - 1, d + 1])
    expect(signature.byteRangeProblems).toEqual([])
    expect(signature.coverage).toBe('entire-file')
    expect(signature.warnings).toContain('seals.warning.byteRangeExcludesOnlyHexDigits')
    expect(reasonOf(signature.verdict)).toBe('passed')
  })

  it('a hole that keeps one delimiter out of the signed bytes is still unclear coverage', async () => {
    const { signature } = await signedWithRange(([a, b, c, d]) => [a, b, c - 1, d + 1])
    expect(signature.byteRangeProblems).toContain('seals.byteRange.holeNotContents')
    expect(reasonOf(signature.verdict)).toBe('failed/seals.reason.nonstandardCoverage')
  })

  it('ranges not starting at 0, or more than two pairs, are unclear coverage', async () => {
    const late = await signedWithRange(([a, b, c, d]) => [a + 9, b - 9, c, d])
    expect(late.signature.byteRangeProblems).toContain('seals.byteRange.notFromStart')
    expect(reasonOf(late.signature.verdict)).toBe('failed/seals.reason.nonstandardCoverage')
    const three = await signedWithRange(([a, b, c, d]) => [a, 100, 100, b - 100, c, d])
    expect(three.signature.byteRangeProblems).toContain('seals.byteRange.notTwoRanges')
    expect(three.signature.coverage).toBe('unclear')
    expect(reasonOf(three.signature.verdict)).toBe('failed/seals.reason.nonstandardCoverage')
  })

  it('a byte flipped inside the signed range is a hash failure', async () => {
    const signed = await signPdf(plain, { fieldName: 'Sig1', blob: cmsBlob('rsa') })
    const tampered = flipByte(signed.bytes, offsetOf(signed.bytes, 'test page 1') + 3)
    const report = await verify(tampered)
    expect(report.signatures[0]!.intact).toBe(false)
    expect(reasonOf(report.verdict)).toBe('failed/seals.reason.hashFailure')
  })
})

describe('what the report says about a ByteRange it cannot use', () => {
  it('a negative offset is named as such, not also as ranges out of order', async () => {
    const { signature } = await signedWithRange(([a, b, , d]) => [a, b, -1, d])
    expect(signature.byteRangeProblems).toEqual([
      'seals.byteRange.notIntegers',
      'seals.byteRange.holeNotContents'
    ])
    expect(reasonOf(signature.verdict)).toBe('failed/seals.reason.formatFailure')
  })

  it('three ranges around /Contents do not claim that only its hex digits are unsigned', async () => {
    const { signature } = await signedWithRange(([a, b, c, d]) => [a, 100, 100, b - 100, c, d])
    expect(signature.byteRangeProblems).toEqual(['seals.byteRange.notTwoRanges'])
    expect(signature.warnings).not.toContain('seals.warning.byteRangeExcludesOnlyHexDigits')
  })
})
