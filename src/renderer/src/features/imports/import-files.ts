import {
  CATALOG_COLUMNS,
  DEPARTMENT_COLUMNS,
  LICENCE_COLUMNS,
  USAGE_AUTHORIZATION_COLUMNS,
  type ColumnSpec,
  type ImportRowError
} from '@shared/domain/imports'
import type { Repositories } from '../../db/repositories'
import { readSpreadsheet } from '../../spreadsheets/spreadsheet-read'
import { tableToXlsx } from '../../spreadsheets/xlsx-export'

export type ImportKind = 'departments' | 'catalog' | 'licences' | 'usageAuthorizations'

export const importColumns: Record<ImportKind, readonly ColumnSpec<string>[]> = {
  departments: DEPARTMENT_COLUMNS,
  catalog: CATALOG_COLUMNS,
  licences: LICENCE_COLUMNS,
  usageAuthorizations: USAGE_AUTHORIZATION_COLUMNS
}

export type ImportAttempt =
  | { ok: true; written: number }
  | { ok: false; fileError: string }
  | { ok: false; rowErrors: ImportRowError[] }

/**
 * One import file, start to end: read the spreadsheet, validate every row, and write all or
 * nothing. A broken file or any bad row leaves the working copy exactly as it was.
 */
export async function importFile(
  repos: Repositories,
  kind: ImportKind,
  file: { name: string; bytes: Uint8Array }
): Promise<ImportAttempt> {
  const read = await readSpreadsheet(file.bytes)
  if (!read.ok) return { ok: false, fileError: read.error.message }
  const outcome = await repos.imports[kind](read.table, file.name)
  return outcome.ok ? outcome : { ok: false, rowErrors: outcome.errors }
}

/** An empty workbook with the import columns (required ones marked ＊), as a template. */
export function importTemplate(kind: ImportKind): Promise<Uint8Array> {
  const columns = importColumns[kind].map((column) => ({
    header: column.required ? `${column.header}＊` : column.header,
    value: () => null
  }))
  return tableToXlsx([], columns, '导入模板')
}
