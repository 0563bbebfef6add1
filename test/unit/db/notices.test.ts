import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { Finding } from '../../../src/shared/domain/compliance'
import { day, message } from '../../../src/shared/i18n'
import { toStoredFinding } from '../../../src/renderer/src/db/compliance-changes'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import { catalogEntry, department, licence, scan, tables } from '../domain/compliance/fixtures'
import { zh } from '../domain/compliance/words'
import { openTestDb, testRepositories } from './support'
import { auditProblems } from './audit-main'

let db: WorkbenchDb | undefined
afterEach(() => db?.close())

const attachment = { fileName: '整改报告.pdf', sha256: 'c'.repeat(64), note: '' }

/** A department with two open 未加盖电子印章 findings, stored as a scan would store them. */
async function seeded() {
  db = await openTestDb('notices')
  const repos = testRepositories(db, '合规科 张三')
  const report = await scan(
    tables({
      catalog: [catalogEntry()],
      licences: [
        licence({ id: 'lic-1', sealPresent: false }),
        licence({ id: 'lic-2', sealPresent: false })
      ]
    })
  )
  const findings: Finding[] = report.findings.filter((f) => f.ruleId === 'data.missing-seal')
  await db.departments.put(department())
  await db.findings.bulkPut(findings.map(toStoredFinding))
  return { db, repos, findings, departmentId: findings[0]!.departmentId! }
}

async function actions(repos: ReturnType<typeof testRepositories>, n: number) {
  return (await repos.audit.list({ limit: n })).map((entry) => entry.action).reverse()
}

describe('notice repository', () => {
  it('walks draft → issue → report → verify → close, each step audited', async () => {
    const { db, repos, findings, departmentId } = await seeded()
    const drafted = await repos.notices.draft({
      departmentId,
      findingIds: findings.map((f) => f.id),
      rectificationWorkingDays: 10
    })
    if (!drafted.ok) throw new Error(JSON.stringify(drafted.error))
    expect(drafted.data.corrections[0]?.text).toEqual(
      message('compliance.correction.dataMissingSeal', { count: 2 })
    )
    expect(zh(drafted.data.corrections[0]?.text)).toContain('补加电子印章')
    const issued = await repos.notices.issue(drafted.data.id)
    expect(issued.ok && issued.data).toMatchObject({
      status: 'issued',
      documentNumber: '许数管〔2026〕1号',
      deadline: { lastDay: '2026-12-11' }
    })
    const reported = await repos.notices.receiveReport(drafted.data.id, {
      text: '已补加电子印章并重新推送',
      attachments: [attachment]
    })
    expect(reported.ok && reported.data.report?.attachments).toEqual([attachment])

    // Not verified while the findings are still open; verified once a scan resolved them.
    const early = await repos.notices.verify(drafted.data.id)
    expect(early.ok ? null : early.error).toEqual(
      message('compliance.rectification.findingsStillOpen', { count: 2 })
    )
    if (!early.ok) expect(zh(early.error)).toBe('重新检查后仍有2项问题未整改，不能核验通过')
    await db.findings.bulkPut(
      findings.map((f) => toStoredFinding({ ...f, status: 'resolved', resolvedOn: '2026-11-27' }))
    )
    expect((await repos.notices.verify(drafted.data.id)).ok).toBe(true)
    const closed = await repos.notices.close(drafted.data.id)
    expect(closed.ok && closed.data.status).toBe('closed')
    expect(await actions(repos, 5)).toEqual([
      'rectification.draft',
      'rectification.issue',
      'rectification.receiveReport',
      'rectification.verify',
      'rectification.close'
    ])
    expect(await auditProblems(db, repos.audit.pages())).toEqual([])
  })

  it('refuses disallowed moves with codes and writes nothing for them', async () => {
    const { db, repos, findings, departmentId } = await seeded()
    const drafted = await repos.notices.draft({
      departmentId,
      findingIds: [findings[0]!.id],
      rectificationWorkingDays: 5
    })
    if (!drafted.ok) throw new Error(JSON.stringify(drafted.error))
    const id = drafted.data.id
    const before = await db.auditLog.count()
    const refusal = (code: string) => ({ ok: false, error: { code } })
    expect(await repos.notices.close(id)).toEqual({
      ok: false,
      error: message('compliance.rectification.transitionNotAllowed', {
        from: message('compliance.noticeStatus.draft'),
        to: message('compliance.noticeStatus.closed')
      })
    })
    expect(await repos.notices.markOverdue(id)).toMatchObject(
      refusal('compliance.rectification.transitionNotAllowed')
    )
    await repos.notices.issue(id)
    expect(await repos.notices.markOverdue(id)).toMatchObject(
      refusal('compliance.rectification.notYetOverdue')
    )
    expect(await repos.notices.circulate(id)).toMatchObject(
      refusal('compliance.rectification.transitionNotAllowed')
    )
    expect(await repos.notices.issue('nope')).toEqual({
      ok: false,
      error: message('compliance.rectification.notFound')
    })
    expect(await db.auditLog.count()).toBe(before + 1)
    expect((await repos.notices.get(id))?.status).toBe('issued')
  })

  it('puts a finding in one open notice only, and again once that notice is closed', async () => {
    const { repos, findings, departmentId } = await seeded()
    const input = {
      departmentId,
      findingIds: [findings[0]!.id],
      createdOn: '2026-10-09',
      rectificationWorkingDays: 5
    }
    const first = await repos.notices.draft(input)
    expect(first.ok).toBe(true)
    const second = await repos.notices.draft(input)
    expect(second.ok ? null : second.error.code).toBe(
      'compliance.rectification.findingsInOpenNotice'
    )
    expect(await repos.notices.list()).toHaveLength(1)
  })

  it('escalates a lapsed notice: overdue → 书面通报 drafted, issued, delivered → referral', async () => {
    const { db, repos, findings, departmentId } = await seeded()
    const drafted = await repos.notices.draft({
      departmentId,
      findingIds: [findings[0]!.id],
      createdOn: '2026-10-09',
      rectificationWorkingDays: 5
    })
    if (!drafted.ok) throw new Error(JSON.stringify(drafted.error))
    const id = drafted.data.id
    const issued = await repos.notices.issue(id, '2026-10-09')
    expect(issued.ok && issued.data.deadline?.lastDay).toBe('2026-10-15') // 10月10日（星期六）调休上班
    expect((await repos.notices.markOverdue(id)).ok).toBe(true)
    const circulated = await repos.notices.circulate(id)
    if (!circulated.ok) throw new Error(JSON.stringify(circulated.error))
    expect(circulated.data.circular).toMatchObject({ status: 'drafted', noticeId: id })
    // Addressed to the department by its name, from the department table.
    expect(circulated.data.circular.text.params).toMatchObject({
      department: '许昌市市场监督管理局',
      issuedOn: day('2026-10-09'),
      lastDay: day('2026-10-15')
    })
    expect(zh(circulated.data.circular.text)).toContain('逾期未报送整改报告')
    expect((await repos.notices.circulars()).map((c) => c.id)).toEqual([
      circulated.data.circular.id
    ])
    // A drafted circular does not escalate: no referral yet.
    expect((await repos.notices.get(id))?.status).toBe('overdue')
    const early = await repos.notices.refer(id, { authority: '市纪委监委', note: '' })
    expect(early.ok ? null : early.error.code).toBe('compliance.rectification.transitionNotAllowed')
    const issuedCircular = await repos.notices.issueCircular(id)
    if (!issuedCircular.ok) throw new Error(JSON.stringify(issuedCircular.error))
    // The notice took 〔2026〕1号; the circular shares the year's sequence, counted here until
    // the library numbers it.
    expect(issuedCircular.data.circular).toMatchObject({
      status: 'issued',
      documentNumber: '许数管〔2026〕2号'
    })
    expect(issuedCircular.data.notice.status).toBe('circular')
    const stored = await db.circulars.get(circulated.data.circular.id)
    expect(stored).toMatchObject({ numberProvisional: true, numberRequested: true })
    const delivered = await repos.notices.deliverCircular(id)
    expect(delivered.ok && delivered.data.status).toBe('delivered')
    const referred = await repos.notices.refer(id, { authority: '市纪委监委', note: '' })
    expect(referred.ok && referred.data.status).toBe('referred')
    expect(await actions(repos, 6)).toEqual([
      'rectification.issue',
      'rectification.markOverdue',
      'rectification.circulate',
      'rectification.issueCircular',
      'rectification.deliverCircular',
      'rectification.refer'
    ])
    expect(await db.notices.count()).toBe(1)
    // Each step of the circular travels to the library: drafted, issued (asking for a number), delivered.
    const circularChanges = (await db.outbox.toArray()).filter((m) => m.table === 'circulars')
    expect(
      circularChanges.map((m) => [m.op, m.payload['status'], m.payload['documentNumber']])
    ).toEqual([
      ['create', 'drafted', null],
      ['update', 'issued', null],
      ['update', 'delivered', undefined]
    ])
  })
})
