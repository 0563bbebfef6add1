import { describe, expect, it } from 'vitest'
import {
  layoutDocument,
  type DocumentLayout,
  type PlacedText
} from '../../../../src/shared/domain/documents/layout'
import type { OfficialDocument } from '../../../../src/shared/domain/documents/official-document'
import { measureCjk, sampleNotice } from './sample-document'

/**
 * The sample notice, line by line, as GB/T 9704 places it — each value worked out by hand from
 * the standard, not read back from the code:
 *
 * - 发文机关标志: top 35 mm below the 版心 (72 mm), 14 characters filling 156 mm (31.6 pt, 11.1 mm).
 * - Its foot (83.1 mm) lies in grid line 4 of 37 + n × 225/22 mm; after two blank lines (5, 6)
 *   the 发文字号 is on line 7, the red line 4 mm below its glyphs (120.5 mm, in line 8).
 * - Two blank lines (9, 10): the title on lines 11–12, one blank line, the 主送机关 on 14.
 * - The body from 15 to 21, page 2 from line 0; one blank line before 附件 (page 2, line 8).
 * - The seal's top within a line of the last body line (line 9); 署名 on 11, date on 12.
 * - The 版记 on lines 20 and 21 with rules at their tops and at the 版心's foot.
 */
const MM = 72 / 25.4
const LINE = 225 / 22
const CHAR = 156 / 28
const measure = measureCjk

/** The grid line a text sits on (its glyphs centred in the line) and its indent in characters. */
function place(text: PlacedText): [line: number, indent: number] {
  const line = (text.topMm + text.sizePt / MM / 2 - LINE / 2 - 37) / LINE
  return [Math.round(line * 1000) / 1000, Math.round(((text.xMm - 28) / CHAR) * 1000) / 1000]
}

const rows = (layout: DocumentLayout) =>
  layout.pages.flatMap((page, index) =>
    page.texts.filter((t) => t.font !== 'pageNumber').map((t) => [index, ...place(t), t.text])
  )

describe('the sample notice, line by line', () => {
  const layout = layoutDocument(sampleNotice, measure)

  it('puts every line where the standard does', () => {
    expect(rows(layout)).toEqual([
      [0, 3.467, 0, '许昌市政务服务和大数据管理局'],
      [0, 7, 9.694, '许数管〔2026〕7号'],
      [0, 11, 4.249, '关于责令许昌市市场监督管理局'],
      [0, 12, 3.552, '限期改正电子证照管理问题的通知'],
      [0, 14, 0, '许昌市市场监督管理局：'],
      [0, 15, 2, '根据《许昌市电子证照管理暂行办法》（许政办〔2021〕13'],
      [0, 16, 0, '号）第三十一条的规定，本局对你单位电子证照管理情况进行了'],
      [0, 17, 0, '监督检查。经查，你单位存在以下问题：'],
      [0, 18, 2, '一、存在的问题'],
      [0, 19, 2, '（一）线下生成证照推送逾期：发现问题12项，违反《办'],
      [0, 20, 0, '法》第十三条的规定，属于第三十一条第（二）项“拒绝、拖延'],
      [0, 21, 0, '提供证照数据的，以及擅自减少应提供数据的”的情形。'],
      [1, 0, 2, '二、整改要求'],
      [1, 1, 2, '1. 核查12张电子证照推送迟延的原因，建立办结即推送机'],
      [1, 2, 0, '制，今后在办结后1个工作日内完成推送。'],
      [1, 3, 2, '（一）整改期限'],
      [1, 4, 2, '请你单位自本通知送达之日起10个工作日内（即2026年12月'],
      [1, 5, 0, '17日前）完成整改，并将整改情况书面报送本局。逾期不改正'],
      [1, 6, 0, '的，本局将依据《办法》第三十一条予以书面通报。'],
      [1, 8, 2, '附件：问题清单'],
      // 署名 centred over the date, whose end is 4 characters in from the right.
      [1, 11, 12, '许昌市政务服务和大数据管理局'],
      [1, 12, 14, '二〇二六年十二月三日'],
      // 版记: one 四号 character (4.94 mm) in from each side.
      [1, 20, 0.886, '抄送：市委网信办，市司法局。'],
      [1, 21, 0.886, '许昌市政务服务和大数据管理局办公室'],
      [1, 21, 19.579, '2026年12月3日印发']
    ])
  })

  it('sets the masthead, the title and the 版记 in their sizes and the masthead in red only', () => {
    const sizes = layout.pages.flatMap((page) =>
      page.texts.map((t) => [t.text.slice(0, 4), t.font, Math.round(t.sizePt * 100) / 100, t.red])
    )
    expect(sizes.filter(([, , , red]) => red)).toEqual([['许昌市政', 'masthead', 31.59, true]])
    expect(sizes.filter(([, font]) => font === 'title').map(([, , size]) => size)).toEqual([22, 22])
    expect(sizes.filter(([, , size]) => size === 14).map(([text]) => text)).toEqual([
      '— 1 ',
      '抄送：市',
      '许昌市政',
      '2026',
      '— 2 '
    ])
  })

  it('draws the red separator and the 版记 rules where the standard puts them', () => {
    expect(layout.pages[0]!.rules).toEqual([
      { xMm: 28, yMm: expect.closeTo(120.527, 3), lengthMm: 156, weightMm: 1, red: true }
    ])
    expect(layout.pages[1]!.rules).toEqual([
      {
        xMm: 28,
        yMm: expect.closeTo(37 + 20 * LINE, 6),
        lengthMm: 156,
        weightMm: 0.35,
        red: false
      },
      {
        xMm: 28,
        yMm: expect.closeTo(37 + 21 * LINE, 6),
        lengthMm: 156,
        weightMm: 0.25,
        red: false
      },
      { xMm: 28, yMm: 262, lengthMm: 156, weightMm: 0.35, red: false }
    ])
  })

  it('presses the seal on the date’s centre from the line after the body, the code at its left', () => {
    expect(layout.seal).toEqual({
      page: 1,
      centerXMm: expect.closeTo(28 + 19 * CHAR, 6),
      centerYMm: expect.closeTo(37 + 9 * LINE + 21, 6),
      diameterMm: 42
    })
    expect(layout.verificationCode).toEqual({
      page: 1,
      xMm: 28,
      topMm: expect.closeTo(37 + 9 * LINE + 10, 6),
      sideMm: 22
    })
  })

  it('spreads a line that continues its paragraph to the right edge, and keeps the last on the grid', () => {
    const texts = layout.pages.flatMap((page) => page.texts)
    const visibleEnd = (t: PlacedText) =>
      t.xMm + (measure(t.text, t.font, t.sizePt) + ([...t.text].length - 1) * t.charSpacingPt) / MM
    const starts = ['号）第三十一条', '（一）线下生成', '1. 核查12张', '17日前）完成']
    const continuing = texts.filter((t) => starts.some((start) => t.text.startsWith(start)))
    expect(continuing).toHaveLength(4)
    for (const line of continuing) expect(visibleEnd(line)).toBeCloseTo(184, 6)
    const grid = CHAR * MM - 16
    for (const start of ['监督检查。', '一、存在', '的，本局将', '附件：', '二〇二六']) {
      const line = texts.find((t) => t.text.startsWith(start))!
      expect(line.charSpacingPt, start).toBeCloseTo(grid, 9)
    }
    expect(texts.find((t) => t.font === 'masthead')!.charSpacingPt).toBe(0)
  })
})

/** The sample with one-line paragraphs added before 附件, to move the end of the body. */
const withLines = (count: number): OfficialDocument => ({
  ...sampleNotice,
  paragraphs: [
    ...sampleNotice.paragraphs,
    ...Array.from({ length: count }, (_, i) => ({ style: 'plain' as const, text: `第${i + 1}行` }))
  ]
})

describe('where the body ends', () => {
  it('keeps the seal on the page when the last body line leaves room for it', () => {
    // 附件 on page 2, line 15: the seal spans lines 16–20.1, the date is on line 19.
    const layout = layoutDocument(withLines(7), measure)
    expect(rows(layout).find((row) => row[3] === '附件：问题清单')).toEqual([
      1,
      15,
      2,
      '附件：问题清单'
    ])
    expect(
      rows(layout)
        .find((row) => row[3] === '二〇二六年十二月三日')
        ?.slice(0, 2)
    ).toEqual([1, 19])
    // The 版记 needs lines 20–21 clear of the seal: it goes to a page of its own.
    expect(layout.pages).toHaveLength(3)
    expect(layout.pages[2]!.texts.map((t) => t.text)).toEqual([
      '抄送：市委网信办，市司法局。',
      '许昌市政务服务和大数据管理局办公室',
      '2026年12月3日印发',
      '— 3 —'
    ])
  })

  it('takes the last two worded lines to the next page when the seal would not fit', () => {
    // 附件 would be on line 16: the seal would reach below the 版心.
    const layout = layoutDocument(withLines(8), measure)
    const found = rows(layout)
    expect(found.find((row) => row[3] === '第7行')).toEqual([1, 13, 0, '第7行'])
    expect(found.find((row) => row[3] === '第8行')).toEqual([2, 0, 0, '第8行'])
    expect(found.find((row) => row[3] === '附件：问题清单')).toEqual([2, 2, 2, '附件：问题清单'])
    expect(found.find((row) => row[3] === '二〇二六年十二月三日')?.slice(0, 2)).toEqual([2, 6])
    expect(layout.seal.page).toBe(2)
    expect(layout.seal.centerYMm).toBeCloseTo(37 + 3 * LINE + 21, 6)
    // The 版记 fits below on the same page.
    expect(layout.pages).toHaveLength(3)
  })

  it('lines up further attachments under the first name and numbers them', () => {
    const layout = layoutDocument(
      { ...sampleNotice, attachments: ['问题清单', '证照明细表'], note: '（此件公开发布）' },
      measure
    )
    const found = rows(layout)
    expect(found.find((row) => String(row[3]).startsWith('附件：'))).toEqual([
      1,
      8,
      2,
      '附件：1. 问题清单'
    ])
    expect(found.find((row) => String(row[3]).startsWith('2. '))).toEqual([
      1,
      9,
      5,
      '2. 证照明细表'
    ])
    // 附注 on the line below the date, two characters in.
    expect(found.find((row) => row[3] === '（此件公开发布）')).toEqual([
      1,
      14,
      2,
      '（此件公开发布）'
    ])
  })

  it('without 抄送 has one 版记 line, and a draft prints where its number will go', () => {
    const layout = layoutDocument({ ...sampleNotice, copyTo: [], documentNumber: null }, measure)
    const last = layout.pages[layout.pages.length - 1]!
    expect(last.rules.map((r) => [Math.round(r.yMm * 1000) / 1000, r.weightMm])).toEqual([
      [Math.round((37 + 21 * LINE) * 1000) / 1000, 0.35],
      [262, 0.35]
    ])
    expect(rows(layout)[1]?.[3]).toBe('〔待编号〕')
  })
})
