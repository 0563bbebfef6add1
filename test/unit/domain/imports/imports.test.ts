import { describe, expect, it } from 'vitest'
import {
  mapColumns,
  parseCsv,
  parseInstant,
  validateCatalogRows,
  validateDepartmentRows,
  validateLicenceRows,
  LICENCE_COLUMNS
} from '../../../../src/shared/domain/imports'
import { usccFromParts } from '../../../../src/shared/domain/demo/codes'
import {
  citizenId,
  companyRow,
  ISSUER,
  inWords,
  ISSUER_USCC,
  LICENCE_HEADERS,
  personRow,
  TYPE_CODE
} from './fixtures'
import { keyedHasher } from '../../../../src/shared/domain/privacy'

const key = new Uint8Array(32).fill(3)
const context = {
  departmentsByUscc: new Map([[ISSUER_USCC, ISSUER]]),
  holderHash: keyedHasher(key),
  now: '2026-11-27T02:00:00.000Z',
  today: '2026-11-27'
}

describe('licence rows', () => {
  it('turns good rows into licences, a person’s code only masked and hashed', async () => {
    const result = await validateLicenceRows(
      { headers: LICENCE_HEADERS, rows: [personRow('A0001'), companyRow('A0002')] },
      context
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const [person, company] = result.records
    expect(person?.holder).toMatchObject({
      category: 'naturalPerson',
      codeType: '111',
      code: `4110************${citizenId('19850312', '123').slice(-2)}`
    })
    expect(person?.holder.codeHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(person)).not.toContain(citizenId('19850312', '123'))
    expect(person).toMatchObject({
      issuerDepartmentId: 'dept-zjj',
      state: 'valid',
      generationMode: 'offline',
      validFrom: '2026-01-05'
    })
    expect(company).toMatchObject({
      issueDate: '2026-01-06',
      validUntil: '长期',
      holder: { category: 'organization', codeType: '001', codeHash: null }
    })
  })

  it('reports every bad row with its column and a reason, and returns no records', async () => {
    const good = citizenId('19850312', '123')
    const badChecksum = good.slice(0, 17) + (good.endsWith('1') ? '2' : '1')
    const rows = [
      personRow('B0001'),
      personRow('B0002', badChecksum),
      [...companyRow('B0003').slice(0, 5), '914110000000000000', '2026-02-30', '长期', '作废', ''],
      personRow('B0001'),
      companyRow('B0005')
    ]
    const result = await validateLicenceRows({ headers: LICENCE_HEADERS, rows }, context)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.code).toBe('imports.result.rowsInvalid')
    const summary = result.errors.map((e) => [e.row, e.column?.code])
    expect(summary).toEqual([
      [3, 'imports.header.licences.holderCode'],
      [4, 'imports.header.licences.issuerUscc'],
      [4, 'imports.header.licences.issueDate'],
      [4, 'imports.header.licences.state'],
      [5, 'imports.header.licences.identifier']
    ])
    // The ID number's check character, as GB 11643 computes it, is named; the number is not.
    const expected = good[17] as string
    expect(result.errors.find((e) => e.row === 3)?.reason).toEqual({
      code: 'codes.citizenId.checksum',
      params: { expected, actual: badChecksum[17] }
    })
    expect(result.errors.find((e) => e.row === 5)?.reason).toEqual({
      code: 'imports.error.duplicateIdentifier',
      params: { row: 2 }
    })
    expect(inWords(result.errors)).toEqual([
      {
        row: 3,
        column: '持证主体代码',
        reason: `校验位应为“${expected}”，实际为“${badChecksum[17]}”`
      },
      {
        row: 4,
        column: '证照颁发机构代码',
        reason: '未找到统一社会信用代码为“914110000000000000”的颁发部门，请先导入部门'
      },
      { row: 4, column: '颁发日期', reason: '“2026-02-30”不是有效日期' },
      {
        row: 4,
        column: '证照状态',
        reason: '证照状态“作废”不在可选值中：有效、吊销、注销、废止、挂起、质押'
      },
      { row: 5, column: '证照标识', reason: '与第2行的证照标识重复' }
    ])
    // The raw code never appears in an error message either.
    expect(JSON.stringify(result.errors)).not.toContain(badChecksum)
  })

  it('refuses a 公民身份号码 declared as a USCC, which would be stored unmasked', async () => {
    const id = citizenId('19900101', '456')
    const row = [...personRow('C0001', id), '001']
    const result = await validateLicenceRows(
      { headers: [...LICENCE_HEADERS, '持证主体代码类型代码'], rows: [row] },
      context
    )
    expect(!result.ok && result.errors).toEqual([
      {
        row: 2,
        column: { code: 'imports.header.licences.holderCodeType' },
        reason: { code: 'imports.error.personalIdAsOrganization' }
      }
    ])
    expect(!result.ok && inWords(result.errors)).toEqual([
      {
        row: 2,
        column: '持证主体代码类型代码',
        reason: '该代码是公民身份号码，持证主体代码类型代码应为111'
      }
    ])
  })

  it('refuses, and never returns, an ID number filed under an organisation code type: mistyped, 15-digit, or under 099', async () => {
    const id = citizenId('19900101', '456')
    const mistyped = `${id.slice(0, 9)}${id[9] === '7' ? '8' : '7'}${id.slice(10)}`
    const legacy15 = '411002900101123'
    const rows = [
      [...personRow('C0002', mistyped), '001'],
      [...personRow('C0003', legacy15), '099'],
      [...personRow('C0004', id), '099']
    ].map((row) => [...row.slice(0, 3), '某某商行', ...row.slice(4)])
    const result = await validateLicenceRows(
      { headers: [...LICENCE_HEADERS, '持证主体代码类型代码'], rows },
      context
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => e.row)).toEqual([2, 3, 4])
    for (const code of [mistyped, legacy15, id]) expect(JSON.stringify(result)).not.toContain(code)
  })

  it('names every missing required column', async () => {
    const result = await validateLicenceRows(
      { headers: ['证照编号', '持证主体'], rows: [['1', '2']] },
      context
    )
    expect(!result.ok && inWords(result.errors)).toEqual(
      ['证照标识', '证照类型代码', '持证主体代码', '证照颁发机构代码', '颁发日期'].map(
        (column) => ({ row: 1, column, reason: `缺少必填列“${column}”` })
      )
    )
    expect(!result.ok && result.code).toBe('imports.result.columnsMissing')
  })

  it('matches headers ignoring blanks, full-width brackets and required-markers', () => {
    const mapped = mapColumns(
      [
        '* 证照标识',
        '证照类型代码',
        '证照编号',
        '持证主体名称',
        '持证主体代码',
        '颁发机构代码',
        '颁发日期 '
      ],
      LICENCE_COLUMNS
    )
    expect(mapped.ok).toBe(true)
  })
})

describe('department and catalog rows', () => {
  it('links a department to a parent given in the same file', () => {
    const branch = usccFromParts('11', '411081', '00567891')
    const result = validateDepartmentRows(
      {
        headers: [
          '部门名称',
          '统一社会信用代码',
          '行政区划代码',
          '机构级别',
          '上级部门统一社会信用代码'
        ],
        rows: [
          ['禹州市住房和城乡建设局', branch, '411081', '区县级', ISSUER_USCC],
          ['许昌市住房和城乡建设局', ISSUER_USCC, '411000', '', '']
        ]
      },
      { existingByUscc: new Map(), now: context.now }
    )
    expect(result.ok && result.records.map((d) => [d.name, d.level, d.parentId])).toEqual([
      ['禹州市住房和城乡建设局', 'county', `dept-${ISSUER_USCC}`],
      ['许昌市住房和城乡建设局', 'municipal', null]
    ])
  })

  it('rejects a catalog file with a malformed type code and an unknown issuer, row by row', () => {
    const headers = [
      '证照名称',
      '证照类型代码',
      '证照定义机构',
      '证照定义机构代码',
      '证照定义机构级别',
      '有效期限范围',
      '颁发部门统一社会信用代码'
    ]
    const definer = '11100000000013338W'
    const result = validateCatalogRows(
      {
        headers,
        rows: [
          [
            '建筑施工特种作业操作资格证',
            TYPE_CODE,
            '住房和城乡建设部',
            definer,
            '国家级',
            '2/Y',
            ISSUER_USCC
          ],
          ['某证', '123', '住房和城乡建设部', definer, '国家级', '长期', ISSUER_USCC],
          [
            '某证明',
            `${definer}033`,
            '住房和城乡建设部',
            definer,
            '国家级',
            '5年',
            usccFromParts('11', '411000', '00000001')
          ]
        ]
      },
      {
        departmentsByUscc: context.departmentsByUscc,
        existingByTypeCode: new Map(),
        actor: '审计员',
        now: context.now
      }
    )
    expect(!result.ok && inWords(result.errors).map((e) => [e.row, e.column])).toEqual([
      [3, '证照类型代码'],
      [4, '有效期限范围'],
      [4, '颁发部门统一社会信用代码']
    ])
  })
})

describe('file text', () => {
  it('parses quoted CSV fields with commas, quotes and line breaks, after a BOM', () => {
    const parsed = parseCsv('\uFEFF证照编号,持证主体\r\n"A,1","王""五"\r\n"B\n2",李四\n')
    expect(parsed).toEqual({
      ok: true,
      rows: [
        ['证照编号', '持证主体'],
        ['A,1', '王"五'],
        ['B\n2', '李四']
      ]
    })
  })

  it('reports a CSV cut off inside a quoted field', () => {
    const parsed = parseCsv('证照编号,持证主体\n"A1,王')
    expect(!parsed.ok && parsed.problem).toEqual({
      code: 'imports.csv.unterminatedQuote',
      params: { row: 2 }
    })
  })

  it('reads times as 北京时间 unless an offset is given', () => {
    expect(parseInstant('2026-01-05 9:30')).toEqual({
      ok: true,
      value: '2026-01-05T09:30:00+08:00'
    })
    expect(parseInstant('2026-01-05T01:30:00Z')).toEqual({
      ok: true,
      value: '2026-01-05T01:30:00Z'
    })
    expect(parseInstant('2026-01-05 25:00').ok).toBe(false)
  })
})
