import { describe, expect, it } from 'vitest'
import {
  validateUsageAuthorizationRows,
  type UsageAuthorizationImportContext
} from '../../../../src/shared/domain/imports'
import { usccFromParts } from '../../../../src/shared/domain/demo/codes'
import type { Department, UsageAuthorization } from '../../../../src/shared/domain/licences'
import { inWords, ISSUER, ISSUER_USCC, TYPE_CODE } from './fixtures'

/** 许昌市政务服务中心, a using unit that issues nothing. */
const CENTRE_USCC = usccFromParts('12', '411000', '41600003')
const CENTRE: Department = {
  ...ISSUER,
  id: 'dept-zwfwzx',
  name: '许昌市政务服务中心',
  uscc: CENTRE_USCC
}
/** A well-formed code of no stored department. */
const STRANGER_USCC = usccFromParts('11', '411000', '00999999')
/** 住建部's type code 009 (DOMAIN §1.4), catalogued next to TYPE_CODE (032). */
const OTHER_TYPE_CODE = '11100000000013338W009'

const HEADERS = [
  '证照类型代码＊',
  '用证单位统一社会信用代码＊',
  '用证单位名称',
  '授权起始日期',
  '授权截止日期',
  '授权依据'
]

const context: UsageAuthorizationImportContext = {
  departmentsByUscc: new Map([
    [ISSUER_USCC, ISSUER],
    [CENTRE_USCC, CENTRE]
  ]),
  catalogTypeCodes: new Set([TYPE_CODE, OTHER_TYPE_CODE]),
  existingById: new Map(),
  now: '2026-11-27T02:00:00.000Z'
}

describe('usage authorisation rows (用证授权, Art. 28)', () => {
  it('turns good rows into one authorisation per unit and type, blank bounds left open', () => {
    const result = validateUsageAuthorizationRows(
      {
        headers: HEADERS,
        rows: [
          [TYPE_CODE, CENTRE_USCC, '许昌市政务服务中心', '2026-01-01', '长期', '许政数〔2026〕3号'],
          [OTHER_TYPE_CODE.toLowerCase(), ` ${ISSUER_USCC} `, '', '2026年3月1日', '2026/12/31', ''],
          [OTHER_TYPE_CODE, CENTRE_USCC, '', '', '', '']
        ]
      },
      context
    )
    const common = { rev: 1, deleted: false, serverSeq: null, updatedAt: context.now }
    expect(result).toEqual({
      ok: true,
      records: [
        {
          ...common,
          id: `auth-11100000000013338W032-${CENTRE_USCC}`,
          typeCode: '11100000000013338W032',
          unit: { name: '许昌市政务服务中心', uscc: CENTRE_USCC },
          validFrom: '2026-01-01',
          validUntil: '长期',
          basis: '许政数〔2026〕3号'
        },
        {
          ...common,
          id: `auth-11100000000013338W009-${ISSUER_USCC}`,
          typeCode: '11100000000013338W009',
          unit: { name: '许昌市住房和城乡建设局', uscc: ISSUER_USCC },
          validFrom: '2026-03-01',
          validUntil: '2026-12-31',
          basis: null
        },
        {
          ...common,
          id: `auth-11100000000013338W009-${CENTRE_USCC}`,
          typeCode: '11100000000013338W009',
          unit: { name: '许昌市政务服务中心', uscc: CENTRE_USCC },
          validFrom: null,
          validUntil: '长期',
          basis: null
        }
      ]
    })
  })

  it('updates an authorisation already stored rather than adding a second one', () => {
    const stored: UsageAuthorization = {
      id: `auth-11100000000013338W032-${CENTRE_USCC}`,
      rev: 3,
      deleted: false,
      serverSeq: 41,
      updatedAt: '2026-01-01T01:00:00.000Z',
      typeCode: TYPE_CODE,
      unit: { name: '许昌市政务服务中心', uscc: CENTRE_USCC },
      validFrom: '2026-01-01',
      validUntil: '长期',
      basis: null
    }
    const result = validateUsageAuthorizationRows(
      { headers: HEADERS, rows: [[TYPE_CODE, CENTRE_USCC, '', '2026-01-01', '2026-06-30', '']] },
      { ...context, existingById: new Map([[stored.id, stored]]) }
    )
    expect(result.ok && result.records).toEqual([
      { ...stored, rev: 4, updatedAt: context.now, validUntil: '2026-06-30' }
    ])
  })

  it('reports every bad row (unknown unit, bad dates, bad licence type) and returns nothing', () => {
    const result = validateUsageAuthorizationRows(
      {
        headers: HEADERS,
        rows: [
          [TYPE_CODE, CENTRE_USCC, '', '2026-01-01', '', ''],
          [TYPE_CODE, STRANGER_USCC, '', '2026-01-01', '', ''],
          [TYPE_CODE, ISSUER_USCC, '', '2026-02-30', '明年', ''],
          [OTHER_TYPE_CODE, CENTRE_USCC, '', '2026-06-01', '2026-05-31', ''],
          ['11100000000013338W03', CENTRE_USCC, '', '', '', ''],
          ['11100000000013338W099', CENTRE_USCC, '', '', '', ''],
          [TYPE_CODE, CENTRE_USCC, '', '2026-03-01', '', ''],
          [OTHER_TYPE_CODE, ISSUER_USCC, '许昌市民政局', '', '', ''],
          ['', '', '', '', '', '']
        ]
      },
      context
    )
    expect(result).toMatchObject({ ok: false, code: 'imports.result.rowsInvalid' })
    expect(!result.ok && result.errors[6]).toEqual({
      row: 8,
      column: null,
      reason: { code: 'imports.error.duplicateAuthorization', params: { row: 2 } }
    })
    expect(!result.ok && result.errors[7]).toEqual({
      row: 9,
      column: { code: 'imports.header.usageAuthorizations.unitName' },
      reason: {
        code: 'imports.error.unitNameMismatch',
        params: { given: '许昌市民政局', name: '许昌市住房和城乡建设局' }
      }
    })
    expect(!result.ok && inWords(result.errors)).toEqual([
      {
        row: 3,
        column: '用证单位统一社会信用代码',
        reason: `未找到统一社会信用代码为“${STRANGER_USCC}”的部门，请先导入部门`
      },
      { row: 4, column: '授权起始日期', reason: '“2026-02-30”不是有效日期' },
      {
        row: 4,
        column: '授权截止日期',
        reason: '“明年”不是日期，应写作2026-01-05或2026年1月5日'
      },
      { row: 5, column: '授权截止日期', reason: '授权截止日期早于起始日期' },
      { row: 6, column: '证照类型代码', reason: '证照类型代码应为21位，实际为20位' },
      {
        row: 7,
        column: '证照类型代码',
        reason: '证照目录中没有证照类型代码为“11100000000013338W099”的证照，请先导入证照目录'
      },
      { row: 8, column: '', reason: '与第2行的证照类型代码和用证单位重复' },
      {
        row: 9,
        column: '用证单位名称',
        reason: '用证单位名称“许昌市民政局”与该统一社会信用代码的部门“许昌市住房和城乡建设局”不一致'
      }
    ])
  })

  it('names each missing required column, and refuses a file without data rows', () => {
    const missing = validateUsageAuthorizationRows(
      { headers: ['用证单位名称'], rows: [['x']] },
      context
    )
    expect(missing).toMatchObject({ ok: false, code: 'imports.result.columnsMissing' })
    expect(!missing.ok && missing.errors[0]).toEqual({
      row: 1,
      column: { code: 'imports.header.usageAuthorizations.typeCode' },
      reason: {
        code: 'imports.error.missingColumn',
        params: { column: { code: 'imports.header.usageAuthorizations.typeCode' } }
      }
    })
    expect(!missing.ok && inWords(missing.errors)).toEqual([
      { row: 1, column: '证照类型代码', reason: '缺少必填列“证照类型代码”' },
      {
        row: 1,
        column: '用证单位统一社会信用代码',
        reason: '缺少必填列“用证单位统一社会信用代码”'
      }
    ])
    expect(validateUsageAuthorizationRows({ headers: HEADERS, rows: [] }, context)).toEqual({
      ok: false,
      code: 'imports.result.empty',
      errors: [{ row: 2, column: null, reason: { code: 'imports.error.noDataRows' } }]
    })
  })
})
