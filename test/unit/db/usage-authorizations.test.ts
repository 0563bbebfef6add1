import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { createCliWords } from '../../../src/cli/i18n'
import { runComplianceScan } from '../../../src/renderer/src/features/compliance/compliance-scan'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import { toStoredLicence } from '../../../src/renderer/src/db/licence-keys'
import { importFile } from '../../../src/renderer/src/features/imports/import-files'
import { buildImportTemplate } from '../../../src/renderer/src/features/imports/import-template'
import { createAppI18n } from '../../../src/renderer/src/i18n'
import { readSpreadsheet } from '../../../src/renderer/src/spreadsheets/spreadsheet-read'
import {
  catalogEntry,
  department,
  licence,
  OTHER_USCC,
  TYPE_CODE,
  UNIT_USCC,
  usageRecord
} from '../domain/compliance/fixtures'
import { openTestDb, testRepositories } from './support'

let db: WorkbenchDb | undefined
afterEach(() => db?.close())

const HEADERS = ['证照类型代码', '用证单位统一社会信用代码', '授权起始日期', '授权截止日期']

/**
 * A city that came from somewhere other than the demo: the 市场监管局 issues one licence, which
 * 许昌市政务服务中心 uses inside and outside 2026-04-01…2026-06-30 and 许昌市民政局 uses once.
 */
async function importedCity(label: string) {
  db = await openTestDb(label)
  const repos = testRepositories(db)
  await db.departments.bulkPut([
    department(),
    department({ id: 'dept-unit', name: '许昌市政务服务中心', uscc: UNIT_USCC }),
    department({ id: 'dept-other', name: '许昌市民政局', uscc: OTHER_USCC })
  ])
  await db.catalog.put(catalogEntry())
  await db.licences.put(toStoredLicence(licence()))
  await db.usageRecords.bulkPut([
    usageRecord({ id: 'use-inside', usedAt: '2026-05-06T10:00:00+08:00' }),
    usageRecord({ id: 'use-before', usedAt: '2026-03-31T18:00:00+08:00' }),
    usageRecord({ id: 'use-after', usedAt: '2026-06-30T16:30:00Z' }),
    usageRecord({ id: 'use-other', usingUnit: { name: '许昌市民政局', uscc: OTHER_USCC } })
  ])
  return repos
}

async function unauthorizedUses(repos: ReturnType<typeof testRepositories>): Promise<string[]> {
  const open = await repos.compliance.findings({ status: 'open' })
  return open
    .filter((finding) => finding.ruleId === 'usage.unauthorized-unit')
    .map((finding) => finding.subjectId)
    .sort()
}

describe('usage authorisations imported into the store (用证授权, Art. 28)', () => {
  it('a file with bad rows reports every one and writes nothing, not even an audit entry', async () => {
    const repos = await importedCity('auth-bad')
    const outcome = await repos.imports.usageAuthorizations(
      {
        headers: HEADERS,
        rows: [
          [TYPE_CODE, UNIT_USCC, '2026-04-01', '2026-06-30'],
          [TYPE_CODE, '91411000MA44ABCD1X', '2026-04-01', ''],
          [TYPE_CODE, OTHER_USCC, '2026-04-31', ''],
          ['9141100', UNIT_USCC, '', '']
        ]
      },
      '用证授权.xlsx'
    )
    expect(outcome).toMatchObject({ ok: false, code: 'imports.result.rowsInvalid' })
    const zh = createCliWords('zh-CN')
    expect(
      !outcome.ok &&
        outcome.errors.map(({ row, column, reason }) => ({
          row,
          column: column && zh.say(column),
          reason: zh.say(reason)
        }))
    ).toEqual([
      {
        row: 3,
        column: '用证单位统一社会信用代码',
        reason: '未找到统一社会信用代码为“91411000MA44ABCD1X”的部门，请先导入部门'
      },
      { row: 4, column: '授权起始日期', reason: '“2026-04-31”不是有效日期' },
      { row: 5, column: '证照类型代码', reason: '证照类型代码应为21位，实际为7位' }
    ])
    expect(await db!.usageAuthorizations.count()).toBe(0)
    expect(await repos.audit.list({ limit: 5 })).toEqual([])
  })

  it('an imported authorisation clears the uses inside its period, not those outside it', async () => {
    const repos = await importedCity('auth-scan')
    // Without any authorisation every use is unauthorised, whichever source it came from.
    const first = await runComplianceScan(db!, repos.audit, { mode: 'full', today: '2026-11-27' })
    expect(first.ok).toBe(true)
    expect(await unauthorizedUses(repos)).toEqual([
      'use-after',
      'use-before',
      'use-inside',
      'use-other'
    ])

    const outcome = await repos.imports.usageAuthorizations(
      { headers: HEADERS, rows: [[TYPE_CODE, UNIT_USCC, '2026-04-01', '2026-06-30']] },
      '用证授权.xlsx'
    )
    expect(outcome).toEqual({ ok: true, written: 1 })
    const [entry] = await repos.audit.list({ limit: 1 })
    expect(entry).toMatchObject({
      action: 'import.usageAuthorizations',
      target: 'file:用证授权.xlsx',
      details: { rows: 1 }
    })
    expect(await repos.usage.authorizationCount()).toBe(1)

    // The next scan, incremental, re-judges the uses of the re-authorised type.
    const next = await runComplianceScan(db!, repos.audit, {
      mode: 'incremental',
      today: '2026-11-27'
    })
    expect(next.ok && next.data).toMatchObject({ mode: 'incremental', resolved: 1 })
    expect(await unauthorizedUses(repos)).toEqual(['use-after', 'use-before', 'use-other'])
  })

  it('a CSV file laid out like the template goes through the same pipeline as the other imports', async () => {
    const repos = await importedCity('auth-csv')
    const template = await readSpreadsheet(
      await buildImportTemplate('usageAuthorizations', '用证授权', createAppI18n().global.t)
    )
    expect(template.ok && template.table.headers).toEqual([
      '证照类型代码＊',
      '用证单位统一社会信用代码＊',
      '用证单位名称',
      '授权起始日期',
      '授权截止日期',
      '授权依据'
    ])
    const csv = [
      '证照类型代码＊,用证单位统一社会信用代码＊,用证单位名称,授权起始日期,授权截止日期,授权依据',
      `${TYPE_CODE},${UNIT_USCC},许昌市政务服务中心,2026/4/1,2026年6月30日,许政数〔2026〕3号`,
      `${TYPE_CODE},${OTHER_USCC},许昌市民政局,2026-04-01,长期,`
    ].join('\r\n')
    const bytes = new TextEncoder().encode(csv)
    expect(await importFile(repos, 'usageAuthorizations', { name: '用证授权.csv', bytes })).toEqual(
      { ok: true, written: 2 }
    )
    const byUnit = new Map(
      (await db!.usageAuthorizations.toArray()).map((row) => [
        row.unit.uscc,
        [row.unit.name, row.validFrom, row.validUntil, row.basis]
      ])
    )
    expect(byUnit.get(UNIT_USCC)).toEqual([
      '许昌市政务服务中心',
      '2026-04-01',
      '2026-06-30',
      '许政数〔2026〕3号'
    ])
    expect(byUnit.get(OTHER_USCC)).toEqual(['许昌市民政局', '2026-04-01', '长期', null])
  })
})
