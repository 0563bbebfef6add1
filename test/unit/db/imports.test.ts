import 'fake-indexeddb/auto'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import { createCliWords } from '../../../src/cli/i18n'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import { readSpreadsheet } from '../../../src/renderer/src/spreadsheets/spreadsheet-read'
import { tableToXlsx } from '../../../src/renderer/src/spreadsheets/xlsx-export'
import {
  citizenId,
  companyRow,
  ISSUER,
  LICENCE_HEADERS,
  personRow
} from '../domain/imports/fixtures'
import { openTestDb, testRepositories } from './support'

let db: WorkbenchDb | undefined
afterEach(() => db?.close())

/** A workbook as a user would make it: header row, then rows of text. */
function xlsxOf(headers: string[], rows: string[][]): Promise<Uint8Array> {
  return tableToXlsx(
    rows,
    headers.map((header, i) => ({ header, value: (row: string[]) => row[i] ?? '' })),
    '证照'
  )
}

async function withIssuer(label: string) {
  db = await openTestDb(label)
  const repos = testRepositories(db)
  await db.departments.put(ISSUER)
  return repos
}

/** 18-character 公民身份号码 shapes anywhere in the stored rows. */
function rawIdsIn(rows: unknown[]): string[] {
  return JSON.stringify(rows).match(/(?<![0-9A-Z])\d{17}[\dX](?![0-9A-Z])/g) ?? []
}

describe('licence import from a file', () => {
  it('writes a good workbook in one audited step, persons only masked and hashed', async () => {
    const repos = await withIssuer('import-good')
    const read = await readSpreadsheet(
      await xlsxOf(LICENCE_HEADERS, [
        personRow('D0001'),
        companyRow('D0002'),
        personRow('D0003', citizenId('19700101', '777'))
      ])
    )
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(await repos.imports.licences(read.table, '住建局证照.xlsx')).toEqual({
      ok: true,
      written: 3
    })
    const stored = await db!.licences.toArray()
    expect(stored).toHaveLength(3)
    expect(rawIdsIn(stored)).toEqual([])
    expect(Object.fromEntries(await repos.licences.countBy('departmentId'))).toEqual({
      'dept-zjj': 3
    })
    const [entry] = await repos.audit.list({ limit: 5 })
    expect(entry).toMatchObject({
      action: 'import.licences',
      target: 'file:住建局证照.xlsx',
      details: { rows: 3 }
    })

    // The holder can be found by the full ID number, through the keyed hash.
    const found = await repos.licences.query({ search: citizenId('19700101', '777') }, { limit: 5 })
    expect(found.rows.map((r) => r.number)).toEqual(['JZD0003'])

    // Importing the same file again updates the rows instead of doubling them.
    await repos.imports.licences(read.table, '住建局证照.xlsx')
    expect(await db!.licences.count()).toBe(3)
    expect((await repos.licences.get(stored[0]!.id))?.rev).toBe(2)
    expect([...(await repos.licences.countBy('state')).values()]).toEqual([3])
  })

  it('a file with bad rows reports every one of them and writes nothing', async () => {
    const repos = await withIssuer('import-bad')
    const rows = [
      personRow('E0001'),
      personRow('E0002', '41100219850312123'),
      companyRow('E0003'),
      [...companyRow('E0004').slice(0, 6), '昨天', '', '', '']
    ]
    const read = await readSpreadsheet(await xlsxOf(LICENCE_HEADERS, rows))
    if (!read.ok) throw new Error(read.error.code)
    const outcome = await repos.imports.licences(read.table, 'bad.xlsx')
    expect(outcome.ok).toBe(false)
    expect(!outcome.ok && outcome.errors.map((e) => [e.row, e.column?.code])).toEqual([
      [3, 'imports.header.licences.holderCodeType'],
      [5, 'imports.header.licences.issueDate']
    ])
    expect(await db!.licences.count()).toBe(0)
    expect(await db!.aggregates.count()).toBe(0)
    expect(await repos.audit.list({ limit: 5 })).toEqual([])
  })

  it('reads CSV saved by Chinese Excel (GB18030)', async () => {
    const repos = await withIssuer('import-csv')
    const csv = [LICENCE_HEADERS, companyRow('F0001')]
      .map((row) => row.map((c) => `"${c}"`).join(','))
      .join('\r\n')
    const gbk = await gb18030Bytes(csv)
    const read = await readSpreadsheet(gbk)
    expect(read.ok && read.table.headers[3]).toBe('持证主体')
    if (!read.ok) return
    expect(await repos.imports.licences(read.table, 'f.csv')).toEqual({ ok: true, written: 1 })
  })

  it('explains when the file is truncated, old-format or not a spreadsheet', async () => {
    const zh = createCliWords('zh-CN')
    const whole = await xlsxOf(LICENCE_HEADERS, [companyRow('G0001')])
    const truncated = await readSpreadsheet(whole.slice(0, Math.floor(whole.length / 2)))
    expect(truncated).toEqual({ ok: false, error: { code: 'imports.file.unreadableXlsx' } })
    expect(!truncated.ok && zh.say(truncated.error)).toContain('被截断')
    const xls = await readSpreadsheet(
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
    )
    expect(!xls.ok && xls.error.code).toBe('imports.file.legacyXls')
    const pdf = await readSpreadsheet(
      new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff, 0xfe])
    )
    expect(!pdf.ok && zh.say(pdf.error)).toBe('文件不是电子表格：请选择 Excel（.xlsx）或 CSV 文件')
    expect(!pdf.ok && createCliWords('en').say(pdf.error)).toBe(
      'The file is not a spreadsheet: choose an Excel (.xlsx) or CSV file'
    )
    const cut = await readSpreadsheet(new TextEncoder().encode('证照编号\n"A1'))
    expect(cut).toEqual({
      ok: false,
      error: {
        code: 'imports.file.unreadableCsv',
        params: { reason: { code: 'imports.csv.unterminatedQuote', params: { row: 2 } } }
      }
    })
    expect(!cut.ok && zh.say(cut.error)).toBe(
      'CSV 文件无法读取：第2行的引号没有结束：文件可能被截断或损坏'
    )
  })
})

describe('export', () => {
  it('writes a table with Chinese headers and typed cells that Excel reads back', async () => {
    const rows = [{ name: '营业执照', count: 1200, since: new Date(Date.UTC(2025, 0, 1)) }]
    const bytes = await tableToXlsx(
      rows,
      [
        { header: '证照名称', value: (r) => r.name },
        { header: '数量', value: (r) => r.count },
        { header: '起始日期', value: (r) => r.since }
      ],
      '证照统计'
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer)
    const sheet = workbook.getWorksheet('证照统计')!
    expect(sheet.getRow(1).values).toEqual([undefined, '证照名称', '数量', '起始日期'])
    expect(sheet.getCell('B2').value).toBe(1200)
    expect(sheet.getCell('C2').value).toEqual(new Date(Date.UTC(2025, 0, 1)))
    const back = await readSpreadsheet(bytes)
    expect(back.ok && back.table.rows).toEqual([['营业执照', '1200', '2025-01-01']])
  })
})

/** Node has no GB18030 encoder; iconv via TextDecoder's inverse is unavailable, so build by table. */
async function gb18030Bytes(text: string): Promise<Uint8Array> {
  const decoder = new TextDecoder('gb18030')
  const table = new Map<string, number[]>()
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue
      const char = decoder.decode(new Uint8Array([hi, lo]))
      if (char.length === 1 && !table.has(char)) table.set(char, [hi, lo])
    }
  }
  const bytes: number[] = []
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (code < 0x80) bytes.push(code)
    else {
      const encoded = table.get(char)
      if (!encoded) throw new Error(`no GB18030 two-byte code for ${char}`)
      bytes.push(...encoded)
    }
  }
  return new Uint8Array(bytes)
}
