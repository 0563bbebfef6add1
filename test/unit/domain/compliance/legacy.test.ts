import { describe, expect, it } from 'vitest'
import {
  readStoredCircular,
  readStoredFinding,
  readStoredNotice,
  type Finding,
  type RectificationNotice,
  type StoredFindingValue,
  type WrittenCircular
} from '../../../../src/shared/domain/compliance'
import { day, instant, message } from '../../../../src/shared/i18n'
import { en, zh } from './words'

/**
 * Findings, notices and circulars written before explanations became messages: what a working
 * copy of an earlier version holds in IndexedDB, read as it is.
 */
const OLD_EXPLANATION =
  '依据《办法》第十三条“证照签发单位应采用离线生成方式，在业务办结1个工作日内将证照数据推送至市统一电子证照库”。证照lic-1（编号SP2026001）……逾期1个工作日。'

const oldFinding: StoredFindingValue = {
  id: 'push.offline-late:lic-1',
  ruleId: 'push.offline-late',
  kind: 2,
  article: '第十三条',
  title: '线下生成证照推送逾期',
  subjectType: 'licence',
  subjectId: 'lic-1',
  sourceTable: 'licences',
  sourceId: 'lic-1',
  departmentId: 'dept-issuer',
  outcome: 'violation',
  status: 'resolved',
  firstSeen: '2026-10-09',
  lastSeen: '2026-10-09',
  resolvedOn: '2026-10-12',
  explanation: OLD_EXPLANATION,
  evidence: {
    recordIds: ['lic-1'],
    deadline: '2026-10-08',
    actual: '2026-10-09T09:00:00+08:00',
    workingDaysLate: 1,
    facts: {
      generationMode: 'offline',
      completedAt: '2026-09-30T16:00:00+08:00',
      deadlineWorkingDays: 1,
      historyIndex: 1,
      calendarError: 'CALENDAR_YEAR_NOT_COVERED',
      uncoveredYear: 2027,
      validUntil: '长期',
      validFrom: '2026-03-02',
      state: 'valid',
      action: 'suspend',
      outcome: 'upheld',
      noticeStatus: 'circular',
      missing: '证照底图'
    },
    attachments: []
  }
}

describe('reading what an earlier version stored', () => {
  it('shows an old explanation as it was written, and names the rule and article again', () => {
    const finding = readStoredFinding(oldFinding)
    expect(finding.explanation).toEqual(message('compliance.legacyText', { text: OLD_EXPLANATION }))
    expect(zh(finding.explanation)).toBe(OLD_EXPLANATION)
    expect(en(finding.explanation)).toBe(OLD_EXPLANATION)
    expect(finding.title).toEqual(message('compliance.rule.pushOfflineLate'))
    expect(en(finding.title)).toBe('Offline licence pushed late')
    expect(finding.article).toEqual(message('compliance.article.art13'))
  })

  it('puts stored enum values and instants of the facts into words, and drops machine-only ones', () => {
    expect(readStoredFinding(oldFinding).evidence.facts).toEqual({
      generationMode: message('licences.generationMode.offline'),
      completedAt: instant('2026-09-30T16:00:00+08:00'),
      deadlineWorkingDays: 1,
      validUntil: message('compliance.permanent'),
      validFrom: day('2026-03-02'),
      state: message('licences.state.valid'),
      action: message('licences.statusAction.suspend'),
      outcome: message('licences.objectionOutcome.upheld'),
      noticeStatus: message('compliance.noticeStatus.circular'),
      missing: '证照底图'
    })
  })

  it('keeps values it cannot name as they were', () => {
    const odd = readStoredFinding({
      ...oldFinding,
      ruleId: 'retired.rule',
      title: '已停用的规则',
      article: '第九十九条',
      evidence: {
        ...oldFinding.evidence,
        facts: { generationMode: 'hybrid', noticeStatus: 'lost', validUntil: '2031-03-01' }
      }
    })
    expect(odd.title).toEqual(message('compliance.legacyText', { text: '已停用的规则' }))
    expect(odd.article).toEqual(message('compliance.legacyText', { text: '第九十九条' }))
    expect(odd.evidence.facts).toEqual({
      generationMode: 'hybrid',
      noticeStatus: 'lost',
      validUntil: day('2031-03-01')
    })
  })

  it('titles an old manual finding from its kind', () => {
    const manual = readStoredFinding({
      ...oldFinding,
      ruleId: 'manual.other',
      title: '其他违反电子证照相关规定的行为',
      article: '第三十一条'
    })
    expect(manual.title).toEqual(message('compliance.rule.manualOther'))
    expect(manual.article).toEqual(message('compliance.article.art31'))
  })

  it('passes a finding already in messages through untouched', () => {
    const current = readStoredFinding(oldFinding)
    expect(readStoredFinding(current)).toBe(current as Finding)
  })

  it('reads old notice corrections and circular texts as written', () => {
    const notice = {
      id: 'n-1',
      corrections: [
        {
          ruleId: 'data.missing-seal',
          kind: 5,
          article: '第十七条',
          findingCount: 2,
          text: '为2张未加盖电子印章的电子证照补加电子印章并重新推送，确保签章环节纳入制证流程。'
        }
      ]
    } as unknown as RectificationNotice
    const read = readStoredNotice(notice)
    expect(read.corrections).toEqual([
      {
        ruleId: 'data.missing-seal',
        kind: 5,
        article: message('compliance.article.art17'),
        findingCount: 2,
        text: message('compliance.legacyText', {
          text: '为2张未加盖电子印章的电子证照补加电子印章并重新推送，确保签章环节纳入制证流程。'
        })
      }
    ])
    expect(readStoredNotice(read)).toBe(read)

    const circular = {
      id: 'c-1',
      text: '许昌市市场监督管理局：……现予书面通报。'
    } as unknown as WrittenCircular
    const readCircular = readStoredCircular(circular)
    expect(readCircular.text).toEqual(
      message('compliance.legacyText', { text: '许昌市市场监督管理局：……现予书面通报。' })
    )
    expect(readStoredCircular(readCircular)).toBe(readCircular)
  })
})
