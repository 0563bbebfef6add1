import { describe, expect, it } from 'vitest'
import { createCliWords } from '../../../../src/cli/i18n'
import {
  article31ItemLabel,
  citeProvision,
  noticeStatusLabel,
  parameterIssue,
  parameterProblem
} from '../../../../src/shared/domain/compliance'
import { pushOfflineLateRule } from '../../../../src/shared/domain/compliance/rules'
import { day, instant, list, message } from '../../../../src/shared/i18n'
import { zh } from './words'

/**
 * What a reader sees of compliance in each language, through the same vue-i18n the screens and
 * the CLI use: a few representative messages rendered in Chinese and in English.
 */
describe('compliance words in Chinese and English', () => {
  const chinese = createCliWords('zh-CN')
  const english = createCliWords('en')

  it('say a late push with its quote, days and lateness', () => {
    const late = message('compliance.deadline.late', {
      citation: citeProvision('art13Offline'),
      situation: message('compliance.situation.push', {
        licence: message('compliance.licence.numbered', { number: 'JK20260000006' }),
        department: '许昌市市场监督管理局',
        mode: message('licences.generationMode.offline'),
        completed: day('2026-03-02'),
        period: message('compliance.period.within', {
          event: message('compliance.event.completion'),
          days: 1
        })
      }),
      lastDay: day('2026-03-03'),
      duty: message('compliance.duty.push'),
      outcome: message('compliance.deadline.done', {
        done: message('compliance.done.pushed', { day: day('2026-03-09') }),
        lateness: message('compliance.deadline.daysLate', { days: 4 })
      })
    })
    expect(chinese.say(late)).toBe(
      '依据《办法》第十三条“证照签发单位应采用离线生成方式，在业务办结1个工作日内将证照数据推送至市统一电子证照库”。' +
        '证照JK20260000006由许昌市市场监督管理局以线下生成方式于2026年3月2日业务办结，按业务办结后1个工作日内推送的要求，' +
        '应于2026年3月3日（含）前推送至市统一电子证照库，实际于2026年3月9日推送，逾期4个工作日。'
    )
    expect(english.say(late)).toBe(
      'Under Article 13 of the Measures: “the issuing unit shall use offline generation and push the licence data to the city’s unified e-licence library within 1 working day of completing the business”. ' +
        'On 2026-03-02, 许昌市市场监督管理局 completed licence JK20260000006 (Generated offline), to be pushed within 1 working day(s) of completion; ' +
        'the duty to push it to the city’s unified e-licence library fell due on 2026-03-03 (inclusive); it was pushed on 2026-03-09, 4 working day(s) late.'
    )
  })

  it('say the same day the same way: a period of 0 working days is the day itself', () => {
    const sameDay = message('compliance.period.sameDay', {
      event: message('compliance.event.completion')
    })
    expect(chinese.say(sameDay)).toBe('业务办结当日')
    expect(english.say(sameDay)).toBe('on the day of completion')
  })

  it('name notice states, kinds and facts', () => {
    expect(chinese.say(noticeStatusLabel('circular'))).toBe('已书面通报')
    expect(english.say(noticeStatusLabel('circular'))).toBe('Circulated in writing')
    expect(chinese.say(article31ItemLabel(7))).toBe('第三十一条第（七）项')
    expect(english.say(article31ItemLabel(7))).toBe('Article 31 (7)')
    expect(chinese.word('compliance.fact.generationMode')).toBe('生成方式')
    expect(english.word('compliance.fact.generationMode')).toBe('Generation mode')
    const value = message('compliance.value', { value: instant('2026-09-30T16:00:00+08:00') })
    expect(chinese.say(value)).toBe('2026年9月30日 16:00')
    expect(english.say(value)).toBe('2026-09-30 16:00')
  })

  it('say why a rule parameter is refused, naming the rule and the parameter', () => {
    const issue = parameterIssue(pushOfflineLateRule, {
      code: 'too_big',
      path: ['deadlineWorkingDays'],
      maximum: 60
    })
    expect(chinese.say(issue)).toBe('“线下生成证照推送逾期”的参数“推送期限（工作日）”应不大于60')
    expect(english.say(issue)).toBe(
      'parameter “Push deadline (working days)” of “Offline licence pushed late” must be at most 60'
    )
    expect(
      chinese.say(message('compliance.error.invalidParameters', { issues: list([issue, issue]) }))
    ).toBe(
      '规则参数有误：“线下生成证照推送逾期”的参数“推送期限（工作日）”应不大于60、“线下生成证照推送逾期”的参数“推送期限（工作日）”应不大于60'
    )
  })

  it('put every kind of zod refusal into words', () => {
    const problem = (issue: Parameters<typeof parameterProblem>[0]) => zh(parameterProblem(issue))
    expect(problem({ code: 'too_small', path: [], minimum: 1 })).toBe('应不小于1')
    expect(problem({ code: 'too_big', path: [], maximum: 90 })).toBe('应不大于90')
    expect(problem({ code: 'invalid_type', path: [], expected: 'int' })).toBe('应为整数')
    expect(problem({ code: 'invalid_type', path: [], expected: 'boolean' })).toBe('类型不符')
    expect(problem({ code: 'invalid_value', path: [] })).toBe('取值不在允许范围内')
    expect(problem({ code: 'invalid_format', path: [] })).toBe('格式不符')
    expect(problem({ code: 'custom', path: [] })).toBe('不符合要求')
    // A problem that is not about one parameter names the rule.
    expect(
      zh(
        parameterIssue(pushOfflineLateRule, { code: 'invalid_type', path: [], expected: 'object' })
      )
    ).toBe('“线下生成证照推送逾期”的参数“线下生成证照推送逾期”类型不符')
  })
})
