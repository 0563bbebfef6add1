/**
 * What an import file may hold (导入文件上限). The reader holds a whole workbook in memory, so a
 * small hostile file that claims or unpacks to millions of cells must be refused before anything
 * loops over them, with a message that says the limit and what to do instead.
 */

const MB = 1024 * 1024

/** The largest real import (the licences table at 200,000 rows) is well under this as .xlsx. */
export const MAX_FILE_BYTES = 50 * MB
/** The licences table, the largest import the Bureau makes, stays under 200,000 rows. */
export const MAX_DATA_ROWS = 200_000
/** Every template has at most ~30 columns; twice that leaves room for the user's own notes. */
export const MAX_COLUMNS = 64
/**
 * The grid handed to the importer (rows × columns): the largest template filled to the row cap.
 * Merged cells, dropdowns and defined names (a filter, a print area), which the workbook reader
 * expands cell by cell, are held to it too: a filter over the largest legitimate sheet fits.
 */
export const MAX_CELLS = 8_000_000
/** What the zip entries may unpack to, in all: the sheet XML of the row cap is about this size. */
export const MAX_INFLATED_BYTES = 200 * MB
/** A workbook has a dozen parts plus a few per sheet; thousands of entries are not a workbook. */
export const MAX_ZIP_ENTRIES = 500
/** Real sheet XML packs about 10:1; deflate's ceiling is about 1000:1, which only a bomb reaches. */
export const MAX_COMPRESSION_RATIO = 100
/** Small parts (styles, a blank sheet) pack far better than data does and cannot hurt. */
export const RATIO_CHECKED_FROM_BYTES = 1 * MB

export type LimitErrorCode =
  | 'import.file.tooLarge'
  | 'import.file.tooManyRows'
  | 'import.file.tooManyColumns'
  | 'import.file.tooManyCells'
  | 'import.file.bomb'

export type LimitError = { code: LimitErrorCode; message: string }

const count = (n: number) => n.toLocaleString('en-US')
const megabytes = (bytes: number) => `${Math.ceil(bytes / MB)} MB`

export const tooLarge = (bytes: number): LimitError => ({
  code: 'import.file.tooLarge',
  message: `文件过大（${megabytes(bytes)}），超过 ${megabytes(MAX_FILE_BYTES)} 的上限：请拆分为多个文件后分别导入`
})

export const tooManyRows = (rows: number): LimitError => ({
  code: 'import.file.tooManyRows',
  message: `文件有 ${count(rows)} 行数据，超过每个文件 ${count(MAX_DATA_ROWS)} 行的上限：请拆分为多个文件后分别导入`
})

export const tooManyColumns = (columns: number): LimitError => ({
  code: 'import.file.tooManyColumns',
  message: `文件有 ${count(columns)} 列，超过 ${count(MAX_COLUMNS)} 列的上限：请使用导入模板，删除模板以外的列后再导入`
})

export const tooManyCells = (cells: number): LimitError => ({
  code: 'import.file.tooManyCells',
  message: `文件有 ${count(cells)} 个单元格，超过 ${count(MAX_CELLS)} 个的上限：请删除模板以外的列，或拆分为多个文件后分别导入`
})

export const tooWideRanges = (cells: number): LimitError => ({
  code: 'import.file.tooManyCells',
  message: `文件中的合并单元格、数据验证、筛选或名称覆盖 ${count(cells)} 个单元格，超过 ${count(MAX_CELLS)} 个的上限：请取消筛选以及整列、整行的合并与数据验证，或将数据复制到新的工作簿后再导入`
})

export const bomb = (reason: string): LimitError => ({
  code: 'import.file.bomb',
  message: `文件结构异常（${reason}），不像是正常的 Excel 文件，已拒绝导入：请在 Excel 中打开后另存为 .xlsx 或 CSV 再导入`
})

export const inflatedTooLarge = (): LimitError =>
  bomb(`解压后超过 ${megabytes(MAX_INFLATED_BYTES)}`)
