import { describe, expect, it } from 'vitest'
import type { RectificationNotice, WrittenCircular } from '../../../src/shared/domain/compliance'
import { availableActions } from '../../../src/renderer/src/features/compliance/notice-actions'

/**
 * The buttons a notice shows, derived from Art. 31's ladder: 下发 → 报告 → 核验 (or 退回整改) →
 * 办结; past the deadline 认定逾期 → 起草通报 → 签发通报 → 送达 → 移送.
 */
const notice = (changes: Partial<RectificationNotice>): RectificationNotice => ({
  id: 'n-1',
  departmentId: 'd-1',
  status: 'issued',
  documentNumber: '许数管〔2026〕1号',
  findingIds: ['f-1'],
  corrections: [],
  createdOn: '2026-11-02',
  issuedOn: '2026-11-03',
  rectificationWorkingDays: 10,
  deadline: { lastDay: '2026-11-17', expiresAt: '2026-11-17T16:00:00.000Z' },
  report: null,
  verifiedOn: null,
  closedOn: null,
  overdueOn: null,
  circularId: null,
  referral: null,
  history: [],
  ...changes
})
const circular = (status: WrittenCircular['status']): WrittenCircular => ({
  id: 'c-1',
  noticeId: 'n-1',
  noticeDocumentNumber: '许数管〔2026〕1号',
  departmentId: 'd-1',
  noticeDeadline: '2026-11-17',
  status,
  documentNumber: status === 'drafted' ? null : '许数管〔2026〕5号',
  draftedOn: '2026-11-20',
  issuedOn: status === 'drafted' ? null : '2026-11-23',
  text: { code: 'compliance.circular.text' }
})

describe('the moves a notice offers', () => {
  it('issues a draft, takes a report, and marks overdue only past the last day', () => {
    expect(availableActions(notice({ status: 'draft', deadline: null }), '2026-11-02')).toEqual([
      'issue'
    ])
    expect(availableActions(notice({}), '2026-11-17')).toEqual(['report'])
    expect(availableActions(notice({}), '2026-11-18')).toEqual(['report', 'markOverdue'])
  })

  it('verifies a report or returns it for rectification', () => {
    expect(availableActions(notice({ status: 'reportReceived' }), '2026-11-18')).toEqual([
      'verify',
      'return'
    ])
    expect(availableActions(notice({ status: 'verified' }), '2026-11-18')).toEqual(['close'])
    expect(availableActions(notice({ status: 'closed' }), '2026-11-18')).toEqual([])
  })

  it('walks the circular: draft, issue, deliver; referral only once it is issued', () => {
    const overdue = notice({ status: 'overdue' })
    expect(availableActions(overdue, '2026-11-20')).toEqual(['circulate'])
    const drafted = notice({ status: 'overdue', circularId: 'c-1' })
    expect(availableActions(drafted, '2026-11-20', circular('drafted'))).toEqual(['issueCircular'])
    const circulated = notice({ status: 'circular', circularId: 'c-1' })
    expect(availableActions(circulated, '2026-11-23', circular('issued'))).toEqual([
      'refer',
      'deliverCircular'
    ])
    expect(availableActions(circulated, '2026-11-24', circular('delivered'))).toEqual(['refer'])
    const referred = notice({ status: 'referred', circularId: 'c-1' })
    expect(availableActions(referred, '2026-11-25', circular('delivered'))).toEqual([])
  })
})
