/** Why a CSV text could not be split into rows: a message with the row the quote opens in. */
export type CsvProblem = { code: 'imports.csv.unterminatedQuote'; params: { row: number } }

/**
 * RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, a leading BOM), as Excel and WPS save
 * it in UTF-8. An unterminated quote means a truncated or damaged file and is an error.
 */
export function parseCsv(
  text: string
): { ok: true; rows: string[][] } | { ok: false; problem: CsvProblem } {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let quoteStartRow = 0
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"' && field === '') {
      quoted = true
      quoteStartRow = rows.length + 1
    } else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += char
  }
  if (quoted) {
    return {
      ok: false,
      problem: { code: 'imports.csv.unterminatedQuote', params: { row: quoteStartRow } }
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return { ok: true, rows }
}
