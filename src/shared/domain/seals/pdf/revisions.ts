/**
 * Finds the revisions of a PDF: each `startxref … %%EOF` ends one (the original document or an
 * incremental update). Each revision's own xref sections are read by following /Prev and
 * /XRefStm until an earlier revision's section is reached; a damaged section is rebuilt from
 * the object definitions written in that revision's bytes.
 */
import type { DocumentWarning } from '../codes'
import { Budget } from './budget'
import type { PdfOpenError, Revision } from './document'
import { type ByteSearch, Lexer, indexOfAscii, isWhitespace } from './lexer'
import { type PdfDict, PdfSyntaxError } from './objects'
import { type XrefEntry, type XrefSection, parseXrefSection, reconstructSection } from './xref'

export type DiscoveryResult =
  | { ok: true; revisions: Revision[]; warnings: DocumentWarning[] }
  | { ok: false; error: PdfOpenError }

interface Boundary {
  eofStart: number
  eofEnd: number
  end: number
  startxref: number | undefined
}

/** How far before `%%EOF` the `startxref` keyword may be. */
const STARTXREF_WINDOW = 1024
/** A PDF header may follow some junk, but not much (Acrobat allows 1024 bytes). */
const HEADER_WINDOW = 1024
/**
 * More revisions than this are refused. Every signature, timestamp and DSS update adds one,
 * so a document signed a hundred times stays far below; each revision after a signature is
 * compared with the one before it, so tens of thousands would take minutes.
 */
const MAX_REVISIONS = 1000
/** `%%EOF` markers looked at; past this the file is refused before any revision is read. */
const MAX_EOF_MARKERS = 4 * MAX_REVISIONS

const tooManyRevisions: DiscoveryResult = {
  ok: false,
  error: { code: 'seals.error.tooManyRevisions', params: { limit: MAX_REVISIONS } }
}

/** The revision boundaries, or undefined when there are more `%%EOF` markers than we read. */
function findBoundaries(
  bytes: Uint8Array,
  budget: Budget,
  search: ByteSearch
): Boundary[] | undefined {
  const boundaries: Boundary[] = []
  let from = 0
  for (let markers = 0; ; markers++) {
    budget.check()
    const eofStart = search(bytes, '%%EOF', from)
    if (eofStart < 0) return boundaries
    if (markers === MAX_EOF_MARKERS) return undefined
    // The `startxref` of this revision follows the previous `%%EOF`.
    const keyword = lastStartxref(bytes, eofStart, from)
    from = eofStart + 5
    const eofEnd = eofStart + 5
    let end = eofEnd
    if (bytes[end] === 0x0d) end++
    if (bytes[end] === 0x0a) end++
    let startxref: number | undefined
    if (keyword >= 0) {
      const token = new Lexer(bytes, keyword + 9, eofStart).next()
      if (token.kind === 'number' && token.integer) startxref = token.value
    }
    // `startxref 0` closes the first-page section of a linearized file: not a revision.
    if (startxref === 0) continue
    boundaries.push({ eofStart, eofEnd, end, startxref })
  }
}

function lastStartxref(bytes: Uint8Array, eofStart: number, notBefore: number): number {
  const from = Math.max(notBefore, eofStart - STARTXREF_WINDOW)
  for (let i = eofStart - 9; i >= from; i--) {
    if (bytes[i] === 0x73 && indexOfAscii(bytes, 'startxref', i, i + 9) === i) return i
  }
  return -1
}

/** The sections reachable from `offset` that no earlier revision owns, newest first. */
function readChain(
  bytes: Uint8Array,
  offset: number,
  owned: Set<number>,
  budget: Budget
): XrefSection[] {
  const sections: XrefSection[] = []
  const pending = [offset]
  while (pending.length > 0) {
    budget.check()
    const next = pending.shift()!
    if (owned.has(next)) continue
    owned.add(next)
    const section = parseXrefSection(bytes, next, budget)
    sections.push(section)
    if (section.xrefStream !== undefined) pending.push(section.xrefStream)
    if (section.prev !== undefined) pending.push(section.prev)
  }
  return sections
}

/**
 * An object stream may not itself sit in an object stream (ISO 32000-1 §7.5.7): an object said
 * to be in one that is can only resolve to nothing, so it is read as freed. Following such
 * entries instead would nest one resolution per link of a chain thousands long.
 */
class ContainerCheck {
  /** Whether each object number is, as of the revisions applied so far, a compressed object. */
  private readonly compressed = new Map<number, boolean>()

  /** Frees the entries of the next revision that name a compressed container, then records it. */
  apply(entries: Map<number, XrefEntry>): void {
    const isCompressed = (num: number): boolean => {
      const entry = entries.get(num)
      return entry ? entry.type === 'compressed' : this.compressed.get(num) === true
    }
    const freed: number[] = []
    for (const [num, entry] of entries) {
      if (entry.type === 'compressed' && isCompressed(entry.streamNum)) freed.push(num)
    }
    for (const [num, entry] of entries) this.compressed.set(num, entry.type === 'compressed')
    for (const num of freed) entries.set(num, { type: 'free' })
  }
}

function mergeEntries(sections: XrefSection[]): Map<number, XrefEntry> {
  const entries = new Map<number, XrefEntry>()
  for (const section of sections) {
    for (const [num, entry] of section.entries) if (!entries.has(num)) entries.set(num, entry)
  }
  return entries
}

function hasRoot(trailer: PdfDict | undefined): trailer is PdfDict {
  return trailer !== undefined && trailer.entries.has('Root')
}

function onlyWhitespace(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhitespace(bytes[i]!)) return false
  return true
}

const truncated: DiscoveryResult = {
  ok: false,
  error: { code: 'seals.error.truncated' }
}

export function discoverRevisions(
  bytes: Uint8Array,
  budget: Budget,
  search: ByteSearch = indexOfAscii
): DiscoveryResult {
  budget.fitTo(bytes.length)
  if (indexOfAscii(bytes, '%PDF-', 0, HEADER_WINDOW + 5) < 0) {
    return {
      ok: false,
      error: { code: 'seals.error.notPdf' }
    }
  }
  const boundaries = findBoundaries(bytes, budget, search)
  if (!boundaries) return tooManyRevisions
  if (boundaries.length === 0) return truncated
  const warnings: DocumentWarning[] = []
  const lastEnd = boundaries[boundaries.length - 1]!.end
  if (!onlyWhitespace(bytes, lastEnd, bytes.length)) {
    // Object definitions after the last %%EOF are an unfinished update that readers may still
    // show: treat them as one more revision rather than ignore them.
    if (indexOfAscii(bytes, 'obj', lastEnd) >= 0 || indexOfAscii(bytes, 'trailer', lastEnd) >= 0) {
      // An update cut off before its `startxref` is a truncated file, not a revision.
      if (indexOfAscii(bytes, 'startxref', lastEnd) < 0) return truncated
      boundaries.push({
        eofStart: bytes.length,
        eofEnd: bytes.length,
        end: bytes.length,
        startxref: undefined
      })
      warnings.push('seals.warning.unterminatedRevision')
    } else warnings.push('seals.warning.trailingBytesAfterLastRevision')
  }
  const owned = new Set<number>()
  const revisions: Revision[] = []
  const containers = new ContainerCheck()
  let segmentStart = 0
  for (const boundary of boundaries) {
    if (revisions.length === MAX_REVISIONS) return tooManyRevisions
    let sections: XrefSection[] | undefined
    if (boundary.startxref !== undefined && boundary.startxref < boundary.eofStart) {
      try {
        sections = readChain(bytes, boundary.startxref, owned, budget)
      } catch (error) {
        if (!(error instanceof PdfSyntaxError)) throw error
      }
    }
    let trailer = sections?.[0]?.trailer
    let xrefKind: Revision['xrefKind'] = sections?.[0]?.kind ?? 'reconstructed'
    let entries = sections ? mergeEntries(sections) : undefined
    if (!entries || !hasRoot(trailer)) {
      const rebuilt = reconstructSection(bytes, segmentStart, boundary.eofStart, budget)
      if (rebuilt) {
        if (entries) {
          for (const [num, entry] of rebuilt.entries) if (!entries.has(num)) entries.set(num, entry)
        } else entries = rebuilt.entries
        trailer = hasRoot(trailer) ? trailer : rebuilt.trailer
        xrefKind = 'reconstructed'
        // Once for the file: `revisions[].xref` says which revisions were rebuilt.
        if (!warnings.includes('seals.warning.xrefReconstructed'))
          warnings.push('seals.warning.xrefReconstructed')
      }
    }
    const previousTrailer = revisions[revisions.length - 1]?.trailer
    if (!hasRoot(trailer) && previousTrailer) trailer = previousTrailer
    if (entries && trailer) {
      containers.apply(entries)
      revisions.push({
        index: revisions.length,
        end: boundary.end,
        eofEnd: boundary.eofEnd,
        xrefKind,
        trailer,
        entries
      })
    }
    segmentStart = boundary.end
  }
  if (revisions.length === 0) {
    return {
      ok: false,
      error: { code: 'seals.error.xrefBroken' }
    }
  }
  return { ok: true, revisions, warnings }
}
