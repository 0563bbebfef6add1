/**
 * A small BER/DER reader (tag, length, value) for what needs no schema: recognising a signature
 * blob's format and walking ContentInfo → SignedData by position. asn1js builds an object per
 * element and re-validates every buffer it touches, which made it most of the time of verifying a
 * small PDF; this reader only computes offsets into the caller's bytes and never copies them.
 *
 * It never throws: malformed input yields a coded failure with the offset of the element that
 * could not be read. Every length must fit inside its enclosing element (a claimed 10^9-byte
 * length fails at once, without allocating), and nesting is bounded, so hostile input costs time
 * linear in its size and a bounded stack.
 */

/** The identifier octet's top two bits. */
export const tagClasses = { universal: 0, application: 1, context: 2, private: 3 } as const

export const universalTags = {
  endOfContents: 0,
  boolean: 1,
  integer: 2,
  bitString: 3,
  octetString: 4,
  null: 5,
  objectIdentifier: 6,
  relativeOid: 13,
  sequence: 16,
  set: 17
} as const

export interface Tlv {
  tagClass: number
  tagNumber: number
  constructed: boolean
  /** Offset of the identifier octet. */
  start: number
  /** Offset of the first content octet. */
  contentStart: number
  /** End of the content (exclusive); with indefinite length, where the end-of-contents begins. */
  contentEnd: number
  /** End of the element (exclusive), end-of-contents octets included. */
  end: number
}

export type TlvErrorCode =
  | 'truncated' // the identifier or the length octets run past the enclosing element
  | 'tag-number-too-large'
  | 'reserved-length' // length octet 0xFF (X.690 8.1.3.5)
  | 'length-beyond-bounds' // the content would run past the enclosing element
  | 'indefinite-primitive'
  | 'missing-end-of-contents'
  | 'too-deep'
  | 'reserved-tag' // UNIVERSAL 15, or 37 and above
  | 'constructed-primitive-type' // e.g. a constructed INTEGER, OID or time
  | 'invalid-end-of-contents'
  | 'invalid-bit-string'
  | 'invalid-constructed-string'
  | 'invalid-object-identifier'

export interface TlvFailure {
  ok: false
  code: TlvErrorCode
  /** Offset of the element that could not be read. */
  at: number
}

export type TlvRead = { ok: true; tlv: Tlv } | TlvFailure

export type TlvChildren = { ok: true; children: Tlv[] } | TlvFailure

/** asn1js' bound too: real CMS and GB/T 38540 structures nest about twenty deep. */
export const maximumDepth = 100

/** Tag numbers above 2^28 exist in no standard; refusing them keeps the arithmetic exact. */
const maximumTagNumber = 0x0fffffff

function failure(code: TlvErrorCode, at: number): TlvFailure {
  return { ok: false, code, at }
}

/**
 * One element at `at`, which must end by `limit`. A definite length is read from the header
 * alone; an indefinite length is found by reading the children up to the end-of-contents octets.
 */
export function readTlv(
  bytes: Uint8Array,
  at: number,
  limit: number = bytes.length,
  depth = 0
): TlvRead {
  const end = Math.min(limit, bytes.length)
  if (depth > maximumDepth) return failure('too-deep', at)
  if (!(at >= 0 && at < end)) return failure('truncated', at)
  const identifier = bytes[at]!
  const constructed = (identifier & 0x20) !== 0
  let tagNumber = identifier & 0x1f
  let offset = at + 1
  if (tagNumber === 0x1f) {
    tagNumber = 0
    for (;;) {
      if (offset >= end) return failure('truncated', at)
      const octet = bytes[offset++]!
      if (tagNumber > maximumTagNumber >> 7) return failure('tag-number-too-large', at)
      tagNumber = tagNumber * 128 + (octet & 0x7f)
      if ((octet & 0x80) === 0) break
    }
  }
  if (offset >= end) return failure('truncated', at)
  const lengthOctet = bytes[offset++]!
  const tagClass = identifier >> 6
  if (lengthOctet === 0x80) {
    if (!constructed) return failure('indefinite-primitive', at)
    let cursor = offset
    for (;;) {
      if (cursor + 1 < end && bytes[cursor] === 0 && bytes[cursor + 1] === 0) {
        return element(tagClass, tagNumber, constructed, at, offset, cursor, cursor + 2)
      }
      if (cursor >= end) return failure('missing-end-of-contents', at)
      const child = readTlv(bytes, cursor, end, depth + 1)
      if (!child.ok) return child
      cursor = child.tlv.end
    }
  }
  if (lengthOctet === 0xff) return failure('reserved-length', at)
  let length = lengthOctet
  if (lengthOctet > 0x80) {
    const count = lengthOctet & 0x7f
    if (offset + count > end) return failure('truncated', at)
    length = 0
    for (let i = 0; i < count; i++) {
      length = length * 256 + bytes[offset + i]!
      // Leading zero octets are legal BER; stopping here keeps the number exact.
      if (length > end - offset - count) return failure('length-beyond-bounds', at)
    }
    offset += count
  }
  if (length > end - offset) return failure('length-beyond-bounds', at)
  return element(tagClass, tagNumber, constructed, at, offset, offset + length, offset + length)
}

/** Built field by field: object spread costs microseconds a call in V8, more than the read. */
function element(
  tagClass: number,
  tagNumber: number,
  constructed: boolean,
  start: number,
  contentStart: number,
  contentEnd: number,
  end: number
): TlvRead {
  return {
    ok: true,
    tlv: { tagClass, tagNumber, constructed, start, contentStart, contentEnd, end }
  }
}

/** The elements inside `parent`, in order (none for a primitive element). */
export function readChildren(bytes: Uint8Array, parent: Tlv, depth = 0): TlvChildren {
  const children: Tlv[] = []
  if (!parent.constructed) return { ok: true, children }
  for (let cursor = parent.contentStart; cursor < parent.contentEnd;) {
    const child = readTlv(bytes, cursor, parent.contentEnd, depth + 1)
    if (!child.ok) return child
    children.push(child.tlv)
    cursor = child.tlv.end
  }
  return { ok: true, children }
}

/** The children, or none when they cannot be read: for walks whose tree `checkTree` accepted. */
export function childrenOf(bytes: Uint8Array, parent: Tlv | undefined): Tlv[] {
  if (!parent) return []
  const read = readChildren(bytes, parent)
  return read.ok ? read.children : []
}

/** UNIVERSAL types X.690 allows only in primitive form (asn1js refuses the others too). */
const primitiveOnly = new Set([1, 2, 5, 6, 9, 13, 14, 23, 24, 31, 32, 33, 34])

/**
 * The encoding rules a full BER decoder applies to every element below `tlv`: the element is read
 * down to its leaves, so a blob that passes is well-formed wherever a later step looks.
 */
export function checkTree(bytes: Uint8Array, tlv: Tlv, depth = 0): TlvFailure | undefined {
  if (depth > maximumDepth) return failure('too-deep', tlv.start)
  const problem = checkElement(bytes, tlv)
  if (problem) return failure(problem, tlv.start)
  if (!tlv.constructed) return undefined
  const read = readChildren(bytes, tlv, depth)
  if (!read.ok) return read
  const isString =
    tlv.tagClass === tagClasses.universal && (tlv.tagNumber === 3 || tlv.tagNumber === 4)
  for (const [index, child] of read.children.entries()) {
    if (isString) {
      const segmentProblem = checkStringSegment(
        bytes,
        tlv,
        child,
        index === read.children.length - 1
      )
      if (segmentProblem) return failure(segmentProblem, child.start)
    }
    const nested = checkTree(bytes, child, depth + 1)
    if (nested) return nested
  }
  return undefined
}

function checkElement(bytes: Uint8Array, tlv: Tlv): TlvErrorCode | undefined {
  if (tlv.tagClass !== tagClasses.universal) return undefined
  const { tagNumber, constructed, contentStart, contentEnd } = tlv
  if (tagNumber === universalTags.endOfContents) {
    return constructed || contentEnd > contentStart ? 'invalid-end-of-contents' : undefined
  }
  if (tagNumber === 15 || tagNumber >= 37) return 'reserved-tag'
  if (constructed) return primitiveOnly.has(tagNumber) ? 'constructed-primitive-type' : undefined
  if (tagNumber === universalTags.bitString && contentEnd > contentStart) {
    return bytes[contentStart]! > 7 ? 'invalid-bit-string' : undefined
  }
  if (tagNumber === universalTags.objectIdentifier || tagNumber === universalTags.relativeOid) {
    // Each arc ends with an octet whose top bit is clear; the last octet must end one.
    const unterminated = contentEnd === contentStart || (bytes[contentEnd - 1]! & 0x80) !== 0
    return unterminated ? 'invalid-object-identifier' : undefined
  }
  return undefined
}

/** A constructed BIT or OCTET STRING holds segments of its own type; only the last may pad bits. */
function checkStringSegment(
  bytes: Uint8Array,
  parent: Tlv,
  segment: Tlv,
  isLast: boolean
): TlvErrorCode | undefined {
  if (segment.tagClass !== tagClasses.universal || segment.tagNumber !== parent.tagNumber) {
    return 'invalid-constructed-string'
  }
  const padsBits =
    parent.tagNumber === universalTags.bitString &&
    !segment.constructed &&
    segment.contentEnd > segment.contentStart &&
    bytes[segment.contentStart] !== 0
  return padsBits && !isLast ? 'invalid-bit-string' : undefined
}

/** Reads one element and checks its whole tree: what a blob must pass before anything reads it. */
export function readWholeTlv(bytes: Uint8Array, at = 0): TlvRead {
  const read = readTlv(bytes, at)
  if (!read.ok) return read
  return checkTree(bytes, read.tlv) ?? read
}

export function isUniversal(
  tlv: Tlv | undefined,
  tagNumber: number,
  constructed?: boolean
): boolean {
  return (
    tlv?.tagClass === tagClasses.universal &&
    tlv.tagNumber === tagNumber &&
    (constructed === undefined || tlv.constructed === constructed)
  )
}

export function isContext(tlv: Tlv | undefined, tagNumber: number): boolean {
  return tlv?.tagClass === tagClasses.context && tlv.tagNumber === tagNumber
}

/** The content octets as a view into `bytes` (no copy). */
export function contentOf(bytes: Uint8Array, tlv: Tlv): Uint8Array {
  return bytes.subarray(tlv.contentStart, tlv.contentEnd)
}

/** The whole element, header included, as a view into `bytes` (no copy). */
export function encodedOf(bytes: Uint8Array, tlv: Tlv): Uint8Array {
  return bytes.subarray(tlv.start, tlv.end)
}

/** An OCTET STRING's content; a constructed (BER) one is joined from its segments. */
export function octetStringOf(bytes: Uint8Array, tlv: Tlv | undefined): Uint8Array | undefined {
  if (!tlv || !isUniversal(tlv, universalTags.octetString)) return undefined
  if (!tlv.constructed) return contentOf(bytes, tlv)
  const parts = childrenOf(bytes, tlv).map((part) => octetStringOf(bytes, part) ?? new Uint8Array())
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    joined.set(part, offset)
    offset += part.length
  }
  return joined
}

/** Dotted text of an OBJECT IDENTIFIER, as asn1js prints it; undefined when it is not one. */
export function oidOf(bytes: Uint8Array, tlv: Tlv | undefined): string | undefined {
  if (!tlv || !isUniversal(tlv, universalTags.objectIdentifier, false)) return undefined
  const arcs: number[] = []
  let value = 0
  let pending = false
  for (let i = tlv.contentStart; i < tlv.contentEnd; i++) {
    const octet = bytes[i]!
    value = value * 128 + (octet & 0x7f)
    if (value > Number.MAX_SAFE_INTEGER) return undefined
    pending = (octet & 0x80) !== 0
    if (pending) continue
    if (arcs.length > 0) arcs.push(value)
    else if (value < 80) arcs.push(Math.floor(value / 40), value % 40)
    else arcs.push(2, value - 80)
    value = 0
  }
  return arcs.length > 0 && !pending ? arcs.join('.') : undefined
}

/** A small INTEGER (up to 48 bits, two's complement); undefined when it is not one or larger. */
export function smallIntegerOf(bytes: Uint8Array, tlv: Tlv | undefined): number | undefined {
  if (!tlv || !isUniversal(tlv, universalTags.integer, false)) return undefined
  const length = tlv.contentEnd - tlv.contentStart
  if (length === 0 || length > 6) return undefined
  let value = 0
  for (let i = tlv.contentStart; i < tlv.contentEnd; i++) value = value * 256 + bytes[i]!
  return (bytes[tlv.contentStart]! & 0x80) !== 0 ? value - 2 ** (8 * length) : value
}
