import type { BatchRow } from '@shared/contract'
import { statusWords } from '@shared/domain/seals/words'
import { message, type Message } from '@shared/i18n/message'
import { downloadXlsx } from '../../spreadsheets/download'
import type { ExportColumn } from '../../spreadsheets/xlsx-export'
import { formatTime, needsPassword } from './format'

type Translate = (key: string, values?: Record<string, unknown>) => string

/** The screen's words (vue-i18n's `t`) and the domain's (`say` of useMessages). */
export interface ExportWords {
  t: Translate
  say: (message: Message) => string
}

/** The summary table's columns as exported: 文件、结论、原因、签名者、签署时间、签名数. */
export function batchExportColumns({ t, say }: ExportWords): ExportColumn<BatchRow>[] {
  return [
    { header: say(message('seals.report.column.file')), value: (row) => row.fileName, width: 40 },
    {
      header: say(message('seals.report.column.status')),
      value: (row) =>
        needsPassword(row.errorCode) ? t('seals.batch.needsPassword') : say(statusWords[row.status])
    },
    {
      header: say(message('seals.report.column.reason')),
      value: (row) => reasonText(row, say),
      width: 60
    },
    {
      header: say(message('seals.report.column.signer')),
      value: (row) => row.signer ?? '',
      width: 30
    },
    {
      header: say(message('seals.report.column.time')),
      value: (row) => formatTime(row.signedAt),
      width: 22
    },
    {
      header: say(message('seals.report.column.signatures')),
      value: (row) => row.signatureCount
    }
  ]
}

/** Why a row did not pass (its file error, or the signature that decided), in words. */
export function reasonText(row: BatchRow, say: ExportWords['say']): string {
  return row.status === 'passed' ? '' : say(row.summary)
}

function csvCell(value: string | number | boolean | Date | null): string {
  const text = value instanceof Date ? value.toISOString() : value === null ? '' : String(value)
  // Quote everything; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return `"${safe.replace(/"/g, '""')}"`
}

/** CSV with a UTF-8 BOM so Excel on Chinese Windows opens it with the right encoding. */
export function rowsToCsv<Row>(
  rows: readonly Row[],
  columns: readonly ExportColumn<Row>[]
): string {
  const lines = [columns.map((column) => csvCell(column.header)).join(',')]
  for (const row of rows) lines.push(columns.map((column) => csvCell(column.value(row))).join(','))
  return `\ufeff${lines.join('\r\n')}\r\n`
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

export async function exportBatch(
  rows: readonly BatchRow[],
  format: 'xlsx' | 'csv',
  words: ExportWords
): Promise<void> {
  const { t } = words
  const columns = batchExportColumns(words)
  const date = formatTime(new Date().toISOString()).slice(0, 10)
  const name = t('seals.batch.exportFileName', { date })
  if (format === 'csv') {
    download(
      new Blob([rowsToCsv(rows, columns)], { type: 'text/csv;charset=utf-8' }),
      `${name}.csv`
    )
    return
  }
  // exceljs is large: loaded only when someone exports.
  const { tableToXlsx } = await import('../../spreadsheets/xlsx-export')
  downloadXlsx(await tableToXlsx(rows, columns, t('seals.batch.exportSheet')), name)
}
