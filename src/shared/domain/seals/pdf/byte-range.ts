/**
 * /ByteRange checks (签名范围) and the coverage class, as pyHanko and EU DSS define them.
 * A well-formed ByteRange is two pairs `[0 a b c]` whose hole [a, b) is exactly the /Contents
 * hex string with its `<` `>` delimiters, as Adobe writes it.
 */
import type { ByteRangeProblem } from '../codes'
import type { Revision } from './document'
import type { SignatureDictionary } from './signatures'

/** pyHanko's SignatureCoverageLevel, best first. */
export type Coverage = 'entire-file' | 'entire-revision' | 'contiguous-block-from-start' | 'unclear'

export type { ByteRangeProblem } from '../codes'

/** Problems that make the signature structurally unusable: DSS FORMAT_FAILURE. */
const FORMAT_PROBLEMS: ReadonlySet<ByteRangeProblem> = new Set([
  'seals.byteRange.missing',
  'seals.byteRange.notIntegers',
  'seals.byteRange.oddCount',
  'seals.byteRange.outsideFile',
  'seals.byteRange.notAscending',
  'seals.byteRange.overlapping',
  'seals.byteRange.contentsMissing'
])

export interface ByteRangeAnalysis {
  problems: ByteRangeProblem[]
  formatFailure: boolean
  /** Views into the file, in order; only when every range lies inside the file. */
  signedChunks: Uint8Array[] | undefined
  coverage: Coverage
  /** Where the last range ends: the byte length of what was signed. */
  signedEnd: number | undefined
  /** The revision a well-formed ByteRange ends at (entire-file / entire-revision coverage). */
  signedRevision: number | undefined
  /**
   * The hole is the hex digits only, the `<` `>` around them signed: not what Adobe writes,
   * but nothing outside the signature value is left unsigned (a warning, not a failure).
   */
  delimitersSigned: boolean
}

export function analyzeByteRange(
  fileLength: number,
  signature: SignatureDictionary,
  revisions: readonly Revision[],
  isDefinedAsOf: (revision: number) => boolean,
  file: Uint8Array
): ByteRangeAnalysis {
  const problems: ByteRangeProblem[] = []
  const values = signature.byteRange
  if (!values || values.length === 0) problems.push('seals.byteRange.missing')
  const numbers = values ?? []
  if (numbers.some((n) => !Number.isSafeInteger(n) || n < 0))
    problems.push('seals.byteRange.notIntegers')
  if (numbers.length % 2 !== 0) problems.push('seals.byteRange.oddCount')
  const ranges: Array<[number, number]> = []
  for (let i = 0; i + 1 < numbers.length; i += 2) ranges.push([numbers[i]!, numbers[i + 1]!])
  const usable = !problems.includes('seals.byteRange.notIntegers')
  if (usable && ranges.some(([start, length]) => start + length > fileLength))
    problems.push('seals.byteRange.outsideFile')
  if (usable) {
    for (let i = 1; i < ranges.length; i++) {
      const [previousStart, previousLength] = ranges[i - 1]!
      const [start] = ranges[i]!
      if (start < previousStart) problems.push('seals.byteRange.notAscending')
      else if (start < previousStart + previousLength) problems.push('seals.byteRange.overlapping')
    }
  }
  const contents = signature.contents
  if (!contents || signature.objectLocation?.kind === 'object-stream')
    problems.push('seals.byteRange.contentsMissing')
  const signedChunks =
    usable && values && !problems.includes('seals.byteRange.outsideFile')
      ? ranges.map(([start, length]) => file.subarray(start, start + length))
      : undefined
  const last = ranges[ranges.length - 1]
  const signedEnd = usable && last ? last[0] + last[1] : undefined
  let delimitersSigned = false
  if (ranges.length !== 2) problems.push('seals.byteRange.notTwoRanges')
  else {
    const [[firstStart, firstLength], [secondStart]] = ranges as [
      [number, number],
      [number, number]
    ]
    if (firstStart !== 0) problems.push('seals.byteRange.notFromStart')
    const holeStart = firstStart + firstLength
    delimitersSigned =
      contents !== undefined &&
      contents.hex &&
      contents.start + 1 === holeStart &&
      contents.end - 1 === secondStart
    if (
      !delimitersSigned &&
      (!contents || contents.start !== holeStart || contents.end !== secondStart)
    ) {
      problems.push('seals.byteRange.holeNotContents')
    }
  }
  const unique = [...new Set(problems)]
  const formatFailure = unique.some((problem) => FORMAT_PROBLEMS.has(problem))
  if (formatFailure || unique.length > 0 || signedEnd === undefined) {
    return {
      problems: unique,
      formatFailure,
      signedChunks,
      coverage: 'unclear',
      signedEnd,
      signedRevision: undefined,
      delimitersSigned
    }
  }
  const endingAt = revisions.find(
    (revision) => signedEnd >= revision.eofEnd && signedEnd <= revision.end
  )
  // Bytes after the signed block that are not a later revision: nothing to compare against.
  const signedRevision = endingAt?.index
  if (signedRevision !== undefined && !isDefinedAsOf(signedRevision)) {
    unique.push('seals.byteRange.dictionaryNotInSignedRevision')
    return {
      problems: unique,
      formatFailure,
      signedChunks,
      coverage: 'unclear',
      signedEnd,
      signedRevision,
      delimitersSigned
    }
  }
  const coverage: Coverage =
    signedEnd === fileLength
      ? 'entire-file'
      : endingAt
        ? 'entire-revision'
        : 'contiguous-block-from-start'
  return {
    problems: unique,
    formatFailure,
    signedChunks,
    coverage,
    signedEnd,
    signedRevision,
    delimitersSigned
  }
}
