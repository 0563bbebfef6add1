/**
 * The /ByteRange rules on their own (pdf/byte-range.ts), on a made-up 1,000-byte file whose one
 * revision ends at 998 (`%%EOF`) and 1,000 (after its end-of-line), and whose /Contents hex
 * string runs from 400 (`<`) to 600 (just past `>`). Expected problems and coverage are those of
 * ISO 32000-1 §12.8.1 (two ranges, from 0, the hole exactly /Contents) and pyHanko's coverage
 * levels, written by hand.
 */
import { describe, expect, it } from 'vitest'
import { analyzeByteRange } from '../../../../src/shared/domain/seals/pdf/byte-range'
import type { Revision } from '../../../../src/shared/domain/seals/pdf/document'
import type { SignatureDictionary } from '../../../../src/shared/domain/seals/pdf/signatures'

const FILE = new Uint8Array(1000)
const revision = (index: number, eofEnd: number, end: number) =>
  ({ index, eofEnd, end }) as Revision
const ONE_REVISION = [revision(0, 998, 1000)]

function signature(
  byteRange: number[] | undefined,
  contents = { start: 400, end: 600, hex: true }
) {
  return {
    num: 9,
    objectLocation: { kind: 'file', start: 380, end: 620 },
    byteRange,
    contents: { kind: 'string', bytes: new Uint8Array(99), ...contents }
  } as unknown as SignatureDictionary
}

const analyse = (
  byteRange: number[] | undefined,
  options: {
    revisions?: Revision[]
    definedAsOf?: (revision: number) => boolean
    sig?: SignatureDictionary
  } = {}
) =>
  analyzeByteRange(
    FILE.length,
    options.sig ?? signature(byteRange),
    options.revisions ?? ONE_REVISION,
    options.definedAsOf ?? (() => true),
    FILE
  )

describe('a ByteRange as Adobe writes it', () => {
  it('[0 400 600 400] covers the entire file', () => {
    const result = analyse([0, 400, 600, 400])
    expect(result).toMatchObject({
      problems: [],
      formatFailure: false,
      coverage: 'entire-file',
      signedEnd: 1000,
      signedRevision: 0,
      delimitersSigned: false
    })
    expect(result.signedChunks!.map((chunk) => [chunk.byteOffset, chunk.length])).toEqual([
      [0, 400],
      [600, 400]
    ])
  })

  it('ending at %%EOF without its end-of-line, or after it, is the revision', () => {
    const two = [revision(0, 798, 800), revision(1, 998, 1000)]
    expect(analyse([0, 400, 600, 198], { revisions: two })).toMatchObject({
      coverage: 'entire-revision',
      signedRevision: 0,
      signedEnd: 798
    })
    expect(analyse([0, 400, 600, 200], { revisions: two })).toMatchObject({
      coverage: 'entire-revision',
      signedRevision: 0,
      signedEnd: 800
    })
    // One byte short of %%EOF, or one past the end-of-line: not where a revision ends.
    expect(analyse([0, 400, 600, 197], { revisions: two }).coverage).toBe(
      'contiguous-block-from-start'
    )
    expect(analyse([0, 400, 600, 201], { revisions: two }).coverage).toBe(
      'contiguous-block-from-start'
    )
  })

  it('a dictionary that the signed revision does not define is unclear', () => {
    expect(analyse([0, 400, 600, 400], { definedAsOf: () => false })).toMatchObject({
      problems: ['seals.byteRange.dictionaryNotInSignedRevision'],
      formatFailure: false,
      coverage: 'unclear',
      signedRevision: 0
    })
  })
})

describe('malformed ByteRanges are format failures', () => {
  it.each([
    ['absent', undefined, ['seals.byteRange.missing']],
    ['empty', [], ['seals.byteRange.missing']]
  ] as const)('%s: missing', (_, byteRange, problems) => {
    const result = analyse(byteRange as number[] | undefined)
    expect(result.problems).toEqual(expect.arrayContaining([...problems]))
    expect(result.formatFailure).toBe(true)
    expect(result.coverage).toBe('unclear')
  })

  it.each([
    ['a negative entry', [0, 400, -600, 400]],
    ['a fraction', [0, 400.5, 600, 400]],
    ['a number past 2^53', [0, 400, 600, 2 ** 53]],
    ['something not a number', [0, 400, Number.NaN, 400]]
  ])('%s: not integers, and nothing is hashed', (_, byteRange) => {
    const result = analyse(byteRange)
    expect(result.problems).toContain('seals.byteRange.notIntegers')
    expect(result.formatFailure).toBe(true)
    expect(result.signedChunks).toBeUndefined()
    expect(result.signedEnd).toBeUndefined()
  })

  it('an odd number of entries', () => {
    const result = analyse([0, 400, 600])
    expect(result.problems).toEqual(['seals.byteRange.oddCount', 'seals.byteRange.notTwoRanges'])
    expect(result.formatFailure).toBe(true)
  })

  it('a range past the end of the file: nothing is hashed', () => {
    const result = analyse([0, 400, 600, 401])
    expect(result.problems).toEqual(['seals.byteRange.outsideFile'])
    expect(result.formatFailure).toBe(true)
    expect(result.signedChunks).toBeUndefined()
  })

  it('descending starts, and a start inside the previous range', () => {
    expect(analyse([600, 400, 0, 400]).problems).toEqual(
      expect.arrayContaining(['seals.byteRange.notAscending'])
    )
    // Same start twice: the second begins inside the first, which is overlap, not descent.
    expect(analyse([0, 400, 0, 400]).problems).toEqual(
      expect.arrayContaining(['seals.byteRange.overlapping'])
    )
    expect(analyse([0, 400, 0, 400]).problems).not.toContain('seals.byteRange.notAscending')
    expect(analyse([0, 400, 399, 601]).problems).toEqual(
      expect.arrayContaining(['seals.byteRange.overlapping'])
    )
    // Touching ranges do not overlap.
    expect(analyse([0, 400, 400, 600]).problems).not.toContain('seals.byteRange.overlapping')
  })

  it('/Contents missing, or inside an object stream where no offset means anything', () => {
    const noContents = { ...signature([0, 400, 600, 400]), contents: undefined }
    expect(analyse(undefined, { sig: noContents }).problems).toContain(
      'seals.byteRange.contentsMissing'
    )
    const compressed = {
      ...signature([0, 400, 600, 400]),
      objectLocation: { kind: 'object-stream', streamNum: 5 }
    } as SignatureDictionary
    const result = analyse(undefined, { sig: compressed })
    expect(result.problems).toEqual(['seals.byteRange.contentsMissing'])
    expect(result.formatFailure).toBe(true)
  })
})

describe('well-formed but unclear coverage', () => {
  it('three ranges, or one', () => {
    expect(analyse([0, 400, 600, 200, 900, 100])).toMatchObject({
      problems: ['seals.byteRange.notTwoRanges'],
      formatFailure: false,
      coverage: 'unclear'
    })
    expect(analyse([0, 1000]).problems).toEqual(['seals.byteRange.notTwoRanges'])
  })

  it('not starting at 0', () => {
    expect(analyse([1, 399, 600, 400]).problems).toEqual(['seals.byteRange.notFromStart'])
  })

  it('a hole wider or narrower than /Contents', () => {
    expect(analyse([0, 399, 600, 400]).problems).toEqual(['seals.byteRange.holeNotContents'])
    expect(analyse([0, 400, 601, 399]).problems).toEqual(['seals.byteRange.holeNotContents'])
  })

  it('a hole of the hex digits only, both delimiters signed: no problem, delimiters signed', () => {
    expect(analyse([0, 401, 599, 401])).toMatchObject({
      problems: [],
      coverage: 'entire-file',
      delimitersSigned: true
    })
  })

  it('the same hole around a literal string is not the hex-digit case', () => {
    const literal = signature([0, 401, 599, 401], { start: 400, end: 600, hex: false })
    expect(analyse(undefined, { sig: literal })).toMatchObject({
      problems: ['seals.byteRange.holeNotContents'],
      delimitersSigned: false
    })
  })

  it('only the opening delimiter signed, or only the closing one: the hole is not /Contents', () => {
    expect(analyse([0, 401, 600, 400]).problems).toEqual(['seals.byteRange.holeNotContents'])
    expect(analyse([0, 400, 599, 401]).problems).toEqual(['seals.byteRange.holeNotContents'])
  })
})
