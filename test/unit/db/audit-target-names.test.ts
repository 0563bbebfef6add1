import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { Finding } from '../../../src/shared/domain/compliance'
import { toStoredFinding } from '../../../src/renderer/src/db/compliance-changes'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import { createAppI18n } from '../../../src/renderer/src/i18n'
import { formatDay } from '../../../src/renderer/src/i18n/format'
import { renderMessage } from '../../../src/shared/i18n'
import {
  NO_NAMES,
  targetWords,
  type Words
} from '../../../src/renderer/src/features/audit/audit-words'
import { lookUpTargetNames } from '../../../src/renderer/src/features/audit/target-names'
import {
  catalogEntry,
  department,
  licence,
  objection,
  scan,
  tables
} from '../domain/compliance/fixtures'
import { openTestDb, testRepositories } from './support'

let db: WorkbenchDb | undefined
afterEach(() => db?.close())

const { t, te } = createAppI18n('zh-CN').global
const zh: Words = {
  t: (key, named) => t(key, named ?? {}),
  te: (key) => te(key, 'zh-CN'),
  day: (value) => formatDay(value, 'zh-CN'),
  say: (message) => renderMessage(message, (code, params) => t(code, params), 'zh-CN')
}

describe('审计日志 target names, read from the working copy', () => {
  it('names what the producers recorded, and a deleted record without its id', async () => {
    db = await openTestDb('audit-names')
    const repos = testRepositories(db)
    const report = await scan(
      tables({
        catalog: [catalogEntry()],
        licences: [licence({ id: 'lic-1', sealPresent: false })]
      })
    )
    const findings: Finding[] = report.findings.filter((f) => f.ruleId === 'data.missing-seal')
    await db.findings.bulkPut(findings.map(toStoredFinding))
    await repos.departments.put(
      [department({ id: 'dept-3', name: '许昌市住房和城乡建设局' })],
      '手工录入'
    )
    await repos.catalog.put([catalogEntry({ id: 'cat-7', name: '食品经营许可证' })], '手工录入')
    await repos.licences.put([licence({ id: 'lic-1', number: 'JY14110020001' })], '手工录入')
    await repos.licences.put([licence({ id: 'lic-2', number: 'JY14110020002' })], '手工录入')
    await repos.licences.remove('lic-2')
    await repos.objections.put([objection({ id: 'obj-1', licenceId: 'lic-1' })], '受理')
    await repos.objections.put([objection({ id: 'obj-2', licenceId: 'lic-gone' })], '受理')
    const drafted = await repos.notices.draft({
      departmentId: findings[0]!.departmentId!,
      findingIds: findings.map((f) => f.id),
      rectificationWorkingDays: 10
    })
    if (!drafted.ok) throw new Error(drafted.error.code)
    const draftEntries = await repos.audit.list({ limit: 1 })
    await repos.notices.issue(drafted.data.id)

    const entries = await repos.audit.list({ limit: 100 })
    const names = await lookUpTargetNames(entries, NO_NAMES, repos)
    expect(entries.map((entry) => targetWords(entry, names, zh)).reverse()).toEqual([
      '许昌市住房和城乡建设局',
      '目录“食品经营许可证”',
      '证照 JY14110020001',
      '已删除的证照',
      '已删除的证照',
      '对证照 JY14110020001 的异议申请',
      '对已删除证照的异议申请',
      '整改通知 许数管〔2026〕1号',
      '整改通知 许数管〔2026〕1号'
    ])

    // Names already known are not read again: a page of older entries keeps the first answer.
    const again = await lookUpTargetNames(draftEntries, names, {
      ...repos,
      notices: { get: () => Promise.reject(new Error('read again')) }
    })
    expect(targetWords(draftEntries[0]!, again, zh)).toBe('整改通知 许数管〔2026〕1号')
  })

  it('reads a notice still in draft as a draft, and a gone department as deleted', async () => {
    db = await openTestDb('audit-names-draft')
    const repos = testRepositories(db)
    const report = await scan(
      tables({
        catalog: [catalogEntry()],
        licences: [licence({ id: 'lic-1', sealPresent: false })]
      })
    )
    const findings = report.findings.filter((f) => f.ruleId === 'data.missing-seal')
    await db.findings.bulkPut(findings.map(toStoredFinding))
    await db.departments.put(department())
    const drafted = await repos.notices.draft({
      departmentId: findings[0]!.departmentId!,
      findingIds: findings.map((f) => f.id),
      rectificationWorkingDays: 10
    })
    if (!drafted.ok) throw new Error(drafted.error.code)
    await repos.departments.put([department({ id: 'dept-9', deleted: true })], '撤销')
    const entries = await repos.audit.list({ limit: 10 })
    const names = await lookUpTargetNames(entries, NO_NAMES, repos)
    expect(entries.map((entry) => targetWords(entry, names, zh))).toEqual([
      '已删除的部门',
      '整改通知草稿'
    ])
  })
})
