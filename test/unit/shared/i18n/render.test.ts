import { describe, expect, it } from 'vitest'
import {
  day,
  instant,
  list,
  message,
  renderMessage,
  type Translate
} from '../../../../src/shared/i18n'

const templates: Record<string, string> = {
  outer: '{who}于{when}前{what}',
  inner: '推送{n}条',
  name: '证照'
}
const translate: Translate = (code, params) =>
  (templates[code] ?? code).replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '?')

describe('renderMessage', () => {
  it('renders nested messages, days, instants and lists before interpolating', () => {
    const text = renderMessage(
      message('outer', {
        who: list(['甲', message('name'), 3]),
        when: day('2026-03-05'),
        what: message('inner', { n: 12 })
      }),
      translate,
      'zh-CN'
    )
    expect(text).toBe('甲、证照、3于2026年3月5日前推送12条')
  })

  it('writes days, instants and lists the English way in en', () => {
    const text = renderMessage(
      message('outer', { who: list(['A', 'B']), when: instant('2026-12-02T06:05:00Z'), what: 'x' }),
      translate,
      'en'
    )
    expect(text).toBe('A, B于2026-12-02 14:05前x')
  })
})
