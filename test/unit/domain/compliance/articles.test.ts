import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ARTICLE_31_KINDS,
  article31ItemLabel,
  article31KindLabel,
  article31KindText,
  article31Numeral,
  articleOf,
  citeProvision,
  complianceRules,
  manualFindingKinds,
  parameterLabel,
  provisionArticles,
  provisionQuote,
  type QuotedProvision
} from '../../../../src/shared/domain/compliance'
import { message } from '../../../../src/shared/i18n'
import { requireOrSkip } from '../../../support/require-or-skip'
import { en, zh } from './words'

const MEASURES = resolve(
  __dirname,
  '../../../../../shared/domain/xuchang-elicense-measures-2021.txt'
)

/** The measures' text without line breaks, spaces and list bullets, which the quotes leave out. */
function measuresText(): string {
  return readFileSync(MEASURES, 'utf8').replace(/^- /gm, '').replace(/\s+/g, '')
}

const provisions = Object.keys(provisionArticles) as QuotedProvision[]

describe.skipIf(!requireOrSkip(existsSync(MEASURES), `the 办法's text ${MEASURES}`))(
  'quotes of 《许昌市电子证照管理暂行办法》',
  () => {
    it('quotes every provision verbatim from its article, as the Chinese reader sees it', () => {
      const text = measuresText()
      for (const provision of provisions) {
        const article = zh(articleOf(provision))
        const body = text.slice(text.indexOf(article))
        // Quotation marks inside a quote are single in the citation (‘谁提供，谁负责’).
        const quote = zh(provisionQuote(provision)).replaceAll('‘', '“').replaceAll('’', '”')
        expect(text.indexOf(article), provision).toBeGreaterThanOrEqual(0)
        expect(body, provision).toContain(quote.replace(/\s+/g, ''))
      }
    })

    it('words the eight kinds of 第三十一条 as the measures do', () => {
      const text = measuresText().replace(/[()]/g, (bracket) => (bracket === '(' ? '（' : '）'))
      const numerals = ['一', '二', '三', '四', '五', '六', '七', '八']
      ARTICLE_31_KINDS.forEach((kind, index) => {
        expect(zh(article31Numeral(kind))).toBe(`（${numerals[index]}）`)
        expect(zh(article31ItemLabel(kind))).toBe(`第三十一条第（${numerals[index]}）项`)
        expect(text).toContain(`（${numerals[index]}）${zh(article31KindText(kind))}`)
        expect(zh(article31KindLabel(kind))).toBe(
          `（${numerals[index]}）${zh(article31KindText(kind))}`
        )
        expect(en(article31ItemLabel(kind))).toBe(`Article 31 (${index + 1})`)
      })
    })
  }
)

describe('citations', () => {
  it('cite the article by its number and the provision by its code, in both languages', () => {
    expect(citeProvision('art13Bulk')).toEqual(
      message('compliance.cite', {
        article: message('compliance.article.art13'),
        quote: message('compliance.provision.art13Bulk')
      })
    )
    expect(zh(citeProvision('art24'))).toBe(
      '依据《办法》第二十四条“证照签发单位应在收到申请后5个工作日内进行核实并给予回复”'
    )
    expect(en(citeProvision('art24'))).toBe(
      'Under Article 24 of the Measures: “the issuing unit shall verify the matter and reply within 5 working days of receiving the request”'
    )
    // The three paragraphs of 第十三条 are one article.
    for (const provision of ['art13Online', 'art13Offline', 'art13Bulk'] as const)
      expect(articleOf(provision)).toEqual(message('compliance.article.art13'))
  })

  it('have English words for every provision, without Chinese', () => {
    for (const provision of provisions) {
      expect(en(citeProvision(provision)), provision).toMatch(
        /^Under Article \d+ of the Measures: “/
      )
      expect(en(citeProvision(provision)), provision).not.toMatch(/[\u4e00-\u9fff]/)
    }
  })
})

describe('rule declarations', () => {
  /** Each rule's title as the Bureau names it, written out here so a changed title shows. */
  const titles: Record<string, [string, string]> = {
    'catalog.incomplete': ['证照目录登记事项不全', 'art11'],
    'catalog.unregistered-type': ['证照类型未在目录登记', 'art11'],
    'catalog.stale-issuer': ['颁发机构变更后目录未更新', 'art11'],
    'push.online-late': ['线上生成证照未同步推送', 'art13Online'],
    'push.offline-late': ['线下生成证照推送逾期', 'art13Offline'],
    'push.bulk-late': ['批量发放证照推送逾期', 'art13Bulk'],
    'status.late': ['证照状态变更未实时同步', 'art18'],
    'metadata.missing': ['推送证照缺少必填信息', 'art15'],
    'usage.unauthorized-unit': ['未授权单位用证', 'art28'],
    'usage.bulk-access': ['单日批量调用证照', 'art28'],
    'usage.refused-valid': ['拒绝采信有效电子证照', 'art4'],
    'objection.late': ['异议复核答复逾期', 'art24'],
    'data.expired-shown-valid': ['证照已过期仍显示有效', 'art18'],
    'data.invalid-code': ['证照标识或持证主体代码不合规', 'art15'],
    'data.missing-seal': ['电子证照未加盖电子印章', 'art17'],
    'rectification.ignored': ['责令整改逾期未整改', 'art31']
  }

  it('give each rule a unique id, its title in both languages, the provision it quotes, and defaults its schema accepts', () => {
    const ids = complianceRules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.sort()).toEqual(Object.keys(titles).sort())
    for (const rule of complianceRules) {
      const [title, provision] = titles[rule.id] ?? []
      expect(zh(rule.title), rule.id).toBe(title)
      expect(en(rule.title), rule.id).not.toMatch(/[\u4e00-\u9fff]/)
      expect(rule.provision, rule.id).toBe(provision)
      expect(rule.parameters.safeParse({}).success, rule.id).toBe(true)
      const correction = rule.correction(3, rule.parameters.parse({}))
      expect(zh(correction), rule.id).toMatch(/3/)
      expect(en(correction), rule.id).toMatch(/3/)
    }
  })

  it('name every parameter of every rule in both languages', () => {
    for (const rule of complianceRules) {
      for (const name of Object.keys(rule.parameters.parse({}) as object)) {
        expect(parameterLabel(name), `${rule.id}.${name}`).toEqual(
          message(`compliance.parameter.${name}`)
        )
        expect(en(parameterLabel(name))).not.toMatch(/[\u4e00-\u9fff]/)
      }
    }
    expect(zh(parameterLabel('deadlineWorkingDays'))).toBe('推送期限（工作日）')
    expect(zh(parameterLabel('somethingElse'))).toBe('somethingElse')
  })

  it('title the manual findings of kinds 六 and 八', () => {
    expect(zh(manualFindingKinds['manual.abuse-of-power'].title)).toBe(
      '滥用职权、玩忽职守、徇私舞弊'
    )
    expect(zh(manualFindingKinds['manual.other'].title)).toBe('其他违反电子证照相关规定的行为')
  })
})
