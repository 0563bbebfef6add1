/**
 * Reading the cells of an import file. Expected values are written by hand: the formats Excel and
 * WPS users type (2026年1月5日, 2026/1/5), the clock (00:00–23:59:59), RFC 4180 for CSV.
 */
import { describe, expect, it } from 'vitest'
import { createCliWords } from '../../../../src/cli/i18n'
import { parseCsv } from '../../../../src/shared/domain/imports/csv'
import { message, type Message } from '../../../../src/shared/i18n/message'
import {
  parseDate,
  parseInstant,
  parseLabelled,
  parseValidUntil,
  parseYesNo
} from '../../../../src/shared/domain/imports/values'

describe('parseDate', () => {
  it('reads the ways people write a date, as YYYY-MM-DD', () => {
    for (const text of [
      '2026-01-05',
      '2026/1/5',
      '2026.1.5',
      '2026年1月5日',
      '2026年1月5',
      ' 2026 年 1 月 5 日 ',
      '2026-1/5'
    ]) {
      expect(parseDate(text), text).toEqual({ ok: true, value: '2026-01-05' })
    }
    expect(parseDate('2026-12-31')).toEqual({ ok: true, value: '2026-12-31' })
  })

  it('has 29 February only in leap years', () => {
    expect(parseDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' })
    expect(parseDate('2028年2月29日')).toEqual({ ok: true, value: '2028-02-29' })
    expect(parseDate('2100-02-29')).toEqual({
      ok: false,
      reason: { code: 'imports.error.dateInvalid', params: { text: '2100-02-29' } }
    })
  })

  it('refuses days and months that do not exist, saying so', () => {
    for (const text of ['2026-02-30', '2026-13-01', '2026-00-10', '2026-01-00', '2026-04-31']) {
      expect(parseDate(text), text).toEqual({
        ok: false,
        reason: { code: 'imports.error.dateInvalid', params: { text } }
      })
    }
  })

  it('refuses what is not a date, showing the expected form', () => {
    for (const text of ['26-1-5', '2026-001-05', '2026-1-5-1', 'x2026-01-05', '2026-01-05x', '']) {
      expect(parseDate(text), text).toEqual({
        ok: false,
        reason: { code: 'imports.error.date', params: { text } }
      })
    }
  })
})

describe('parseValidUntil (有效期至: a day, or 长期 for none)', () => {
  it('reads 长期 and 长期有效 as no end, and anything else as a day', () => {
    expect(parseValidUntil('长期')).toEqual({ ok: true, value: '长期' })
    expect(parseValidUntil('长期有效')).toEqual({ ok: true, value: '长期' })
    expect(parseValidUntil('2030-06-30')).toEqual({ ok: true, value: '2030-06-30' })
    expect(parseValidUntil('永久')).toMatchObject({ ok: false })
  })
})

describe('parseInstant (北京时间 unless an offset is given)', () => {
  it('reads a date with a time, seconds and an offset optional', () => {
    expect(parseInstant('2026-01-05 09:30')).toEqual({
      ok: true,
      value: '2026-01-05T09:30:00+08:00'
    })
    expect(parseInstant(' 2026/1/5 9:05 ')).toEqual({
      ok: true,
      value: '2026-01-05T09:05:00+08:00'
    })
    expect(parseInstant('2026-01-05T09:30:15+08:00')).toEqual({
      ok: true,
      value: '2026-01-05T09:30:15+08:00'
    })
    expect(parseInstant('2026-01-05T01:30:00Z')).toEqual({
      ok: true,
      value: '2026-01-05T01:30:00Z'
    })
    expect(parseInstant('2026-01-05 20:00:00-05:00')).toEqual({
      ok: true,
      value: '2026-01-05T20:00:00-05:00'
    })
  })

  it('reads a bare date as midnight', () => {
    expect(parseInstant('2026年1月5日')).toEqual({ ok: true, value: '2026-01-05T00:00:00+08:00' })
  })

  it('accepts the last second of a day, 23:59:59', () => {
    expect(parseInstant('2026-01-05 23:59:59')).toEqual({
      ok: true,
      value: '2026-01-05T23:59:59+08:00'
    })
    expect(parseInstant('2026-01-05 00:00')).toEqual({
      ok: true,
      value: '2026-01-05T00:00:00+08:00'
    })
  })

  it('refuses an hour of 24, a minute or second of 60: those times do not exist', () => {
    for (const text of ['2026-01-05 24:00', '2026-01-05 23:60', '2026-01-05 23:59:60']) {
      expect(parseInstant(text), text).toEqual({
        ok: false,
        reason: { code: 'imports.error.time', params: { text } }
      })
    }
  })

  it('refuses a time on a day that does not exist, or a time without minutes', () => {
    for (const text of ['2026-02-30 10:00', '2026-01-05 9', 'yesterday 10:00', '10:00']) {
      expect(parseInstant(text), text).toEqual({
        ok: false,
        reason: { code: 'imports.error.instant', params: { text } }
      })
    }
  })
})

describe('parseYesNo and parseLabelled', () => {
  it('reads 是/否 and the usual English and numeric spellings', () => {
    for (const text of ['是', 'y', 'Yes', 'TRUE', '1', '有', ' 是 ']) {
      expect(parseYesNo(text), text).toEqual({ ok: true, value: true })
    }
    for (const text of ['否', 'N', 'no', 'false', '0', '无']) {
      expect(parseYesNo(text), text).toEqual({ ok: true, value: false })
    }
    expect(parseYesNo('不知道')).toEqual({
      ok: false,
      reason: { code: 'imports.error.yesNo', params: { text: '不知道', yes: '是', no: '否' } }
    })
  })

  it('reads a labelled value by its Chinese label or its key, and lists the labels otherwise', () => {
    const labels = { valid: '有效', revoked: '吊销' }
    const what = { code: 'imports.field.licenceState' }
    expect(parseLabelled(' 吊销 ', labels, what)).toEqual({ ok: true, value: 'revoked' })
    expect(parseLabelled('valid', labels, what)).toEqual({ ok: true, value: 'valid' })
    expect(parseLabelled('作废', labels, what)).toEqual({
      ok: false,
      reason: {
        code: 'imports.error.notAChoice',
        params: { what, text: '作废', choices: { list: ['有效', '吊销'] } }
      }
    })
  })
})

describe('parseCsv (RFC 4180, as Excel and WPS save UTF-8)', () => {
  it('splits rows on CRLF, LF or a lone CR, keeping a last line without a break', () => {
    expect(parseCsv('a,b\r\nc,d\ne,f\rg,h')).toEqual({
      ok: true,
      rows: [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
        ['g', 'h']
      ]
    })
  })

  it('keeps a last line of one field, or ending in an empty one, and blank lines', () => {
    expect(parseCsv('a,b\nc')).toEqual({ ok: true, rows: [['a', 'b'], ['c']] })
    expect(parseCsv('a,')).toEqual({ ok: true, rows: [['a', '']] })
    expect(parseCsv('a\n\nb')).toEqual({ ok: true, rows: [['a'], [''], ['b']] })
    expect(parseCsv('a\r\n\r\nb')).toEqual({ ok: true, rows: [['a'], [''], ['b']] })
  })

  it('adds no row for a final line break, and keeps empty fields', () => {
    expect(parseCsv('a,,c,\n')).toEqual({ ok: true, rows: [['a', '', 'c', '']] })
    expect(parseCsv('')).toEqual({ ok: true, rows: [] })
    expect(parseCsv('\n')).toEqual({ ok: true, rows: [['']] })
  })

  it('drops a leading BOM only', () => {
    expect(parseCsv('\uFEFFa,b')).toEqual({ ok: true, rows: [['a', 'b']] })
    expect(parseCsv('a,\uFEFFb')).toEqual({ ok: true, rows: [['a', '\uFEFFb']] })
  })

  it('reads quotes only at the start of a field; doubled quotes inside are one quote', () => {
    expect(parseCsv('"a ""b"", c",d')).toEqual({ ok: true, rows: [['a "b", c', 'd']] })
    expect(parseCsv('5"3,x')).toEqual({ ok: true, rows: [['5"3', 'x']] })
    expect(parseCsv('"",x')).toEqual({ ok: true, rows: [['', 'x']] })
  })

  it('names the row where an unterminated quote starts', () => {
    expect(parseCsv('a,b\nc,d\ne,"f\ng,h')).toEqual({
      ok: false,
      problem: { code: 'imports.csv.unterminatedQuote', params: { row: 3 } }
    })
  })
})

describe('the words of a refused cell', () => {
  const zh = createCliWords('zh-CN')
  const en = createCliWords('en')
  const reason = (value: { ok: boolean; reason?: Message }) => value.reason as Message

  it('are the ones users know in Chinese, and plain English', () => {
    expect(zh.say(reason(parseDate('2026/13/1')))).toBe('“2026/13/1”不是有效日期')
    expect(zh.say(reason(parseDate('明天')))).toBe('“明天”不是日期，应写作2026-01-05或2026年1月5日')
    expect(en.say(reason(parseDate('明天')))).toBe('“明天” is not a date; write it as 2026-01-05')
    expect(zh.say(reason(parseInstant('2026-01-05 24:00')))).toBe('“2026-01-05 24:00”的时间不存在')
    expect(zh.say(reason(parseYesNo('不知道')))).toBe('“不知道”应为“是”或“否”')
    expect(en.say(reason(parseYesNo('maybe')))).toBe('“maybe” should be 是 (yes) or 否 (no)')
    const labels = { valid: '有效', revoked: '吊销' }
    const refused = reason(parseLabelled('作废', labels, message('imports.field.licenceState')))
    expect(zh.say(refused)).toBe('证照状态“作废”不在可选值中：有效、吊销')
    expect(en.say(refused)).toBe('Licence state “作废” is not one of the choices: 有效, 吊销')
    const csv = parseCsv('a\n"b')
    expect(csv.ok || zh.say(csv.problem)).toBe('第2行的引号没有结束：文件可能被截断或损坏')
  })
})
