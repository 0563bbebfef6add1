import { defaultWorkingDayCalendar } from '@shared/domain/calendar'
import { createPushTimelinessCounter } from '@shared/domain/dashboard/push-timeliness'
import type { Licence } from '@shared/domain/licences/licence'
import { describe, expect, it } from 'vitest'
import { findingsOf, licence, scan, tables } from '../compliance/fixtures'

/**
 * The 总览 push-timeliness chart and the 31(二) findings judge the same licences with the same
 * stored settings. Dates on the bundled 2026 table (国务院办公厅 2025 notice): 国庆 10-01…10-07,
 * 10-10 (Sat) worked.
 */
function chart(licences: Licence[], settings: Parameters<typeof createPushTimelinessCounter>[0]) {
  const counter = createPushTimelinessCounter(settings)
  if (!counter.ok) throw new Error(JSON.stringify(counter.error))
  for (const entry of licences) counter.data.add(entry)
  return counter.data.result()
}

// Offline, completed on 09-30: with 1 working day (Art. 13) the deadline is 10-08; with the
// Bureau's 2 it is 10-09. Pushed on 10-09.
const pushedOn1009 = licence({
  generationMode: 'offline',
  completedAt: '2026-09-30T16:00:00+08:00',
  pushedAt: '2026-10-09T09:00:00+08:00'
})

describe('push timeliness on 总览 (the chart the scan agrees with)', () => {
  it('judges by the deadline the Bureau set, as the scan does, not by the default', async () => {
    const base = { today: '2026-11-27', calendar: defaultWorkingDayCalendar }
    expect(chart([pushedOn1009], base)).toEqual([
      { month: '2026-09', onTime: 0, late: 1, pending: 0, undetermined: 0 }
    ])
    const parameters = { 'push.offline-late': { deadlineWorkingDays: 2 } }
    expect(chart([pushedOn1009], { ...base, parameters })).toEqual([
      { month: '2026-09', onTime: 1, late: 0, pending: 0, undetermined: 0 }
    ])
    const report = await scan(tables({ licences: [pushedOn1009] }), { parameters })
    expect(findingsOf(report, 'push.offline-late')).toEqual([])
  })

  it('judges by the holidays the Bureau entered, as the scan does', async () => {
    // A notice that makes 10-08 a holiday too moves the 1-day deadline to 10-09: on time.
    const calendar = defaultWorkingDayCalendar.withNotice({
      ...defaultWorkingDayCalendar.notices.find((notice) => notice.year === 2026)!,
      holidays: [{ name: '国庆节', from: '2026-10-01', to: '2026-10-08' }],
      adjustedWorkdays: []
    })
    expect(chart([pushedOn1009], { today: '2026-11-27', calendar })).toEqual([
      { month: '2026-09', onTime: 1, late: 0, pending: 0, undetermined: 0 }
    ])
    const report = await scan(tables({ licences: [pushedOn1009] }), { calendar })
    expect(findingsOf(report, 'push.offline-late')).toEqual([])
  })

  it('counts an unpushed licence as pending until its deadline has passed', () => {
    const unpushed = { ...pushedOn1009, pushedAt: null }
    const on = (today: string) => chart([unpushed], { today, calendar: defaultWorkingDayCalendar })
    expect(on('2026-10-08')[0]).toMatchObject({ pending: 1, late: 0 })
    expect(on('2026-10-09')[0]).toMatchObject({ pending: 0, late: 1 })
  })

  it('refuses a setting the scan refuses, with the same words', async () => {
    const parameters = { 'push.online-late': { deadlineWorkingDays: -1 } }
    const counter = createPushTimelinessCounter({
      today: '2026-11-27',
      calendar: defaultWorkingDayCalendar,
      parameters
    })
    expect(counter).toMatchObject({
      ok: false,
      error: { code: 'compliance.error.invalidSettings' }
    })
    await expect(scan(tables(), { parameters })).rejects.toThrow(
      !counter.ok ? JSON.stringify(counter.error) : 'unreachable'
    )
  })

  it('leaves out legacy and deleted licences, which have no push duty', () => {
    const legacy = { ...pushedOn1009, generationMode: 'legacy' as const }
    const deleted = { ...pushedOn1009, deleted: true }
    expect(
      chart([legacy, deleted], { today: '2026-11-27', calendar: defaultWorkingDayCalendar })
    ).toEqual([])
  })
})
