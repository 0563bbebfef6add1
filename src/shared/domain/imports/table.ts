import { message, type Message } from '../../i18n/message'

/**
 * A spreadsheet or CSV file as the import validators see it: the header row and the data rows as
 * text. Row numbers in errors are those the user sees in the spreadsheet (header = row 1).
 */
export interface ImportTable {
  headers: string[]
  rows: string[][]
}

/**
 * One problem with one cell, or with a whole row when `column` is null: the column's name and the
 * reason as messages (`imports.error.required` …), shown in the reader's language.
 */
export interface ImportRowError {
  row: number
  column: Message | null
  reason: Message
}

/** Why a file was refused as a whole: columns missing, rows invalid, or no data rows. */
export type ImportFailureCode =
  'imports.result.columnsMissing' | 'imports.result.rowsInvalid' | 'imports.result.empty'

export type ImportResult<T> =
  { ok: true; records: T[] } | { ok: false; code: ImportFailureCode; errors: ImportRowError[] }

/**
 * A column of an import file: its Chinese header (what the file says, whatever the reader's
 * language), the other headers seen for it in practice, and its name as a message.
 */
export interface ColumnSpec<Key extends string> {
  key: Key
  header: string
  label: Message
  aliases?: readonly string[]
  required: boolean
}

export const HEADER_ROW = 1

function normalizeHeader(header: string): string {
  return header
    .replace(/[\s\u3000*＊]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
}

/**
 * Finds each column by header (blanks, full-width brackets and the `*` marking required columns
 * are ignored). Every missing required column is reported at once.
 */
export function mapColumns<Key extends string>(
  headers: readonly string[],
  specs: readonly ColumnSpec<Key>[]
): { ok: true; index: Map<Key, number> } | { ok: false; errors: ImportRowError[] } {
  const positions = new Map(headers.map((header, i) => [normalizeHeader(header), i]))
  const index = new Map<Key, number>()
  const errors: ImportRowError[] = []
  for (const spec of specs) {
    const found = [spec.header, ...(spec.aliases ?? [])]
      .map((name) => positions.get(normalizeHeader(name)))
      .find((position) => position !== undefined)
    if (found !== undefined) index.set(spec.key, found)
    else if (spec.required)
      errors.push({
        row: HEADER_ROW,
        column: spec.label,
        reason: message('imports.error.missingColumn', { column: spec.label })
      })
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, index }
}

/** Reads the cells of one data row by column key; absent columns read as ''. */
export function rowReader<Key extends string>(index: Map<Key, number>, row: readonly string[]) {
  return (key: Key): string => {
    const position = index.get(key)
    return position === undefined ? '' : (row[position] ?? '').trim()
  }
}

/** Data rows that are not entirely blank, with their spreadsheet row numbers. */
export function dataRows(table: ImportTable): { rowNumber: number; cells: string[] }[] {
  return table.rows
    .map((cells, i) => ({ rowNumber: HEADER_ROW + 1 + i, cells }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''))
}

/** What every import starts with: the columns found and the non-blank data rows. */
export type OpenedImportTable<Key extends string> =
  | { ok: true; index: Map<Key, number>; rows: { rowNumber: number; cells: string[] }[] }
  | { ok: false; failure: Extract<ImportResult<never>, { ok: false }> }

/** Maps the columns and collects the data rows; a file missing columns or rows fails whole. */
export function openImportTable<Key extends string>(
  table: ImportTable,
  specs: readonly ColumnSpec<Key>[]
): OpenedImportTable<Key> {
  const columns = mapColumns(table.headers, specs)
  if (!columns.ok) {
    return {
      ok: false,
      failure: { ok: false, code: 'imports.result.columnsMissing', errors: columns.errors }
    }
  }
  const rows = dataRows(table)
  if (rows.length === 0) {
    return {
      ok: false,
      failure: {
        ok: false,
        code: 'imports.result.empty',
        errors: [{ row: HEADER_ROW + 1, column: null, reason: message('imports.error.noDataRows') }]
      }
    }
  }
  return { ok: true, index: columns.index, rows }
}
