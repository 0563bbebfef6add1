import { describe, expect, it } from 'vitest'
import { day, message } from '../../../../src/shared/i18n'
import { en, zh } from './words'
import { findingsOf, licence, objection, scan, tables } from './fixtures'

/**
 * Boundaries of the working-day rules, on the bundled 2026 table: 国庆 10-01…10-07 with 10-10
 * (Sat) worked, 春节 02-15…02-23 with 02-14 and 02-28 (Sat) worked.
 */
describe('push.offline-late (Art. 13: 1 working day)', () => {
  const completedOn = (pushedAt: string | null, today = '2026-11-27') =>
    scan(tables({ licences: [licence({ completedAt: '2026-09-30T16:00:00+08:00', pushedAt })] }), {
      today
    })

  it('counts across 国庆: pushed on 10-08, the first working day after 09-30, is on time', async () => {
    expect(findingsOf(await completedOn('2026-10-08T17:00:00+08:00'), 'push.offline-late')).toEqual(
      []
    )
  })

  it('is late one working day later, and says so with the quote, the dates and the lateness', async () => {
    const [finding] = findingsOf(
      await completedOn('2026-10-09T09:00:00+08:00'),
      'push.offline-late'
    )
    expect(finding?.evidence).toMatchObject({
      deadline: '2026-10-08',
      workingDaysLate: 1,
      recordIds: ['lic-1']
    })
    expect(finding?.departmentId).toBe('dept-issuer')
    expect(zh(finding?.explanation)).toContain(
      '依据《办法》第十三条“证照签发单位应采用离线生成方式，在业务办结1个工作日内将证照数据推送至市统一电子证照库”'
    )
    expect(zh(finding?.explanation)).toContain(
      '应于2026年10月8日（含）前推送至市统一电子证照库，实际于2026年10月9日推送，逾期1个工作日'
    )
  })

  it('counts a worked Saturday (调休) as a working day of lateness', async () => {
    const [finding] = findingsOf(
      await completedOn('2026-10-10T09:00:00+08:00'),
      'push.offline-late'
    )
    expect(finding?.evidence.workingDaysLate).toBe(2)
  })

  it('judges an unpushed licence on TODAY: not yet late on the last day, late the day after', async () => {
    expect(findingsOf(await completedOn(null, '2026-10-08'), 'push.offline-late')).toEqual([])
    const [finding] = findingsOf(await completedOn(null, '2026-10-09'), 'push.offline-late')
    expect(finding?.evidence).toMatchObject({ actual: null, workingDaysLate: 1 })
    expect(zh(finding?.explanation)).toContain('截至2026年10月9日仍未推送至市统一电子证照库')
  })

  it('uses the deadline the Bureau sets', async () => {
    const data = tables({
      licences: [
        licence({ completedAt: '2026-09-30T16:00:00+08:00', pushedAt: '2026-10-09T09:00:00+08:00' })
      ]
    })
    const report = await scan(data, {
      parameters: { 'push.offline-late': { deadlineWorkingDays: 2 } }
    })
    expect(findingsOf(report, 'push.offline-late')).toEqual([])
  })

  it('does not judge other generation modes by this deadline', async () => {
    const data = tables({
      licences: [
        licence({
          generationMode: 'legacy',
          completedAt: '2026-09-30T16:00:00+08:00',
          pushedAt: '2026-11-09T09:00:00+08:00'
        })
      ]
    })
    expect((await scan(data)).findings).toEqual([])
  })
})

describe('push.bulk-late (Art. 13: 5 working days)', () => {
  const bulk = (pushedAt: string) =>
    scan(
      tables({
        licences: [
          licence({ generationMode: 'bulk', completedAt: '2026-02-13T11:00:00+08:00', pushedAt })
        ]
      })
    )

  it('counts across 春节: 5 working days after 02-13 end on 02-27', async () => {
    expect(findingsOf(await bulk('2026-02-27T20:00:00+08:00'), 'push.bulk-late')).toEqual([])
    const [finding] = findingsOf(await bulk('2026-02-28T09:00:00+08:00'), 'push.bulk-late')
    expect(finding?.evidence).toMatchObject({ deadline: '2026-02-27', workingDaysLate: 1 })
  })
})

describe('push.online-late (Art. 13: synchronous)', () => {
  it('reads instants in Beijing time: 23:30 completion pushed at 00:10 is a day late', async () => {
    const data = tables({
      licences: [
        licence({
          generationMode: 'online',
          completedAt: '2026-03-04T15:30:00Z',
          pushedAt: '2026-03-04T16:10:00Z'
        })
      ]
    })
    const [finding] = findingsOf(await scan(data), 'push.online-late')
    expect(finding?.evidence).toMatchObject({ deadline: '2026-03-04', workingDaysLate: 1 })
  })

  it('lets a completion on a holiday be pushed by the next working day', async () => {
    const online = (pushedAt: string) =>
      tables({
        licences: [
          licence({ generationMode: 'online', completedAt: '2026-10-01T10:00:00+08:00', pushedAt })
        ]
      })
    expect(findingsOf(await scan(online('2026-10-08T09:00:00+08:00')), 'push.online-late')).toEqual(
      []
    )
    expect(
      findingsOf(await scan(online('2026-10-09T09:00:00+08:00')), 'push.online-late')
    ).toHaveLength(1)
  })
})

describe('a deadline in a year without a holiday table', () => {
  const lateDecember = (pushedAt: string | null, today: string) =>
    scan(tables({ licences: [licence({ completedAt: '2026-12-31T10:00:00+08:00', pushedAt })] }), {
      today
    })

  it('is reported as undetermined, naming the missing year, never silently on time or late', async () => {
    const [finding] = findingsOf(
      await lateDecember('2027-01-06T09:00:00+08:00', '2027-01-10'),
      'push.offline-late'
    )
    expect(finding?.outcome).toBe('undetermined')
    // The calendar's own error, as a message with the year it lacks, not its text.
    const reason = message('calendar.yearNotCovered', { year: 2027 })
    expect(finding?.evidence.facts).toEqual({
      generationMode: message('licences.generationMode.offline'),
      completedAt: { instant: '2026-12-31T10:00:00+08:00' },
      deadlineWorkingDays: 1,
      calendarError: reason
    })
    expect(finding?.evidence).toMatchObject({ deadline: null, workingDaysLate: null })
    expect(finding?.explanation).toEqual(
      message('compliance.deadline.undetermined', {
        citation: message('compliance.cite', {
          article: message('compliance.article.art13'),
          quote: message('compliance.provision.art13Offline')
        }),
        situation: message('compliance.situation.push', {
          licence: message('compliance.licence.numbered', { number: 'SP2026001' }),
          department: '许昌市市场监督管理局',
          mode: message('licences.generationMode.offline'),
          completed: day('2026-12-31'),
          period: message('compliance.period.within', {
            event: message('compliance.event.completion'),
            days: 1
          })
        }),
        reason
      })
    )
    expect(zh(finding?.explanation)).toContain('，无法判断是否逾期：2027年的节假日安排尚未录入')
    expect(en(finding?.explanation)).toContain('; whether this is late cannot be told: ')
  })

  it('says a licence is late when the lateness itself cannot be counted (days in 2027 between)', async () => {
    // Completed 12-29, due 12-30 (2026 is covered); TODAY lies in 2027, which has no table.
    const data = tables({
      licences: [licence({ completedAt: '2026-12-29T10:00:00+08:00', pushedAt: null })]
    })
    const [finding] = findingsOf(await scan(data, { today: '2027-01-10' }), 'push.offline-late')
    expect(finding?.outcome).toBe('violation')
    expect(finding?.evidence).toMatchObject({ deadline: '2026-12-30', workingDaysLate: null })
    expect(finding?.explanation?.params?.outcome).toEqual(
      message('compliance.deadline.notDone', {
        today: day('2027-01-10'),
        duty: message('compliance.duty.push'),
        lateness: message('compliance.deadline.lateUncounted')
      })
    )
    expect(zh(finding?.explanation)).toContain(
      '截至2027年1月10日仍未推送至市统一电子证照库，已逾期（所跨年度节假日安排未录入，逾期工作日数无法计算）。'
    )
  })

  it('still clears an act no later than the start day plus n calendar days', async () => {
    expect(
      findingsOf(await lateDecember('2027-01-01T09:00:00+08:00', '2027-01-10'), 'push.offline-late')
    ).toEqual([])
  })

  it('reports an unpushed licence as undetermined once TODAY is past the earliest possible deadline', async () => {
    const [finding] = findingsOf(await lateDecember(null, '2027-01-10'), 'push.offline-late')
    expect(finding?.outcome).toBe('undetermined')
  })
})

describe('status.late (Art. 18: real time, 1 working day by default)', () => {
  const changed = (recordedTime: string, tolerance?: number) =>
    scan(
      tables({
        licences: [
          licence({
            statusHistory: [
              {
                action: 'change',
                businessTime: '2026-05-06T10:00:00+08:00',
                recordedTime: '2026-05-06T11:00:00+08:00',
                version: '002'
              },
              { action: 'suspend', businessTime: '2026-09-30T16:00:00+08:00', recordedTime }
            ]
          })
        ]
      }),
      tolerance === undefined
        ? {}
        : { parameters: { 'status.late': { toleranceWorkingDays: tolerance } } }
    )

  it('is on time on the next working day after 国庆 and late the day after, by history index', async () => {
    expect(findingsOf(await changed('2026-10-08T09:00:00+08:00'), 'status.late')).toEqual([])
    const [finding] = findingsOf(await changed('2026-10-09T09:00:00+08:00'), 'status.late')
    expect(finding?.id).toBe('status.late:lic-1#1')
    expect(finding?.sourceId).toBe('lic-1')
    expect(zh(finding?.explanation)).toContain('办理“挂起”')
  })

  it('with a tolerance of 0 requires the same working day', async () => {
    const [finding] = findingsOf(await changed('2026-10-08T09:00:00+08:00', 0), 'status.late')
    expect(finding?.evidence).toMatchObject({ deadline: '2026-09-30', workingDaysLate: 1 })
  })
})

describe('objection.late (Art. 24: 5 working days from receipt)', () => {
  const received = (repliedAt: string | null, today = '2026-11-27') =>
    scan(
      tables({
        licences: [licence()],
        objections: [objection({ receivedAt: '2026-02-13T10:00:00+08:00', repliedAt })]
      }),
      { today }
    )

  it('is on time on the 5th working day and late on the worked Saturday after', async () => {
    expect(findingsOf(await received('2026-02-27T17:00:00+08:00'), 'objection.late')).toEqual([])
    const [finding] = findingsOf(await received('2026-02-28T10:00:00+08:00'), 'objection.late')
    expect(finding?.evidence).toMatchObject({ deadline: '2026-02-27', workingDaysLate: 1 })
    expect(zh(finding?.explanation)).toContain(
      '第二十四条“证照签发单位应在收到申请后5个工作日内进行核实并给予回复”'
    )
  })

  it('counts an unanswered objection from TODAY', async () => {
    expect(findingsOf(await received(null, '2026-02-27'), 'objection.late')).toEqual([])
    const [finding] = findingsOf(await received(null, '2026-03-02'), 'objection.late')
    expect(finding?.evidence.workingDaysLate).toBe(2)
  })
})

describe('data.expired-shown-valid (Art. 18)', () => {
  const expired = (today: string, state: 'valid' | 'cancelled' = 'valid') =>
    scan(tables({ licences: [licence({ validUntil: '2026-09-30', state })] }), { today })

  it('gives the issuer one working day after expiry (10-01, a holiday) to record it', async () => {
    expect(findingsOf(await expired('2026-10-08'), 'data.expired-shown-valid')).toEqual([])
    const [finding] = findingsOf(await expired('2026-10-09'), 'data.expired-shown-valid')
    expect(finding?.evidence).toMatchObject({ deadline: '2026-10-08', workingDaysLate: 1 })
  })

  it('leaves a licence recorded as 注销 alone', async () => {
    expect(
      findingsOf(await expired('2026-11-27', 'cancelled'), 'data.expired-shown-valid')
    ).toEqual([])
  })
})
