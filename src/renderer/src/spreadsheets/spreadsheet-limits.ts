import { message, type Message, type MessageParam } from '@shared/i18n/message'

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
  | 'imports.file.tooLarge'
  | 'imports.file.tooManyRows'
  | 'imports.file.tooManyColumns'
  | 'imports.file.tooManyCells'
  | 'imports.file.tooWideRanges'
  | 'imports.file.bomb'

/** A cap exceeded: the code and what the message names (the file's figure and the limit). */
export type LimitError = { code: LimitErrorCode; params: Record<string, MessageParam> }

/** Counts with thousands separators (`8,000,000`), as both languages write large figures. */
const count = (n: number) => n.toLocaleString('en-US')
const megabytes = (bytes: number) => Math.ceil(bytes / MB)

export const tooLarge = (bytes: number): LimitError => ({
  code: 'imports.file.tooLarge',
  params: { size: megabytes(bytes), limit: megabytes(MAX_FILE_BYTES) }
})

export const tooManyRows = (rows: number): LimitError => ({
  code: 'imports.file.tooManyRows',
  params: { count: count(rows), limit: count(MAX_DATA_ROWS) }
})

export const tooManyColumns = (columns: number): LimitError => ({
  code: 'imports.file.tooManyColumns',
  params: { count: count(columns), limit: count(MAX_COLUMNS) }
})

export const tooManyCells = (cells: number): LimitError => ({
  code: 'imports.file.tooManyCells',
  params: { count: count(cells), limit: count(MAX_CELLS) }
})

export const tooWideRanges = (cells: number): LimitError => ({
  code: 'imports.file.tooWideRanges',
  params: { count: count(cells), limit: count(MAX_CELLS) }
})

/** A zip that only a bomb (or a file that is no workbook) would be; `reason` says which sign. */
export const bomb = (reason: Message): LimitError => ({
  code: 'imports.file.bomb',
  params: { reason }
})

export const inflatedTooLarge = (): LimitError =>
  bomb(message('imports.file.bombReason.inflated', { limit: megabytes(MAX_INFLATED_BYTES) }))
