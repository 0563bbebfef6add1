import {
  MAX_CELLS,
  MAX_COLUMNS,
  MAX_DATA_ROWS,
  tooManyCells,
  tooManyColumns,
  tooManyRows,
  type LimitError
} from './spreadsheet-limits'

const QUOTE = 0x22
const COMMA = 0x2c
const LF = 0x0a
const CR = 0x0d

/**
 * Measures a CSV text (rows, the widest row, fields in all) the way parseCsv splits it, without
 * building a string per field, so that a file of a million commas is refused before parseCsv
 * would make a million fields of it.
 */
export function csvExtentProblem(text: string): LimitError | null {
  let rows = 0
  let widest = 0
  let fields = 0
  let rowFields = 0
  let fieldEmpty = true
  let quoted = false
  const endRow = () => {
    rowFields++
    fields += rowFields
    widest = Math.max(widest, rowFields)
    rows++
    rowFields = 0
    fieldEmpty = true
  }
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (quoted) {
      if (char !== QUOTE) fieldEmpty = false
      else if (text.charCodeAt(i + 1) === QUOTE) {
        fieldEmpty = false
        i++
      } else quoted = false
    } else if (char === QUOTE && fieldEmpty) quoted = true
    else if (char === COMMA) {
      rowFields++
      fieldEmpty = true
    } else if (char === LF || char === CR) {
      if (char === CR && text.charCodeAt(i + 1) === LF) i++
      endRow()
    } else fieldEmpty = false
  }
  if (!fieldEmpty || rowFields > 0) endRow()
  if (widest > MAX_COLUMNS) return tooManyColumns(widest)
  if (rows - 1 > MAX_DATA_ROWS) return tooManyRows(rows - 1)
  return fields > MAX_CELLS ? tooManyCells(fields) : null
}
