import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
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
    expect(refused).toMatchObject({ ok: false, code: 'compliance.invalidParameters' })
    expect(refused.ok ? '' : refused.message).toContain('参数“replyWorkingDays”不符合要求')
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

  it('adds a year’s holiday notice to the calendar, refusing a wrong one in Chinese', async () => {
    db = await openTestDb('year-notice')
    const repos = testRepositories(db)
    expect((await repos.compliance.calendar()).coveredYears).not.toContain(2031)

    const wrong = await repos.compliance.saveYearNotice({
      ...notice2031,
      adjustedWorkdays: [{ date: '2031-01-06', holiday: '元旦' }]
    })
    expect(wrong).toMatchObject({ ok: false, code: 'calendar.invalid' })
    expect(wrong.issues?.map((issue) => issue.code)).toEqual(['ADJUSTED_WORKDAY_NOT_WEEKEND'])
    expect(wrong.issues?.[0]?.message).toMatch(/[一-龥]/)

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
