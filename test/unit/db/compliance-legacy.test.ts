import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import type { StoredFinding } from '../../../src/renderer/src/db/schema'
import { runComplianceScan } from '../../../src/renderer/src/features/compliance/compliance-scan'
import type { RectificationNotice, WrittenCircular } from '../../../src/shared/domain/compliance'
import { instant, message } from '../../../src/shared/i18n'
import { zh } from '../domain/compliance/words'
import { openTestDb, testRepositories } from './support'

let db: WorkbenchDb | undefined
afterEach(() => db?.close())

/**
 * A working copy written by the version before findings carried messages: findings, notices and
 * circulars with Chinese text in their explanation, title, article, corrections and circular.
 * No upgrade step rewrites them; every read turns them into messages.
 */
const OLD_TEXT =
  '依据《办法》第十七条“证照签发单位应当按照《中华人民共和国电子签名法》和相关技术规范要求，对电子证照加盖电子印章。但法律、行政法规另有规定的除外”。证照lic-9（编号SP2026009）由许昌市市场监督管理局签发，未加盖电子印章。'

const oldFinding = {
  id: 'data.missing-seal:lic-9',
  ruleId: 'data.missing-seal',
  kind: 5,
  article: '第十七条',
  title: '电子证照未加盖电子印章',
  subjectType: 'licence',
  subjectId: 'lic-9',
  sourceTable: 'licences',
  sourceId: 'lic-9',
  departmentId: 'dept-issuer',
  outcome: 'violation',
  status: 'resolved',
  firstSeen: '2026-10-09',
  lastSeen: '2026-10-09',
  resolvedOn: '2026-10-12',
  explanation: OLD_TEXT,
  evidence: {
    recordIds: ['lic-9'],
    deadline: null,
    actual: null,
    workingDaysLate: null,
    facts: { typeCode: '11411000416000014X001', completedAt: '2026-09-30T16:00:00+08:00' },
    attachments: []
  }
} as unknown as StoredFinding

const oldNotice = {
  id: 'notice-old',
  departmentId: 'dept-issuer',
  status: 'draft',
  documentNumber: null,
  findingIds: [oldFinding.id],
  corrections: [
    {
      ruleId: 'data.missing-seal',
      kind: 5,
      article: '第十七条',
      findingCount: 1,
      text: '为1张未加盖电子印章的电子证照补加电子印章并重新推送，确保签章环节纳入制证流程。'
    }
  ],
  createdOn: '2026-10-10',
  issuedOn: null,
  rectificationWorkingDays: 10,
  deadline: null,
  report: null,
  verifiedOn: null,
  closedOn: null,
  overdueOn: null,
  circularId: null,
  referral: null,
  history: [{ status: 'draft', on: '2026-10-10', actor: '合规科 张三' }]
} as unknown as RectificationNotice

const oldCircular = {
  id: 'circular-old',
  noticeId: 'notice-old',
  noticeDocumentNumber: '许数管〔2026〕3号',
  departmentId: 'dept-issuer',
  noticeDeadline: '2026-10-13',
  status: 'drafted',
  documentNumber: null,
  draftedOn: '2026-10-16',
  issuedOn: null,
  text: '许昌市市场监督管理局：本局于2026年9月30日以许数管〔2026〕3号责令你单位限期改正……现予书面通报。'
} as unknown as WrittenCircular

describe('a working copy from before findings carried messages', () => {
  it('reads old findings, notices and circulars as they were written', async () => {
    db = await openTestDb('compliance-legacy')
    const repos = testRepositories(db)
    await db.findings.put(oldFinding)
    await db.notices.put(oldNotice)
    await db.circulars.put(oldCircular)

    const [finding] = await repos.compliance.findings()
    expect(finding?.explanation).toEqual(message('compliance.legacyText', { text: OLD_TEXT }))
    expect(zh(finding?.explanation)).toBe(OLD_TEXT)
    expect(finding?.title).toEqual(message('compliance.rule.dataMissingSeal'))
    expect(finding?.article).toEqual(message('compliance.article.art17'))
    expect(finding?.evidence.facts.completedAt).toEqual(instant('2026-09-30T16:00:00+08:00'))
    expect((await repos.compliance.findingsById([oldFinding.id]))[0]).toEqual(finding)

    const [notice] = await repos.notices.list()
    expect(zh(notice?.corrections[0]?.article)).toBe('第十七条')
    expect(zh(notice?.corrections[0]?.text)).toBe(
      '为1张未加盖电子印章的电子证照补加电子印章并重新推送，确保签章环节纳入制证流程。'
    )
    expect(await repos.notices.get('notice-old')).toEqual(notice)
    const [circular] = await repos.notices.circulars()
    expect(zh(circular?.text)).toBe(
      '许昌市市场监督管理局：本局于2026年9月30日以许数管〔2026〕3号责令你单位限期改正……现予书面通报。'
    )
  })

  it('keeps an old resolved finding through a scan, readable, and drafts from old open ones', async () => {
    db = await openTestDb('compliance-legacy-scan')
    const repos = testRepositories(db)
    await db.findings.put(oldFinding)
    await db.findings.put({ ...oldFinding, id: 'data.missing-seal:lic-8', status: 'open' })
    const outcome = await runComplianceScan(db, repos.audit, { mode: 'full', today: '2026-11-27' })
    expect(outcome.ok).toBe(true)
    const kept = await repos.compliance.findingsById([oldFinding.id])
    expect(zh(kept[0]?.explanation)).toBe(OLD_TEXT)
    // The open one was not found again (lic-8 is gone), so the scan resolved it, still readable.
    const [resolved] = await repos.compliance.findingsById(['data.missing-seal:lic-8'])
    expect(resolved).toMatchObject({ status: 'resolved', resolvedOn: '2026-11-27' })
    expect(zh(resolved?.explanation)).toBe(OLD_TEXT)
  })
})
