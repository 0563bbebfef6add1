/**
 * The PDF object model and a tolerant object parser (ISO 32000-1 §7.3). Objects keep the byte
 * offsets the verifier needs (where a string starts and ends, for the /Contents hole check);
 * stream data stays a view into the file.
 */
import { BudgetExceeded } from './budget'
import { Lexer, type Token, indexOfAscii, isWhitespace } from './lexer'

export interface PdfName {
  kind: 'name'
  value: string
}
export interface PdfString {
  kind: 'string'
  bytes: Uint8Array
  hex: boolean
  /** Offset of the opening delimiter and just past the closing one, in the parsed buffer. */
  start: number
  end: number
}
export interface PdfArray {
  kind: 'array'
  items: PdfObject[]
}
export interface PdfDict {
  kind: 'dict'
  entries: Map<string, PdfObject>
}
export interface PdfRef {
  kind: 'ref'
  num: number
  gen: number
}
export interface PdfStream {
  kind: 'stream'
  dict: PdfDict
  /** The raw (still encoded) data, a view into the file or a decoded object stream. */
  data: Uint8Array
  /** In an encrypted file: `data` decrypted, computed on each call (filters still to apply). */
  plain?: () => Uint8Array
}
export type PdfObject =
  null | boolean | number | PdfName | PdfString | PdfArray | PdfDict | PdfRef | PdfStream

/** An object as defined by `num gen obj … endobj`. */
export interface IndirectObject {
  num: number
  gen: number
  value: PdfObject
  /** Offset of the object number and just past its value (or `endobj`). */
  start: number
  end: number
}

export class PdfSyntaxError extends Error {}

/** Deeper nesting than this is hostile, not a real document. */
const MAX_DEPTH = 64
/**
 * Values in one object; real ones (a page tree's /Kids, a CID font's /W) stay far below. Past
 * it the file is refused whole (BudgetExceeded): a parsed value takes some hundred times its
 * bytes, and an object stream of a few KB can inflate to millions of them.
 */
const MAX_VALUES_PER_OBJECT = 250_000
/** `n g obj` starts within this many bytes of where an xref entry points, or it is not there. */
const OBJECT_HEADER_WINDOW = 1024
/**
 * Indirect /Length values resolved inside one another. A /Length object is a number, found in
 * one step (two when it sits in an object stream with an indirect /Length of its own); a chain
 * of streams each taking its length from the next would otherwise recurse once per link.
 */
const MAX_LENGTH_NESTING = 4

export const isDict = (value: PdfObject | undefined): value is PdfDict =>
  typeof value === 'object' && value !== null && value.kind === 'dict'
export const isRef = (value: PdfObject | undefined): value is PdfRef =>
  typeof value === 'object' && value !== null && value.kind === 'ref'
export const isArray = (value: PdfObject | undefined): value is PdfArray =>
  typeof value === 'object' && value !== null && value.kind === 'array'
export const isName = (value: PdfObject | undefined, name?: string): value is PdfName =>
  typeof value === 'object' &&
  value !== null &&
  value.kind === 'name' &&
  (name === undefined || value.value === name)
export const isString = (value: PdfObject | undefined): value is PdfString =>
  typeof value === 'object' && value !== null && value.kind === 'string'
export const isStream = (value: PdfObject | undefined): value is PdfStream =>
  typeof value === 'object' && value !== null && value.kind === 'stream'

export const refKey = (ref: PdfRef): string => `${ref.num} ${ref.gen}`

/** Parses one object from a token stream; `n g R` references are recognised by lookahead. */
export class ObjectParser {
  private buffered: Token[] = []
  private values = 0

  constructor(readonly lexer: Lexer) {}

  peek(offset = 0): Token {
    while (this.buffered.length <= offset) this.buffered.push(this.lexer.next())
    return this.buffered[offset]!
  }

  take(): Token {
    const token = this.peek()
    this.buffered.shift()
    return token
  }

  /** Where the next unread token starts. */
  get position(): number {
    return this.buffered[0]?.start ?? this.lexer.position
  }

  parse(depth = 0): PdfObject {
    if (depth > MAX_DEPTH) throw new PdfSyntaxError('nesting too deep')
    if (++this.values > MAX_VALUES_PER_OBJECT) throw new BudgetExceeded()
    const token = this.take()
    switch (token.kind) {
      case 'number': {
        const second = this.peek()
        const third = this.peek(1)
        if (
          token.integer &&
          token.value >= 0 &&
          second.kind === 'number' &&
          second.integer &&
          second.value >= 0 &&
          third.kind === 'keyword' &&
          third.value === 'R'
        ) {
          this.take()
          this.take()
          return { kind: 'ref', num: token.value, gen: second.value }
        }
        return token.value
      }
      case 'name':
        return { kind: 'name', value: token.value }
      case 'string':
        return {
          kind: 'string',
          bytes: token.bytes,
          hex: token.hex,
          start: token.start,
          end: token.end
        }
      case 'delimiter':
        if (token.value === '[') return this.parseArray(depth)
        if (token.value === '<<') return this.parseDict(depth)
        throw new PdfSyntaxError(`unexpected ${token.value}`)
      case 'keyword':
        if (token.value === 'true') return true
        if (token.value === 'false') return false
        if (token.value === 'null') return null
        throw new PdfSyntaxError(`unexpected keyword ${token.value.slice(0, 20)}`)
      case 'eof':
        throw new PdfSyntaxError('unexpected end of data')
    }
  }

  private parseArray(depth: number): PdfArray {
    const items: PdfObject[] = []
    for (;;) {
      const token = this.peek()
      if (token.kind === 'delimiter' && token.value === ']') {
        this.take()
        return { kind: 'array', items }
      }
      if (token.kind === 'eof') throw new PdfSyntaxError('unterminated array')
      items.push(this.parse(depth + 1))
    }
  }

  private parseDict(depth: number): PdfDict {
    const entries = new Map<string, PdfObject>()
    for (;;) {
      const token = this.take()
      if (token.kind === 'delimiter' && token.value === '>>') return { kind: 'dict', entries }
      if (token.kind === 'eof') throw new PdfSyntaxError('unterminated dictionary')
      if (token.kind !== 'name') throw new PdfSyntaxError('dictionary key is not a name')
      const next = this.peek()
      if (next.kind === 'delimiter' && next.value === '>>') {
        entries.set(token.value, null)
        continue
      }
      // The first definition wins, as in most readers (a duplicate key is a spoofing trick).
      const value = this.parse(depth + 1)
      if (!entries.has(token.value)) entries.set(token.value, value)
    }
  }
}

/** Resolves an indirect /Length while a stream is being parsed; undefined when unknown. */
export type LengthResolver = (ref: PdfRef) => number | undefined

/**
 * Parses `num gen obj <value> [stream…endstream] endobj` at `offset`. Throws PdfSyntaxError
 * when the bytes there are not an object definition.
 */
export function parseIndirectObject(
  bytes: Uint8Array,
  offset: number,
  resolveLength: LengthResolver,
  limit = bytes.length
): IndirectObject {
  // The header is read in a window: an offset into a long run of one token (a string that
  // never closes) costs a window, not the rest of the file, however many entries point there.
  const header = new Lexer(bytes, offset, Math.min(limit, offset + OBJECT_HEADER_WINDOW))
  const num = header.next()
  const gen = header.next()
  const keyword = header.next()
  if (
    num.kind !== 'number' ||
    !num.integer ||
    gen.kind !== 'number' ||
    !gen.integer ||
    keyword.kind !== 'keyword' ||
    keyword.value !== 'obj'
  ) {
    throw new PdfSyntaxError(`no object definition at ${offset}`)
  }
  const parser = new ObjectParser(new Lexer(bytes, keyword.end, limit))
  const value = parser.parse()
  const after = parser.peek()
  if (isDict(value) && after.kind === 'keyword' && after.value === 'stream') {
    const stream = readStreamData(bytes, after.end, value, resolveLength, limit)
    return {
      num: num.value,
      gen: gen.value,
      value: stream.stream,
      start: num.start,
      end: stream.end
    }
  }
  const end = after.kind === 'keyword' && after.value === 'endobj' ? after.end : parser.position
  return { num: num.value, gen: gen.value, value, start: num.start, end }
}

function readStreamData(
  bytes: Uint8Array,
  afterKeyword: number,
  dict: PdfDict,
  resolveLength: LengthResolver,
  limit: number
): { stream: PdfStream; end: number } {
  let dataStart = afterKeyword
  if (bytes[dataStart] === 0x0d) dataStart++
  if (bytes[dataStart] === 0x0a) dataStart++
  const lengthValue = dict.entries.get('Length')
  const declared =
    typeof lengthValue === 'number'
      ? lengthValue
      : isRef(lengthValue)
        ? resolveLengthBounded(resolveLength, lengthValue)
        : undefined
  let dataEnd = -1
  if (
    declared !== undefined &&
    Number.isInteger(declared) &&
    declared >= 0 &&
    dataStart + declared <= limit
  ) {
    let probe = dataStart + declared
    while (probe < limit && isWhitespace(bytes[probe]!)) probe++
    if (indexOfAscii(bytes, 'endstream', probe, probe + 9) === probe) dataEnd = dataStart + declared
  }
  if (dataEnd < 0) {
    // A wrong /Length is common in damaged files: fall back to the `endstream` keyword.
    const keyword = nextEndstream(bytes, dataStart, limit)
    if (keyword < 0) throw new PdfSyntaxError('unterminated stream')
    dataEnd = keyword
    if (bytes[dataEnd - 1] === 0x0a) dataEnd--
    if (bytes[dataEnd - 1] === 0x0d) dataEnd--
    dataEnd = Math.max(dataStart, dataEnd)
  }
  const endstream = indexOfAscii(bytes, 'endstream', dataEnd, limit)
  let end = endstream < 0 ? dataEnd : endstream + 9
  const endobj = indexOfAscii(bytes, 'endobj', end, Math.min(limit, end + 64))
  if (endobj >= 0) end = endobj + 6
  return { stream: { kind: 'stream', dict, data: bytes.subarray(dataStart, dataEnd) }, end }
}

/** Parsing is synchronous: a counter around the resolver is the nesting of the current parse. */
let lengthNesting = 0

function resolveLengthBounded(resolveLength: LengthResolver, ref: PdfRef): number | undefined {
  if (lengthNesting >= MAX_LENGTH_NESTING) return undefined
  lengthNesting++
  try {
    return resolveLength(ref)
  } finally {
    lengthNesting--
  }
}

/**
 * Where `endstream` occurs in each file, found in one pass the first time a /Length is wrong.
 * Searching afresh for each such stream would let a file of streams that never end (or a
 * reader trying every definition of an object) cost the rest of the file per stream. Keyed by
 * the file's bytes, which the verifier never modifies.
 */
const endstreamOffsets = new WeakMap<Uint8Array, Float64Array>()

/** The first `endstream` at or after `from` and before `limit` - 9; -1 when there is none. */
function nextEndstream(bytes: Uint8Array, from: number, limit: number): number {
  let offsets = endstreamOffsets.get(bytes)
  if (!offsets) {
    offsets = findAll(bytes, 'endstream')
    endstreamOffsets.set(bytes, offsets)
  }
  let low = 0
  let high = offsets.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (offsets[middle]! < from) low = middle + 1
    else high = middle
  }
  const found = offsets[low]
  return found !== undefined && found + 9 <= limit ? found : -1
}

/** Every offset of `needle`, ascending; counted first so that one exact array is allocated. */
function findAll(bytes: Uint8Array, needle: string): Float64Array {
  let count = 0
  for (let at = indexOfAscii(bytes, needle, 0); at >= 0; at = indexOfAscii(bytes, needle, at + 1))
    count++
  const offsets = new Float64Array(count)
  let index = 0
  for (let at = indexOfAscii(bytes, needle, 0); at >= 0; at = indexOfAscii(bytes, needle, at + 1))
    offsets[index++] = at
  return offsets
}

/** Deep structural equality, used to tell a rewritten-but-identical object from a changed one. */
export function pdfEquals(a: PdfObject | undefined, b: PdfObject | undefined, depth = 0): boolean {
  if (a === b) return true
  if (depth > MAX_DEPTH) return false
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (a.kind !== b.kind) return false
  switch (a.kind) {
    case 'name':
      return a.value === (b as PdfName).value
    case 'ref':
      return a.num === (b as PdfRef).num && a.gen === (b as PdfRef).gen
    case 'string':
      return bytesEqual(a.bytes, (b as PdfString).bytes)
    case 'array': {
      const other = b as PdfArray
      return (
        a.items.length === other.items.length &&
        a.items.every((item, i) => pdfEquals(item, other.items[i], depth + 1))
      )
    }
    case 'dict':
      return dictEquals(a, b as PdfDict, depth)
    case 'stream':
      return (
        dictEquals(a.dict, (b as PdfStream).dict, depth) &&
        // AES gives the same data a new IV each time it is written: compare what it says.
        bytesEqual(a.plain?.() ?? a.data, (b as PdfStream).plain?.() ?? (b as PdfStream).data)
      )
  }
}

function dictEquals(a: PdfDict, b: PdfDict, depth: number): boolean {
  const keys = new Set([...a.entries.keys(), ...b.entries.keys()])
  for (const key of keys) {
    if (!pdfEquals(a.entries.get(key), b.entries.get(key), depth + 1)) return false
  }
  return true
}

/** The keys whose values differ between two dictionaries. */
export function changedKeys(a: PdfDict, b: PdfDict): string[] {
  const keys = new Set([...a.entries.keys(), ...b.entries.keys()])
  return [...keys].filter((key) => !pdfEquals(a.entries.get(key), b.entries.get(key)))
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
