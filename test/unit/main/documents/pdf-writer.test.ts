import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { locateFonts, DEFAULT_FONT_ROOTS } from '../../../../src/main/services/documents/fonts'
import { renderDocument } from '../../../../src/main/services/documents/render'
import { requireOrSkip } from '../../../support/require-or-skip'
import { longNotice, sampleNotice } from '../../domain/documents/sample-document'

/**
 * The notice measured from its own PDF, read back by pdf.js and poppler: the numbers come from
 * GB/T 9704-2012 (A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 22 lines of 28 characters,
 * 二号 22 pt title, 三号 16 pt body, 四号 14 pt page numbers 7 mm below the 版心), ±1 mm.
 */
const MM = 72 / 25.4
const fontsInstalled = DEFAULT_FONT_ROOTS.length > 0 && safeLocate()
function safeLocate(): boolean {
  try {
    locateFonts()
    return true
  } catch {
    return false
  }
}
const run =
  requireOrSkip(fontsInstalled, 'the substitute fonts (texlive-lang-chinese, fonts-noto-cjk)') &&
  requireOrSkip(existsSync('/usr/bin/pdffonts'), "poppler's pdffonts")

interface Item {
  text: string
  xMm: number
  /** Baseline, from the page's top. */
  baselineMm: number
  sizePt: number
  widthMm: number
}

async function itemsOf(bytes: Uint8Array): Promise<{ pages: Item[][]; size: number[] }> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false }).promise
  const pages: Item[][] = []
  let size: number[] = []
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number)
    const [, , width = 0, height = 0] = page.view
    size = [width, height]
    const content = await page.getTextContent()
    pages.push(
      content.items
        .filter((item) => 'str' in item && item.str.trim().length > 0)
        .map((item) => {
          const {
            str,
            transform,
            width: w
          } = item as {
            str: string
            transform: number[]
            width: number
          }
          return {
            text: str,
            xMm: transform[4]! / MM,
            baselineMm: (height - transform[5]!) / MM,
            sizePt: Math.hypot(transform[0]!, transform[1]!),
            widthMm: w / MM
          }
        })
    )
  }
  return { pages, size }
}

/** Cells of the 28-cell grid a line takes: CJK one, ASCII half (GB/T 9704 counts characters). */
const cells = (text: string): number =>
  [...text].reduce((sum, c) => sum + ((c.codePointAt(0) ?? 0) < 0x2000 ? 0.5 : 1), 0)
/** A line that fills the grid from its indent to the right edge of the 版心. */
const isFullLine = (item: Item): boolean =>
  Math.round((item.xMm - 28) / (156 / 28)) + cells(item.text) === 28

describe.runIf(run)('the notice as PDF, measured', () => {
  let pages: Item[][] = []
  let size: number[] = []
  let file = ''
  beforeAll(async () => {
    const rendered = await renderDocument(longNotice(8), { format: 'pdf' })
    file = join(mkdtempSync(join(tmpdir(), 'notice-')), 'notice.pdf')
    writeFileSync(file, rendered.bytes)
    ;({ pages, size } = await itemsOf(rendered.bytes))
  }, 60_000)

  const all = (): Item[] => pages.flat()
  const body = (page: number): Item[] =>
    (pages[page] ?? []).filter((i) => Math.abs(i.sizePt - 16) < 0.1)

  it('is A4', () => {
    expect(size[0]! / MM).toBeCloseTo(210, 0)
    expect(size[1]! / MM).toBeCloseTo(297, 0)
  })

  it('sets the title in 22 pt, the body in 16 pt, page numbers in 14 pt', () => {
    const title = all().find((i) => i.text.startsWith('关于责令'))!
    expect(title.sizePt).toBeCloseTo(22, 1)
    expect(all().find((i) => i.text.startsWith('许昌市市场监督管理局：'))!.sizePt).toBeCloseTo(
      16,
      1
    )
    expect(all().find((i) => i.text.includes('— 1 —'))!.sizePt).toBeCloseTo(14, 1)
  })

  it('holds the body inside the 版心: left edge 28 mm, right edge 184 mm, full lines 156 mm', () => {
    const lines = pages.flatMap((_, index) => body(index))
    const left = Math.min(...lines.map((i) => i.xMm))
    expect(Math.abs(left - 28)).toBeLessThanOrEqual(1)
    const full = lines.filter(isFullLine)
    expect(full.length).toBeGreaterThan(3)
    for (const line of full) {
      expect(Math.abs(line.xMm + line.widthMm - 184), line.text).toBeLessThanOrEqual(1)
    }
    for (const line of lines) expect(line.xMm + line.widthMm, line.text).toBeLessThanOrEqual(185)
  })

  it('has 28 characters to a line and a line pitch of 225/22 mm', () => {
    const second = body(1)
    const baselines = [...new Set(second.map((i) => Math.round(i.baselineMm * 100) / 100))].sort(
      (a, b) => a - b
    )
    expect(baselines.length).toBeGreaterThan(10)
    for (let i = 1; i < baselines.length; i += 1) {
      const gap = baselines[i]! - baselines[i - 1]!
      const lines = Math.round(gap / (225 / 22))
      expect(Math.abs(gap - lines * (225 / 22))).toBeLessThanOrEqual(0.1)
    }
    const fullLine = all().find(
      (i) => isFullLine(i) && Math.abs(i.xMm - 28) < 1 && !/[\x20-\x7e]/.test(i.text)
    )!
    expect(fullLine.widthMm / [...fullLine.text].length).toBeCloseTo(156 / 28, 1)
  })

  it('starts page 2 on the 版心 top (37 mm) and ends the last line above 262 mm', () => {
    // A 16 pt glyph sits centred in a line of 225/22 mm: its em box starts this far down.
    const inset = (225 / 22 - 16 / MM) / 2
    const first = Math.min(...body(1).map((i) => i.baselineMm - 0.88 * (16 / MM)))
    expect(Math.abs(first - inset - 37)).toBeLessThanOrEqual(1)
    for (const [index] of pages.entries()) {
      for (const line of body(index)) expect(line.baselineMm).toBeLessThanOrEqual(262 + 1)
    }
  })

  it('puts the masthead 35 mm below the 版心 top and page numbers 7 mm below it', () => {
    const masthead = pages[0]!.find((i) => i.text === '许昌市政务服务和大数据管理局')!
    const emTop = masthead.baselineMm - 0.88 * (masthead.sizePt / MM)
    expect(Math.abs(emTop - 72)).toBeLessThanOrEqual(1)
    // Centred in the 版心 (28 mm to 184 mm), not on the paper.
    expect(Math.abs(masthead.xMm + masthead.widthMm / 2 - 106)).toBeLessThanOrEqual(1)
    for (const [index, page] of pages.entries()) {
      const number = page.find((i) => i.text.includes(`— ${index + 1} —`))!
      const top = number.baselineMm - 0.88 * (14 / MM)
      expect(Math.abs(top - 269)).toBeLessThanOrEqual(1)
      if (index % 2 === 0) expect(number.xMm + number.widthMm).toBeLessThan(184)
      else expect(number.xMm).toBeGreaterThan(28)
    }
  })

  it('embeds every font as a CID font, none of Type 3, and the text extracts', () => {
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2)
    const rows = fonts.filter((row) => row.trim().length > 0)
    expect(rows.length).toBeGreaterThanOrEqual(3)
    for (const row of rows) {
      expect(row).toMatch(/CID (Type 0C|TrueType)/)
      expect(row).not.toMatch(/Type 3/)
      expect(row).toMatch(/\s+yes\s+yes\s+yes\s+/)
    }
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    expect(text).toContain('许数管〔2026〕7号')
    expect(text).toContain('二〇二六年十二月三日')
  })
})

describe('fonts', () => {
  it('names the Debian package when a substitute font is missing', () => {
    expect(() => locateFonts(['/nonexistent'])).toThrow(
      expect.objectContaining({ code: 'documents.fonts.missing' })
    )
    try {
      locateFonts(['/nonexistent'])
    } catch (error) {
      expect((error as { params: Record<string, unknown> }).params.package).toMatch(
        /fonts-noto-cjk|texlive-lang-chinese/
      )
    }
  })

  it.runIf(run)('says which substitutes it uses', async () => {
    const rendered = await renderDocument(sampleNotice, { format: 'pdf' })
    expect(rendered.substitutes.join('\n')).toContain('FandolFang → 仿宋_GB2312')
    expect(rendered.substitutes.join('\n')).toContain('Noto Serif CJK SC Bold → 方正小标宋简体')
  })
})
