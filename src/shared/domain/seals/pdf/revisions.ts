/**
 * Finds the revisions of a PDF: each `startxref … %%EOF` ends one (the original document or an
 * incremental update). Each revision's own xref sections are read by following /Prev and
 * /XRefStm until an earlier revision's section is reached; a damaged section is rebuilt from
 * the object definitions written in that revision's bytes.
 */
import { Budget } from './budget'
import type { PdfOpenError, Revision } from './document'
import { Lexer, indexOfAscii, isWhitespace } from './lexer'
import { type PdfDict, PdfSyntaxError } from './objects'
import { type XrefEntry, type XrefSection, parseXrefSection, reconstructSection } from './xref'

export type DiscoveryResult =
  { ok: true; revisions: Revision[]; warnings: string[] } | { ok: false; error: PdfOpenError }

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

function findBoundaries(bytes: Uint8Array, budget: Budget): Boundary[] {
  const boundaries: Boundary[] = []
  let from = 0
  for (;;) {
    budget.check()
    const eofStart = indexOfAscii(bytes, '%%EOF', from)
    if (eofStart < 0) return boundaries
    from = eofStart + 5
    const eofEnd = eofStart + 5
    let end = eofEnd
    if (bytes[end] === 0x0d) end++
    if (bytes[end] === 0x0a) end++
    const keyword = lastStartxref(bytes, eofStart)
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

function lastStartxref(bytes: Uint8Array, eofStart: number): number {
  const from = Math.max(0, eofStart - STARTXREF_WINDOW)
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
    const section = parseXrefSection(bytes, next)
    sections.push(section)
    if (section.xrefStream !== undefined) pending.push(section.xrefStream)
    if (section.prev !== undefined) pending.push(section.prev)
  }
  return sections
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
  error: {
    code: 'PDF_TRUNCATED',
    message: '文件不完整：最后一个版本缺少文件结束标记 %%EOF，可能在传输中被截断'
  }
}

export function discoverRevisions(bytes: Uint8Array, budget: Budget): DiscoveryResult {
  if (indexOfAscii(bytes, '%PDF-', 0, HEADER_WINDOW + 5) < 0) {
    return {
      ok: false,
      error: { code: 'PDF_NOT_PDF', message: '不是 PDF 文件（缺少 %PDF- 文件头）' }
    }
  }
  const boundaries = findBoundaries(bytes, budget)
  if (boundaries.length === 0) return truncated
  const warnings: string[] = []
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
      warnings.push('unterminated-revision')
    } else warnings.push('trailing-bytes-after-last-revision')
  }
  const owned = new Set<number>()
  const revisions: Revision[] = []
  let segmentStart = 0
  for (const boundary of boundaries) {
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
      const rebuilt = reconstructSection(bytes, segmentStart, boundary.eofStart)
      if (rebuilt) {
        entries = entries ? new Map([...rebuilt.entries, ...entries]) : rebuilt.entries
        trailer = hasRoot(trailer) ? trailer : rebuilt.trailer
        xrefKind = 'reconstructed'
        warnings.push(`xref-reconstructed:${revisions.length}`)
      }
    }
    const previousTrailer = revisions[revisions.length - 1]?.trailer
    if (!hasRoot(trailer) && previousTrailer) trailer = previousTrailer
    if (entries && trailer) {
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
      error: { code: 'PDF_MALFORMED', message: '交叉引用表损坏，无法读取文件结构' }
    }
  }
  return { ok: true, revisions, warnings }
}
