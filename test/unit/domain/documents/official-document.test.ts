import { describe, expect, it } from 'vitest'
import { OfficialDocument } from '../../../../src/shared/domain/documents/official-document'
import {
  balanceTitle,
  breakLines,
  cellsOfText
} from '../../../../src/shared/domain/documents/line-breaking'
import { sampleNotice } from './sample-document'

/** What a document must hold before it is laid out: no blank words, no unbounded ones. */
const valid = (changes: Record<string, unknown>) =>
  OfficialDocument.safeParse({ ...sampleNotice, ...changes }).success

describe('an official document’s words', () => {
  it('takes the sample, a draft without a number, and the bounds themselves', () => {
    expect(valid({})).toBe(true)
    expect(valid({ documentNumber: null, note: null, copyTo: [], attachments: [] })).toBe(true)
    expect(valid({ masthead: '局'.repeat(40), documentNumber: '号'.repeat(40) })).toBe(true)
    expect(
      valid({ title: '题'.repeat(200), addressee: '单'.repeat(200), note: '注'.repeat(200) })
    ).toBe(true)
    expect(valid({ signatory: '署'.repeat(60), printedBy: '印'.repeat(60) })).toBe(true)
    expect(valid({ copyTo: Array.from({ length: 30 }, () => '抄'.repeat(60)) })).toBe(true)
    expect(valid({ attachments: Array.from({ length: 50 }, () => '附'.repeat(2_000)) })).toBe(true)
    expect(
      valid({ paragraphs: Array.from({ length: 500 }, () => ({ style: 'plain', text: '文' })) })
    ).toBe(true)
  })

  it('refuses every blank word, and every word past its bound', () => {
    for (const [field, blank, tooLong] of [
      ['masthead', '  ', '局'.repeat(41)],
      ['documentNumber', ' ', '号'.repeat(41)],
      ['title', '', '题'.repeat(201)],
      ['addressee', ' ', '单'.repeat(201)],
      ['signatory', '', '署'.repeat(61)],
      ['note', ' ', '注'.repeat(201)],
      ['printedBy', '', '印'.repeat(61)]
    ] as const) {
      expect(valid({ [field]: blank }), `${field} blank`).toBe(false)
      expect(valid({ [field]: tooLong }), `${field} too long`).toBe(false)
    }
    expect(valid({ copyTo: [' '] })).toBe(false)
    expect(valid({ copyTo: ['抄'.repeat(61)] })).toBe(false)
    expect(valid({ copyTo: Array.from({ length: 31 }, () => '抄') })).toBe(false)
    expect(valid({ attachments: [''] })).toBe(false)
    expect(valid({ attachments: ['附'.repeat(2_001)] })).toBe(false)
    expect(valid({ attachments: Array.from({ length: 51 }, () => '附') })).toBe(false)
    expect(valid({ paragraphs: [{ style: 'body', text: ' ' }] })).toBe(false)
    expect(valid({ date: '2026-13-01' })).toBe(false)
    expect(valid({ printedOn: '' })).toBe(false)
  })

  it('trims the words it keeps', () => {
    const parsed = OfficialDocument.parse({
      ...sampleNotice,
      addressee: ' 许昌市民政局 ',
      copyTo: [' 市司法局 ']
    })
    expect(parsed.addressee).toBe('许昌市民政局')
    expect(parsed.copyTo).toEqual(['市司法局'])
  })
})

describe('breaking lines and titles', () => {
  it('counts CJK, full-width marks and dashes as one cell, Latin as half', () => {
    expect(cellsOfText('许昌2026年')).toBe(5)
    expect(cellsOfText('—“”…')).toBe(4)
    expect(cellsOfText('ab')).toBe(1)
  })

  it('gives the first line its own width (the paragraph’s indent)', () => {
    expect(breakLines('一'.repeat(30), 28, 26).map((line) => line.length)).toEqual([26, 4])
    expect(breakLines('', 28)).toEqual([])
  })

  it('moves a run of opening marks down together, but never empties a line', () => {
    expect(breakLines(`${'一'.repeat(26)}（《办法》`, 28)).toEqual(['一'.repeat(26), '（《办法》'])
    expect(breakLines('《《《', 1)).toEqual(['《', '《', '《'])
    expect(breakLines('，，，', 1)).toEqual(['，', '，', '，'])
  })

  it('splits a long title as evenly as it can, shorter lines first, at the author’s breaks', () => {
    const title = '关于对许昌市市场监督管理局等十二个单位逾期未改正电子证照管理问题的情况通报'
    const lines = balanceTitle(title, 20)
    expect(lines.join('')).toBe(title)
    expect(lines).toHaveLength(2)
    expect(lines.map((line) => line.length)).toEqual([18, 19])
    const three = balanceTitle('题'.repeat(45), 20)
    expect(three.map((line) => line.length)).toEqual([15, 15, 15])
    const uneven = balanceTitle('题'.repeat(41), 20)
    expect(uneven.map((line) => line.length)).toEqual([13, 14, 14])
    expect(balanceTitle('  关于某事\n\n  的通知  ', 20)).toEqual(['关于某事', '的通知'])
    expect(balanceTitle('题'.repeat(20), 20)).toEqual(['题'.repeat(20)])
  })
})
