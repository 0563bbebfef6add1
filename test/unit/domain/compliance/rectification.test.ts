import { describe, expect, it } from 'vitest'
import { defaultWorkingDayCalendar as calendar } from '../../../../src/shared/domain/calendar'
import {
  circulateNotice,
  deliverCircular,
  issueCircular,
  returnForRectification,
  closeNotice,
  createInMemoryComplianceSource,
  createManualFinding,
  departmentScorecards,
  draftNotice,
  formatNoticeNumber,
  issueNotice,
  markOverdue,
  nextNoticeSequence,
  receiveReport,
  referNotice,
  resolveManualFinding,
  scanCompliance,
  verifyRectification,
  type Finding,
  type NoticeStatus,
  type RectificationNotice
} from '../../../../src/shared/domain/compliance'
import { day, list, message, type ErrorValue } from '../../../../src/shared/i18n'
import { catalogEntry, department, licence, scan, settings, tables } from './fixtures'
import { cite, en, zh } from './words'

/** A notice's state in words (`compliance.noticeStatus.<state>`). */
const state = (status: NoticeStatus) => message(`compliance.noticeStatus.${status}`)
const invalid = (code: string, params?: Parameters<typeof message>[1]) => ({
  ok: false,
  error: message(`compliance.rectification.${code}`, params)
})

const actor = '合规科 张三'
const evidence = { fileName: '整改报告.pdf', sha256: 'b'.repeat(64), note: '盖章扫描件' }

async function findings(): Promise<Finding[]> {
  const report = await scan(
    tables({
      catalog: [catalogEntry({ baseMap: null })],
      licences: [
        licence({ id: 'lic-1', sealPresent: false }),
        licence({ id: 'lic-2', sealPresent: false })
      ]
    })
  )
  return report.findings
}

async function draft(): Promise<RectificationNotice> {
  const result = draftNotice({
    id: 'n-1',
    departmentId: 'dept-issuer',
    findings: await findings(),
    createdOn: '2026-09-28',
    actor
  })
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.data
}

/** A notice walked to `status` along the allowed path, issued 2026-09-30 with 5 working days. */
async function noticeIn(status: NoticeStatus): Promise<RectificationNotice> {
  let notice = await draft()
  notice = { ...notice, rectificationWorkingDays: 5 }
  const steps: Record<NoticeStatus, (n: RectificationNotice) => RectificationNotice | null> = {
    draft: () => null,
    issued: (n) => unwrap(issueNotice(n, { issuedOn: '2026-09-30', sequence: 7, actor, calendar })),
    reportReceived: (n) =>
      unwrap(
        receiveReport(n, {
          receivedOn: '2026-10-09',
          text: '已补加电子印章',
          attachments: [evidence],
          actor
        })
      ),
    verified: (n) => unwrap(verifyRectification(n, { verifiedOn: '2026-10-12', actor })),
    closed: (n) => unwrap(closeNotice(n, { closedOn: '2026-10-13', actor })),
    overdue: (n) => unwrap(markOverdue(n, { today: '2026-10-15', actor, calendar })),
    circular: (n) =>
      unwrap(
        circulateNotice(n, {
          circularId: 'c-1',
          departmentName: '许昌市市场监督管理局',
          draftedOn: '2026-10-16',
          actor,
          issued: { issuedOn: '2026-10-16', documentNumber: '许数管〔2026〕9号' }
        })
      )?.notice ?? null,
    referred: (n) =>
      unwrap(
        referNotice(n, {
          referredOn: '2026-10-20',
          authority: '市纪委监委派驻纪检监察组',
          note: '',
          actor
        })
      )
  }
  const path: Record<NoticeStatus, NoticeStatus[]> = {
    draft: [],
    issued: ['issued'],
    reportReceived: ['issued', 'reportReceived'],
    verified: ['issued', 'reportReceived', 'verified'],
    closed: ['issued', 'reportReceived', 'verified', 'closed'],
    overdue: ['issued', 'overdue'],
    circular: ['issued', 'overdue', 'circular'],
    referred: ['issued', 'overdue', 'circular', 'referred']
  }
  for (const step of path[status]) notice = steps[step](notice) ?? notice
  return notice
}

function unwrap<T>(result: { ok: true; data: T } | { ok: false; error: ErrorValue }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.data
}

/** Every transition function, tried from a notice in any state. */
const attempts: Record<
  Exclude<NoticeStatus, 'draft'>,
  (n: RectificationNotice) => { ok: boolean; error?: { code: string } }
> = {
  issued: (n) =>
    n.status === 'reportReceived'
      ? returnForRectification(n, {
          returnedOn: '2026-10-30',
          reason: '数据仍未更正',
          actor,
          calendar
        })
      : issueNotice(n, { issuedOn: '2026-10-30', sequence: 8, actor, calendar }),
  reportReceived: (n) =>
    receiveReport(n, { receivedOn: '2026-10-30', text: '报告', attachments: [], actor }),
  verified: (n) => verifyRectification(n, { verifiedOn: '2026-10-30', actor }),
  closed: (n) => closeNotice(n, { closedOn: '2026-10-30', actor }),
  overdue: (n) => markOverdue(n, { today: '2026-10-30', actor, calendar }),
  circular: (n) =>
    circulateNotice(n, {
      circularId: 'c-2',
      departmentName: '某局',
      draftedOn: '2026-10-30',
      actor,
      issued: { issuedOn: '2026-10-30', documentNumber: '许数管〔2026〕10号' }
    }),
  referred: (n) =>
    referNotice(n, { referredOn: '2026-10-30', authority: '纪检监察组', note: '', actor })
}

describe('rectification notice workflow', () => {
  it('drafts one required correction per rule, worded for the findings and citing the article', async () => {
    const notice = await draft()
    expect(notice.corrections.map((c) => [c.ruleId, c.findingCount, c.article])).toEqual([
      ['catalog.incomplete', 1, message('compliance.article.art11')],
      ['data.missing-seal', 2, message('compliance.article.art17')]
    ])
    expect(notice.corrections.map((c) => c.text)).toEqual([
      message('compliance.correction.catalogIncomplete', { count: 1 }),
      message('compliance.correction.dataMissingSeal', { count: 2 })
    ])
    expect(notice.corrections.map((c) => `${zh(c.article)}：${zh(c.text)}`)).toEqual([
      '第十一条：补全1条证照目录缺失的登记事项（证照名称、证照类型、证照颁发机构名称、证照持有主体类型、证照底图），并实时更新。',
      '第十七条：为2张未加盖电子印章的电子证照补加电子印章并重新推送，确保签章环节纳入制证流程。'
    ])
    expect(en(notice.corrections[1]?.text)).toBe(
      'Affix electronic seals to 2 electronic licences that lack one and push them again, making sealing part of the issuing process.'
    )
  })

  it('refuses findings of another department in a notice', async () => {
    const foreign = (await findings()).map((f) => ({ ...f, departmentId: 'dept-other' }))
    const result = draftNotice({
      id: 'n-2',
      departmentId: 'dept-issuer',
      findings: foreign,
      createdOn: '2026-09-28',
      actor
    })
    expect(result.ok ? null : result.error).toEqual(
      message('compliance.rectification.foreignFindings', { count: 3 })
    )
  })

  it('issues with a 发文字号 and a deadline in working days across 国庆, with an audit input', async () => {
    const notice = await draft()
    const result = issueNotice(
      { ...notice, rectificationWorkingDays: 5 },
      { issuedOn: '2026-09-30', sequence: 7, actor, calendar }
    )
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    expect(result.data.documentNumber).toBe('许数管〔2026〕7号')
    // 10-08, 10-09, 10-10 (调休上班), 10-12, 10-13.
    expect(result.data.deadline).toEqual({
      lastDay: '2026-10-13',
      expiresAt: '2026-10-13T16:00:00.000Z'
    })
    expect(result.audit).toEqual({
      actor,
      action: 'rectification.issue',
      target: 'notice:n-1',
      details: { status: 'issued', documentNumber: '许数管〔2026〕7号', deadline: '2026-10-13' }
    })
  })

  it('becomes overdue only after the last working day, counting the days overdue', async () => {
    const issued = await noticeIn('issued')
    const early = markOverdue(issued, { today: '2026-10-13', actor, calendar })
    expect(early.ok ? null : early.error.code).toBe('compliance.rectification.notYetOverdue')
    const late = markOverdue(issued, { today: '2026-10-15', actor, calendar })
    if (!late.ok) throw new Error(JSON.stringify(late.error))
    expect(late.data.overdueOn).toBe('2026-10-15')
    expect(late.audit.details).toMatchObject({ deadline: '2026-10-13', workingDaysOverdue: 2 })
  })

  it('marks a report after the last day as late when it comes before the notice was marked overdue', async () => {
    const issued = await noticeIn('issued')
    const onTime = receiveReport(issued, {
      receivedOn: '2026-10-13',
      text: '已整改',
      attachments: [evidence],
      actor
    })
    expect(onTime.ok && onTime.data.report?.late).toBe(false)
    const result = receiveReport(issued, {
      receivedOn: '2026-10-14',
      text: '已整改',
      attachments: [evidence],
      actor
    })
    expect(result.ok && result.data.report?.late).toBe(true)
  })

  it('drafts a 书面通报 that references the notice and its lapsed deadline', async () => {
    const overdue = await noticeIn('overdue')
    const result = circulateNotice(overdue, {
      circularId: 'c-1',
      departmentName: '许昌市市场监督管理局',
      draftedOn: '2026-10-16',
      actor
    })
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    expect(result.data.circular).toMatchObject({
      noticeId: 'n-1',
      noticeDocumentNumber: '许数管〔2026〕7号',
      noticeDeadline: '2026-10-13',
      status: 'drafted'
    })
    expect(result.data.circular.text).toEqual(
      message('compliance.circular.text', {
        department: '许昌市市场监督管理局',
        issuedOn: day('2026-09-30'),
        number: '许数管〔2026〕7号',
        lastDay: day('2026-10-13')
      })
    )
    expect(zh(result.data.circular.text)).toContain('整改期限至2026年10月13日')
    // A draft does not escalate: the notice reads 已书面通报 once the circular is issued.
    expect(result.data.notice).toMatchObject({ status: 'overdue', circularId: 'c-1' })
    expect(result.data.notice.history).toEqual(overdue.history)
  })

  /**
   * The workflow, written out by hand: Art. 31 orders 责令限期改正 (issued), and only when the
   * period lapses without correction 书面通报 (circular) and then 依法依纪处理 (referred); a notice
   * is 办结 (closed) only after the department's 整改报告 arrived and the Bureau verified it
   * (DOMAIN.md §3, 整改通知书). Every other move is refused.
   */
  const allowedMoves = [
    'draft → issued',
    'issued → reportReceived',
    'issued → overdue',
    'reportReceived → verified',
    'reportReceived → issued',
    'verified → closed',
    'overdue → circular',
    'circular → referred'
  ]
  const statuses: NoticeStatus[] = [
    'draft',
    'issued',
    'reportReceived',
    'verified',
    'closed',
    'overdue',
    'circular',
    'referred'
  ]
  for (const from of statuses) {
    for (const to of statuses.filter((s): s is Exclude<NoticeStatus, 'draft'> => s !== 'draft')) {
      const allowed = allowedMoves.includes(`${from} → ${to}`)
      it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to}`, async () => {
        const notice = await noticeIn(from)
        const result = attempts[to](notice)
        if (allowed) expect(result.ok, JSON.stringify(result.error)).toBe(true)
        else
          expect(result.error).toEqual(
            message('compliance.rectification.transitionNotAllowed', {
              from: state(from),
              to: state(to)
            })
          )
      })
    }
  }

  it('refuses 已下发 → 办结: a notice closes only after its report was received and verified', async () => {
    const issued = await noticeIn('issued')
    const result = closeNotice(issued, { closedOn: '2026-10-09', actor })
    expect(result).toEqual({
      ok: false,
      error: message('compliance.rectification.transitionNotAllowed', {
        from: state('issued'),
        to: state('closed')
      })
    })
    if (!result.ok) {
      expect(zh(result.error)).toBe('整改通知处于“已下发，整改中”状态，不能转为“已办结”')
      expect(en(result.error)).toBe(
        'The notice is “Issued, being rectified” and cannot become “Closed”'
      )
    }
  })

  it('refuses a step dated before the previous one', async () => {
    const issued = await noticeIn('issued')
    const result = receiveReport(issued, {
      receivedOn: '2026-09-29',
      text: '报告',
      attachments: [],
      actor
    })
    expect(result.ok ? null : result.error.code).toBe(
      'compliance.rectification.dateBeforePreviousStep'
    )
  })
})

describe('rectification inputs and the records each step leaves', () => {
  const draftWith = async (overrides: Partial<Parameters<typeof draftNotice>[0]> = {}) =>
    draftNotice({
      id: 'n-1',
      departmentId: 'dept-issuer',
      findings: await findings(),
      createdOn: '2026-09-28',
      actor,
      ...overrides
    })
  it('drafts with the default period of 10 working days, its first history step and an audit entry', async () => {
    const result = await draftWith()
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    expect(result.data.rectificationWorkingDays).toBe(10)
    expect(result.data.history).toEqual([{ status: 'draft', on: '2026-09-28', actor }])
    expect(result.audit).toEqual({
      actor,
      action: 'rectification.draft',
      target: 'notice:n-1',
      details: { status: 'draft', findings: 3 }
    })
  })

  it('takes a period of 1 to 90 working days, a real date and a named official', async () => {
    const wrong = invalid('invalidDraft')
    expect(zh(wrong.error)).toBe('整改期限、制发日期或经办人有误')
    for (const days of [1, 90]) {
      const result = await draftWith({ settings: { rectificationWorkingDays: days } })
      expect(result.ok && result.data.rectificationWorkingDays).toBe(days)
    }
    for (const days of [0, 91, 2.5]) {
      expect(await draftWith({ settings: { rectificationWorkingDays: days } })).toEqual(wrong)
    }
    expect(await draftWith({ createdOn: '2026-09-31' })).toEqual(wrong)
    expect(await draftWith({ actor: '  ' })).toEqual(wrong)
  })

  it('needs at least one open finding of the department, counting the others', async () => {
    expect(await draftWith({ findings: [] })).toEqual(invalid('noFindings'))
    const [first, second, third] = await findings()
    if (!first || !second || !third) throw new Error('fixture')
    const foreign = [
      first,
      { ...second, departmentId: 'dept-other' },
      { ...third, departmentId: 'dept-x' }
    ]
    const refused = await draftWith({ findings: foreign })
    expect(refused).toEqual(invalid('foreignFindings', { count: 2 }))
    // Findings are counted, never named by their internal ids.
    if (!refused.ok) expect(zh(refused.error)).toBe('有2项问题不属于该部门')
    const resolved = [{ ...first, status: 'resolved' as const }, second]
    expect(await draftWith({ findings: resolved })).toEqual(invalid('closedFindings', { count: 1 }))
    const bothResolved = [
      first,
      ...[second, third].map((f) => ({ ...f, status: 'resolved' as const }))
    ]
    const closed = await draftWith({ findings: bothResolved })
    expect(closed).toEqual(invalid('closedFindings', { count: 2 }))
    if (!closed.ok) expect(zh(closed.error)).toBe('有2项问题已整改，不能再列入通知')
  })

  it('refuses a step without a real date or an official, or dated before the step before', async () => {
    const issued = await noticeIn('issued')
    const wrong = invalid('invalidStep')
    expect(zh(wrong.error)).toBe('日期应为 YYYY-MM-DD，经办人不能为空')
    expect(
      verifyRectification(await noticeIn('reportReceived'), { verifiedOn: '2026-10-32', actor })
    ).toEqual(wrong)
    expect(markOverdue(issued, { today: '2026-10-15', actor: ' ', calendar })).toEqual(wrong)
    expect(
      receiveReport(issued, { receivedOn: '2026-09-29', text: '报告', attachments: [], actor })
    ).toEqual(
      invalid('dateBeforePreviousStep', {
        on: day('2026-09-29'),
        status: state('issued'),
        previousOn: day('2026-09-30')
      })
    )
    expect(
      zh(
        message('compliance.rectification.dateBeforePreviousStep', {
          on: day('2026-09-29'),
          status: state('issued'),
          previousOn: day('2026-09-30')
        })
      )
    ).toBe('2026年9月29日早于上一步（已下发，整改中，2026年9月30日）')
    // Compared with the latest step, not an earlier one: the report came on 10-09.
    const verifiedTooEarly = verifyRectification(await noticeIn('reportReceived'), {
      verifiedOn: '2026-10-05',
      actor
    })
    expect(verifiedTooEarly.ok ? null : verifiedTooEarly.error).toEqual(
      message('compliance.rectification.dateBeforePreviousStep', {
        on: day('2026-10-05'),
        status: state('reportReceived'),
        previousOn: day('2026-10-09')
      })
    )
    // The same day as the step before is fine.
    const sameDay = receiveReport(issued, {
      receivedOn: '2026-09-30',
      text: '报告',
      attachments: [],
      actor
    })
    expect(sameDay.ok).toBe(true)
  })

  it('keeps a report’s text trimmed, refuses an empty one or an attachment without its hash', async () => {
    const issued = await noticeIn('issued')
    const receive = (text: string, attachments = [evidence]) =>
      receiveReport(issued, { receivedOn: '2026-10-09', text, attachments, actor })
    const wrong = invalid('invalidReport')
    expect(receive(' \n ')).toEqual(wrong)
    expect(receive('已整改', [{ ...evidence, sha256: 'abc' }])).toEqual(wrong)
    const received = receive(' 已补加电子印章 ')
    if (!received.ok) throw new Error(JSON.stringify(received.error))
    expect(received.data.report).toEqual({
      receivedOn: '2026-10-09',
      text: '已补加电子印章',
      attachments: [evidence],
      late: false
    })
    expect(received.audit).toEqual({
      actor,
      action: 'rectification.receiveReport',
      target: 'notice:n-1',
      details: { status: 'reportReceived', late: false, attachments: 1 }
    })
  })

  it('records the day of verification and of closing, with their audit entries', async () => {
    const verified = verifyRectification(await noticeIn('reportReceived'), {
      verifiedOn: '2026-10-12',
      actor
    })
    if (!verified.ok) throw new Error(JSON.stringify(verified.error))
    expect(verified.data).toMatchObject({ status: 'verified', verifiedOn: '2026-10-12' })
    expect(verified.audit).toEqual({
      actor,
      action: 'rectification.verify',
      target: 'notice:n-1',
      details: { status: 'verified' }
    })
    const closed = closeNotice(verified.data, { closedOn: '2026-10-13', actor })
    if (!closed.ok) throw new Error(JSON.stringify(closed.error))
    expect(closed.data).toMatchObject({ status: 'closed', closedOn: '2026-10-13' })
    expect(closed.data.history.map((step) => [step.status, step.on])).toEqual([
      ['draft', '2026-09-28'],
      ['issued', '2026-09-30'],
      ['reportReceived', '2026-10-09'],
      ['verified', '2026-10-12'],
      ['closed', '2026-10-13']
    ])
    expect(closed.audit).toEqual({
      actor,
      action: 'rectification.close',
      target: 'notice:n-1',
      details: { status: 'closed' }
    })
  })

  it('says until when a notice runs when it is not yet overdue, and records the lateness', async () => {
    const issued = await noticeIn('issued')
    const early = markOverdue(issued, { today: '2026-10-13', actor, calendar })
    expect(early).toEqual(
      invalid('notYetOverdue', { lastDay: day('2026-10-13'), today: day('2026-10-13') })
    )
    if (!early.ok) expect(zh(early.error)).toBe('整改期限至2026年10月13日，2026年10月13日尚未逾期')
    const noDeadline = { ...issued, deadline: null }
    const unset = markOverdue(noDeadline, { today: '2026-10-15', actor, calendar })
    expect(unset).toEqual(
      invalid('notYetOverdue', {
        lastDay: message('compliance.rectification.deadlineUnset'),
        today: day('2026-10-15')
      })
    )
    if (!unset.ok) expect(zh(unset.error)).toBe('整改期限至（未设定），2026年10月15日尚未逾期')
    const overdue = markOverdue(issued, { today: '2026-10-15', actor, calendar })
    expect(overdue.ok && overdue.audit).toEqual({
      actor,
      action: 'rectification.markOverdue',
      target: 'notice:n-1',
      details: { status: 'overdue', deadline: '2026-10-13', workingDaysOverdue: 2 }
    })
  })

  it('cannot issue when the period runs into a year without a holiday table', async () => {
    const result = issueNotice(await draft(), {
      issuedOn: '2026-12-28',
      sequence: 9,
      actor,
      calendar
    })
    // The calendar's own error, carried as a nested message rather than as its text.
    expect(result.ok ? null : result.error).toEqual(
      message('compliance.rectification.calendar', {
        reason: message('calendar.yearNotCovered', { year: 2027 })
      })
    )
    if (!result.ok)
      expect(zh(result.error)).toMatch(/^无法计算整改期限：2027年的节假日安排尚未录入/)
    const badPattern = issueNotice(await draft(), {
      issuedOn: '2026-09-30',
      sequence: 9,
      actor,
      calendar,
      numberPattern: '许数管[{year}]{seq}号'
    })
    expect(badPattern.ok ? null : badPattern.error).toEqual(
      message('compliance.noticeNumber.brackets')
    )
  })

  it('records an issued 书面通报 with its own 发文字号, and refuses one for a notice never issued', async () => {
    const overdue = await noticeIn('overdue')
    const result = circulateNotice(overdue, {
      circularId: 'c-1',
      departmentName: '许昌市市场监督管理局',
      draftedOn: '2026-10-16',
      actor,
      issued: { issuedOn: '2026-10-19', documentNumber: '许数管〔2026〕12号' }
    })
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    expect(result.data.circular).toMatchObject({
      status: 'issued',
      documentNumber: '许数管〔2026〕12号',
      draftedOn: '2026-10-16',
      issuedOn: '2026-10-19'
    })
    expect(result.data.notice.history.at(-1)).toEqual({
      status: 'circular',
      on: '2026-10-19',
      actor
    })
    expect(result.audit).toEqual({
      actor,
      action: 'rectification.issueCircular',
      target: 'notice:n-1',
      details: { status: 'circular', circularId: 'c-1', circularStatus: 'issued' }
    })
    expect(zh(result.data.circular.text)).toBe(
      '许昌市市场监督管理局：本局于2026年9月30日以许数管〔2026〕7号责令你单位限期改正电子证照管理中存在的问题，整改期限至2026年10月13日。你单位逾期未报送整改报告，依据《许昌市电子证照管理暂行办法》第三十一条，现予书面通报。'
    )
    expect(en(result.data.circular.text)).toBe(
      '许昌市市场监督管理局: On 2026-09-30, by notice 许数管〔2026〕7号, the Bureau ordered your unit to rectify problems in its management of electronic licences by 2026-10-13. Your unit did not submit a rectification report in time; under Article 31 of the Interim Measures of Xuchang for the Administration of Electronic Licences, this written circular is hereby issued.'
    )
    const neverIssued = { ...overdue, documentNumber: null }
    expect(
      circulateNotice(neverIssued, {
        circularId: 'c-2',
        departmentName: '某局',
        draftedOn: '2026-10-16',
        actor
      })
    ).toEqual(invalid('notIssued'))
  })

  it('refers to a named authority, trimmed, and refuses a blank one', async () => {
    const circulated = await noticeIn('circular')
    const refer = (authority: string) =>
      referNotice(circulated, { referredOn: '2026-10-20', authority, note: '附卷宗', actor })
    expect(refer('  ')).toEqual(invalid('authorityMissing'))
    const referred = refer(' 市纪委监委派驻纪检监察组 ')
    if (!referred.ok) throw new Error(JSON.stringify(referred.error))
    expect(referred.data.referral).toEqual({
      referredOn: '2026-10-20',
      authority: '市纪委监委派驻纪检监察组',
      note: '附卷宗'
    })
    expect(referred.audit).toEqual({
      actor,
      action: 'rectification.refer',
      target: 'notice:n-1',
      details: { status: 'referred', authority: '市纪委监委派驻纪检监察组' }
    })
  })
})

describe('发文字号', () => {
  it('formats with 六角括号 and no leading zeros, and continues the year’s sequence', () => {
    expect(formatNoticeNumber('许数管〔{year}〕{seq}号', 2026, 7)).toEqual({
      ok: true,
      data: '许数管〔2026〕7号'
    })
    expect(
      nextNoticeSequence('许数管〔{year}〕{seq}号', 2026, [
        '许数管〔2026〕9号',
        '许数管〔2025〕30号',
        null,
        '其他〔2026〕50号'
      ])
    ).toBe(10)
  })

  it('rejects patterns without 六角括号 or placeholders, and sequences below 1', () => {
    expect(formatNoticeNumber('许数管[{year}]{seq}号', 2026, 7)).toEqual({
      ok: false,
      error: message('compliance.noticeNumber.brackets')
    })
    const placeholders = formatNoticeNumber('许数管〔{year}〕号', 2026, 7)
    expect(placeholders).toEqual({
      ok: false,
      error: message('compliance.noticeNumber.placeholders', { year: '{year}', seq: '{seq}' })
    })
    if (!placeholders.ok) expect(zh(placeholders.error)).toBe('发文字号格式须各含一次{year}与{seq}')
    expect(formatNoticeNumber('许数管〔{year}〕{seq}号', 2026, 0)).toEqual({
      ok: false,
      error: message('compliance.noticeNumber.sequence', { value: 0 })
    })
    expect(formatNoticeNumber('许数管〔{year}〕{seq}号', 26, 1)).toEqual({
      ok: false,
      error: message('compliance.noticeNumber.year', { value: 26 })
    })
  })
})

describe('rectification.ignored (31七) and the scorecard', () => {
  it('finds an issued notice past its deadline without a report, until one arrives', async () => {
    const issued = await noticeIn('issued')
    const report = await scan(tables({ notices: [issued] }), { today: '2026-10-14' })
    const [finding] = report.findings.filter((f) => f.ruleId === 'rectification.ignored')
    expect(finding).toMatchObject({
      kind: 7,
      departmentId: 'dept-issuer',
      evidence: { deadline: '2026-10-13', workingDaysLate: 1 }
    })
    expect(zh(finding?.explanation)).toContain(
      '本局以许数管〔2026〕7号责令许昌市市场监督管理局限期改正'
    )
    const answered = await noticeIn('reportReceived')
    expect((await scan(tables({ notices: [answered] }), { today: '2026-10-14' })).findings).toEqual(
      []
    )
    expect((await scan(tables({ notices: [issued] }), { today: '2026-10-13' })).findings).toEqual(
      []
    )
  })

  it('ranks departments by overdue notices, then on-time pushes and catalog completeness', async () => {
    const all = await findings()
    const scores = departmentScorecards({
      departments: [department(), department({ id: 'dept-other', name: '许昌市民政局' })],
      catalog: [catalogEntry(), catalogEntry({ id: 'cat-2', issuerDepartmentId: 'dept-other' })],
      findings: all,
      notices: [await noticeIn('overdue')],
      totals: {
        'dept-issuer': { licences: 2, withPushDeadline: 2 },
        'dept-other': { licences: 1, withPushDeadline: 1 }
      },
      today: '2026-11-27'
    })
    expect(
      scores.map((s) => [
        s.departmentId,
        s.rank,
        s.overdueNotices,
        s.openFindings,
        s.catalogCompleteness
      ])
    ).toEqual([
      ['dept-other', 1, 0, 0, 1],
      ['dept-issuer', 2, 1, 3, 0]
    ])
  })
})

describe('manual findings (31六, 31八)', () => {
  it('records a finding with its evidence, under a stable id', () => {
    const result = createManualFinding({
      ruleId: 'manual.abuse-of-power',
      caseId: '督查〔2026〕3号',
      departmentId: 'dept-issuer',
      description: '经办人员擅自修改电子证照有效期，未经审核即推送',
      recordedOn: '2026-11-20',
      recordedBy: actor,
      attachments: [evidence]
    })
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    expect(result.data).toMatchObject({
      id: 'manual.abuse-of-power:督查〔2026〕3号',
      kind: 6,
      sourceTable: 'manual'
    })
    expect(result.data.evidence.attachments).toEqual([evidence])
    expect(result.data.title).toEqual(message('compliance.rule.manualAbuseOfPower'))
    expect(result.data.article).toEqual(message('compliance.article.art31'))
    expect(result.data.explanation).toEqual(
      message('compliance.explanation.manual', {
        citation: cite('art31', 'art31'),
        item: message('compliance.kind.k6.item'),
        kindText: message('compliance.kind.k6.text'),
        recordedBy: actor,
        caseId: '督查〔2026〕3号',
        description: '经办人员擅自修改电子证照有效期，未经审核即推送'
      })
    )
    expect(zh(result.data.explanation)).toContain(
      '第三十一条第（六）项“电子证照建设和管理工作有滥用职权、玩忽职守、徇私舞弊等违法行为的”'
    )
    expect(zh(result.data.explanation)).toMatch(
      /。经合规科 张三登记（督查〔2026〕3号）：经办人员擅自修改电子证照有效期，未经审核即推送$/
    )
    const resolved = resolveManualFinding(result.data, '2026-11-25')
    expect(resolved.ok && resolved.data).toMatchObject({
      status: 'resolved',
      resolvedOn: '2026-11-25'
    })
    expect(resolved.ok && resolveManualFinding(resolved.data, '2026-11-26')).toEqual({
      ok: false,
      error: message('compliance.manual.notOpen')
    })
  })

  it('keeps manual findings through scans, which never resolve them', async () => {
    const manual = createManualFinding({
      ruleId: 'manual.other',
      caseId: 'X-2',
      departmentId: 'dept-issuer',
      description: '未指定专门机构和人员负责电子证照管理（第二十九条）',
      recordedOn: '2026-11-20',
      recordedBy: actor,
      attachments: [evidence]
    })
    if (!manual.ok) throw new Error(JSON.stringify(manual.error))
    const result = await scanCompliance(createInMemoryComplianceSource(tables()), settings(), {
      previous: [manual.data]
    })
    expect(result.ok && result.data.findings).toEqual([manual.data])
  })

  it('refuses a manual finding without evidence', () => {
    const result = createManualFinding({
      ruleId: 'manual.other',
      caseId: 'X-1',
      departmentId: 'dept-issuer',
      description: '未按规定建立电子证照管理制度',
      recordedOn: '2026-11-20',
      recordedBy: actor,
      attachments: []
    })
    expect(result.ok ? null : result.error).toEqual(
      message('compliance.manual.invalid', {
        issues: list([message('compliance.manual.evidenceRequired')])
      })
    )
    if (!result.ok)
      expect(zh(result.error)).toBe('登记信息不完整：人工登记的问题须附至少一份证据材料')
  })

  it('asks for a description of at least 10 characters, and names any other missing field', () => {
    const result = createManualFinding({
      ruleId: 'manual.other',
      caseId: ' ',
      departmentId: 'dept-issuer',
      description: '未建制度',
      recordedOn: '2026-11-20',
      recordedBy: actor,
      attachments: [evidence]
    })
    expect(result.ok ? null : result.error).toEqual(
      message('compliance.manual.invalid', {
        issues: list([
          message('compliance.manual.fieldMissing', {
            field: message('compliance.manual.field.caseId')
          }),
          message('compliance.manual.descriptionTooShort')
        ])
      })
    )
    if (!result.ok)
      expect(zh(result.error)).toBe(
        '登记信息不完整：请填写督查记录编号、请具体描述发现的问题（至少10个字）'
      )
  })

  it('words the 整改要求 of manual findings with their title and count', async () => {
    const manual = createManualFinding({
      ruleId: 'manual.other',
      caseId: 'X-3',
      departmentId: 'dept-issuer',
      description: '未指定专门机构和人员负责电子证照管理（第二十九条）',
      recordedOn: '2026-11-20',
      recordedBy: actor,
      attachments: [evidence]
    })
    if (!manual.ok) throw new Error(JSON.stringify(manual.error))
    const notice = draftNotice({
      id: 'n-9',
      departmentId: 'dept-issuer',
      findings: [manual.data],
      createdOn: '2026-11-21',
      actor
    })
    if (!notice.ok) throw new Error(JSON.stringify(notice.error))
    expect(notice.data.corrections.map((c) => c.text)).toEqual([
      message('compliance.correction.manual', {
        count: 1,
        title: message('compliance.rule.manualOther')
      })
    ])
    expect(zh(notice.data.corrections[0]?.text)).toBe(
      '就督查发现的1项“其他违反电子证照相关规定的行为”问题书面说明情况，追究相关人员责任并整改到位。'
    )
  })
})

describe('书面通报: its own states, and the notice following them', () => {
  const drafted = async () => {
    const overdue = await noticeIn('overdue')
    return unwrap(
      circulateNotice(overdue, {
        circularId: 'c-1',
        departmentName: '许昌市市场监督管理局',
        draftedOn: '2026-10-16',
        actor
      })
    )
  }

  it('escalates the notice only when the circular is issued, with a number of its own', async () => {
    const { notice, circular } = await drafted()
    // Not yet 已书面通报: no referral on a draft.
    expect(
      referNotice(notice, { referredOn: '2026-10-19', authority: '纪检监察组', note: '', actor })
    ).toEqual(invalid('transitionNotAllowed', { from: state('overdue'), to: state('referred') }))
    const issued = issueCircular(notice, circular, { issuedOn: '2026-10-19', sequence: 12, actor })
    if (!issued.ok) throw new Error(JSON.stringify(issued.error))
    expect(issued.data.circular).toMatchObject({
      status: 'issued',
      documentNumber: '许数管〔2026〕12号',
      issuedOn: '2026-10-19',
      draftedOn: '2026-10-16'
    })
    expect(issued.data.notice.status).toBe('circular')
    expect(issued.data.notice.history.at(-1)).toEqual({
      status: 'circular',
      on: '2026-10-19',
      actor
    })
    expect(issued.audit).toEqual({
      actor,
      action: 'rectification.issueCircular',
      target: 'notice:n-1',
      details: { status: 'circular', circularId: 'c-1', circularStatus: 'issued' }
    })
    const again = issueCircular(issued.data.notice, issued.data.circular, {
      issuedOn: '2026-10-20',
      sequence: 13,
      actor
    })
    expect(again).toEqual(invalid('circularIssued'))
    expect(
      referNotice(issued.data.notice, {
        referredOn: '2026-10-20',
        authority: '纪检监察组',
        note: '',
        actor
      }).ok
    ).toBe(true)
  })

  it('refuses a second circular, one issued before it was drafted, and another notice’s', async () => {
    const { notice, circular } = await drafted()
    expect(
      circulateNotice(notice, {
        circularId: 'c-2',
        departmentName: '某局',
        draftedOn: '2026-10-17',
        actor
      })
    ).toEqual(invalid('circularExists'))
    expect(
      issueCircular(notice, circular, { issuedOn: '2026-10-15', sequence: 12, actor })
    ).toEqual(
      invalid('circularBeforeDraft', { on: day('2026-10-15'), draftedOn: day('2026-10-16') })
    )
    expect(
      issueCircular({ ...notice, id: 'n-9' }, circular, {
        issuedOn: '2026-10-19',
        sequence: 12,
        actor
      })
    ).toEqual(invalid('circularOfOtherNotice'))
    expect(
      issueCircular({ ...notice, circularId: 'c-other' }, circular, {
        issuedOn: '2026-10-19',
        sequence: 12,
        actor
      })
    ).toEqual(invalid('circularOfOtherNotice'))
    expect(
      issueCircular(notice, circular, {
        issuedOn: '2026-10-19',
        documentNumber: '许数管〔2026〕30号',
        actor
      }).ok
    ).toBe(true)
  })

  it('records the delivery of an issued circular, never before its issue', async () => {
    const { notice, circular } = await drafted()
    expect(deliverCircular(circular, { deliveredOn: '2026-10-20', actor })).toEqual(
      invalid('circularNotIssued')
    )
    const issued = unwrap(
      issueCircular(notice, circular, { issuedOn: '2026-10-19', sequence: 12, actor })
    ).circular
    expect(deliverCircular(issued, { deliveredOn: '2026-10-18', actor })).toEqual(
      invalid('deliveredBeforeIssue', { on: day('2026-10-18'), issuedOn: day('2026-10-19') })
    )
    expect(deliverCircular(issued, { deliveredOn: '2026-10-20', actor: ' ' })).toEqual(
      invalid('invalidStep')
    )
    const delivered = deliverCircular(issued, { deliveredOn: '2026-10-19', actor })
    if (!delivered.ok) throw new Error(JSON.stringify(delivered.error))
    expect(delivered.data).toMatchObject({ status: 'delivered', deliveredOn: '2026-10-19' })
    expect(delivered.audit).toEqual({
      actor,
      action: 'rectification.deliverCircular',
      target: 'notice:n-1',
      details: { circularId: 'c-1', documentNumber: '许数管〔2026〕12号' }
    })
    expect(deliverCircular(delivered.data, { deliveredOn: '2026-10-21', actor })).toEqual(
      invalid('circularNotIssued')
    )
  })
})

describe('核验不通过 → 退回整改', () => {
  it('sends the notice back with a new period counted from the day of return', async () => {
    const received = await noticeIn('reportReceived')
    const result = returnForRectification(received, {
      returnedOn: '2026-10-12',
      reason: ' 仍有2张证照未加盖电子印章 ',
      actor,
      calendar
    })
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    // Five working days after Monday 2026-10-12, the day itself not counted: 13, 14, 15, 16, 19.
    expect(result.data.deadline).toEqual({
      lastDay: '2026-10-19',
      expiresAt: '2026-10-19T16:00:00.000Z'
    })
    expect(result.data.status).toBe('issued')
    expect(result.data.report).toBeNull()
    expect(result.data.returns).toEqual([
      { on: '2026-10-12', reason: '仍有2张证照未加盖电子印章', report: received.report }
    ])
    expect(result.data.documentNumber).toBe(received.documentNumber)
    expect(result.audit).toEqual({
      actor,
      action: 'rectification.return',
      target: 'notice:n-1',
      details: { status: 'issued', reason: '仍有2张证照未加盖电子印章', deadline: '2026-10-19' }
    })
    // The department reports again, and the notice can go on to 核验 and 办结.
    const again = unwrap(
      receiveReport(result.data, {
        receivedOn: '2026-10-16',
        text: '已全部补加',
        attachments: [],
        actor
      })
    )
    expect(again.report?.late).toBe(false)
    expect(verifyRectification(again, { verifiedOn: '2026-10-19', actor }).ok).toBe(true)
  })

  it('wants a reason, a received report, and a day not before the report', async () => {
    const received = await noticeIn('reportReceived')
    // A record that says 已收到报告 without one has nothing to return.
    expect(
      returnForRectification(
        { ...received, report: null },
        { returnedOn: '2026-10-12', reason: '未整改', actor, calendar }
      )
    ).toEqual(invalid('nothingToReturn'))
    // Past the years the calendar knows, no deadline can be counted.
    const far = returnForRectification(received, {
      returnedOn: '2099-03-02',
      reason: '未整改',
      actor,
      calendar
    })
    expect(far.ok ? null : far.error.code).toBe('compliance.rectification.calendar')
    const back = (returnedOn: string, reason: string, notice = received) =>
      returnForRectification(notice, { returnedOn, reason, actor, calendar })
    expect(back('2026-10-12', '  ')).toEqual(invalid('returnReasonMissing'))
    expect(back('2026-10-12', '未整改', await noticeIn('issued'))).toEqual(
      invalid('nothingToReturn')
    )
    expect(back('2026-10-08', '未整改')).toMatchObject({
      ok: false,
      error: { code: 'compliance.rectification.dateBeforePreviousStep' }
    })
    expect(issueNotice(received, { issuedOn: '2026-10-12', sequence: 9, actor, calendar })).toEqual(
      invalid('transitionNotAllowed', { from: state('reportReceived'), to: state('issued') })
    )
  })
})

describe('one open notice per finding', () => {
  it('refuses findings already in an open notice, naming it, and takes them once it is closed', async () => {
    const open = { ...(await noticeIn('issued')), id: 'n-open' }
    const redraft = async (notices: RectificationNotice[]) =>
      draftNotice({
        id: 'n-2',
        departmentId: 'dept-issuer',
        findings: await findings(),
        createdOn: '2026-10-01',
        actor,
        notices
      })
    const count = open.findingIds.length
    expect(await redraft([open])).toEqual(
      invalid('findingsInOpenNotice', { count, notice: '许数管〔2026〕7号' })
    )
    expect(await redraft([{ ...open, status: 'draft', documentNumber: null }])).toEqual(
      invalid('findingsInOpenNotice', {
        count,
        notice: message('compliance.rectification.draftNotice')
      })
    )
    expect((await redraft([{ ...open, status: 'closed' }])).ok).toBe(true)
    expect((await redraft([{ ...open, status: 'referred' }])).ok).toBe(true)
    expect((await redraft([{ ...open, findingIds: ['other'] }])).ok).toBe(true)
  })
})
