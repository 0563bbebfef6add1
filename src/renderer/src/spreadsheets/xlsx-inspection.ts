import { Inflate } from 'pako'
import { message } from '@shared/i18n/message'
import {
  MAX_CELLS,
  MAX_COLUMNS,
  MAX_COMPRESSION_RATIO,
  MAX_DATA_ROWS,
  MAX_INFLATED_BYTES,
  MAX_ZIP_ENTRIES,
  RATIO_CHECKED_FROM_BYTES,
  bomb,
  inflatedTooLarge,
  tooManyCells,
  tooManyColumns,
  tooManyRows,
  tooWideRanges,
  type LimitError
} from './spreadsheet-limits'
import { createXmlTally, type XmlTally } from './xml-tally'

/**
 * Checks an .xlsx before the workbook reader sees it. The reader (exceljs on JSZip) unpacks every
 * entry in memory and expands merged cells, dropdown ranges and defined names cell by cell, so a
 * few kilobytes can claim gigabytes. Here the central directory is read first (entry count,
 * declared sizes and ratios), then every entry is unpacked again by a streaming inflater that
 * keeps nothing and stops at the cap (declared sizes can lie), while its XML is tallied.
 */
export type XlsxInspection = { ok: true } | { ok: false; limit: LimitError } | { ok: false }

interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  declaredSize: number
  localHeaderOffset: number
}

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const EOCD_SIZE = 22
const MAX_ZIP_COMMENT = 0xffff
const STORED = 0
const DEFLATED = 8
/** Compressed bytes fed per step: deflate's ~1000:1 ceiling keeps each step's output ≤ ~16 MB. */
const INFLATE_STEP = 16 * 1024

const WORKSHEET = /^\/?xl\/worksheets\/[^/]+\.xml$/i
const SHARED_STRINGS = /^\/?xl\/sharedStrings\.xml$/i

function centralDirectory(bytes: Uint8Array): ZipEntry[] | LimitError | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_ZIP_COMMENT)
  let eocd = -1
  for (let at = bytes.length - EOCD_SIZE; at >= lowest && eocd < 0; at--)
    if (view.getUint32(at, true) === EOCD_SIGNATURE) eocd = at
  if (eocd < 0) return null
  const entryCount = view.getUint16(eocd + 10, true)
  const directoryOffset = view.getUint32(eocd + 16, true)
  // ZIP64 marks these as all ones; no workbook under the file-size cap needs it.
  if (entryCount === 0xffff || directoryOffset === 0xffffffff)
    return bomb(message('imports.file.bombReason.zip64'))
  if (entryCount > MAX_ZIP_ENTRIES)
    return bomb(message('imports.file.bombReason.entries', { count: entryCount }))
  const entries: ZipEntry[] = []
  let at = directoryOffset
  for (let i = 0; i < entryCount; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null
    const nameLength = view.getUint16(at + 28, true)
    const next =
      at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    if (next > bytes.length) return null
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true)
    })
    at = next
  }
  return entries
}

function declaredSizesProblem(entries: ZipEntry[]): LimitError | null {
  const total = entries.reduce((sum, entry) => sum + entry.declaredSize, 0)
  if (total > MAX_INFLATED_BYTES) return inflatedTooLarge()
  const packedTooWell = entries.some(
    (entry) =>
      entry.declaredSize >= RATIO_CHECKED_FROM_BYTES &&
      entry.declaredSize > entry.compressedSize * MAX_COMPRESSION_RATIO
  )
  return packedTooWell
    ? bomb(message('imports.file.bombReason.ratio', { ratio: MAX_COMPRESSION_RATIO }))
    : null
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = entry.localHeaderOffset
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) return null
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  const end = start + entry.compressedSize
  return end <= bytes.length ? bytes.subarray(start, end) : null
}

/**
 * Unpacks one entry into the tally without keeping it. False when it unpacks to more than it
 * declared, which only a bomb does: the declared sizes are within the cap, so stopping there
 * keeps the whole file within it.
 */
function inflateInto(data: Uint8Array, entry: ZipEntry, tally: XmlTally | null): boolean {
  if (entry.method === STORED) {
    tally?.feed(data)
    return data.length <= entry.declaredSize
  }
  let produced = 0
  const inflater = new Inflate({ raw: true })
  inflater.onData = (chunk) => {
    produced += chunk.length
    if (produced <= entry.declaredSize) tally?.feed(chunk)
  }
  for (let at = 0; at < data.length && !inflater.ended; at += INFLATE_STEP) {
    inflater.push(data.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= data.length)
    if (produced > entry.declaredSize) return false
  }
  return true
}

/** The sheet's own claim of its extent (`<dimension ref="A1:XFD1048576">`), held to the caps. */
function dimensionProblem(tally: XmlTally): LimitError | null {
  const { lastRow, lastColumn } = tally.dimension
  if (lastRow - 1 > MAX_DATA_ROWS) return tooManyRows(lastRow - 1)
  if (lastColumn > MAX_COLUMNS) return tooManyColumns(lastColumn)
  return null
}

export function inspectXlsx(bytes: Uint8Array): XlsxInspection {
  const entries = centralDirectory(bytes)
  if (entries === null) return { ok: false }
  if (!Array.isArray(entries)) return { ok: false, limit: entries }
  const declared = declaredSizesProblem(entries)
  if (declared) return { ok: false, limit: declared }
  let cells = 0
  let rangeCells = 0
  for (const entry of entries) {
    // JSZip refuses other methods without unpacking them; the workbook reader reports those.
    if (entry.method !== STORED && entry.method !== DEFLATED) continue
    const data = entryData(bytes, entry)
    if (data === null) return { ok: false }
    const isSheet = WORKSHEET.test(entry.name)
    const tally = isSheet || entry.name.endsWith('.xml') ? createXmlTally() : null
    if (!inflateInto(data, entry, tally))
      return { ok: false, limit: bomb(message('imports.file.bombReason.declaredSize')) }
    if (!tally) continue
    rangeCells += tally.rangeCells
    if (rangeCells > MAX_CELLS) return { ok: false, limit: tooWideRanges(rangeCells) }
    if (SHARED_STRINGS.test(entry.name) && tally.sharedStrings > MAX_CELLS)
      return {
        ok: false,
        limit: bomb(
          message('imports.file.bombReason.sharedStrings', {
            limit: MAX_CELLS.toLocaleString('en-US')
          })
        )
      }
    if (!isSheet) continue
    const dimension = dimensionProblem(tally)
    if (dimension) return { ok: false, limit: dimension }
    if (tally.rows - 1 > MAX_DATA_ROWS) return { ok: false, limit: tooManyRows(tally.rows - 1) }
    cells += tally.cells
    if (cells > MAX_CELLS) return { ok: false, limit: tooManyCells(cells) }
  }
  return { ok: true }
}
