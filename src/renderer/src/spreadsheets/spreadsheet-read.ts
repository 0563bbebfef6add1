import ExcelJS from 'exceljs'
import { message, type Message } from '@shared/i18n/message'
import { parseCsv, type ImportTable } from '@shared/domain/imports'
import { csvExtentProblem } from './csv-extent'
import {
  MAX_CELLS,
  MAX_COLUMNS,
  MAX_DATA_ROWS,
  MAX_FILE_BYTES,
  tooLarge,
  tooManyCells,
  tooManyColumns,
  tooManyRows,
  type LimitError
} from './spreadsheet-limits'
import { inspectXlsx } from './xlsx-inspection'

/** Why a file cannot be read as a table: a message (`imports.file.legacyXls` …) or a cap. */
export type SpreadsheetReadError = Message | LimitError

export type SpreadsheetRead =
  { ok: true; table: ImportTable } | { ok: false; error: SpreadsheetReadError }

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte)
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Excel stores wall-clock times; exceljs hands them over as UTC instants of that wall clock. */
function dateCell(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
  const seconds = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds()
  return seconds === 0
    ? day
    : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return dateCell(value)
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('')
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    if ('text' in value) return String(value.text)
    if ('error' in value) return ''
  }
  return String(value)
}

const refused = (error: SpreadsheetReadError): SpreadsheetRead => ({ ok: false, error })

const unreadableXlsx = refused(message('imports.file.unreadableXlsx'))

/** The extent the rows are read to, held to the caps before anything loops over it. */
function gridProblem(dataRows: number, width: number): LimitError | null {
  if (dataRows > MAX_DATA_ROWS) return tooManyRows(dataRows)
  if (width > MAX_COLUMNS) return tooManyColumns(width)
  return dataRows * width > MAX_CELLS ? tooManyCells(dataRows * width) : null
}

async function readXlsx(bytes: Uint8Array): Promise<SpreadsheetRead> {
  const inspection = inspectXlsx(bytes)
  if (!inspection.ok)
    return 'limit' in inspection ? { ok: false, error: inspection.limit } : unreadableXlsx
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    )
  } catch {
    return unreadableXlsx
  }
  const sheet = workbook.worksheets[0]
  if (!sheet || sheet.rowCount === 0) return refused(message('imports.file.noSheet'))
  const width = sheet.getRow(1).cellCount
  const problem = gridProblem(sheet.rowCount - 1, width)
  if (problem) return { ok: false, error: problem }
  // find*, not get*: getting a row or cell that is not in the file creates it.
  const rowCells = (rowNumber: number) => {
    const row = sheet.findRow(rowNumber)
    return Array.from({ length: width }, (_, i) =>
      row ? cellText(row.findCell(i + 1)?.value).trim() : ''
    )
  }
  const rows: string[][] = []
  for (let r = 2; r <= sheet.rowCount; r++) rows.push(rowCells(r))
  return { ok: true, table: { headers: rowCells(1), rows } }
}

/** UTF-8 first; Excel for Chinese Windows saves CSV in GB18030 (GBK). */
function decodeText(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes)
    } catch {
      return null
    }
  }
}

/**
 * Reads an import file (.xlsx, or CSV in UTF-8 or GB18030) into header + rows of text. Anything
 * else (a damaged or truncated workbook, an old .xls, a PDF) is a coded message, not an exception,
 * and so is a file past the caps in spreadsheet-limits.ts, refused before it is unpacked or split.
 */
export async function readSpreadsheet(bytes: Uint8Array): Promise<SpreadsheetRead> {
  if (bytes.length === 0) return refused(message('imports.file.empty'))
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, error: tooLarge(bytes.length) }
  if (startsWith(bytes, ZIP_MAGIC)) return readXlsx(bytes)
  if (startsWith(bytes, OLE_MAGIC)) return refused(message('imports.file.legacyXls'))
  const text = decodeText(bytes)
  if (text === null || text.includes('\u0000'))
    return refused(message('imports.file.notSpreadsheet'))
  const extent = csvExtentProblem(text)
  if (extent) return { ok: false, error: extent }
  const parsed = parseCsv(text)
  if (!parsed.ok) return refused(message('imports.file.unreadableCsv', { reason: parsed.problem }))
  const [headers, ...rows] = parsed.rows
  if (!headers) return refused(message('imports.file.noContent'))
  return { ok: true, table: { headers: headers.map((header) => header.trim()), rows } }
}
