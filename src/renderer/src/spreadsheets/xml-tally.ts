/**
 * Counts, in XML that arrives in chunks, what the workbook reader will allocate one object per
 * (rows, cells, shared strings) and the ranges it expands cell by cell (merged cells, dropdowns,
 * defined names), without building the document. Element names are matched by their local name,
 * so `<x:c>` counts as `<c>`.
 */
export interface XmlTally {
  feed(chunk: Uint8Array): void
  readonly rows: number
  readonly cells: number
  readonly sharedStrings: number
  /** Cells covered by `<mergeCell ref>`, `<dataValidation sqref>` and `<definedName>` ranges. */
  readonly rangeCells: number
  /** What `<dimension ref>` claims; 0 when there is none. */
  readonly dimension: { lastRow: number; lastColumn: number }
}

const LESS_THAN = 0x3c
const GREATER_THAN = 0x3e
const SLASH = 0x2f
/** Longer names are not the ones counted here; the rest of such a name is not kept. */
const MAX_NAME = 32
/** A range list longer than this is not one a person wrote: it is refused, not parsed. */
const MAX_CLAIM_TEXT = 64 * 1024
const RANGE = /\$?([A-Z]{1,3})\$?(\d{1,9})(?::\$?([A-Z]{1,3})\$?(\d{1,9}))?/g

const isNameEnd = (byte: number) =>
  byte === 0x20 ||
  byte === 0x09 ||
  byte === 0x0a ||
  byte === 0x0d ||
  byte === GREATER_THAN ||
  byte === SLASH

function columnNumber(letters: string): number {
  let n = 0
  for (const letter of letters) n = n * 26 + letter.charCodeAt(0) - 64
  return n
}

/** Each range in `text` (`A1:XFD1048576`, `$B$2`, space separated lists) by its extent. */
function rangesIn(text: string): Array<{ cells: number; lastRow: number; lastColumn: number }> {
  return [...text.matchAll(RANGE)].map(([, c1 = 'A', r1 = '1', c2 = c1, r2 = r1]) => {
    const rows = [Number(r1), Number(r2)]
    const columns = [columnNumber(c1), columnNumber(c2)]
    const lastRow = Math.max(...rows)
    const lastColumn = Math.max(...columns)
    return {
      cells: (lastRow - Math.min(...rows) + 1) * (lastColumn - Math.min(...columns) + 1),
      lastRow,
      lastColumn
    }
  })
}

function attribute(tag: string, name: string): string {
  return new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1] ?? ''
}

type State = 'text' | 'name' | 'tag' | 'definedNameText'

export function createXmlTally(): XmlTally {
  const tally = {
    rows: 0,
    cells: 0,
    sharedStrings: 0,
    rangeCells: 0,
    dimension: { lastRow: 0, lastColumn: 0 },
    feed
  }
  let state: State = 'text'
  let name = ''
  let closing = false
  /** The element whose start tag or text is being kept, and what has been kept of it. */
  let claim = ''
  let claimText = ''

  const claimRanges = (text: string) => {
    for (const range of rangesIn(text)) tally.rangeCells += range.cells
  }

  const endClaim = () => {
    if (claim === 'dimension') {
      const [range] = rangesIn(attribute(claimText, 'ref'))
      if (range) tally.dimension = { lastRow: range.lastRow, lastColumn: range.lastColumn }
    } else if (claim === 'mergeCell') claimRanges(attribute(claimText, 'ref'))
    else if (claim === 'dataValidation') claimRanges(attribute(claimText, 'sqref'))
    else if (claim === 'definedNameText') claimRanges(claimText)
    claim = ''
    claimText = ''
  }

  const keep = (chunk: Uint8Array, from: number, to: number) => {
    if (!claim) return
    const room = MAX_CLAIM_TEXT + 1 - claimText.length
    claimText += String.fromCharCode(...chunk.subarray(from, Math.min(to, from + room)))
    // Past the cap the list is counted as if it covered every cell the caps allow and more.
    if (claimText.length > MAX_CLAIM_TEXT) {
      tally.rangeCells = Number.MAX_SAFE_INTEGER
      claim = ''
      claimText = ''
    }
  }

  const nameEnded = () => {
    const local = name.slice(name.lastIndexOf(':') + 1)
    if (closing) {
      state = 'text'
      return
    }
    if (local === 'row') tally.rows++
    else if (local === 'c') tally.cells++
    else if (local === 'si') tally.sharedStrings++
    const claimed = ['dimension', 'mergeCell', 'dataValidation', 'definedName'].includes(local)
    claim = claimed ? local : ''
    // Only the claimed start tags are read to their end; elsewhere the next `<` is what matters,
    // and an attribute value cannot hold a raw `<`.
    state = claimed ? 'tag' : 'text'
  }

  function feed(chunk: Uint8Array): void {
    let at = 0
    while (at < chunk.length) {
      if (state === 'text' || state === 'definedNameText') {
        const next = chunk.indexOf(LESS_THAN, at)
        const end = next < 0 ? chunk.length : next
        if (state === 'definedNameText') keep(chunk, at, end)
        if (next < 0) return
        if (state === 'definedNameText') endClaim()
        state = 'name'
        name = ''
        closing = false
        at = next + 1
      } else if (state === 'name') {
        const byte = chunk[at]!
        if (name === '' && byte === SLASH && !closing) closing = true
        else if (isNameEnd(byte)) {
          nameEnded()
          continue
        } else if (name.length < MAX_NAME) name += String.fromCharCode(byte)
        at++
      } else {
        const next = chunk.indexOf(GREATER_THAN, at)
        const end = next < 0 ? chunk.length : next
        keep(chunk, at, end)
        if (next < 0) return
        if (claim === 'definedName') {
          claim = 'definedNameText'
          claimText = ''
          state = 'definedNameText'
        } else {
          endClaim()
          state = 'text'
        }
        at = next + 1
      }
    }
  }

  return tally
}
