import ExcelJS from 'exceljs'

/** One column of an exported table: its Chinese header and how a row shows in it. */
export interface ExportColumn<Row> {
  header: string
  value: (row: Row) => string | number | boolean | Date | null
  /** Width in characters; defaults to the header's width. */
  width?: number
}

/**
 * Any table a view shows → an .xlsx workbook (one sheet, bold frozen header row). Dates are
 * written as dates so Excel sorts and filters them; personal data arrives already masked by the
 * view, because an export is a disclosure.
 */
export async function tableToXlsx<Row>(
  rows: readonly Row[],
  columns: readonly ExportColumn<Row>[],
  sheetName: string
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '证照治理工作台'
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }]
  })
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width ?? Math.max(10, column.header.length * 2 + 2)
  }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) sheet.addRow(columns.map((column) => column.value(row)))
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
