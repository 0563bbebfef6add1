import {
  onlyTemplateExample,
  withoutTemplateExample,
  type ImportKind,
  type ImportRowError
} from '@shared/domain/imports'
import type { Repositories } from '../../db/repositories'
import { readSpreadsheet } from '../../spreadsheets/spreadsheet-read'

export type { ImportKind } from '@shared/domain/imports'

export type ImportAttempt =
  | { ok: true; written: number }
  | { ok: false; fileError: string }
  | { ok: false; rowErrors: ImportRowError[] }
  /** The file is the template as downloaded: its example row and nothing to import. */
  | { ok: false; onlyExample: true }

/**
 * One import file, start to end: read the spreadsheet, validate every row, and write all or
 * nothing. A broken file or any bad row leaves the working copy exactly as it was. The template's
 * example row, left unchanged, is not data and is skipped.
 */
export async function importFile(
  repos: Repositories,
  kind: ImportKind,
  file: { name: string; bytes: Uint8Array }
): Promise<ImportAttempt> {
  const read = await readSpreadsheet(file.bytes)
  if (!read.ok) return { ok: false, fileError: read.error.message }
  if (onlyTemplateExample(kind, read.table)) return { ok: false, onlyExample: true }
  const { table } = withoutTemplateExample(kind, read.table)
  const outcome = await repos.imports[kind](table, file.name)
  return outcome.ok ? outcome : { ok: false, rowErrors: outcome.errors }
}
