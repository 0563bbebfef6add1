import { describe, expect, it } from 'vitest'
import {
  departmentScorecards,
  SCORE_WEIGHTS,
  type Finding,
  type RectificationNotice
} from '../../../../src/shared/domain/compliance'
import { catalogEntry, department } from './fixtures'

/**
 * 部门评分: only units that issue licences are ranked; the 得分 is 推送及时率 × 50 + 目录完整率 × 30
 * + 问题整改率 × 20, and a unit ignoring an order (Art. 31(七)) ranks below every other. The
 * expected scores below are worked out by hand from that formula.
 */
function open(ruleId: string, departmentId: string, index: number): Finding {
  return {
    id: `${ruleId}:${departmentId}:${index}`,
    ruleId,
    kind: 2,
    departmentId,
    status: 'open',
    outcome: 'violation'
  } as Finding
}

const overdueNotice = {
  id: 'n-1',
  departmentId: 'dept-c',
  status: 'overdue',
  deadline: { lastDay: '2026-11-10', expiresAt: '2026-11-10T16:00:00.000Z' }
} as RectificationNotice

const scores = departmentScorecards({
  departments: [
    department({ id: 'dept-bureau', name: '许昌市政务服务和大数据管理局' }),
    department({ id: 'dept-a', name: '甲局' }),
    department({ id: 'dept-b', name: '乙局' }),
    department({ id: 'dept-c', name: '丙局' })
  ],
  catalog: [
    catalogEntry({ id: 'cat-a1', issuerDepartmentId: 'dept-a' }),
    catalogEntry({ id: 'cat-a2', issuerDepartmentId: 'dept-a' }),
    catalogEntry({ id: 'cat-c1', issuerDepartmentId: 'dept-c' })
  ],
  findings: [
    ...[0, 1, 2, 3, 4].map((i) => open('push.offline-late', 'dept-a', i)),
    open('catalog.incomplete', 'dept-a', 0),
    { ...open('push.offline-late', 'dept-b', 9), status: 'resolved' } as Finding
  ],
  notices: [overdueNotice],
  totals: {
    'dept-a': { licences: 100, withPushDeadline: 50 },
    'dept-b': { licences: 10, withPushDeadline: 0 },
    'dept-c': { licences: 20, withPushDeadline: 20 }
  },
  today: '2026-11-27'
})
const of = (id: string) => scores.find((score) => score.departmentId === id)!

describe('部门评分', () => {
  it('weighs timely data, then the catalog, then open findings per licence', () => {
    expect(SCORE_WEIGHTS).toEqual({ onTimePush: 50, catalogCompleteness: 30, rectified: 20 })
    // 甲: 45 of 50 pushed on time, 1 of 2 entries complete, 6 open of 100 licences.
    expect(of('dept-a')).toMatchObject({ onTimePushRate: 0.9, catalogCompleteness: 0.5 })
    expect(of('dept-a').rectifiedRate).toBeCloseTo(0.94, 10)
    expect(of('dept-a').score).toBeCloseTo(45 + 15 + 18.8, 10)
    // 乙: nothing to push yet counts as on time; issuing without a catalog entry is 0 % complete.
    expect(of('dept-b')).toMatchObject({
      onTimePushRate: null,
      catalogCompleteness: null,
      rectifiedRate: 1
    })
    expect(of('dept-b').score).toBe(50 + 0 + 20)
    expect(of('dept-c').score).toBe(100)
  })

  it('ranks only units that issue licences, an ignored order last, and lists the rest apart', () => {
    expect(scores.map((score) => [score.departmentId, score.rank])).toEqual([
      ['dept-a', 1],
      ['dept-b', 2],
      ['dept-c', 3],
      ['dept-bureau', null]
    ])
    expect(of('dept-c').overdueNotices).toBe(1)
    expect(of('dept-bureau')).toMatchObject({ licences: 0, score: null, rectifiedRate: null })
  })
})
