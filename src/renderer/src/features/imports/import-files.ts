import type { Message } from '@shared/i18n/message'
import {
  onlyTemplateExample,
  withoutTemplateExample,
  type ImportKind,
  type ImportRowError
} from '@shared/domain/imports'
import type { Repositories } from '../../db/repositories'
import { readSpreadsheet, type SpreadsheetRead } from '../../spreadsheets/spreadsheet-read'

export type { ImportKind } from '@shared/domain/imports'

export type ImportAttempt =
  | { ok: true; written: number }
  | { ok: false; fileError: Message }
  | { ok: false; rowErrors: ImportRowError[] }
  /** The file is the template as downloaded: its example row and nothing to import. */
  | { ok: false; onlyExample: true }

/**
 * One import file, start to end: read the spreadsheet, validate every row, and write all or
 * nothing. A broken file or any bad row leaves the working copy exactly as it was. The template's
 * example row, left unchanged, is not data and is skipped. The page reads in a worker (`read`);
 * tests read in Node.
 */
export async function importFile(
  repos: Repositories,
  kind: ImportKind,
  file: { name: string; bytes: Uint8Array },
  read: (bytes: Uint8Array) => Promise<SpreadsheetRead> = readSpreadsheet
): Promise<ImportAttempt> {
  const spreadsheet = await read(file.bytes)
  if (!spreadsheet.ok) return { ok: false, fileError: spreadsheet.error }
  if (onlyTemplateExample(kind, spreadsheet.table)) return { ok: false, onlyExample: true }
  const { table } = withoutTemplateExample(kind, spreadsheet.table)
  const outcome = await repos.imports[kind](table, file.name)
  return outcome.ok ? outcome : { ok: false, rowErrors: outcome.errors }
}
