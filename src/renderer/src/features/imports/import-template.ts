import ExcelJS from 'exceljs'
import { templateColumns, type ImportKind, type TemplateColumn } from '@shared/domain/imports'

type Translate = (key: string, params?: Record<string, unknown>) => string

/** Rows below the header that offer the coded columns' dropdowns. */
export const TEMPLATE_VALIDATED_ROWS = 1000

const GENERAL_NOTES = ['sheet', 'example', 'choices', 'dates', 'allOrNothing'] as const

function columnLetter(index: number): string {
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

function headerOf(column: TemplateColumn): string {
  return column.required ? `${column.header}＊` : column.header
}

/**
 * The column as 填写说明 names it: the header the file must carry, and, in a language other than
 * Chinese, what the column is (`证照标识＊ (Licence identifier)`).
 */
function describedHeader(column: TemplateColumn, t: Translate): string {
  const name = t(column.label.code)
  return name === column.header ? headerOf(column) : `${headerOf(column)} (${name})`
}

/** The sheet the importer reads: headers, the example row and the dropdowns. */
function addDataSheet(workbook: ExcelJS.Workbook, columns: TemplateColumn[], t: Translate): void {
  const sheet = workbook.addWorksheet(t('importTemplate.dataSheet'), {
    views: [{ state: 'frozen', ySplit: 1 }]
  })
  sheet.columns = columns.map((column) => ({
    header: headerOf(column),
    width: Math.max(12, column.header.length * 2 + 4, column.example.length + 2)
  }))
  sheet.getRow(1).font = { bold: true }
  // Text format, so Excel keeps codes such as 001 and 411000 as typed instead of as numbers.
  sheet.columns.forEach((column) => (column.numFmt = '@'))
  const example = sheet.addRow(columns.map((column) => column.example))
  example.font = { italic: true, color: { argb: 'FF8C8C8C' } }
  sheet.getCell('A2').note = t('importTemplate.exampleNote')
  for (const [index, column] of columns.entries()) {
    if (!column.options) continue
    const letter = columnLetter(index)
    const validations = (
      sheet as unknown as {
        dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void }
      }
    ).dataValidations
    validations.add(`${letter}2:${letter}${TEMPLATE_VALIDATED_ROWS + 1}`, {
      type: 'list',
      allowBlank: !column.required,
      formulae: [`"${column.options.join(',')}"`],
      showErrorMessage: true,
      errorTitle: t('importTemplate.choiceErrorTitle'),
      error: t('importTemplate.choiceError')
    })
  }
}

/** 填写说明: the general rules, then one row per column. */
function addInstructionsSheet(
  workbook: ExcelJS.Workbook,
  kindName: string,
  columns: TemplateColumn[],
  t: Translate
): void {
  const sheet = workbook.addWorksheet(t('importTemplate.instructionsSheet'))
  sheet.columns = [{ width: 26 }, { width: 10 }, { width: 60 }, { width: 36 }, { width: 40 }]
  sheet.addRow([t('importTemplate.title', { kind: kindName })]).font = { bold: true, size: 14 }
  for (const note of GENERAL_NOTES) sheet.addRow([t(`importTemplate.general.${note}`)])
  sheet.addRow([])
  const head = sheet.addRow(
    (['column', 'required', 'requirement', 'choices', 'example'] as const).map((key) =>
      t(`importTemplate.columns.${key}`)
    )
  )
  head.font = { bold: true }
  for (const column of columns) {
    const row = sheet.addRow([
      describedHeader(column, t),
      t(column.required ? 'importTemplate.required' : 'importTemplate.optional'),
      t(`importTemplate.notes.${column.key}`),
      column.options?.join('、') ?? '',
      column.example
    ])
    row.alignment = { wrapText: true, vertical: 'top' }
  }
}

/**
 * The import template of one kind, as an .xlsx: the data sheet first (the importer reads the
 * first sheet) with the example row and the coded columns' dropdowns, then 填写说明.
 */
export async function buildImportTemplate(
  kind: ImportKind,
  kindName: string,
  t: Translate
): Promise<Uint8Array> {
  const columns = templateColumns(kind)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '证照治理工作台'
  addDataSheet(workbook, columns, t)
  addInstructionsSheet(workbook, kindName, columns, t)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
