/**
 * Cross-reference sections (ISO 32000-1 §7.5.4 tables, §7.5.8 streams) and the reconstruction
 * readers fall back to when a section is missing or garbage: a scan for `n g obj`.
 */
import type { Budget } from './budget'
import { decodeStream } from './filters'
import { Lexer, indexOfAscii, isWhitespace } from './lexer'
import {
  type LengthResolver,
  type PdfDict,
  type PdfStream,
  ObjectParser,
  PdfSyntaxError,
  isArray,
  isDict,
  isName,
  isStream,
  parseIndirectObject
} from './objects'

export type XrefEntry =
  | { type: 'free' }
  | { type: 'offset'; offset: number; gen: number }
  | { type: 'compressed'; streamNum: number; index: number }

export interface XrefSection {
  /** Where the section starts (`xref` keyword or the xref stream object). */
  offset: number
  kind: 'table' | 'stream' | 'reconstructed'
  entries: Map<number, XrefEntry>
  trailer: PdfDict
  prev?: number
  /** Hybrid-reference files: a table's trailer may point at an additional xref stream. */
  xrefStream?: number
}

/** The shortest table entry this tolerant reader accepts: `0 0 n` and a separator. */
const MIN_TABLE_ENTRY_BYTES = 6

const noLengths: LengthResolver = () => undefined

function integerOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined
}

function withLinks(section: Omit<XrefSection, 'prev' | 'xrefStream'>): XrefSection {
  const prev = integerOrUndefined(section.trailer.entries.get('Prev'))
  const xrefStream = integerOrUndefined(section.trailer.entries.get('XRefStm'))
  return {
    ...section,
    ...(prev !== undefined ? { prev } : {}),
    ...(xrefStream !== undefined ? { xrefStream } : {})
  }
}

/**
 * Parses the section at `offset`: a table when `xref` is there, else an xref stream. Its
 * entries and decompression are charged to `budget` (BudgetExceeded past its allowances).
 */
export function parseXrefSection(bytes: Uint8Array, offset: number, budget: Budget): XrefSection {
  if (offset < 0 || offset >= bytes.length) throw new PdfSyntaxError('startxref outside the file')
  let start = offset
  while (start < bytes.length && isWhitespace(bytes[start]!)) start++
  if (indexOfAscii(bytes, 'xref', start, start + 4) === start)
    return parseXrefTable(bytes, start, budget)
  return parseXrefStream(bytes, offset, budget)
}

function parseXrefTable(bytes: Uint8Array, offset: number, budget: Budget): XrefSection {
  const lexer = new Lexer(bytes, offset + 4)
  const entries = new Map<number, XrefEntry>()
  for (;;) {
    const first = lexer.next()
    if (first.kind === 'keyword' && first.value === 'trailer') break
    const count = lexer.next()
    if (first.kind !== 'number' || count.kind !== 'number' || !first.integer || !count.integer) {
      throw new PdfSyntaxError('bad xref subsection header')
    }
    // A subsection claiming more entries than the rest of the file can hold is not one.
    if (count.value < 0 || count.value * MIN_TABLE_ENTRY_BYTES > bytes.length - lexer.position) {
      throw new PdfSyntaxError('xref subsection larger than the file')
    }
    for (let i = 0; i < count.value; i++) {
      budget.check()
      const position = lexer.next()
      const generation = lexer.next()
      const flag = lexer.next()
      if (position.kind !== 'number' || generation.kind !== 'number' || flag.kind !== 'keyword') {
        throw new PdfSyntaxError('bad xref entry')
      }
      const num = first.value + i
      // Within one section the first entry for an object wins, as for duplicate keys.
      if (entries.has(num)) continue
      budget.spendEntries(1)
      if (flag.value === 'n') {
        entries.set(num, { type: 'offset', offset: position.value, gen: generation.value })
      } else if (flag.value === 'f') entries.set(num, { type: 'free' })
      else throw new PdfSyntaxError('bad xref entry flag')
    }
  }
  const parser = new ObjectParser(lexer)
  const trailer = parser.parse()
  if (!isDict(trailer)) throw new PdfSyntaxError('trailer is not a dictionary')
  return withLinks({ offset, kind: 'table', entries, trailer })
}

function parseXrefStream(bytes: Uint8Array, offset: number, budget: Budget): XrefSection {
  const object = parseIndirectObject(bytes, offset, noLengths)
  if (!isStream(object.value) || !isName(object.value.dict.entries.get('Type'), 'XRef')) {
    throw new PdfSyntaxError('startxref does not point at an xref section')
  }
  const dict = object.value.dict
  const widths = dict.entries.get('W')
  if (!isArray(widths) || widths.items.length < 3) throw new PdfSyntaxError('xref stream /W')
  const [typeWidth, fieldWidth, genWidth] = widths.items.map((w) => integerOrUndefined(w) ?? -1)
  if (
    typeWidth === undefined ||
    fieldWidth === undefined ||
    genWidth === undefined ||
    typeWidth < 0 ||
    fieldWidth < 0 ||
    genWidth < 0 ||
    typeWidth + fieldWidth + genWidth === 0 ||
    Math.max(typeWidth, fieldWidth, genWidth) > 8
  ) {
    throw new PdfSyntaxError('xref stream /W')
  }
  const size = integerOrUndefined(dict.entries.get('Size')) ?? 0
  const index = dict.entries.get('Index')
  const ranges: number[] = isArray(index)
    ? index.items.map((n) => integerOrUndefined(n) ?? 0)
    : [0, size]
  const rowWidth = typeWidth + fieldWidth + genWidth
  // Rows past what /Index asks for are never read, and more rows than the budget allows end
  // the reading anyway: inflate no further (a PNG predictor adds one byte per row).
  let wanted = 0
  for (let r = 1; r < ranges.length; r += 2) wanted += ranges[r]!
  const rows = Math.min(wanted, budget.entryAllowance + 1)
  const decoded =
    rows > 0
      ? decodeStream(object.value, { budget, maxBytes: rows * (rowWidth + 1) })
      : { ok: true as const, data: new Uint8Array(0) }
  if (!decoded.ok) throw new PdfSyntaxError(`xref stream: ${decoded.reason}`)
  const data = decoded.data
  const readField = (position: number, width: number): number => {
    let value = 0
    for (let k = 0; k < width; k++) value = value * 256 + data[position + k]!
    return value
  }
  const entries = new Map<number, XrefEntry>()
  let row = 0
  for (let r = 0; r + 1 < ranges.length; r += 2) {
    const first = ranges[r]!
    const count = ranges[r + 1]!
    for (let i = 0; i < count; i++, row++) {
      const position = row * rowWidth
      if (position + rowWidth > data.length) break
      const type = typeWidth === 0 ? 1 : readField(position, typeWidth)
      const field2 = readField(position + typeWidth, fieldWidth)
      const field3 = readField(position + typeWidth + fieldWidth, genWidth)
      const num = first + i
      if (entries.has(num)) continue
      budget.spendEntries(1)
      if (type === 0) entries.set(num, { type: 'free' })
      else if (type === 1) entries.set(num, { type: 'offset', offset: field2, gen: field3 })
      else if (type === 2)
        entries.set(num, { type: 'compressed', streamNum: field2, index: field3 })
    }
  }
  return withLinks({ offset, kind: 'stream', entries, trailer: dict })
}

/** One `n g obj` found by scanning. */
export interface ScannedObject {
  num: number
  gen: number
  offset: number
}

/**
 * Every `n g obj` in [from, to), in file order: what readers use to rebuild a broken xref.
 * Definitions inside stream data can appear too; later definitions of a number win. Yielded
 * one by one: a file can hold a definition every eight bytes.
 */
export function* scanObjectDefinitions(
  bytes: Uint8Array,
  from: number,
  to: number
): Generator<ScannedObject, void, undefined> {
  let position = from
  for (;;) {
    const keyword = indexOfAscii(bytes, 'obj', position, to)
    if (keyword < 0) return
    position = keyword + 3
    const following = bytes[keyword + 3]
    if (
      following !== undefined &&
      !isWhitespace(following) &&
      following !== 0x3c &&
      following !== 0x5b &&
      following !== 0x25 &&
      following !== 0x2f
    )
      continue
    // Walk back over "num ws gen ws".
    let cursor = keyword - 1
    if (cursor < from || !isWhitespace(bytes[cursor]!)) continue
    while (cursor >= from && isWhitespace(bytes[cursor]!)) cursor--
    const genEnd = cursor + 1
    while (cursor >= from && isDigit(bytes[cursor]!)) cursor--
    const genStart = cursor + 1
    if (genStart === genEnd || cursor < from || !isWhitespace(bytes[cursor]!)) continue
    while (cursor >= from && isWhitespace(bytes[cursor]!)) cursor--
    const numEnd = cursor + 1
    while (cursor >= from && isDigit(bytes[cursor]!)) cursor--
    const numStart = cursor + 1
    if (numStart === numEnd || numEnd - numStart > 10 || genEnd - genStart > 5) continue
    if (
      cursor >= from &&
      !isWhitespace(bytes[cursor]!) &&
      bytes[cursor] !== 0x3e &&
      bytes[cursor] !== 0x5d
    )
      continue
    yield {
      num: readDigits(bytes, numStart, numEnd),
      gen: readDigits(bytes, genStart, genEnd),
      offset: numStart
    }
  }
}

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39
}

function readDigits(bytes: Uint8Array, start: number, end: number): number {
  let value = 0
  for (let i = start; i < end; i++) value = value * 10 + bytes[i]! - 0x30
  return value
}

/**
 * The object numbers an object stream holds, in order (its header of `num offset` pairs). Only
 * the header, the first /First bytes, is inflated; the members are charged to `budget`.
 */
export function objectStreamMembers(stream: PdfStream, budget: Budget): number[] {
  const count = integerOrUndefined(stream.dict.entries.get('N')) ?? 0
  const first = integerOrUndefined(stream.dict.entries.get('First')) ?? 0
  const decoded = decodeStream(stream, { budget, maxBytes: first })
  if (!decoded.ok) return []
  const lexer = new Lexer(decoded.data, 0)
  const members: number[] = []
  for (let i = 0; i < count; i++) {
    const num = lexer.next()
    lexer.next()
    if (num.kind !== 'number' || !num.integer) break
    budget.spendEntries(1)
    members.push(num.value)
  }
  return members
}

/**
 * Rebuilds a section from the object definitions in [from, to) and the trailer written there
 * (a `trailer` dictionary, or the dictionary of an xref stream found in the segment).
 */
export function reconstructSection(
  bytes: Uint8Array,
  from: number,
  to: number,
  budget: Budget
): XrefSection | undefined {
  const entries = new Map<number, XrefEntry>()
  let streamTrailer: PdfDict | undefined
  const definitions = scanObjectDefinitions(bytes, from, to)
  let next = definitions.next()
  while (!next.done) {
    budget.check()
    budget.spendEntries(1)
    const found = next.value
    next = definitions.next()
    entries.set(found.num, { type: 'offset', offset: found.offset, gen: found.gen })
    // Only xref and object streams matter here, and neither holds another definition: reading
    // each definition no further than the next keeps hostile files (a string or stream opened
    // after every `obj`, never closed) from making this quadratic.
    const end = next.done ? to : next.value.offset
    try {
      const object = parseIndirectObject(bytes, found.offset, noLengths, end)
      if (isStream(object.value) && isName(object.value.dict.entries.get('Type'), 'XRef')) {
        streamTrailer = object.value.dict
        entries.delete(found.num)
      } else if (
        isStream(object.value) &&
        isName(object.value.dict.entries.get('Type'), 'ObjStm')
      ) {
        for (const [index, num] of objectStreamMembers(object.value, budget).entries()) {
          if (!entries.has(num))
            entries.set(num, { type: 'compressed', streamNum: found.num, index })
        }
      }
    } catch (error) {
      // An unparsable definition stays in the table; resolving it later reports the damage.
      if (!(error instanceof PdfSyntaxError)) throw error
    }
  }
  let trailer = streamTrailer
  const keyword = indexOfAscii(bytes, 'trailer', from, to)
  if (keyword >= 0) {
    try {
      const parsed = new ObjectParser(new Lexer(bytes, keyword + 7, to)).parse()
      if (isDict(parsed)) trailer = parsed
    } catch {
      // fall through to the xref stream's dictionary, if any
    }
  }
  if (entries.size === 0 && trailer === undefined) return undefined
  return {
    offset: from,
    kind: 'reconstructed',
    entries,
    trailer: trailer ?? { kind: 'dict', entries: new Map() }
  }
}
