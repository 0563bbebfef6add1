import { describe, expect, it } from 'vitest'
import {
  IMPORT_KINDS,
  onlyTemplateExample,
  templateColumns,
  validateCatalogRows,
  validateDepartmentRows,
  validateLicenceRows,
  validateUsageAuthorizationRows,
  withoutTemplateExample,
  type ImportTable
} from '../../../../src/shared/domain/imports'
import { keyedHasher } from '../../../../src/shared/domain/privacy'
import type { Department } from '../../../../src/shared/domain/licences'
import { createCliWords } from '../../../../src/cli/i18n'

/** The template as a user downloads it: starred headers and the example row. */
function templateTable(kind: Parameters<typeof templateColumns>[0]): ImportTable {
  const columns = templateColumns(kind)
  return {
    headers: columns.map((c) => (c.required ? `${c.header}＊` : c.header)),
    rows: [columns.map((c) => c.example)]
  }
}

const exampleDepartment: Department = {
  id: 'dept-example',
  rev: 1,
  deleted: false,
  serverSeq: null,
  updatedAt: '2026-01-01T00:00:00+08:00',
  name: '许昌市示例局',
  uscc: '11411000MB1234562L',
  divisionCode: '411000',
  level: 'municipal',
  parentId: null
}
const departmentsByUscc = new Map([[exampleDepartment.uscc, exampleDepartment]])
const now = '2026-11-27T02:00:00.000Z'

describe('import template example rows', () => {
  it('are correct rows: each kind’s example, typed in as data, passes its own validator', async () => {
    const departments = validateDepartmentRows(templateTable('departments'), {
      existingByUscc: new Map(),
      now
    })
    expect(departments).toMatchObject({ ok: true, records: [{ name: '许昌市示例局' }] })
    const catalog = validateCatalogRows(templateTable('catalog'), {
      departmentsByUscc,
      existingByTypeCode: new Map(),
      actor: 'test',
      now
    })
    expect(catalog).toMatchObject({ ok: true, records: [{ typeCode: '11411000MB1234562L001' }] })
    const licences = await validateLicenceRows(templateTable('licences'), {
      departmentsByUscc,
      holderHash: keyedHasher(new Uint8Array(32).fill(1)),
      now,
      today: '2026-11-27'
    })
    expect(licences).toMatchObject({
      ok: true,
      records: [{ holder: { name: '许昌示例商贸有限公司', codeType: '001' }, state: 'valid' }]
    })
    const authorizations = validateUsageAuthorizationRows(templateTable('usageAuthorizations'), {
      departmentsByUscc,
      catalogTypeCodes: new Set(['11411000MB1234562L001']),
      existingById: new Map(),
      now
    })
    expect(authorizations).toMatchObject({ ok: true, records: [{ validUntil: '长期' }] })
  })

  it('offer the coded values the importer accepts as choices', () => {
    const licence = new Map(templateColumns('licences').map((c) => [c.key, c.options]))
    expect(licence.get('state')).toEqual(['有效', '吊销', '注销', '废止', '挂起', '质押'])
    expect(licence.get('generationMode')).toEqual([
      '线上同步生成',
      '线下生成',
      '一次性批量生成',
      '存量电子化'
    ])
    expect(licence.get('sealPresent')).toEqual(['是', '否'])
    expect(licence.get('holderCodeType')).toContain('111')
    expect(licence.get('holderName')).toBeUndefined()
    const department = new Map(templateColumns('departments').map((c) => [c.key, c.options]))
    expect(department.get('level')).toEqual([
      '国家级',
      '省级',
      '地市级',
      '区县级',
      '乡镇级',
      '其他'
    ])
  })
})

describe('the example row on import', () => {
  it('is blanked out, keeping the row numbers of the rows after it', () => {
    const table = templateTable('departments')
    const userRow = ['许昌市测试局', '11411000MB1234562L', '', '', '']
    const { table: rest, exampleRows } = withoutTemplateExample('departments', {
      ...table,
      rows: [...table.rows, userRow]
    })
    expect(exampleRows).toBe(1)
    expect(rest.rows).toEqual([['', '', '', '', ''], userRow])
  })

  it('counts as data once the user has typed over any of its cells', () => {
    const table = templateTable('departments')
    const edited = table.rows[0]!.map((cell, i) => (i === 0 ? '许昌市财政局' : cell))
    const { exampleRows } = withoutTemplateExample('departments', { ...table, rows: [edited] })
    expect(exampleRows).toBe(0)
  })

  it('alone makes an unchanged template recognisable, so importing it writes nothing', () => {
    expect(onlyTemplateExample('licences', templateTable('licences'))).toBe(true)
    const blankTemplate = { ...templateTable('licences'), rows: [] }
    expect(onlyTemplateExample('licences', blankTemplate)).toBe(false)
    const withData = templateTable('catalog')
    withData.rows.push(withData.rows[0]!.map((cell, i) => (i === 0 ? '另一证照' : cell)))
    expect(onlyTemplateExample('catalog', withData)).toBe(false)
  })
})

describe('column names', () => {
  const zh = createCliWords('zh-CN')
  const en = createCliWords('en')

  it('are the file’s own headers in Chinese, and English words in English', () => {
    for (const kind of IMPORT_KINDS) {
      for (const column of templateColumns(kind)) {
        expect(zh.say(column.label), `${kind}.${column.key}`).toBe(column.header)
        expect(column.label.code).toBe(`imports.header.${kind}.${column.key}`)
        expect(en.say(column.label), `${kind}.${column.key}`).not.toMatch(
          /[\u4e00-\u9fff]|^imports\./
        )
      }
    }
    expect(en.say(templateColumns('licences')[0]!.label)).toBe('Licence identifier')
  })
})
