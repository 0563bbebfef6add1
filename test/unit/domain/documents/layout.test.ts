import { describe, expect, it } from 'vitest'
import {
  arabicDate,
  chineseNumeralDate
} from '../../../../src/shared/domain/documents/document-text'
import {
  layoutDocument,
  type DocumentLayout,
  type PlacedText
} from '../../../../src/shared/domain/documents/layout'
import { balanceTitle, breakLines } from '../../../../src/shared/domain/documents/line-breaking'
import { longNotice, measureCjk, sampleNotice } from './sample-document'

/**
 * GB/T 9704-2012's numbers, written here from the standard (§5.2.1, §5.2.2, §7), not taken from
 * the code: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 22 lines of 28 characters, the
 * 发文机关标志 35 mm below the 版心's top, the red line 4 mm below the 发文字号, page numbers
 * 7 mm below the 版心, 三号 = 16 pt, 二号 = 22 pt, 四号 = 14 pt.
 */
const MM = 72 / 25.4
const LINE = 225 / 22
const CHAR = 156 / 28

const measure = measureCjk

const layout = layoutDocument(sampleNotice, measure)
const texts = (l: DocumentLayout, page: number): PlacedText[] => l.pages[page]?.texts ?? []
const find = (l: DocumentLayout, text: string): { page: number; placed: PlacedText } => {
  for (const [page, content] of l.pages.entries()) {
    const placed = content.texts.find((t) => t.text.includes(text))
    if (placed) return { page, placed }
  }
  throw new Error(`not laid out: ${text}`)
}
/** Glyph box centre, which sits in the middle of its grid cell. */
const cellTop = (t: PlacedText): number => t.topMm + t.sizePt / MM / 2 - LINE / 2
/** From the first glyph's left edge to the last glyph's right edge. */
const widthMm = (t: PlacedText): number =>
  (measure(t.text, t.font, t.sizePt) + ([...t.text].length - 1) * t.charSpacingPt) / MM

describe('成文日期 and 印发日期', () => {
  it('writes the 成文日期 in Chinese numerals, 〇 for zero, 十 for ten', () => {
    expect(chineseNumeralDate('2026-12-03')).toBe('二〇二六年十二月三日')
    expect(chineseNumeralDate('2026-10-10')).toBe('二〇二六年十月十日')
    expect(chineseNumeralDate('2027-01-20')).toBe('二〇二七年一月二十日')
    expect(chineseNumeralDate('2026-05-31')).toBe('二〇二六年五月三十一日')
    expect(chineseNumeralDate('2030-02-14')).toBe('二〇三〇年二月十四日')
  })
  it('writes the 印发日期 in Arabic numerals without leading zeros', () => {
    expect(arabicDate('2026-03-05')).toBe('2026年3月5日')
  })
})

describe('line breaking (禁则)', () => {
  it('fills 28 cells, counting Latin digits as half a cell', () => {
    const lines = breakLines('一'.repeat(30), 28)
    expect(lines.map((l) => l.length)).toEqual([28, 2])
    expect(breakLines('2026'.repeat(14), 28)).toEqual(['2026'.repeat(14)])
  })
  it('takes the character before a closing mark down with it, never past the line', () => {
    const lines = breakLines(`${'一'.repeat(27)}二，三`, 28)
    expect(lines).toEqual(['一'.repeat(27), '二，三'])
    // A closing mark after a closing mark: both go down with the character before them.
    expect(breakLines(`${'一'.repeat(26)}二”，三`, 28)).toEqual(['一'.repeat(26), '二”，三'])
  })
  it('moves an opening mark down with what it opens', () => {
    const lines = breakLines(`${'一'.repeat(27)}《办法》`, 28)
    expect(lines).toEqual(['一'.repeat(27), '《办法》'])
  })
  it('splits a long title into a trapezoid, shorter above', () => {
    const lines = balanceTitle('关于责令许昌市市场监督管理局限期改正电子证照管理问题的通知', 20)
    expect(lines.join('')).toBe('关于责令许昌市市场监督管理局限期改正电子证照管理问题的通知')
    expect(lines).toHaveLength(2)
    expect(lines[0]!.length).toBeLessThanOrEqual(lines[1]!.length)
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(20)
    expect(balanceTitle('甲\n乙丙', 20)).toEqual(['甲', '乙丙'])
  })
})

describe('GB/T 9704 page layout', () => {
  it('puts the masthead 35 mm below the 版心 top, red and centred, at most 156 mm wide', () => {
    const masthead = texts(layout, 0)[0]!
    expect(masthead.text).toBe('许昌市政务服务和大数据管理局')
    expect(masthead.red).toBe(true)
    expect(masthead.topMm).toBeCloseTo(37 + 35, 6)
    expect(widthMm(masthead)).toBeLessThanOrEqual(156 + 1e-6)
    expect(masthead.xMm + widthMm(masthead) / 2).toBeCloseTo(28 + 156 / 2, 6)
  })

  it('draws the red line 4 mm below the 发文字号, the full 版心 wide', () => {
    const number = find(layout, '许数管〔2026〕7号').placed
    const [rule] = layout.pages[0]!.rules
    expect(rule).toMatchObject({ red: true, xMm: 28, lengthMm: 156 })
    expect(rule!.yMm - (number.topMm + number.sizePt / MM)).toBeCloseTo(4, 6)
    expect(number.red).toBe(false)
  })

  it('sets the title in 二号 and the body in 三号 on a grid of 22 lines of 28 characters', () => {
    const title = find(layout, '关于责令').placed
    expect(title.sizePt).toBe(22)
    const addressee = find(layout, '许昌市市场监督管理局：').placed
    expect(addressee.sizePt).toBe(16)
    expect(addressee.xMm).toBeCloseTo(28, 6)
    const body = texts(layout, 0).filter((t) => t.font === 'body' && t.sizePt === 16 && !t.red)
    for (const line of body) {
      const offset = (cellTop(line) - 37) / LINE
      expect(offset).toBeCloseTo(Math.round(offset), 6)
      expect(cellTop(line)).toBeGreaterThanOrEqual(37 - 1e-6)
      expect(cellTop(line) + LINE).toBeLessThanOrEqual(37 + 225 + 1e-6)
    }
    // A full line of 28 characters spans the 版心's width; every line stays inside it.
    const full = body.find((t) => [...t.text].length === 28 && t.xMm === 28)
    expect(full).toBeDefined()
    expect(Math.abs(widthMm(full!) - 156)).toBeLessThan(0.1)
    for (const line of body) expect(line.xMm + widthMm(line)).toBeLessThanOrEqual(184 + 0.1)
  })

  it('indents a paragraph two characters and headings too', () => {
    const first = find(layout, '根据《许昌市').placed
    expect(first.xMm).toBeCloseTo(28 + 2 * CHAR, 6)
    const heading = find(layout, '一、存在的问题').placed
    expect(heading.font).toBe('heading1')
    expect(heading.xMm).toBeCloseTo(28 + 2 * CHAR, 6)
    expect(find(layout, '（一）整改期限').placed.font).toBe('heading2')
  })

  it('dates in Chinese numerals four characters in from the right, the 署名 centred over it', () => {
    const date = find(layout, '二〇二六年十二月三日')
    expect(Math.abs(date.placed.xMm + widthMm(date.placed) - (28 + 156 - 4 * CHAR))).toBeLessThan(
      0.2
    )
    const signatory = layout.pages[date.page]!.texts.find(
      (t) => t.text === '许昌市政务服务和大数据管理局' && !t.red
    )!
    const centre = (t: PlacedText): number => t.xMm + widthMm(t) / 2
    expect(Math.abs(centre(signatory) - centre(date.placed))).toBeLessThan(0.2)
    expect(date.placed.topMm - signatory.topMm).toBeCloseTo(LINE, 6)
  })

  it('presses the 42 mm seal over the 署名 and date, its top within a line of the last body line', () => {
    const { seal } = layout
    const date = find(layout, '二〇二六年十二月三日')
    expect(seal.page).toBe(date.page)
    expect(seal.diameterMm).toBe(42)
    const lastBody = find(layout, '附件：问题清单').placed
    const sealTop = seal.centerYMm - 21
    expect(sealTop - (lastBody.topMm + lastBody.sizePt / MM)).toBeLessThanOrEqual(LINE)
    expect(sealTop).toBeGreaterThan(lastBody.topMm)
    const signatory = layout.pages[date.page]!.texts.find(
      (t) => t.text === '许昌市政务服务和大数据管理局' && !t.red
    )!
    // Both lines sit under the seal, slightly below its centre.
    expect(signatory.topMm + 16 / MM / 2).toBeGreaterThan(seal.centerYMm)
    expect(date.placed.topMm + 16 / MM).toBeLessThan(seal.centerYMm + 21)
  })

  it('puts the 版记 in 四号 at the foot of the last page, the last rule on the 版心 bottom', () => {
    const last = layout.pages[layout.pages.length - 1]!
    const rules = last.rules.filter((r) => !r.red)
    expect(rules.map((r) => r.weightMm)).toEqual([0.35, 0.25, 0.35])
    expect(rules[rules.length - 1]!.yMm).toBeCloseTo(37 + 225, 6)
    const copy = last.texts.find((t) => t.text === '抄送：市委网信办，市司法局。')!
    expect(copy.sizePt).toBe(14)
    expect(copy.xMm).toBeCloseTo(28 + 14 / MM, 6)
    const printed = last.texts.find((t) => t.text === '2026年12月3日印发')!
    expect(printed.xMm + widthMm(printed)).toBeCloseTo(28 + 156 - 14 / MM, 6)
  })

  it('numbers pages in 四号 7 mm below the 版心, odd at the right, even at the left', () => {
    const long = layoutDocument(longNotice(30), measure)
    expect(long.pages.length).toBeGreaterThanOrEqual(3)
    long.pages.forEach((page, index) => {
      const number = page.texts.find((t) => t.font === 'pageNumber')!
      expect(number.text).toBe(`— ${index + 1} —`)
      expect(number.sizePt).toBe(14)
      expect(number.topMm).toBeCloseTo(37 + 225 + 7, 6)
      if (index % 2 === 0) {
        expect(number.xMm + widthMm(number)).toBeCloseTo(28 + 156 - 14 / MM, 6)
      } else {
        expect(number.xMm).toBeCloseTo(28 + 14 / MM, 6)
      }
    })
  })

  it('never holds more than 22 lines on a page nor leaves the seal on a page without text', () => {
    for (let extra = 0; extra <= 24; extra += 1) {
      const long = layoutDocument(longNotice(extra), measure)
      for (const page of long.pages) {
        const lines = new Set(
          page.texts.filter((t) => t.font !== 'pageNumber' && t.sizePt === 16).map((t) => t.topMm)
        )
        expect(lines.size).toBeLessThanOrEqual(22)
      }
      const sealPage = long.pages[long.seal.page]!
      const bodyOnSealPage = sealPage.texts.filter(
        (t) => t.font === 'body' && t.sizePt === 16 && t.topMm < long.seal.centerYMm - 21
      )
      expect(bodyOnSealPage.length, `${extra} extra paragraphs`).toBeGreaterThan(0)
      // The seal stays inside the 版心 and clear of the 版记.
      const colophonTop = Math.min(
        ...long.pages[long.pages.length - 1]!.rules.filter((r) => !r.red).map((r) => r.yMm)
      )
      expect(long.seal.centerYMm + 21).toBeLessThanOrEqual(37 + 225)
      if (long.seal.page === long.pages.length - 1) {
        expect(long.seal.centerYMm + 21).toBeLessThanOrEqual(colophonTop)
      }
    }
  })
})
