/**
 * Hostile import files (导入文件上限): each is made here, a few kilobytes at most, and must be
 * refused with its code and a message that names the limit (read here in Chinese), quickly and
 * without the memory it claims; a normal file must still read exactly as before, and a refused
 * one leaves the working copy as it was.
 */
import 'fake-indexeddb/auto'
import { readFileSync, writeFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import { importFile } from '../../../src/renderer/src/features/imports/import-files'
import { createCliWords } from '../../../src/cli/i18n'
import {
  readSpreadsheet,
  type SpreadsheetRead
} from '../../../src/renderer/src/spreadsheets/spreadsheet-read'
import { cell, workbookParts, zip } from '../../fixtures/spreadsheets/hostile-xlsx'
import { openTestDb, testRepositories } from '../db/support'

const MB = 1024 * 1024

async function xlsxOf(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  fill(workbook.addWorksheet('数据'))
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** The XFD1 + A1048576 sheet of the issue, as exceljs writes it (with its `<dimension>`). */
const sparseBomb = () =>
  xlsxOf((sheet) => {
    sheet.getCell('XFD1').value = '列'
    sheet.getCell('A1048576').value = '行'
  })

const peakRss = () =>
  Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) * 1024

/** Reads `bytes` and reports the time taken and how far the process's peak memory rose. */
async function measured(bytes: Uint8Array) {
  // The high-water mark is reset to the current size (Linux: clear_refs 5), so the peak read
  // afterwards is the file's own.
  writeFileSync('/proc/self/clear_refs', '5')
  const before = process.memoryUsage().rss
  const started = performance.now()
  const read = await readSpreadsheet(bytes)
  return { read, ms: performance.now() - started, growth: peakRss() - before }
}

const zh = createCliWords('zh-CN')

/** What the import page says about a refused read, in Chinese. */
const says = (read: SpreadsheetRead) => (read.ok ? '' : zh.say(read.error))

async function expectRefused(bytes: Uint8Array, code: string, said: RegExp) {
  const read = await readSpreadsheet(bytes)
  expect(read.ok).toBe(false)
  if (read.ok) return
  expect(read.error.code).toBe(code)
  expect(says(read)).toMatch(said)
}

describe('the sparse-sheet bomb of the issue (a cell at XFD1 and one at A1048576)', () => {
  it('is refused as too many rows in under 2 s and 300 MB, as exceljs writes it', async () => {
    const bytes = await sparseBomb()
    expect(bytes.length).toBeLessThan(8 * 1024)
    const { read, ms, growth } = await measured(bytes)
    expect(read).toMatchObject({ ok: false, error: { code: 'imports.file.tooManyRows' } })
    expect(says(read)).toMatch(/1,048,575 行.*200,000 行.*拆分为多个文件/)
    expect(ms).toBeLessThan(2000)
    expect(growth).toBeLessThan(300 * MB)
  })

  it('is refused the same way without a <dimension> claim, after exceljs, before any loop', async () => {
    const bytes = zip(
      workbookParts(
        `<row r="1">${cell('XFD1', '列')}</row><row r="1048576">${cell('A1048576', '行')}</row>`
      )
    )
    const { read, ms, growth } = await measured(bytes)
    expect(read).toMatchObject({ ok: false, error: { code: 'imports.file.tooManyRows' } })
    expect(ms).toBeLessThan(2000)
    expect(growth).toBeLessThan(300 * MB)
  })

  it('one row wide but XFD long is refused as too many columns', async () => {
    const bytes = zip(workbookParts(`<row r="1">${cell('A1', '名称')}${cell('XFD1', '列')}</row>`))
    await expectRefused(bytes, 'imports.file.tooManyColumns', /16,384 列.*64 列/)
  })
})

describe('zip bombs, refused before exceljs unpacks them', () => {
  it('a part that packs 20 MB into a few KB (ratio over 100:1)', async () => {
    const bytes = zip(workbookParts(' '.repeat(20 * MB)))
    expect(bytes.length).toBeLessThan(64 * 1024)
    const { read, ms, growth } = await measured(bytes)
    expect(read).toMatchObject({ ok: false, error: { code: 'imports.file.bomb' } })
    expect(says(read)).toMatch(/压缩比超过 100:1/)
    expect(ms).toBeLessThan(2000)
    expect(growth).toBeLessThan(300 * MB)
  })

  it('a part that declares a small size and unpacks to 20 MB (declared sizes lie)', async () => {
    const parts = workbookParts(' '.repeat(20 * MB))
    parts[4]!.declaredSize = 1000
    const { read, ms } = await measured(zip(parts))
    expect(read).toMatchObject({ ok: false, error: { code: 'imports.file.bomb' } })
    expect(says(read)).toMatch(/解压后的大小超过文件中声明的大小/)
    expect(ms).toBeLessThan(2000)
  })

  it('parts that declare 300 MB in all', async () => {
    const parts = workbookParts(`<row r="1">${cell('A1', '名称')}</row>`)
    parts.push({ name: 'xl/media/big.bin', content: 'x', declaredSize: 300 * MB })
    await expectRefused(zip(parts), 'imports.file.bomb', /解压后超过 200 MB/)
  })

  it('thousands of entries', async () => {
    const parts = workbookParts(`<row r="1">${cell('A1', '名称')}</row>`)
    for (let i = 0; i < 2000; i++) parts.push({ name: `xl/media/${i}.xml`, content: '' })
    await expectRefused(zip(parts), 'imports.file.bomb', /包含 2005 个压缩条目/)
  })

  it('a merged range or a dropdown over the whole sheet (exceljs expands them cell by cell)', async () => {
    const header = `<row r="1">${cell('A1', '名称')}</row>`
    const merge = zip(
      workbookParts(header, {
        after: '<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>'
      })
    )
    const dropdown = zip(
      workbookParts(header, {
        after:
          '<dataValidations count="1"><dataValidation type="list" sqref="A2:A1048576 B2:XFD100000"><formula1>"是,否"</formula1></dataValidation></dataValidations>'
      })
    )
    const name = zip(
      workbookParts(header, {
        workbookExtra:
          '<definedNames><definedName name="全表">数据!$A$1:$XFD$1048576</definedName></definedNames>'
      })
    )
    for (const bytes of [merge, dropdown, name]) {
      const started = performance.now()
      await expectRefused(bytes, 'imports.file.tooWideRanges', /8,000,000 个的上限/)
      expect(performance.now() - started).toBeLessThan(2000)
    }
  })

  it('a file over 50 MB, refused before it is opened', async () => {
    const bytes = new Uint8Array(50 * MB + 1)
    bytes.set([0x50, 0x4b, 0x03, 0x04])
    await expectRefused(bytes, 'imports.file.tooLarge', /超过 50 MB 的上限.*拆分为多个文件/)
  })
})

describe('too many rows, columns or cells', () => {
  it('an .xlsx of 200,001 data rows (no <dimension>: the rows are counted)', async () => {
    const rows = Array.from(
      { length: 200_002 },
      (_, i) => `<row r="${i + 1}">${cell(`A${i + 1}`, 'x')}</row>`
    )
    await expectRefused(zip(workbookParts(rows.join(''))), 'imports.file.tooManyRows', /200,001 行/)
  })

  it('an .xlsx whose header has 65 columns', async () => {
    const bytes = await xlsxOf((sheet) =>
      sheet.addRow(Array.from({ length: 65 }, (_, i) => `列${i + 1}`))
    )
    await expectRefused(bytes, 'imports.file.tooManyColumns', /65 列.*64 列/)
  })

  it('a CSV line of 100,000 columns', async () => {
    const bytes = new TextEncoder().encode(`${'列,'.repeat(99_999)}列\n`)
    const { read, ms } = await measured(bytes)
    expect(read).toMatchObject({ ok: false, error: { code: 'imports.file.tooManyColumns' } })
    expect(says(read)).toMatch(/100,000 列/)
    expect(ms).toBeLessThan(2000)
  })

  it('a CSV of 200,001 data rows', async () => {
    const bytes = new TextEncoder().encode('名称\n' + 'x\n'.repeat(200_001))
    await expectRefused(bytes, 'imports.file.tooManyRows', /200,001 行/)
  })

  it('a CSV of 60 columns × 140,000 rows: within the row and column caps, over the cells', async () => {
    const bytes = new TextEncoder().encode(`${','.repeat(59)}\n`.repeat(140_001))
    await expectRefused(bytes, 'imports.file.tooManyCells', /8,400,060 个单元格/)
  })
})

describe('files within the caps read as before', () => {
  it('a template-shaped workbook with an empty row in the middle and a merged title', async () => {
    const bytes = await xlsxOf((sheet) => {
      sheet.addRow(['部门名称＊', '统一社会信用代码＊', '备注'])
      sheet.addRow(['许昌市大数据局', '11411000MB1234567X', ''])
      sheet.addRow([])
      sheet.addRow(['许昌市市场监督管理局', '11411000MB7654321Y', '  有空格  '])
      sheet.getCell('A6').value = '合并'
      sheet.mergeCells('A6:B6')
    })
    expect(await readSpreadsheet(bytes)).toEqual({
      ok: true,
      table: {
        headers: ['部门名称＊', '统一社会信用代码＊', '备注'],
        rows: [
          ['许昌市大数据局', '11411000MB1234567X', ''],
          ['', '', ''],
          ['许昌市市场监督管理局', '11411000MB7654321Y', '有空格'],
          ['', '', ''],
          ['合并', '合并', '']
        ]
      }
    })
  })

  it('a CSV with quoted commas and line breaks, right at the column cap', async () => {
    const headers = Array.from({ length: 64 }, (_, i) => `列${i + 1}`)
    const text = `${headers.join(',')}\r\n"a,b","多\n行",${'x,'.repeat(61)}x\r\n`
    const read = await readSpreadsheet(new TextEncoder().encode(text))
    expect(read.ok && read.table.rows).toEqual([['a,b', '多\n行', ...Array<string>(62).fill('x')]])
  })
})

describe('a refused file leaves the working copy as it was', () => {
  let db: WorkbenchDb | undefined
  afterEach(() => db?.close())

  it('imports nothing and says why', async () => {
    db = await openTestDb('import-bombs')
    const repos = testRepositories(db)
    const before = await db.departments.count()
    const result = await importFile(repos, 'departments', {
      name: '炸弹.xlsx',
      bytes: await sparseBomb()
    })
    expect(result).toEqual({
      ok: false,
      fileError: {
        code: 'imports.file.tooManyRows',
        params: { count: '1,048,575', limit: '200,000' }
      }
    })
    expect(!result.ok && 'fileError' in result && zh.say(result.fileError)).toMatch(
      /超过每个文件 200,000 行的上限/
    )
    expect(await db.departments.count()).toBe(before)
    expect(await db.auditLog.count()).toBe(0)
  })
})
