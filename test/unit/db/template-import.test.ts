import 'fake-indexeddb/auto'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import { importFile } from '../../../src/renderer/src/features/imports/import-files'
import { buildImportTemplate } from '../../../src/renderer/src/features/imports/import-template'
import { createAppI18n } from '../../../src/renderer/src/i18n'
import { openTestDb, testRepositories } from './support'

let db: WorkbenchDb | undefined
afterEach(() => db?.close())

const departmentTemplate = () =>
  buildImportTemplate('departments', '部门', createAppI18n().global.t)

/** The downloaded template with rows typed in below the example, as a user fills it. */
async function filledIn(rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await departmentTemplate()).buffer as ArrayBuffer)
  const sheet = workbook.worksheets[0]!
  for (const row of rows) sheet.addRow(row)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe('importing a template', () => {
  it('unchanged: says it holds only the example and writes nothing', async () => {
    db = await openTestDb('template-unchanged')
    const repos = testRepositories(db)
    const result = await importFile(repos, 'departments', {
      name: '部门导入模板.xlsx',
      bytes: await departmentTemplate()
    })
    expect(result).toEqual({ ok: false, onlyExample: true })
    expect(await db.departments.count()).toBe(0)
    expect(await db.auditLog.count()).toBe(0)
  })

  it('filled in below the example: imports the user’s rows only, numbered as in Excel', async () => {
    db = await openTestDb('template-filled')
    const repos = testRepositories(db)
    const good = await importFile(repos, 'departments', {
      name: '部门.xlsx',
      bytes: await filledIn([['许昌市财政局', '11411000MB1234562L', '411000', '地市级', '']])
    })
    expect(good).toEqual({ ok: true, written: 1 })
    expect((await db.departments.toArray()).map((d) => d.name)).toEqual(['许昌市财政局'])

    const bad = await importFile(repos, 'departments', {
      name: '部门.xlsx',
      bytes: await filledIn([['许昌市民政局', '', '', '', '']])
    })
    expect(bad).toMatchObject({
      ok: false,
      rowErrors: [{ row: 3, column: { code: 'imports.header.departments.uscc' } }]
    })
  })
})
