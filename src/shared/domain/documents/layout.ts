import {
  CHAR_PITCH_MM,
  CHARS_PER_LINE,
  COLOPHON_INNER_RULE_MM,
  COLOPHON_OUTER_RULE_MM,
  LINE_PITCH_MM,
  LINES_PER_PAGE,
  MASTHEAD_OFFSET_MM,
  PAGE_NUMBER_GAP_MM,
  PT_PER_MM,
  QR_SIDE_MM,
  SEAL_DIAMETER_MM,
  SEPARATOR_GAP_MM,
  SEPARATOR_RULE_MM,
  SIZE_2_PT,
  SIZE_3_PT,
  SIZE_4_PT,
  TEXT_BLOCK_HEIGHT_MM,
  TEXT_BLOCK_LEFT_MM,
  TEXT_BLOCK_TOP_MM,
  TEXT_BLOCK_WIDTH_MM
} from './gbt9704'
import {
  attachmentLines,
  chineseNumeralDate,
  copyToLine,
  documentNumberText,
  printedLine
} from './document-text'
import { balanceTitle, breakLines, cellsOfText } from './line-breaking'
import type { OfficialDocument, ParagraphStyle } from './official-document'

/**
 * GB/T 9704 layout (排版): places an official document's words on A4 pages in millimetres, so
 * that the PDF writer only draws and tests can check every position against the standard.
 */

/** The typefaces a document uses, by role; the writer maps them to fonts it has. */
export type FontRole = 'masthead' | 'title' | 'body' | 'heading1' | 'heading2' | 'pageNumber'

/** Natural width of `text` in points, as the writer's font measures it. */
export type MeasureText = (text: string, font: FontRole, sizePt: number) => number

export interface PlacedText {
  text: string
  /** Left edge of the first glyph, from the paper's left edge. */
  xMm: number
  /** Top of the glyphs' em box, from the paper's top edge. */
  topMm: number
  sizePt: number
  font: FontRole
  red: boolean
  /** Extra space after each character (Tc), so that full-width characters fall on the grid. */
  charSpacingPt: number
}

export interface PlacedRule {
  xMm: number
  yMm: number
  lengthMm: number
  weightMm: number
  red: boolean
}

export interface LaidOutPage {
  texts: PlacedText[]
  rules: PlacedRule[]
}

export interface DocumentLayout {
  pages: LaidOutPage[]
  /** 印章 position: squarely over the 署名 and the 成文日期. */
  seal: { page: number; centerXMm: number; centerYMm: number; diameterMm: number }
  /** Where the verification code goes, left of the signature block. */
  verificationCode: { page: number; xMm: number; topMm: number; sideMm: number }
}

/** Body characters are set on the 28-per-line grid; this is their Tc. */
const GRID_SPACING_PT = CHAR_PITCH_MM * PT_PER_MM - SIZE_3_PT
const SIZE_3_MM = SIZE_3_PT / PT_PER_MM
const SIZE_4_MM = SIZE_4_PT / PT_PER_MM
const TEXT_BLOCK_RIGHT_MM = TEXT_BLOCK_LEFT_MM + TEXT_BLOCK_WIDTH_MM
const TEXT_BLOCK_BOTTOM_MM = TEXT_BLOCK_TOP_MM + TEXT_BLOCK_HEIGHT_MM
/** The masthead's characters are at most 15 mm wide, as is customary. */
const MASTHEAD_MAX_PT = 15 * PT_PER_MM
/** Grid lines below the last body line that the seal reaches into. */
const SEAL_LINES = Math.ceil(SEAL_DIAMETER_MM / LINE_PITCH_MM) + 1

/** Top of grid line `line` (0–21) of a page. */
export function gridLineTopMm(line: number): number {
  return TEXT_BLOCK_TOP_MM + line * LINE_PITCH_MM
}

/** Glyphs sit centred in their grid cell. */
function glyphTopMm(line: number, sizeMm: number): number {
  return gridLineTopMm(line) + (LINE_PITCH_MM - sizeMm) / 2
}

/** First grid line whose cell starts at or below `yMm` on the first page. */
function firstLineBelow(yMm: number): number {
  return Math.ceil((yMm - TEXT_BLOCK_TOP_MM) / LINE_PITCH_MM - 1e-9)
}

interface GridLine {
  text: string
  indentCells: number
  font: FontRole
  sizePt: number
  /** Centred in the text block instead of flush left. */
  centred?: boolean
  /** Absolute x instead of the indent (signature block). */
  xMm?: number
  /** Not a paragraph's last line: spread to end at the 版心's right edge. */
  justified?: boolean
}

const STYLE_FONT: Record<ParagraphStyle, FontRole> = {
  body: 'body',
  plain: 'body',
  heading1: 'heading1',
  heading2: 'heading2'
}

export function layoutDocument(document: OfficialDocument, measure: MeasureText): DocumentLayout {
  const firstPage: LaidOutPage = { texts: [], rules: [] }

  // 版头: the masthead, the number two lines below it, the red line 4 mm below the number.
  const mastheadCells = Math.max(cellsOfText(document.masthead), 1)
  const mastheadPt = Math.min(
    MASTHEAD_MAX_PT,
    (TEXT_BLOCK_WIDTH_MM * PT_PER_MM) / mastheadCells,
    (TEXT_BLOCK_WIDTH_MM * PT_PER_MM * SIZE_2_PT) /
      measure(document.masthead, 'masthead', SIZE_2_PT)
  )
  const mastheadTop = TEXT_BLOCK_TOP_MM + MASTHEAD_OFFSET_MM
  firstPage.texts.push(
    centred(document.masthead, mastheadTop, mastheadPt, 'masthead', true, measure)
  )
  const numberLine = firstLineBelow(mastheadTop + mastheadPt / PT_PER_MM) + 2
  const numberTop = glyphTopMm(numberLine, SIZE_3_MM)
  firstPage.texts.push(
    centred(documentNumberText(document), numberTop, SIZE_3_PT, 'body', false, measure)
  )
  const separatorY = numberTop + SIZE_3_MM + SEPARATOR_GAP_MM
  firstPage.rules.push({
    xMm: TEXT_BLOCK_LEFT_MM,
    yMm: separatorY,
    lengthMm: TEXT_BLOCK_WIDTH_MM,
    weightMm: SEPARATOR_RULE_MM,
    red: true
  })

  // 主体: title two lines below the red line, then the flow of grid lines.
  const lines: (GridLine | null)[] = []
  const titleCells = Math.floor((TEXT_BLOCK_WIDTH_MM * PT_PER_MM) / SIZE_2_PT)
  for (const titleLine of balanceTitle(document.title, titleCells)) {
    lines.push({ text: titleLine, indentCells: 0, font: 'title', sizePt: SIZE_2_PT, centred: true })
  }
  lines.push(null)
  for (const text of breakLines(`${document.addressee}：`, CHARS_PER_LINE)) {
    lines.push({ text, indentCells: 0, font: 'body', sizePt: SIZE_3_PT })
  }
  for (const paragraph of document.paragraphs) {
    const indent = paragraph.style === 'plain' ? 0 : 2
    const broken = breakLines(paragraph.text, CHARS_PER_LINE, CHARS_PER_LINE - indent)
    broken.forEach((text, index) => {
      lines.push({
        text,
        indentCells: index === 0 ? indent : 0,
        font: STYLE_FONT[paragraph.style],
        sizePt: SIZE_3_PT,
        justified: index < broken.length - 1
      })
    })
  }
  const attachments = attachmentLines(document)
  if (attachments.length > 0) lines.push(null)
  attachments.forEach((attachment, index) => {
    const indent = index === 0 ? 2 : 5
    breakLines(attachment, CHARS_PER_LINE - 5, CHARS_PER_LINE - indent).forEach((text, part) => {
      lines.push({ text, indentCells: part === 0 ? indent : 5, font: 'body', sizePt: SIZE_3_PT })
    })
  })

  // Lines flow from the title's grid line on; global index n is page ⌊n/22⌋, line n mod 22.
  const startLine = firstLineBelow(separatorY) + 2
  let placed = lines.map((line, index) => ({ line, at: startLine + index }))

  // 署名 and 成文日期 under the seal, whose top is within one line of the last body line and
  // which reaches into the fifth line below it. The seal never stands on a page without body
  // text: when it does not fit, the last two body lines go along to the next page.
  const lastAt = (): number => placed.reduce((last, entry) => Math.max(last, entry.at), 0)
  if ((lastAt() % LINES_PER_PAGE) + SEAL_LINES >= LINES_PER_PAGE) {
    // The last two lines with words (a blank line before 附件 is not worth carrying).
    const worded = placed.flatMap((entry, index) => (entry.line ? [index] : []))
    const carryFrom = worded[worded.length - 2] ?? 0
    const shift = LINES_PER_PAGE - ((startLine + carryFrom) % LINES_PER_PAGE)
    placed = placed.map((entry, index) =>
      index >= carryFrom ? { ...entry, at: entry.at + shift } : entry
    )
  }
  const lastBodyAt = lastAt()
  const signatureAt = lastBodyAt + 3
  const dateText = chineseNumeralDate(document.date)
  const dateCells = cellsOfText(dateText)
  const dateX = TEXT_BLOCK_RIGHT_MM - (4 + dateCells) * CHAR_PITCH_MM
  const dateCentre = dateX + (dateCells * CHAR_PITCH_MM) / 2
  const signatoryWidth = cellsOfText(document.signatory) * CHAR_PITCH_MM
  const signatoryX = Math.min(dateCentre - signatoryWidth / 2, TEXT_BLOCK_RIGHT_MM - signatoryWidth)
  const bodyLine = (text: string, xMm?: number, indentCells = 0): GridLine => ({
    text,
    indentCells,
    font: 'body',
    sizePt: SIZE_3_PT,
    xMm
  })
  placed.push({ line: bodyLine(document.signatory, signatoryX), at: signatureAt })
  placed.push({ line: bodyLine(dateText, dateX), at: signatureAt + 1 })
  if (document.note)
    placed.push({ line: bodyLine(document.note, undefined, 2), at: signatureAt + 2 })

  // 版记 at the foot of the last page, below everything including the seal.
  const copyTo = copyToLine(document)
  const colophonLines = copyTo ? 2 : 1
  const lastUsedAt = Math.max(lastAt(), lastBodyAt + SEAL_LINES)
  const lastPage =
    Math.floor(lastUsedAt / LINES_PER_PAGE) +
    (lastUsedAt % LINES_PER_PAGE >= LINES_PER_PAGE - colophonLines ? 1 : 0)
  const pages: LaidOutPage[] = Array.from({ length: lastPage + 1 }, (_, index) =>
    index === 0 ? firstPage : { texts: [], rules: [] }
  )
  const pageOf = (index: number): LaidOutPage => pages[index] ?? firstPage
  for (const { line, at } of placed) {
    if (line)
      pageOf(Math.floor(at / LINES_PER_PAGE)).texts.push(
        gridText(line, at % LINES_PER_PAGE, measure)
      )
  }
  placeColophon(pageOf(lastPage), copyTo, document, measure)
  pages.forEach((page, index) => page.texts.push(pageNumber(index + 1, measure)))

  const sealPage = Math.floor(lastBodyAt / LINES_PER_PAGE)
  const sealTop = gridLineTopMm((lastBodyAt % LINES_PER_PAGE) + 1)
  return {
    pages,
    seal: {
      page: sealPage,
      centerXMm: dateCentre,
      centerYMm: sealTop + SEAL_DIAMETER_MM / 2,
      diameterMm: SEAL_DIAMETER_MM
    },
    verificationCode: {
      page: sealPage,
      xMm: TEXT_BLOCK_LEFT_MM,
      topMm: sealTop + (SEAL_DIAMETER_MM - QR_SIDE_MM) / 2,
      sideMm: QR_SIDE_MM
    }
  }
}

function centred(
  text: string,
  topMm: number,
  sizePt: number,
  font: FontRole,
  red: boolean,
  measure: MeasureText
): PlacedText {
  const widthMm = measure(text, font, sizePt) / PT_PER_MM
  return {
    text,
    xMm: TEXT_BLOCK_LEFT_MM + (TEXT_BLOCK_WIDTH_MM - widthMm) / 2,
    topMm,
    sizePt,
    font,
    red,
    charSpacingPt: 0
  }
}

function gridText(line: GridLine, gridLine: number, measure: MeasureText): PlacedText {
  const sizeMm = line.sizePt / PT_PER_MM
  const top = glyphTopMm(gridLine, sizeMm)
  if (line.centred) return centred(line.text, top, line.sizePt, line.font, false, measure)
  const glyphs = [...line.text].length
  let spacing = GRID_SPACING_PT
  if (line.justified && glyphs > 1) {
    // Latin digits and letters are narrower than half a cell: spread what is left over evenly.
    const available = (CHARS_PER_LINE - line.indentCells) * CHAR_PITCH_MM * PT_PER_MM
    spacing = (available - measure(line.text, line.font, line.sizePt)) / (glyphs - 1)
  }
  return {
    text: line.text,
    xMm: line.xMm ?? TEXT_BLOCK_LEFT_MM + line.indentCells * CHAR_PITCH_MM,
    topMm: top,
    sizePt: line.sizePt,
    font: line.font,
    red: false,
    charSpacingPt: spacing
  }
}

/** 抄送 and 印发 lines in 四号, one character in from each side, between rules (§7.4). */
function placeColophon(
  page: LaidOutPage,
  copyTo: string | null,
  document: OfficialDocument,
  measure: MeasureText
): void {
  const inset = SIZE_4_MM
  const rows = copyTo ? [copyTo, null] : [null]
  const firstLine = LINES_PER_PAGE - rows.length
  rows.forEach((row, index) => {
    const line = firstLine + index
    const top = glyphTopMm(line, SIZE_4_MM)
    const base = {
      topMm: top,
      sizePt: SIZE_4_PT,
      font: 'body' as const,
      red: false,
      charSpacingPt: 0
    }
    if (row) {
      page.texts.push({ ...base, text: row, xMm: TEXT_BLOCK_LEFT_MM + inset })
    } else {
      const printed = printedLine(document)
      const dateWidth = measure(printed.date, 'body', SIZE_4_PT) / PT_PER_MM
      page.texts.push({ ...base, text: printed.organ, xMm: TEXT_BLOCK_LEFT_MM + inset })
      page.texts.push({ ...base, text: printed.date, xMm: TEXT_BLOCK_RIGHT_MM - inset - dateWidth })
    }
    page.rules.push({
      xMm: TEXT_BLOCK_LEFT_MM,
      yMm: gridLineTopMm(line),
      lengthMm: TEXT_BLOCK_WIDTH_MM,
      weightMm: index === 0 ? COLOPHON_OUTER_RULE_MM : COLOPHON_INNER_RULE_MM,
      red: false
    })
  })
  page.rules.push({
    xMm: TEXT_BLOCK_LEFT_MM,
    yMm: TEXT_BLOCK_BOTTOM_MM,
    lengthMm: TEXT_BLOCK_WIDTH_MM,
    weightMm: COLOPHON_OUTER_RULE_MM,
    red: false
  })
}

/** `— 3 —` in 四号, 7 mm below the 版心: odd pages one character in from the right, even from the left. */
function pageNumber(number: number, measure: MeasureText): PlacedText {
  const text = `— ${number} —`
  const width = measure(text, 'pageNumber', SIZE_4_PT) / PT_PER_MM
  const odd = number % 2 === 1
  return {
    text,
    xMm: odd ? TEXT_BLOCK_RIGHT_MM - SIZE_4_MM - width : TEXT_BLOCK_LEFT_MM + SIZE_4_MM,
    topMm: TEXT_BLOCK_BOTTOM_MM + PAGE_NUMBER_GAP_MM,
    sizePt: SIZE_4_PT,
    font: 'pageNumber',
    red: false,
    charSpacingPt: 0
  }
}
