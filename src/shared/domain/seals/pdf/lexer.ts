/**
 * A tolerant PDF tokenizer over the file's bytes (ISO 32000-1 §7.2–7.3). It never copies the
 * file and never throws on bad input: unknown bytes become keyword tokens that the object
 * parser rejects, and running off the end yields an `eof` token.
 */

export type Token =
  | { kind: 'number'; value: number; integer: boolean; start: number; end: number }
  | { kind: 'name'; value: string; start: number; end: number }
  | { kind: 'string'; bytes: Uint8Array; hex: boolean; start: number; end: number }
  | { kind: 'delimiter'; value: '[' | ']' | '<<' | '>>' | '{' | '}'; start: number; end: number }
  | { kind: 'keyword'; value: string; start: number; end: number }
  | { kind: 'eof'; start: number; end: number }

const enum Byte {
  Tab = 0x09,
  LineFeed = 0x0a,
  FormFeed = 0x0c,
  CarriageReturn = 0x0d,
  Space = 0x20,
  Percent = 0x25,
  OpenParen = 0x28,
  CloseParen = 0x29,
  Slash = 0x2f,
  Less = 0x3c,
  Greater = 0x3e,
  OpenBracket = 0x5b,
  Backslash = 0x5c,
  CloseBracket = 0x5d,
  OpenBrace = 0x7b,
  CloseBrace = 0x7d
}

export function isWhitespace(byte: number): boolean {
  return (
    byte === Byte.Space ||
    byte === Byte.LineFeed ||
    byte === Byte.CarriageReturn ||
    byte === Byte.Tab ||
    byte === Byte.FormFeed ||
    byte === 0
  )
}

export function isDelimiter(byte: number): boolean {
  return (
    byte === Byte.OpenParen ||
    byte === Byte.CloseParen ||
    byte === Byte.Less ||
    byte === Byte.Greater ||
    byte === Byte.OpenBracket ||
    byte === Byte.CloseBracket ||
    byte === Byte.OpenBrace ||
    byte === Byte.CloseBrace ||
    byte === Byte.Slash ||
    byte === Byte.Percent
  )
}

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57
  return -1
}

/** \n \r \t \b \f in literal strings. */
const SIMPLE_ESCAPES: Record<number, number> = {
  0x6e: 0x0a,
  0x72: 0x0d,
  0x74: 0x09,
  0x62: 0x08,
  0x66: 0x0c
}

/** Longest literal string or hex string we decode; /Contents blobs are far smaller. */
const MAX_STRING_BYTES = 16 * 1024 * 1024
/** Bytes of a name we keep; PDF names stop at 127 (ISO 32000-1 annex C), hostile ones do not. */
const MAX_NAME_BYTES = 256

export class Lexer {
  constructor(
    readonly bytes: Uint8Array,
    public position: number,
    /** Tokens are not read at or beyond this offset (the end of a stream or revision). */
    readonly limit: number = bytes.length
  ) {}

  skipWhitespaceAndComments(): void {
    const { bytes, limit } = this
    let position = this.position
    while (position < limit) {
      const byte = bytes[position]!
      if (isWhitespace(byte)) position++
      else if (byte === Byte.Percent) {
        while (
          position < limit &&
          bytes[position] !== Byte.LineFeed &&
          bytes[position] !== Byte.CarriageReturn
        )
          position++
      } else break
    }
    this.position = position
  }

  next(): Token {
    this.skipWhitespaceAndComments()
    const { bytes, limit } = this
    const start = this.position
    if (start >= limit) return { kind: 'eof', start, end: start }
    const byte = bytes[start]!
    switch (byte) {
      case Byte.OpenBracket:
      case Byte.CloseBracket:
      case Byte.OpenBrace:
      case Byte.CloseBrace:
        this.position = start + 1
        return {
          kind: 'delimiter',
          value: String.fromCharCode(byte) as '[' | ']' | '{' | '}',
          start,
          end: start + 1
        }
      case Byte.Less:
        if (bytes[start + 1] === Byte.Less) {
          this.position = start + 2
          return { kind: 'delimiter', value: '<<', start, end: start + 2 }
        }
        return this.hexString(start)
      case Byte.Greater:
        this.position = bytes[start + 1] === Byte.Greater ? start + 2 : start + 1
        return this.position === start + 2
          ? { kind: 'delimiter', value: '>>', start, end: start + 2 }
          : { kind: 'keyword', value: '>', start, end: start + 1 }
      case Byte.OpenParen:
        return this.literalString(start)
      case Byte.Slash:
        return this.name(start)
      default:
        return this.numberOrKeyword(start)
    }
  }

  private hexString(start: number): Token {
    const { bytes, limit } = this
    let position = start + 1
    let end = position
    while (end < limit && bytes[end] !== Byte.Greater) end++
    const out = new Uint8Array(Math.min((end - position + 1) >> 1, MAX_STRING_BYTES))
    let length = 0
    let high = -1
    for (; position < end && length < out.length; position++) {
      const value = hexValue(bytes[position]!)
      if (value < 0) continue
      if (high < 0) high = value
      else {
        out[length++] = (high << 4) | value
        high = -1
      }
    }
    if (high >= 0 && length < out.length) out[length++] = high << 4
    this.position = Math.min(end + 1, limit)
    return { kind: 'string', bytes: out.subarray(0, length), hex: true, start, end: this.position }
  }

  /**
   * Two passes: the first finds the closing parenthesis, so the second decodes into one array
   * of the right size (escapes only shorten): a 16 MB string costs 16 MB, not a number per byte.
   */
  private literalString(start: number): Token {
    const end = this.literalStringEnd(start + 1)
    const out = new Uint8Array(Math.min(end - start, MAX_STRING_BYTES))
    const { bytes } = this
    let length = 0
    let position = start + 1
    while (position < end && length < out.length) {
      const byte = bytes[position++]!
      if (byte !== Byte.Backslash) {
        out[length++] = byte
        continue
      }
      if (position >= end) break
      const escaped = bytes[position++]!
      const simple = SIMPLE_ESCAPES[escaped]
      if (simple !== undefined) out[length++] = simple
      else if (escaped === Byte.CarriageReturn) {
        if (bytes[position] === Byte.LineFeed) position++
      } else if (escaped === Byte.LineFeed) {
        // A backslash before an end of line continues the string on the next line.
      } else if (escaped >= 0x30 && escaped <= 0x37) {
        let value = escaped - 0x30
        for (let k = 0; k < 2 && position < end; k++) {
          const digit = bytes[position]!
          if (digit < 0x30 || digit > 0x37) break
          value = value * 8 + digit - 0x30
          position++
        }
        out[length++] = value & 0xff
      } else out[length++] = escaped
    }
    // The closing parenthesis is part of the token but not of the string.
    this.position = end < this.limit ? end + 1 : end
    return { kind: 'string', bytes: out.subarray(0, length), hex: false, start, end: this.position }
  }

  /** Where the literal string whose content starts at `from` ends: its closing `)` or the limit. */
  private literalStringEnd(from: number): number {
    const { bytes, limit } = this
    let depth = 1
    let position = from
    while (position < limit) {
      const byte = bytes[position]!
      if (byte === Byte.Backslash) position += 2
      else if (byte === Byte.OpenParen) {
        depth++
        position++
      } else if (byte === Byte.CloseParen && --depth === 0) return position
      else position++
    }
    return limit
  }

  private name(start: number): Token {
    const { bytes, limit } = this
    let position = start + 1
    const chars: number[] = []
    while (position < limit) {
      const byte = bytes[position]!
      if (isWhitespace(byte) || isDelimiter(byte)) break
      let value = byte
      if (byte === 0x23 && position + 2 < limit) {
        const high = hexValue(bytes[position + 1]!)
        const low = hexValue(bytes[position + 2]!)
        if (high >= 0 && low >= 0) {
          value = (high << 4) | low
          position += 2
        }
      }
      if (chars.length < MAX_NAME_BYTES) chars.push(value)
      position++
    }
    this.position = position
    return { kind: 'name', value: decodeNameBytes(chars), start, end: position }
  }

  private numberOrKeyword(start: number): Token {
    const { bytes, limit } = this
    let position = start
    while (position < limit) {
      const byte = bytes[position]!
      if (isWhitespace(byte) || isDelimiter(byte)) break
      position++
    }
    if (position === start) position++ // a stray ')' or '>' – consume it as a keyword
    this.position = position
    let text = ''
    for (let k = start; k < position && k < start + 64; k++) text += String.fromCharCode(bytes[k]!)
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) {
      return {
        kind: 'number',
        value: Number(text),
        integer: /^[+-]?\d+$/.test(text),
        start,
        end: position
      }
    }
    return { kind: 'keyword', value: text, start, end: position }
  }
}

/** Names are byte sequences; UTF-8 is the PDF 2.0 recommendation, Latin-1 the fallback. */
function decodeNameBytes(chars: number[]): string {
  if (chars.every((c) => c < 0x80)) return String.fromCharCode(...chars)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(chars))
  } catch {
    return String.fromCharCode(...chars)
  }
}

/** Finds `needle` (ASCII) at or after `from`, before `to`; -1 when absent. */
/** Below this span the plain loop beats starting a native search that may run to the end. */
const NATIVE_SEARCH_MIN_SPAN = 4096

/**
 * Finds `needle` (ASCII) in `bytes` from `from` to the end, or -1: a port for a native search.
 * The whole-file scan for revision ends is the one search over every byte of a 100 MB file,
 * and Node's Buffer search runs it several times faster than a loop over Uint8Array.indexOf.
 */
export type ByteSearch = (bytes: Uint8Array, needle: string, from: number) => number

export function indexOfAscii(
  bytes: Uint8Array,
  needle: string,
  from: number,
  to = bytes.length
): number {
  const first = needle.charCodeAt(0)
  const last = Math.min(to, bytes.length) - needle.length
  // Over long spans the native search for the first byte (memchr speed) finds candidates; it
  // runs to the end of the array, so short windows keep the plain loop.
  const native = last - from > NATIVE_SEARCH_MIN_SPAN
  let i = Math.max(0, from)
  while (i <= last) {
    if (native) {
      i = bytes.indexOf(first, i)
      if (i < 0 || i > last) return -1
    } else if (bytes[i] !== first) {
      i++
      continue
    }
    let k = 1
    while (k < needle.length && bytes[i + k] === needle.charCodeAt(k)) k++
    if (k === needle.length) return i
    i++
  }
  return -1
}

/** Finds the last `needle` (ASCII) that starts before `before`; -1 when absent. */
export function lastIndexOfAscii(
  bytes: Uint8Array,
  needle: string,
  before: number,
  notBefore = 0
): number {
  const first = needle.charCodeAt(0)
  outer: for (let i = Math.min(before, bytes.length - needle.length); i >= notBefore; i--) {
    if (bytes[i] !== first) continue
    for (let k = 1; k < needle.length; k++)
      if (bytes[i + k] !== needle.charCodeAt(k)) continue outer
    return i
  }
  return -1
}
