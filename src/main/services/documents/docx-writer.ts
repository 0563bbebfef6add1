import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IBorderOptions,
  type IFontAttributesProperties,
  type IIndentAttributesProperties,
  type IParagraphOptions,
  type ParagraphChild
} from 'docx'
import type { OfficialDocument } from '../../../shared/domain/documents/official-document'
import {
  CHARS_PER_LINE,
  COLOPHON_INNER_RULE_MM,
  COLOPHON_OUTER_RULE_MM,
  LINES_PER_PAGE,
  MASTHEAD_OFFSET_MM,
  OFFICIAL_RED,
  PAGE_HEIGHT_MM,
  PAGE_NUMBER_GAP_MM,
  PAGE_WIDTH_MM,
  PT_PER_MM,
  SEPARATOR_GAP_MM,
  SEPARATOR_RULE_MM,
  SIZE_2_PT,
  SIZE_3_PT,
  SIZE_4_PT,
  TEXT_BLOCK_HEIGHT_MM,
  TEXT_BLOCK_LEFT_MM,
  TEXT_BLOCK_TOP_MM,
  TEXT_BLOCK_WIDTH_MM
} from '../../../shared/domain/documents/gbt9704'
import {
  attachmentLines,
  chineseNumeralDate,
  copyToLine,
  documentNumberText,
  printedLine
} from '../../../shared/domain/documents/document-text'

/**
 * The DOCX of an official document, laid out per GB/T 9704-2012 so that it opens in WPS and Word
 * as an editable 公文: A4, the 版心 156 mm × 225 mm on a 22 × 28 document grid, every paragraph's
 * formatting written on the paragraph itself (no styles to lose on copy and paste). The words are
 * those the PDF prints (document-text.ts).
 *
 * Positions Word computes from font metrics (the masthead's top, the separator 4 mm below the
 * 发文字号, the page number 7 mm below the 版心) are placed assuming the text sits at the bottom
 * of an exact-height line, as Word and WPS set it; they are right to about a millimetre.
 */

/**
 * The fonts, by the names GB/T 9704 and the government machines that print it use. Each is written
 * as the ascii, hAnsi, eastAsia and cs font of its runs, so Latin letters and digits are set in the
 * same face as the Chinese; a machine without the font substitutes its own.
 */
export type DocxFonts = {
  /** 正文, 发文字号, 署名, 版记: 仿宋_GB2312. */
  body: string
  /** 发文机关标志 and 标题: 方正小标宋简体. */
  title: string
  /** 一级标题 (一、): 黑体. */
  heading1: string
  /** 二级标题 (（一）): 楷体_GB2312. */
  heading2: string
  /** 页码: 宋体. */
  pageNumber: string
}

export const DEFAULT_DOCX_FONTS: Readonly<DocxFonts> = Object.freeze({
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体'
})

// --- Geometry, in twips (1/1440 in, 1/20 pt) -------------------------------------------------

const TWIPS_PER_MM = 1440 / 25.4
const twips = (mm: number): number => Math.round(mm * TWIPS_PER_MM)
const twipsOfPt = (pt: number): number => Math.round(pt * 20)

const PAGE_WIDTH = twips(PAGE_WIDTH_MM)
const PAGE_HEIGHT = twips(PAGE_HEIGHT_MM)
const MARGIN_TOP = twips(TEXT_BLOCK_TOP_MM)
const MARGIN_LEFT = twips(TEXT_BLOCK_LEFT_MM)
const MARGIN_RIGHT = twips(PAGE_WIDTH_MM - TEXT_BLOCK_LEFT_MM - TEXT_BLOCK_WIDTH_MM)
const MARGIN_BOTTOM = twips(PAGE_HEIGHT_MM - TEXT_BLOCK_TOP_MM - TEXT_BLOCK_HEIGHT_MM)
/** The 版心 as Word sees it, after rounding the margins. */
const TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
const TEXT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

/**
 * One grid line. Rounded down: Word fits floor(版心 height / pitch) lines, so 580 would give 21.
 * Every paragraph's line spacing is exactly this, which is what holds the 22 lines.
 */
const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE)
/** One grid character (三号 squeezed to 版心 width / 28), as a fraction of twips. */
const CHAR_PITCH = TEXT_WIDTH / CHARS_PER_LINE
/**
 * `w:charSpace`: (grid character pitch − Normal's 16 pt) × 4096, rounded down for the same reason
 * as the line pitch (28 characters must fit, not 27.99).
 */
const CHAR_SPACE = Math.floor((CHAR_PITCH / 20 - SIZE_3_PT) * 4096)
/** One 四号 character (版记, page number), whose 一字 indents are in their own size. */
const SIZE_4_CHAR = twipsOfPt(SIZE_4_PT)

const halfPoints = (pt: number): number => Math.round(pt * 2)
const SIZE_2 = halfPoints(SIZE_2_PT)
const SIZE_3 = halfPoints(SIZE_3_PT)
const SIZE_4 = halfPoints(SIZE_4_PT)
/** Border widths are in eighths of a point. */
const eighths = (mm: number): number => Math.round(mm * PT_PER_MM * 8)

const BLACK = '000000'
const RED = OFFICIAL_RED.replace(/^#/, '').toUpperCase()

/** The masthead's size bounds, in points; the length of the organ's name decides within them. */
const MASTHEAD_MAX_PT = 36
/** Exact line height of the masthead, as a multiple of its size. */
const MASTHEAD_LEADING = 1.2
/** The page number's line: exactly one 四号 em, so the dashes sit at its middle. */
const PAGE_NUMBER_LINE = twipsOfPt(SIZE_4_PT)
/** Footer distance (page bottom → page number line's bottom): its middle 7 mm below the 版心. */
const FOOTER_DISTANCE =
  twips(PAGE_HEIGHT_MM - TEXT_BLOCK_TOP_MM - TEXT_BLOCK_HEIGHT_MM - PAGE_NUMBER_GAP_MM) -
  PAGE_NUMBER_LINE / 2

/** Blank lines before the 发文机关署名, where the seal goes. */
const SEAL_BLANK_LINES = 3
/** 成文日期 右空四字. */
const DATE_RIGHT_CHARS = 4

// --- Text ------------------------------------------------------------------------------------

/** Width in full-width characters: ASCII and half-width forms count as half. */
function widthInChars(text: string): number {
  let width = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    width += code < 0x1100 || (code >= 0xff61 && code <= 0xffdc) ? 0.5 : 1
  }
  return width
}

/** Drops what XML 1.0 cannot hold (control characters, lone surrogates); tabs become spaces. */
function xmlSafe(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code === 0x09) out += ' '
    else if (
      code === 0x0a ||
      code === 0x0d ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000
    )
      out += char
  }
  return out
}

type RunStyle = { font: string; size: number; color?: string }

function fontOf(name: string): IFontAttributesProperties {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' }
}

function runProps({ font, size, color = BLACK }: RunStyle) {
  return { font: fontOf(font), size, sizeComplexScript: size, color }
}

/** The runs of one text, a line break (\n) becoming a break within the paragraph. */
function runs(text: string, style: RunStyle): TextRun[] {
  return xmlSafe(text)
    .split(/\r\n|\r|\n/)
    .map((line, index) => new TextRun({ ...runProps(style), text: line, break: index ? 1 : 0 }))
}

const exactLines = (line = LINE_PITCH) => ({
  line,
  lineRule: LineRuleType.EXACT,
  before: 0,
  after: 0
})

/** A paragraph with everything set on it: exact grid line, no widow control, black unless told. */
function paragraph(
  style: RunStyle,
  children: ParagraphChild[],
  options: Omit<IParagraphOptions, 'children' | 'text'> = {}
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: exactLines(),
    widowControl: false,
    run: runProps(style),
    ...options,
    children
  })
}

const indentChars = (chars: number): IIndentAttributesProperties => ({
  firstLineChars: chars * 100,
  firstLine: Math.round(chars * CHAR_PITCH)
})

// --- The document ----------------------------------------------------------------------------

/** The masthead's size in points: as large as fits one line of the 版心, at most 36 pt. */
function mastheadSize(masthead: string): number {
  const fitting = Math.floor((2 * TEXT_WIDTH) / 20 / widthInChars(masthead)) / 2
  return Math.min(MASTHEAD_MAX_PT, fitting)
}

function body(document: OfficialDocument, fonts: DocxFonts): Paragraph[] {
  const text: RunStyle = { font: fonts.body, size: SIZE_3 }
  const blank = (count = 1): Paragraph[] => Array.from({ length: count }, () => paragraph(text, []))
  const out: Paragraph[] = []

  // 发文机关标志: red 小标宋, its top 35 mm below the 版心's.
  const mastheadPt = mastheadSize(document.masthead)
  const mastheadLine = twipsOfPt(mastheadPt * MASTHEAD_LEADING)
  const masthead: RunStyle = { font: fonts.title, size: halfPoints(mastheadPt), color: RED }
  out.push(
    paragraph(masthead, runs(document.masthead, masthead), {
      alignment: AlignmentType.CENTER,
      spacing: {
        ...exactLines(mastheadLine),
        before: twips(MASTHEAD_OFFSET_MM) - (mastheadLine - twipsOfPt(mastheadPt))
      }
    })
  )

  // 发文字号, two lines down; the red separator 4 mm below it, the 版心's width.
  const separator: IBorderOptions = {
    style: BorderStyle.SINGLE,
    color: RED,
    size: eighths(SEPARATOR_RULE_MM),
    space: Math.round(SEPARATOR_GAP_MM * PT_PER_MM)
  }
  out.push(
    ...blank(2),
    paragraph(text, runs(documentNumberText(document), text), {
      alignment: AlignmentType.CENTER,
      border: { bottom: separator }
    })
  )

  // 标题, two lines down; 主送机关 after one blank line.
  const title: RunStyle = { font: fonts.title, size: SIZE_2 }
  const titleText = document.title
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n')
  out.push(
    ...blank(2),
    paragraph(title, runs(titleText, title), { alignment: AlignmentType.CENTER }),
    ...blank(1),
    paragraph(text, runs(`${document.addressee.replace(/[:：]+$/, '')}：`, text))
  )

  // 正文.
  for (const { style, text: words } of document.paragraphs) {
    const font =
      style === 'heading1' ? fonts.heading1 : style === 'heading2' ? fonts.heading2 : fonts.body
    const run: RunStyle = { font, size: SIZE_3 }
    out.push(paragraph(run, runs(words, run), style === 'plain' ? {} : { indent: indentChars(2) }))
  }

  // 附件说明: one line down, 左空二字; later names aligned under the first (after 附件：).
  const attachments = attachmentLines(document)
  if (attachments.length > 0) {
    const nameStart = Math.round((2 + widthInChars('附件：')) * CHAR_PITCH)
    out.push(...blank(1))
    attachments.forEach((line, index) =>
      out.push(
        paragraph(text, runs(line, text), {
          indent:
            index === 0
              ? { left: nameStart, hanging: nameStart - Math.round(2 * CHAR_PITCH) }
              : { left: nameStart }
        })
      )
    )
  }

  // 署名 and 成文日期: the date 右空四字, the organ centred over it. Word has no "centre over
  // that line", so the organ is right-aligned with a right indent putting its middle above the
  // date's: 4 + (date − organ) / 2 characters, or none when the organ is much the longer.
  const date = chineseNumeralDate(document.date)
  const signatoryIndent = Math.max(
    0,
    DATE_RIGHT_CHARS + (widthInChars(date) - widthInChars(document.signatory)) / 2
  )
  out.push(
    ...blank(SEAL_BLANK_LINES),
    paragraph(text, runs(document.signatory, text), {
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(signatoryIndent * CHAR_PITCH) }
    }),
    paragraph(text, runs(date, text), {
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(DATE_RIGHT_CHARS * CHAR_PITCH) }
    })
  )

  // 附注: the next line, 左空二字.
  if (document.note !== null) {
    out.push(paragraph(text, runs(document.note, text), { indent: indentChars(2) }))
  }

  out.push(...blank(1), ...colophon(document, fonts))
  return out
}

/**
 * 版记: 抄送 and 印发 in 四号, 左右各空一字, between rules the 版心's width (0.35 mm outside,
 * 0.25 mm between). The rules are paragraphs of their own, a hairline high, so that the text's
 * indents do not shorten them.
 */
function colophon(document: OfficialDocument, fonts: DocxFonts): Paragraph[] {
  const text: RunStyle = { font: fonts.body, size: SIZE_4 }
  const rule = (mm: number): Paragraph =>
    new Paragraph({
      spacing: exactLines(20),
      widowControl: false,
      keepNext: true,
      run: runProps({ ...text, size: 2 }),
      border: {
        bottom: { style: BorderStyle.SINGLE, color: BLACK, size: eighths(mm), space: 0 }
      },
      children: []
    })
  const sides = { left: SIZE_4_CHAR, right: SIZE_4_CHAR }
  const out: Paragraph[] = [rule(COLOPHON_OUTER_RULE_MM)]

  const copyTo = copyToLine(document)
  if (copyTo !== null) {
    // 回行时与冒号后的首字对齐.
    const label = Math.round(widthInChars('抄送：') * SIZE_4_CHAR)
    out.push(
      paragraph(text, runs(copyTo, text), {
        keepNext: true,
        indent: { left: SIZE_4_CHAR + label, hanging: label, right: SIZE_4_CHAR }
      }),
      rule(COLOPHON_INNER_RULE_MM)
    )
  }

  const printed = printedLine(document)
  out.push(
    paragraph(
      text,
      [
        ...runs(printed.organ, text),
        new TextRun({ ...runProps(text), children: [new Tab()] }),
        ...runs(printed.date, text)
      ],
      {
        alignment: AlignmentType.LEFT,
        keepNext: true,
        indent: sides,
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - SIZE_4_CHAR }]
      }
    ),
    rule(COLOPHON_OUTER_RULE_MM)
  )
  return out
}

/** "— N —" in 宋体 四号: odd pages 右空一字, even pages 左空一字. */
function pageNumberFooter(fonts: DocxFonts, side: 'odd' | 'even'): Footer {
  const style: RunStyle = { font: fonts.pageNumber, size: SIZE_4 }
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: SIZE_4_CHAR } : { left: SIZE_4_CHAR },
        spacing: exactLines(PAGE_NUMBER_LINE),
        run: runProps(style),
        children: [
          new TextRun({
            ...runProps(style),
            snapToGrid: false,
            children: ['— ', PageNumber.CURRENT, ' —']
          })
        ]
      })
    ]
  })
}

/** The DOCX file's bytes. */
export async function writeDocx(
  document: OfficialDocument,
  options: { fonts?: Partial<DocxFonts> } = {}
): Promise<Uint8Array> {
  const fonts: DocxFonts = { ...DEFAULT_DOCX_FONTS, ...options.fonts }
  const normal: RunStyle = { font: fonts.body, size: SIZE_3 }
  const file = new Document({
    title: xmlSafe(document.title.replace(/\s*\n\s*/g, '')),
    creator: xmlSafe(document.masthead),
    lastModifiedBy: xmlSafe(document.masthead),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          // Normal is 仿宋 三号: the grid's charSpace is reckoned from its size.
          run: { ...runProps(normal), language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
          paragraph: { spacing: exactLines() }
        }
      }
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: {
              top: MARGIN_TOP,
              bottom: MARGIN_BOTTOM,
              left: MARGIN_LEFT,
              right: MARGIN_RIGHT,
              header: twips(15),
              footer: FOOTER_DISTANCE,
              gutter: 0
            }
          },
          grid: {
            type: DocumentGridType.LINES_AND_CHARS,
            linePitch: LINE_PITCH,
            charSpace: CHAR_SPACE
          }
        },
        footers: {
          default: pageNumberFooter(fonts, 'odd'),
          even: pageNumberFooter(fonts, 'even')
        },
        children: body(document, fonts)
      }
    ]
  })
  return new Uint8Array(await Packer.toArrayBuffer(file))
}
