import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { buildImportTemplate } from '@renderer/features/imports/import-template'
import { createAppI18n } from '@renderer/i18n'

const { t } = createAppI18n('zh-CN').global

async function template(kind: Parameters<typeof buildImportTemplate>[0], kindName: string) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await buildImportTemplate(kind, kindName, t)).buffer as ArrayBuffer)
  return workbook
}

function rowValues(sheet: ExcelJS.Worksheet, row: number): string[] {
  const values: string[] = []
  sheet.getRow(row).eachCell({ includeEmpty: true }, (cell) => values.push(cell.text))
  return values
}

describe('电子证照 import template', async () => {
  const workbook = await template('licences', '电子证照')
  const [data, instructions] = workbook.worksheets

  it('has the data sheet first, where the importer reads, and 填写说明 second', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['导入数据', '填写说明'])
  })

  it('carries a grey example row under the headers, marked as an example', () => {
    expect(rowValues(data!, 1).slice(0, 6)).toEqual([
      '证照标识＊',
      '证照类型代码＊',
      '证照编号＊',
      '持证主体＊',
      '持证主体代码类型代码',
      '持证主体代码＊'
    ])
    expect(rowValues(data!, 2)).toEqual([
      '1.2.156.3005.2.11411000MB1234562L001.11411000MB1234562L.2026000001.001.0',
      '11411000MB1234562L001',
      '许示经〔2026〕0001号',
      '许昌示例商贸有限公司',
      '001',
      '91411002MA45K8R365',
      '11411000MB1234562L',
      '2026-01-05',
      '2026-01-05',
      '2031-01-04',
      '有效',
      '线上同步生成',
      '2026-01-05 09:30',
      '2026-01-05 10:00',
      '是',
      '411000',
      '001'
    ])
    expect(data!.getRow(2).font?.italic).toBe(true)
    expect(String(data!.getCell('A2').note)).toContain('示例行')
    expect(data!.rowCount).toBe(2)
  })

  it('offers a dropdown of the accepted values in each coded column, and only there', () => {
    const list = (address: string) => data!.getCell(address).dataValidation
    // K 证照状态, L 生成方式, O 电子印章, E 持证主体代码类型代码
    expect(list('K2')).toMatchObject({
      type: 'list',
      formulae: ['"有效,吊销,注销,废止,挂起,质押"'],
      showErrorMessage: true
    })
    expect(list('K1001').formulae).toEqual(['"有效,吊销,注销,废止,挂起,质押"'])
    expect(list('L500').formulae).toEqual(['"线上同步生成,线下生成,一次性批量生成,存量电子化"'])
    expect(list('O2').formulae).toEqual(['"是,否"'])
    expect(String(list('E2').formulae[0])).toMatch(/^"001,099,111,/)
    expect(list('D2')).toBeUndefined()
    expect(list('K1')).toBeUndefined()
  })

  it('explains every column in 填写说明: required or not, what to enter, choices, example', () => {
    expect(instructions!.getCell('A1').text).toBe('电子证照导入模板 · 填写说明')
    let header = 0
    instructions!.eachRow((row, number) => {
      if (row.getCell(1).text === '列名') header = number
    })
    expect(rowValues(instructions!, header)).toEqual([
      '列名',
      '是否必填',
      '填写要求',
      '可选值',
      '示例'
    ])
    const rows = Array.from({ length: 17 }, (_, i) => rowValues(instructions!, header + 1 + i))
    const state = rows.find((row) => row[0] === '证照状态')
    expect(state).toEqual([
      '证照状态',
      '选填',
      '证照状态，从下拉列表中选择；留空按有效。',
      '有效、吊销、注销、废止、挂起、质押',
      '有效'
    ])
    expect(rows.find((row) => row[0] === '持证主体代码＊')?.[1]).toBe('必填')
    expect(rows.every((row) => row[2] !== '' && !row[2]!.startsWith('importTemplate.'))).toBe(true)
  })
})

describe('every kind’s template', () => {
  it('explains each of its columns in both languages', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const translate = createAppI18n(locale).global.t
      for (const kind of ['departments', 'catalog', 'licences', 'usageAuthorizations'] as const) {
        const workbook = new ExcelJS.Workbook()
        await workbook.xlsx.load(
          (await buildImportTemplate(kind, kind, translate)).buffer as ArrayBuffer
        )
        const sheet = workbook.worksheets[1]!
        const texts: string[] = []
        sheet.eachRow((row) => texts.push(row.getCell(3).text))
        expect(
          texts.filter((text) => text.startsWith('importTemplate.')),
          `${locale} ${kind}`
        ).toEqual([])
      }
    }
  })

  it('names each column by the Chinese header the file needs and, in English, what it is', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(
      (await buildImportTemplate('licences', 'Licences', createAppI18n('en').global.t))
        .buffer as ArrayBuffer
    )
    const names: string[] = []
    workbook.worksheets[1]!.eachRow((row) => names.push(row.getCell(1).text))
    expect(names).toContain('证照标识＊ (Licence identifier)')
    expect(names).toContain('生成方式 (Generation mode)')
    // The data sheet keeps the headers the importer reads.
    expect(rowValues(workbook.worksheets[0]!, 1)[0]).toBe('证照标识＊')
  })

  it('puts a dropdown on 机构级别 of the department template', async () => {
    const data = (await template('departments', '部门')).worksheets[0]!
    expect(data.getCell('D1').text).toBe('机构级别')
    expect(data.getCell('D2').dataValidation?.formulae).toEqual([
      '"国家级,省级,地市级,区县级,乡镇级,其他"'
    ])
  })
})
