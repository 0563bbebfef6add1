/**
 * The words a user reads for the code checks, in Chinese and in English: the catalog entries the
 * reasons' codes point to, rendered with their parameters as the import report, the compliance
 * findings and `codes check` show them. The Chinese wording is the one users already know.
 */
import { describe, expect, it } from 'vitest'
import { createCliWords } from '../../../../src/cli/i18n'
import {
  checkCitizenId,
  checkCode,
  checkDivisionCode,
  checkHolderCode,
  checkLicenceIdentifier,
  checkLicenceTypeCode,
  checkUscc,
  codeKindLabels,
  codeStatusLabels,
  nested,
  reasonMessage,
  USCC_REGISTRATION_DEPARTMENTS,
  warning,
  XUCHANG_DIVISIONS,
  type CodeCheckResult
} from '../../../../src/shared/domain/codes'
import { message } from '../../../../src/shared/i18n/message'

const zh = createCliWords('zh-CN')
const en = createCliWords('en')
const today = '2026-01-01'
const said = (words: typeof zh, checked: CodeCheckResult) =>
  checked.reasons.map((reason) => words.say(reasonMessage(reason)))

describe('the words of the code checks', () => {
  it('name each kind of code and each result in both languages', () => {
    expect(Object.values(codeKindLabels).map(zh.say)).toEqual([
      '统一社会信用代码',
      '公民身份号码',
      '证照标识',
      '证照类型代码',
      '行政区划代码',
      '持证主体代码',
      '无法识别'
    ])
    expect(Object.values(codeKindLabels).map(en.say)).toEqual([
      'Unified social credit code',
      'Citizen ID number',
      'Licence identifier',
      'Licence type code',
      'Administrative division code',
      'Holder code',
      'Unrecognised'
    ])
    expect(Object.values(codeStatusLabels).map(zh.say)).toEqual(['有效', '警告', '无效'])
    expect(Object.values(codeStatusLabels).map(en.say)).toEqual(['valid', 'warning', 'invalid'])
  })

  it('say what is wrong with a 公民身份号码, its birth date as a day of the reader', () => {
    expect(said(zh, checkCitizenId('110105194912310021', { today }))).toEqual([
      '校验位应为“X”，实际为“1”'
    ])
    expect(said(en, checkCitizenId('110105194912310021', { today }))).toEqual([
      'The check character should be “X”, not “1”'
    ])
    expect(said(zh, checkCitizenId('110105202601020022', { today }))).toEqual([
      '出生日期“2026年1月2日”晚于今天'
    ])
    expect(said(en, checkCitizenId('110105202601020022', { today }))).toEqual([
      'The birth date 2026-01-02 is after today'
    ])
    expect(said(zh, checkCitizenId('110105491231002', { today }))).toEqual([
      '15位旧号码，没有校验位，无法核验；应换用18位号码'
    ])
  })

  it('list every character outside the USCC alphabet, the reader’s way', () => {
    expect(said(zh, checkUscc('11411000OO567890IY'))).toEqual([
      '含不允许的字符：第9位“O”、第10位“O”、第17位“I”（不使用 I、O、S、V、Z）'
    ])
    expect(said(en, checkUscc('11411000OO567890IY'))).toEqual([
      'Characters not allowed: “O” at position 9, “O” at position 10, “I” at position 17 (I, O, S, V and Z are not used)'
    ])
  })

  it('name the part an embedded finding is about, nested as deep as it goes', () => {
    const identifier = '1.2.156.3005.2.11100000000013338X032.11220000013544541J.2430599.001.F'
    expect(said(zh, checkLicenceIdentifier(identifier))).toContain(
      '证照类型代码：证照定义机构代码：校验位应为“W”，实际为“X”（早期试点地区的代码可能如此，请向发证单位核实）'
    )
    expect(said(en, checkLicenceTypeCode('11100000000013338X032'))).toEqual([
      'Defining authority code: The check character should be “W”, not “X” (codes from early pilot regions may be like this; please confirm with the issuer)'
    ])
    expect(said(zh, checkUscc('11411099005678902C'))).toEqual([
      '第3–8位登记管理机关行政区划代码：411099 不在许昌市现行区划表中（可能是已撤销的历史代码，如原许昌县）'
    ])
  })

  it('name a statistical-only division and a holder code type in the reader’s language', () => {
    expect(said(zh, checkDivisionCode('411071'))).toEqual([
      '411071（许昌经济技术开发区）是国家统计用代码，不是 GB/T 2260 行政区划代码'
    ])
    expect(said(en, checkDivisionCode('411071'))).toEqual([
      '411071 (Xuchang Economic and Technological Development Zone) is a national statistics code, not a GB/T 2260 administrative division code'
    ])
    expect(said(zh, checkHolderCode('001', '11411000005678902Y', 'naturalPerson'))).toEqual([
      '代码类型001（统一社会信用代码）不适用于自然人'
    ])
    expect(said(en, checkHolderCode('516', 'X12345678'))).toEqual([
      'Mainland travel permit for Hong Kong and Macao residents numbers usually have H or M followed by 8 or 10 digits'
    ])
    expect(said(zh, checkHolderCode('999', '11010519491231002X', undefined, { today }))).toEqual([
      '该代码是公民身份号码，代码类型应为111'
    ])
    expect(said(zh, checkCode('abc'))).toEqual([
      '无法识别：不是统一社会信用代码、公民身份号码、证照标识、证照类型代码或行政区划代码'
    ])
  })

  it('name the registration departments of GB 32100 Table 1', () => {
    const names = Object.fromEntries(
      Object.entries(USCC_REGISTRATION_DEPARTMENTS).map(([code, { label }]) => [
        code,
        zh.say(label)
      ])
    )
    expect(names).toEqual({
      '1': '机构编制',
      '2': '外交',
      '3': '司法',
      '4': '文化',
      '5': '民政',
      '6': '旅游',
      '7': '宗教',
      '8': '工会',
      '9': '工商',
      A: '中央军委改革和编制办公室',
      N: '农业',
      Y: '其他'
    })
    for (const { label } of Object.values(USCC_REGISTRATION_DEPARTMENTS))
      expect(en.say(label)).not.toMatch(/[\u4e00-\u9fff]|^codes\./)
  })

  it('name the divisions of 许昌 as GB/T 2260 (and the NBS, for 411071) does', () => {
    expect(
      Object.fromEntries(XUCHANG_DIVISIONS.map(({ code, label }) => [code, zh.say(label)]))
    ).toEqual({
      '411000': '许昌市',
      '411002': '魏都区',
      '411003': '建安区',
      '411024': '鄢陵县',
      '411025': '襄城县',
      '411081': '禹州市',
      '411082': '长葛市',
      '411071': '许昌经济技术开发区'
    })
    for (const { code, name, label } of XUCHANG_DIVISIONS) {
      expect(zh.say(label), code).toBe(name)
      expect(en.say(label), code).not.toMatch(/[\u4e00-\u9fff]|^codes\./)
    }
  })

  it('keep a finding’s severity when it is nested, and its message without it', () => {
    const inner = warning(message('codes.uscc.checksum', { expected: 'W', actual: 'X' }))
    const [outer] = nested(
      (reason) => message('codes.licenceTypeCode.definer', { reason }),
      [inner]
    )
    expect(outer).toEqual({
      code: 'codes.licenceTypeCode.definer',
      params: { reason: { code: 'codes.uscc.checksum', params: { expected: 'W', actual: 'X' } } },
      severity: 'warning'
    })
    expect(reasonMessage(inner)).toEqual({
      code: 'codes.uscc.checksum',
      params: { expected: 'W', actual: 'X' }
    })
    expect(reasonMessage(warning(message('codes.identifier.lowercase')))).toEqual({
      code: 'codes.identifier.lowercase'
    })
  })
})
