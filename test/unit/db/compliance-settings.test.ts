import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import { list, message } from '../../../src/shared/i18n'
import { zh } from '../domain/compliance/words'
import { openTestDb, testRepositories } from './support'

let db: WorkbenchDb | undefined
afterEach(() => db?.close())

const notice2031 = {
  year: 2031,
  holidays: [{ name: '元旦', from: '2031-01-01', to: '2031-01-01' }],
  adjustedWorkdays: [{ date: '2031-01-04', holiday: '元旦' }],
  source: { title: '国务院办公厅关于2031年部分节假日安排的通知', issuedOn: '2030-11-10' }
}

describe('compliance settings', () => {
  it('checks rule parameters with the rule’s schema, stores them with defaults, audited', async () => {
    db = await openTestDb('rule-parameters')
    const repos = testRepositories(db)
    const refused = await repos.compliance.setRuleParameters('objection.late', {
      replyWorkingDays: 0
    })
    expect(refused).toEqual({
      ok: false,
      error: message('compliance.error.invalidParameters', {
        issues: list([
          message('compliance.settings.parameter', {
            rule: message('compliance.rule.objectionLate'),
            parameter: message('compliance.parameter.replyWorkingDays'),
            problem: message('compliance.parameterProblem.tooSmall', { minimum: 1 })
          })
        ])
      })
    })
    if (!refused.ok)
      expect(zh(refused.error)).toBe(
        '规则参数有误：“异议复核答复逾期”的参数“异议答复期限（工作日）”应不小于1'
      )
    expect(await repos.compliance.setRuleParameters('no.such-rule' as never, {})).toEqual({
      ok: false,
      error: message('compliance.error.unknownRule', { rule: 'no.such-rule' })
    })
    expect(await repos.compliance.ruleParameters()).toEqual({})

    const saved = await repos.compliance.setRuleParameters('usage.bulk-access', {})
    expect(saved).toEqual({ ok: true, data: { dailyDistinctLicenceLimit: 200 } })
    await repos.compliance.setRuleParameters('objection.late', { replyWorkingDays: 3 })
    expect(await repos.compliance.ruleParameters()).toEqual({
      'usage.bulk-access': { dailyDistinctLicenceLimit: 200 },
      'objection.late': { replyWorkingDays: 3 }
    })
    const entries = await repos.audit.list({ limit: 5 })
    expect(entries.map((entry) => entry.action)).toEqual([
      'compliance.ruleParameters',
      'compliance.ruleParameters'
    ])
    expect(entries[0]?.target).toBe('rule:objection.late')
  })

  it('adds a year’s holiday notice to the calendar, refusing a wrong one with its problems', async () => {
    db = await openTestDb('year-notice')
    const repos = testRepositories(db)
    expect((await repos.compliance.calendar()).coveredYears).not.toContain(2031)

    const wrong = await repos.compliance.saveYearNotice({
      ...notice2031,
      adjustedWorkdays: [{ date: '2031-01-06', holiday: '元旦' }]
    })
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'calendar.notice.invalid', params: { count: 1 } }
    })
    // 2031-01-01 is a Wednesday, so the 6th is a Monday.
    expect(wrong.issues).toEqual([
      {
        code: 'calendar.notice.adjustedWorkdayNotWeekend',
        params: { date: { day: '2031-01-06' }, weekday: { code: 'calendar.weekday.monday' } },
        path: 'adjustedWorkdays.0'
      }
    ])
    expect(zh(wrong.issues![0]!)).toBe(
      '调休上班日 2031年1月6日是星期一，本来就是工作日，调休上班日应为周六或周日'
    )

    expect((await repos.compliance.saveYearNotice(notice2031)).ok).toBe(true)
    const calendar = await repos.compliance.calendar()
    expect(calendar.coveredYears).toContain(2031)
    expect(calendar.isWorkingDay('2031-01-01')).toEqual({ ok: true, data: false })
    expect(calendar.isWorkingDay('2031-01-04')).toEqual({ ok: true, data: true })
    expect((await repos.compliance.yearNotices()).entered.map((n) => n.year)).toEqual([2031])
    const [entry] = await repos.audit.list({ limit: 1 })
    expect(entry).toMatchObject({ action: 'calendar.yearNotice', target: 'calendar:2031' })
  })
})
