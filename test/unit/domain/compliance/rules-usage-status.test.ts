import { describe, expect, it } from 'vitest'
import {
  createInMemoryComplianceSource,
  requiredCorrections,
  scanCompliance,
  type ComplianceTables,
  type RectificationNotice,
  type ScanSettings
} from '../../../../src/shared/domain/compliance'
import { day, instant, list, message } from '../../../../src/shared/i18n'
import {
  authorization,
  findingsOf,
  licence,
  objection,
  OTHER_USCC,
  scan,
  settings,
  tables,
  TYPE_CODE,
  UNIT_USCC,
  usageRecord
} from './fixtures'
import { cite, en, zh } from './words'

/** The quotes as 《办法》 words them, written out here so a changed quote shows. */
const ART_4 =
  '依据《办法》第四条“电子证照与实体证照具有同等法律效力，可以作为行政管理和公共服务活动中的法定办事依据”。'
const ART_18 =
  '依据《办法》第十八条“证照发生变更、有效期届满等，需要延续、吊销、注销、废止、挂起、质押的，证照签发单位应实时更新并同步至市统一电子证照库”。'
const ART_24 = '依据《办法》第二十四条“证照签发单位应在收到申请后5个工作日内进行核实并给予回复”。'
const ART_28 =
  '依据《办法》第二十八条“证照签发、应用单位生成和使用电子证照仅限于履职开展业务需要，不得用作其他用途”。'
const ART_31 =
  '依据《办法》第三十一条“由市政务服务和大数据管理局会同有关部门责令限期改正；逾期不改正的，根据实际情况，给予书面通报”。'

/** The 整改要求 a notice built from one rule's findings would carry, as a Chinese reader sees it. */
function correctionsOf(
  findings: Parameters<typeof requiredCorrections>[0],
  parameters?: ScanSettings['parameters']
): string[] {
  return requiredCorrections(findings, parameters).map((correction) => zh(correction.text))
}

const ISSUER = '许昌市市场监督管理局'
const LICENCE = message('compliance.licence.numbered', { number: 'SP2026001' })
const within = (event: string, days: number) =>
  message('compliance.period.within', { event: message(`compliance.event.${event}`), days })
const daysLate = (days: number) => message('compliance.deadline.daysLate', { days })

describe('objection.late (Art. 24) as the officer reads it', () => {
  /** Received Friday 2026-02-13, before 春节: the 5th working day after it is 02-27. */
  const answered = (repliedAt: string | null, today = '2026-11-27') =>
    scan(
      tables({
        licences: [licence()],
        objections: [objection({ receivedAt: '2026-02-13T10:00:00+08:00', repliedAt })]
      }),
      { today }
    )

  it('tells who received which objection, when it was due and when it was answered', async () => {
    const [finding] = findingsOf(await answered('2026-02-28T10:00:00+08:00'), 'objection.late')
    expect(finding?.title).toEqual(message('compliance.rule.objectionLate'))
    expect(zh(finding?.title)).toBe('异议复核答复逾期')
    expect(finding?.article).toEqual(message('compliance.article.art24'))
    expect(finding?.departmentId).toBe('dept-issuer')
    expect(finding?.explanation).toEqual(
      message('compliance.deadline.late', {
        citation: cite('art24', 'art24'),
        situation: message('compliance.situation.objection', {
          department: ISSUER,
          received: day('2026-02-13'),
          period: within('requestReceived', 5)
        }),
        lastDay: day('2026-02-27'),
        duty: message('compliance.duty.reply'),
        outcome: message('compliance.deadline.done', {
          done: message('compliance.done.replied', { day: day('2026-02-28') }),
          lateness: daysLate(1)
        })
      })
    )
    expect(zh(finding?.explanation)).toBe(
      ART_24 +
        '许昌市市场监督管理局于2026年2月13日收到证照复核申请，按收到申请后5个工作日内核实并回复的要求，' +
        '应于2026年2月27日（含）前答复，实际于2026年2月28日答复，逾期1个工作日。'
    )
    expect(en(finding?.explanation)).toBe(
      'Under Article 24 of the Measures: “the issuing unit shall verify the matter and reply within 5 working days of receiving the request”. ' +
        'On 2026-02-13, 许昌市市场监督管理局 received a request to review licence data, to be verified and answered within 5 working day(s) of receipt of the request; ' +
        'the duty to reply fell due on 2026-02-27 (inclusive); the reply came on 2026-02-28, 1 working day(s) late.'
    )
  })

  it('shows the objection and the licence it concerns as records, with the receipt, outcome and period as facts', async () => {
    const [finding] = findingsOf(await answered('2026-02-28T10:00:00+08:00'), 'objection.late')
    expect(finding?.evidence.recordIds).toEqual(['obj-1', 'lic-1'])
    expect(finding?.evidence.facts).toEqual({
      receivedAt: instant('2026-02-13T10:00:00+08:00'),
      outcome: message('licences.objectionOutcome.upheld'),
      replyWorkingDays: 5
    })
  })

  it('says an unanswered objection is still unanswered today', async () => {
    const [finding] = findingsOf(await answered(null, '2026-03-02'), 'objection.late')
    expect(finding?.explanation?.params?.outcome).toEqual(
      message('compliance.deadline.notDone', {
        today: day('2026-03-02'),
        duty: message('compliance.duty.reply'),
        lateness: daysLate(2)
      })
    )
    expect(zh(finding?.explanation)).toBe(
      ART_24 +
        '许昌市市场监督管理局于2026年2月13日收到证照复核申请，按收到申请后5个工作日内核实并回复的要求，' +
        '应于2026年2月27日（含）前答复，截至2026年3月2日仍未答复，逾期2个工作日。'
    )
  })

  it('asks in the 整改要求 for the late objections to be answered within the period after receipt', async () => {
    const findings = findingsOf(await answered('2026-02-28T10:00:00+08:00'), 'objection.late')
    expect(requiredCorrections(findings)[0]?.text).toEqual(
      message('compliance.correction.objectionLate', {
        count: 1,
        period: within('requestReceived', 5)
      })
    )
    expect(correctionsOf(findings)).toEqual([
      '对1件逾期未答复或答复逾期的证照异议复核申请尽快核实并答复，今后在收到申请后5个工作日内完成核实与回复。'
    ])
  })
})

describe('rectification.ignored (31七) as the officer reads it', () => {
  /** 许数管〔2026〕7号 gave 许昌市市场监督管理局 until Tuesday 2026-10-13. */
  const notice = (overrides: Partial<RectificationNotice> = {}): RectificationNotice => ({
    id: 'n-1',
    departmentId: 'dept-issuer',
    status: 'issued',
    documentNumber: '许数管〔2026〕7号',
    findingIds: ['data.missing-seal:lic-1'],
    corrections: [
      {
        ruleId: 'data.missing-seal',
        kind: 2,
        article: message('compliance.article.art17'),
        findingCount: 1,
        text: message('compliance.correction.dataMissingSeal', { count: 1 })
      }
    ],
    createdOn: '2026-09-28',
    issuedOn: '2026-09-30',
    rectificationWorkingDays: 5,
    deadline: { lastDay: '2026-10-13', expiresAt: '2026-10-13T24:00:00+08:00' },
    report: null,
    verifiedOn: null,
    closedOn: null,
    overdueOn: null,
    circularId: null,
    referral: null,
    history: [],
    ...overrides
  })
  const ignored = async (
    subject: RectificationNotice,
    today = '2026-10-14',
    parameters?: ScanSettings['parameters']
  ) =>
    findingsOf(
      await scan(tables({ notices: [subject] }), { today, parameters }),
      'rectification.ignored'
    )

  it('names the notice, the department, the period and its state, and what is still missing', async () => {
    const [finding] = await ignored(notice())
    expect(finding?.title).toEqual(message('compliance.rule.rectificationIgnored'))
    expect(zh(finding?.title)).toBe('责令整改逾期未整改')
    expect(finding?.article).toEqual(message('compliance.article.art31'))
    expect(finding?.departmentId).toBe('dept-issuer')
    const issued = message('compliance.noticeStatus.issued')
    const report = message('compliance.duty.report')
    expect(finding?.explanation).toEqual(
      message('compliance.deadline.late', {
        citation: cite('art31', 'art31'),
        situation: message('compliance.situation.rectification', {
          number: '许数管〔2026〕7号',
          department: ISSUER,
          lastDay: day('2026-10-13'),
          status: issued
        }),
        lastDay: day('2026-10-13'),
        duty: report,
        outcome: message('compliance.deadline.notDone', {
          today: day('2026-10-14'),
          duty: report,
          lateness: daysLate(1)
        })
      })
    )
    expect(zh(finding?.explanation)).toBe(
      ART_31 +
        '本局以许数管〔2026〕7号责令许昌市市场监督管理局限期改正，整改期限至2026年10月13日，当前状态为“已下发，整改中”，' +
        '应于2026年10月13日（含）前报送整改报告，截至2026年10月14日仍未报送整改报告，逾期1个工作日。'
    )
    expect(finding?.evidence.recordIds).toEqual(['n-1'])
    expect(finding?.evidence.facts).toEqual({
      documentNumber: '许数管〔2026〕7号',
      noticeStatus: issued,
      graceWorkingDays: 0
    })
  })

  it('says so when a notice awaiting its report has no 发文字号, never naming it by its id', async () => {
    const [finding] = await ignored(notice({ documentNumber: null }))
    const unnumbered = message('compliance.notice.unnumbered')
    expect(finding?.evidence.facts.documentNumber).toEqual(unnumbered)
    expect(finding?.explanation?.params?.situation).toMatchObject({
      params: { number: unnumbered }
    })
    expect(zh(finding?.explanation)).toContain('本局以（未编号）责令许昌市市场监督管理局限期改正')
  })

  it('stays open after 书面通报, showing the circular among the records', async () => {
    const [finding] = await ignored(notice({ status: 'circular', circularId: 'c-1' }))
    expect(finding?.evidence.recordIds).toEqual(['n-1', 'c-1'])
    expect(finding?.evidence.facts.noticeStatus).toEqual(
      message('compliance.noticeStatus.circular')
    )
    expect(zh(finding?.explanation)).toContain('当前状态为“已书面通报”')
  })

  it('stays open after referral for 依法依纪处理', async () => {
    const [finding] = await ignored(notice({ status: 'referred', circularId: 'c-1' }))
    expect(zh(finding?.explanation)).toContain('当前状态为“已移送依法依纪处理”')
  })

  it('is closed by a received 整改报告 even while the notice still reads 逾期未整改', async () => {
    const report = {
      receivedOn: '2026-10-15',
      text: '已补加电子印章',
      attachments: [],
      late: true
    }
    expect(await ignored(notice({ status: 'overdue', report }), '2026-10-16')).toEqual([])
    expect(await ignored(notice({ status: 'overdue' }), '2026-10-16')).toHaveLength(1)
  })

  it('lets the Bureau allow working days for post: 2 days of grace move the last day to 10-15', async () => {
    const grace = { 'rectification.ignored': { graceWorkingDays: 2 } }
    expect(await ignored(notice(), '2026-10-15', grace)).toEqual([])
    const [finding] = await ignored(notice(), '2026-10-16', grace)
    expect(finding?.evidence).toMatchObject({ deadline: '2026-10-15', workingDaysLate: 1 })
    expect(finding?.evidence.facts.graceWorkingDays).toBe(2)
  })

  it('asks in the 整改要求 for the rectification now, with a written report of the delay', async () => {
    expect(requiredCorrections(await ignored(notice()))[0]?.text).toEqual(
      message('compliance.correction.rectificationIgnored', { count: 1 })
    )
    expect(correctionsOf(await ignored(notice()))).toEqual([
      '对1份逾期未整改的整改通知立即整改，并书面报送整改情况及逾期原因。'
    ])
  })
})

describe('status.late (Art. 18) as the officer reads it', () => {
  /** A 变更 recorded the same day, then a 挂起 on 2026-09-30, the eve of 国庆. */
  const suspendedLate = (recordedTime: string) =>
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

  it('tells which licence, which action, the last day and when it was synchronised', async () => {
    const report = await scan(tables({ licences: [suspendedLate('2026-10-09T09:00:00+08:00')] }))
    const [finding] = findingsOf(report, 'status.late')
    expect(finding?.title).toEqual(message('compliance.rule.statusLate'))
    expect(zh(finding?.title)).toBe('证照状态变更未实时同步')
    expect(finding?.article).toEqual(message('compliance.article.art18'))
    expect(finding?.departmentId).toBe('dept-issuer')
    expect(finding?.explanation).toEqual(
      message('compliance.deadline.late', {
        citation: cite('art18', 'art18'),
        situation: message('compliance.situation.statusChange', {
          licence: LICENCE,
          business: day('2026-09-30'),
          action: message('licences.statusAction.suspend'),
          period: within('businessAction', 1)
        }),
        lastDay: day('2026-10-08'),
        duty: message('compliance.duty.sync'),
        outcome: message('compliance.deadline.done', {
          done: message('compliance.done.synced', { day: day('2026-10-09') }),
          lateness: daysLate(1)
        })
      })
    )
    expect(zh(finding?.explanation)).toBe(
      ART_18 +
        '证照SP2026001于2026年9月30日办理“挂起”，按业务发生后1个工作日内同步的要求，' +
        '应于2026年10月8日（含）前同步至市统一电子证照库，实际于2026年10月9日同步，逾期1个工作日。'
    )
  })

  it('shows the licence as the record, and the action, its time and the tolerance as facts', async () => {
    const report = await scan(tables({ licences: [suspendedLate('2026-10-09T09:00:00+08:00')] }))
    const [finding] = findingsOf(report, 'status.late')
    expect(finding?.evidence.recordIds).toEqual(['lic-1'])
    expect(finding?.subjectId).toBe('lic-1#1')
    expect(finding?.evidence.facts).toEqual({
      action: message('licences.statusAction.suspend'),
      businessTime: instant('2026-09-30T16:00:00+08:00'),
      toleranceWorkingDays: 1
    })
  })

  it('asks in the 整改要求 for real-time synchronisation within the tolerance after the business', async () => {
    const report = await scan(tables({ licences: [suspendedLate('2026-10-09T09:00:00+08:00')] }))
    expect(requiredCorrections(findingsOf(report, 'status.late'))[0]?.text).toEqual(
      message('compliance.correction.statusLate', { count: 1, period: within('businessAction', 1) })
    )
    expect(correctionsOf(findingsOf(report, 'status.late'))).toEqual([
      '核查1项证照状态变更（延续、吊销、注销、废止、挂起、质押等）同步迟延的原因，建立状态变更与市统一电子证照库的实时同步机制，最迟于业务发生后1个工作日内完成同步。'
    ])
  })
})

describe('usage.bulk-access (Art. 28) as the officer reads it', () => {
  /** Three uses of three different licences by 许昌市政务服务中心 on 2026-05-06. */
  const threeLicences = [1, 2, 3].map((n) => usageRecord({ id: `use-${n}`, licenceId: `lic-${n}` }))
  const limitOfTwo = { 'usage.bulk-access': { dailyDistinctLicenceLimit: 2 } }

  it('names the unit, the day, how many licences and the limit, and lists every use', async () => {
    const report = await scan(tables({ usageRecords: threeLicences }), { parameters: limitOfTwo })
    const [finding] = findingsOf(report, 'usage.bulk-access')
    expect(finding?.title).toEqual(message('compliance.rule.usageBulkAccess'))
    expect(zh(finding?.title)).toBe('单日批量调用证照')
    expect(finding?.article).toEqual(message('compliance.article.art28'))
    expect(finding?.explanation).toEqual(
      message('compliance.explanation.usageBulkAccess', {
        citation: cite('art28', 'art28'),
        unit: '许昌市政务服务中心',
        uscc: UNIT_USCC,
        day: day('2026-05-06'),
        count: 3,
        limit: 2
      })
    )
    expect(zh(finding?.explanation)).toBe(
      `${ART_28}许昌市政务服务中心（${UNIT_USCC}）于2026年5月6日调用了3张不同的电子证照，超过本局设定的单日2张上限，存在批量获取证照数据的风险。`
    )
    expect(finding?.evidence.recordIds).toEqual(['use-1', 'use-2', 'use-3'])
    expect(finding?.evidence.facts).toEqual({
      unitUscc: UNIT_USCC,
      unitName: '许昌市政务服务中心',
      distinctLicences: 3,
      limit: 2
    })
    expect(requiredCorrections([finding!], limitOfTwo)[0]?.text).toEqual(
      message('compliance.correction.usageBulkAccess', { count: 1, limit: 2 })
    )
    expect(correctionsOf([finding!], limitOfTwo)).toEqual([
      '说明1个单日用证超过2张的批量调用的业务依据，停止无业务需要的批量查询，并对相关数据的使用和留存情况开展自查。'
    ])
  })
})

describe('usage.refused-valid (Art. 4) as the officer reads it', () => {
  const refusal = (usedAt = '2026-05-06T10:00:00+08:00') =>
    usageRecord({ usedAt, result: { kind: 'refused', reason: '要求另行提供纸质原件' } })
  const refused = async (subject: ReturnType<typeof licence>, usedAt?: string) =>
    findingsOf(
      await scan(tables({ licences: [subject], usageRecords: [refusal(usedAt)] })),
      'usage.refused-valid'
    )

  it('names the unit, the matter, the licence and the reason, with the validity period as facts', async () => {
    const [finding] = await refused(licence())
    expect(finding?.title).toEqual(message('compliance.rule.usageRefusedValid'))
    expect(zh(finding?.title)).toBe('拒绝采信有效电子证照')
    expect(finding?.article).toEqual(message('compliance.article.art4'))
    expect(finding?.explanation).toEqual(
      message('compliance.explanation.usageRefusedValid', {
        citation: cite('art4', 'art4'),
        unit: '许昌市政务服务中心',
        used: day('2026-05-06'),
        matter: '食品经营许可变更',
        licence: LICENCE,
        reason: '要求另行提供纸质原件'
      })
    )
    expect(zh(finding?.explanation)).toBe(
      ART_4 +
        '许昌市政务服务中心于2026年5月6日办理“食品经营许可变更”时拒绝采信证照SP2026001（理由：要求另行提供纸质原件），而该证照当时在有效期内且状态为“有效”。'
    )
    expect(zh(requiredCorrections([finding!])[0]?.text)).toBe(
      '纠正1起拒绝采信有效电子证照的行为，对窗口人员开展电子证照效力培训，凡能通过市电子证照库核验的，不得要求服务对象另行提交实体证照。'
    )
    expect(finding?.evidence.recordIds).toEqual(['use-1', 'lic-1'])
    expect(finding?.evidence.facts).toEqual({
      unitUscc: UNIT_USCC,
      unitName: '许昌市政务服务中心',
      reason: '要求另行提供纸质原件',
      validFrom: day('2026-03-02'),
      validUntil: day('2031-03-01')
    })
  })

  it('counts the first and the last day of validity as valid: refusing on either is a finding', async () => {
    expect(await refused(licence(), '2026-03-02T09:00:00+08:00')).toHaveLength(1)
    expect(await refused(licence(), '2031-03-01T17:00:00+08:00')).toHaveLength(1)
    expect(await refused(licence(), '2031-03-02T09:00:00+08:00')).toEqual([])
  })

  it('treats a 长期 licence as valid on any day after its start, and says it has no expiry', async () => {
    const [finding] = await refused(licence({ validUntil: '长期' }), '2040-01-02T10:00:00+08:00')
    expect(finding?.evidence.facts.validUntil).toEqual(message('compliance.permanent'))
    expect(zh(message('compliance.value', { value: message('compliance.permanent') }))).toBe('长期')
  })

  it('lets a unit refuse a licence suspended at the very minute of the refusal', async () => {
    const suspendedThen = licence({
      statusHistory: [
        {
          action: 'suspend',
          businessTime: '2026-05-06T10:00:00+08:00',
          recordedTime: '2026-05-06T10:05:00+08:00'
        }
      ]
    })
    expect(await refused(suspendedThen, '2026-05-06T10:00:00+08:00')).toEqual([])
  })

  it('lets a unit refuse a licence changed, then revoked before the use', async () => {
    // 变更 in March keeps it 有效; 吊销 in May ends it: refusing it in June is lawful.
    const changedThenRevoked = licence({
      statusHistory: [
        {
          action: 'change',
          businessTime: '2026-03-02T10:00:00+08:00',
          recordedTime: '2026-03-02T10:30:00+08:00',
          version: '002'
        },
        {
          action: 'revoke',
          businessTime: '2026-05-06T10:00:00+08:00',
          recordedTime: '2026-05-06T10:30:00+08:00'
        }
      ]
    })
    expect(await refused(changedThenRevoked, '2026-06-02T10:00:00+08:00')).toEqual([])
    expect(await refused(changedThenRevoked, '2026-04-02T10:00:00+08:00')).toHaveLength(1)
  })

  it('replays the status history in time order, whatever order it was stored in', async () => {
    // 挂起 in May, 解除挂起 on 1 June, stored newest first: valid again on 2 June.
    const unsuspended = licence({
      statusHistory: [
        {
          action: 'unsuspend',
          businessTime: '2026-06-01T10:00:00+08:00',
          recordedTime: '2026-06-01T11:00:00+08:00'
        },
        {
          action: 'suspend',
          businessTime: '2026-05-01T10:00:00+08:00',
          recordedTime: '2026-05-01T11:00:00+08:00'
        }
      ]
    })
    expect(await refused(unsuspended, '2026-06-02T10:00:00+08:00')).toHaveLength(1)
  })

  it('fetches the licence only of refused uses, not of every accepted one in the city', async () => {
    const data: ComplianceTables = tables({
      licences: [licence()],
      usageRecords: [
        usageRecord({ id: 'use-accepted' }),
        usageRecord({
          id: 'use-refused',
          licenceId: 'lic-2',
          result: { kind: 'refused', reason: '要求另行提供纸质原件' }
        })
      ]
    })
    const source = createInMemoryComplianceSource(data)
    const looked: string[] = []
    const result = await scanCompliance(
      {
        ...source,
        licencesById: (ids) => {
          looked.push(...ids)
          return source.licencesById(ids)
        }
      },
      settings({ ruleIds: ['usage.refused-valid'] })
    )
    expect(result.ok).toBe(true)
    expect(looked).toEqual(['lic-2'])
  })
})

describe('usage.unauthorized-unit (Art. 28) as the officer reads it', () => {
  const byCivilAffairs = usageRecord({ usingUnit: { name: '许昌市民政局', uscc: OTHER_USCC } })
  const flagged = async (data: ComplianceTables) =>
    findingsOf(await scan(data), 'usage.unauthorized-unit')

  it('names the unit, the day, the licence and the matter, with the unit and type as facts', async () => {
    const [finding] = await flagged(tables({ usageRecords: [byCivilAffairs] }))
    expect(finding?.title).toEqual(message('compliance.rule.usageUnauthorizedUnit'))
    expect(zh(finding?.title)).toBe('未授权单位用证')
    expect(finding?.explanation).toEqual(
      message('compliance.explanation.usageUnauthorizedUnit', {
        citation: cite('art28', 'art28'),
        unit: '许昌市民政局',
        uscc: OTHER_USCC,
        used: day('2026-05-06'),
        matter: '食品经营许可变更',
        why: message('compliance.unauthorized.none', { typeCode: TYPE_CODE })
      })
    )
    expect(zh(finding?.explanation)).toBe(
      `${ART_28}许昌市民政局（${OTHER_USCC}）于2026年5月6日使用证照办理“食品经营许可变更”，但该单位不在证照类型${TYPE_CODE}的授权用证单位之列。`
    )
    expect(zh(requiredCorrections([finding!])[0]?.text)).toBe(
      '停止未经授权的用证行为，核查1条超出授权范围的用证记录的办理依据；确需使用的，按程序申请用证授权。'
    )
    expect(finding?.evidence.recordIds).toEqual(['use-1', 'lic-1'])
    expect(finding?.evidence.facts).toEqual({
      unitUscc: OTHER_USCC,
      unitName: '许昌市民政局',
      typeCode: TYPE_CODE
    })
  })

  it('lists every period the unit holds, and reads an open end as 长期 and an open start as 截至', async () => {
    const periods = [
      authorization({ id: 'a-spring', validFrom: null, validUntil: '2026-03-31' }),
      authorization({ id: 'a-summer', validFrom: '2026-07-01', validUntil: '长期' })
    ]
    const [finding] = await flagged(
      tables({ usageAuthorizations: periods, usageRecords: [usageRecord()] })
    )
    expect(finding?.explanation?.params?.why).toEqual(
      message('compliance.unauthorized.outsidePeriod', {
        typeCode: TYPE_CODE,
        periods: list([
          message('compliance.authorization.upTo', { until: day('2026-03-31') }),
          message('compliance.authorization.fromOn', { from: day('2026-07-01') })
        ])
      })
    )
    expect(zh(finding?.explanation)).toContain(
      `但该单位对证照类型${TYPE_CODE}的用证授权期限为截至2026年3月31日、2026年7月1日至长期，用证之日不在其内。`
    )
  })

  it('judges a use whose time cannot be read only by whether the unit holds any authorisation', async () => {
    const unreadable = (overrides: Parameters<typeof usageRecord>[0]) =>
      usageRecord({ usedAt: '时间不详', ...overrides })
    const [finding] = await flagged(
      tables({
        usageRecords: [
          unreadable({ id: 'use-authorised' }),
          unreadable({ id: 'use-stranger', usingUnit: { name: '许昌市民政局', uscc: OTHER_USCC } })
        ]
      })
    )
    expect(finding?.subjectId).toBe('use-stranger')
    expect(zh(finding?.explanation)).toContain(
      '许昌市民政局（' + OTHER_USCC + '）于时间不详使用证照办理'
    )
  })
})
