/**
 * A small synchronous zlib/raw-deflate decoder (RFC 1950/1951) for xref and object streams.
 * Synchronous so the parser stays synchronous; bounded so a hostile stream cannot exhaust
 * memory (a "zip bomb" stops at `maxOutput`). Tolerant: a corrupt or truncated stream yields
 * what was decoded so far and `complete: false`, which is what readers do with damaged files.
 */

export interface InflateResult {
  data: Uint8Array
  complete: boolean
}

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
  163, 195, 227, 258
]
const LENGTH_EXTRA = [
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0
]
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
  3073, 4097, 6145, 8193, 12289, 16385, 24577
]
const DIST_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13
]
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

class InflateError extends Error {}

/** Canonical Huffman table: counts per length and symbols sorted by code. */
interface Huffman {
  counts: Uint16Array
  symbols: Uint16Array
}

function buildHuffman(lengths: ArrayLike<number>): Huffman {
  const counts = new Uint16Array(16)
  for (let i = 0; i < lengths.length; i++) counts[lengths[i] ?? 0]!++
  counts[0] = 0
  const offsets = new Uint16Array(16)
  for (let len = 1; len < 16; len++) offsets[len] = offsets[len - 1]! + counts[len - 1]!
  const symbols = new Uint16Array(lengths.length)
  for (let i = 0; i < lengths.length; i++) {
    const len = lengths[i] ?? 0
    if (len !== 0) symbols[offsets[len]!++] = i
  }
  return { counts, symbols }
}

const FIXED_LITERALS = buildHuffman(
  Array.from({ length: 288 }, (_, i) => (i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8))
)
const FIXED_DISTANCES = buildHuffman(new Array<number>(30).fill(5))

class BitReader {
  private bitBuffer = 0
  private bitCount = 0
  constructor(
    private readonly input: Uint8Array,
    public position: number
  ) {}

  bits(count: number): number {
    while (this.bitCount < count) {
      if (this.position >= this.input.length) throw new InflateError('truncated')
      this.bitBuffer |= this.input[this.position++]! << this.bitCount
      this.bitCount += 8
    }
    const value = this.bitBuffer & ((1 << count) - 1)
    this.bitBuffer >>>= count
    this.bitCount -= count
    return value
  }

  alignToByte(): void {
    this.bitBuffer = 0
    this.bitCount = 0
  }

  decode(table: Huffman): number {
    let code = 0
    let first = 0
    let index = 0
    for (let len = 1; len < 16; len++) {
      code |= this.bits(1)
      const count = table.counts[len]!
      if (code - first < count) return table.symbols[index + code - first]!
      index += count
      first = (first + count) << 1
      code <<= 1
    }
    throw new InflateError('bad code')
  }
}

class Output {
  buffer: Uint8Array
  length = 0
  constructor(
    initial: number,
    private readonly max: number
  ) {
    this.buffer = new Uint8Array(Math.max(64, Math.min(initial, max)))
  }
  ensure(extra: number): void {
    const needed = this.length + extra
    if (needed > this.max) throw new InflateError('output limit')
    if (needed <= this.buffer.length) return
    const grown = new Uint8Array(Math.min(this.max, Math.max(needed, this.buffer.length * 2)))
    grown.set(this.buffer.subarray(0, this.length))
    this.buffer = grown
  }
}

function readDynamicTables(reader: BitReader): [Huffman, Huffman] {
  const literalCount = reader.bits(5) + 257
  const distanceCount = reader.bits(5) + 1
  const codeLengthCount = reader.bits(4) + 4
  const codeLengths = new Uint8Array(19)
  for (let i = 0; i < codeLengthCount; i++) codeLengths[CODE_LENGTH_ORDER[i]!] = reader.bits(3)
  const codeLengthTable = buildHuffman(codeLengths)
  const lengths = new Uint8Array(literalCount + distanceCount)
  let i = 0
  while (i < lengths.length) {
    const symbol = reader.decode(codeLengthTable)
    if (symbol < 16) {
      lengths[i++] = symbol
      continue
    }
    let repeat: number
    let value = 0
    if (symbol === 16) {
      if (i === 0) throw new InflateError('repeat without previous')
      value = lengths[i - 1]!
      repeat = 3 + reader.bits(2)
    } else if (symbol === 17) repeat = 3 + reader.bits(3)
    else repeat = 11 + reader.bits(7)
    if (i + repeat > lengths.length) throw new InflateError('too many lengths')
    lengths.fill(value, i, i + repeat)
    i += repeat
  }
  return [
    buildHuffman(lengths.subarray(0, literalCount)),
    buildHuffman(lengths.subarray(literalCount))
  ]
}

function inflateBlock(reader: BitReader, out: Output, literals: Huffman, distances: Huffman): void {
  for (;;) {
    const symbol = reader.decode(literals)
    if (symbol < 256) {
      out.ensure(1)
      out.buffer[out.length++] = symbol
      continue
    }
    if (symbol === 256) return
    const lengthIndex = symbol - 257
    if (lengthIndex >= 29) throw new InflateError('bad length symbol')
    const length = LENGTH_BASE[lengthIndex]! + reader.bits(LENGTH_EXTRA[lengthIndex]!)
    const distanceIndex = reader.decode(distances)
    if (distanceIndex >= 30) throw new InflateError('bad distance symbol')
    const distance = DIST_BASE[distanceIndex]! + reader.bits(DIST_EXTRA[distanceIndex]!)
    if (distance > out.length) throw new InflateError('distance too far')
    out.ensure(length)
    copyMatch(out.buffer, out.length, distance, length)
    out.length += length
  }
}

/** Below this a byte loop beats a native copy. */
const NATIVE_COPY_MIN = 32

/**
 * Repeats the `distance` bytes before `at` for `length` bytes. Long runs (what a bomb is made
 * of) go through native fill and copyWithin, doubling the copied span while source and
 * destination overlap, so 64 MB of zeros inflate at memory speed.
 */
function copyMatch(buffer: Uint8Array, at: number, distance: number, length: number): void {
  const from = at - distance
  if (length < NATIVE_COPY_MIN) {
    for (let k = 0; k < length; k++) buffer[at + k] = buffer[from + k]!
  } else if (distance === 1) buffer.fill(buffer[from]!, at, at + length)
  else {
    let done = 0
    let span = distance
    while (done < length) {
      const chunk = Math.min(span, length - done)
      buffer.copyWithin(at + done, from, from + chunk)
      done += chunk
      span += chunk
    }
  }
}

/**
 * Decodes FlateDecode data: a zlib stream, or (as some writers produce) raw deflate.
 * @param maxOutput stop and report incomplete beyond this many bytes.
 */
export function inflate(input: Uint8Array, maxOutput: number): InflateResult {
  const hasZlibHeader =
    input.length >= 2 && (input[0]! & 0x0f) === 8 && ((input[0]! << 8) | input[1]!) % 31 === 0
  const reader = new BitReader(input, hasZlibHeader ? 2 : 0)
  const out = new Output(input.length * 4, maxOutput)
  let complete = false
  try {
    let last = 0
    while (!last) {
      last = reader.bits(1)
      const type = reader.bits(2)
      if (type === 0) {
        reader.alignToByte()
        const start = reader.position
        if (start + 4 > input.length) throw new InflateError('truncated')
        const length = input[start]! | (input[start + 1]! << 8)
        const end = Math.min(input.length, start + 4 + length)
        out.ensure(end - start - 4)
        out.buffer.set(input.subarray(start + 4, end), out.length)
        out.length += end - start - 4
        reader.position = end
        if (end - start - 4 < length) throw new InflateError('truncated')
      } else if (type === 1) inflateBlock(reader, out, FIXED_LITERALS, FIXED_DISTANCES)
      else if (type === 2) {
        const [literals, distances] = readDynamicTables(reader)
        inflateBlock(reader, out, literals, distances)
      } else throw new InflateError('bad block type')
    }
    complete = true
  } catch (error) {
    if (!(error instanceof InflateError)) throw error
  }
  return { data: out.buffer.subarray(0, out.length), complete }
}
