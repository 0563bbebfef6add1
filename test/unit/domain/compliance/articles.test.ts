import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  article31Kinds,
  articleQuotes,
  complianceRules
} from '../../../../src/shared/domain/compliance'
import { requireOrSkip } from '../../../support/require-or-skip'

const MEASURES = resolve(
  __dirname,
  '../../../../../shared/domain/xuchang-elicense-measures-2021.txt'
)

/** The measures' text without line breaks, spaces and list bullets, which the quotes leave out. */
function measuresText(): string {
  return readFileSync(MEASURES, 'utf8').replace(/^- /gm, '').replace(/\s+/g, '')
}

describe.skipIf(!requireOrSkip(existsSync(MEASURES), `the 办法's text ${MEASURES}`))(
  'quotes of 《许昌市电子证照管理暂行办法》',
  () => {
    it('quotes every article verbatim', () => {
      const text = measuresText()
      for (const [provision, fragments] of Object.entries(articleQuotes)) {
        const article = provision.split('·')[0] ?? provision
        const body = text.slice(text.indexOf(article))
        for (const fragment of fragments)
          expect(body, provision).toContain(fragment.replace(/\s+/g, ''))
      }
    })

    it('words the eight kinds of 第三十一条 as the measures do', () => {
      const text = measuresText().replace(/[()]/g, (bracket) => (bracket === '(' ? '（' : '）'))
      const numerals = ['一', '二', '三', '四', '五', '六', '七', '八']
      Object.values(article31Kinds).forEach((kind, index) => {
        expect(kind.numeral).toBe(numerals[index])
        expect(text).toContain(`（${kind.numeral}）${kind.text}`)
      })
    })
  }
)

describe('rule declarations', () => {
  it('give each rule a unique id, a kind, an article it quotes, and defaults its schema accepts', () => {
    const ids = complianceRules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of complianceRules) {
      expect(articleQuotes[rule.provision], rule.id).toBeDefined()
      expect(rule.parameters.safeParse({}).success, rule.id).toBe(true)
      expect(rule.correction(3, rule.parameters.parse({})), rule.id).toMatch(/3/)
    }
  })
})
