import { createCliWords } from '../../../../src/cli/i18n'
import { computeCitizenIdCheck, computeUsccCheck } from '../../../../src/shared/domain/codes'
import { buildLicenceIdentifier } from '../../../../src/shared/domain/codes/licence-identifier'
import { usccFromParts } from '../../../../src/shared/domain/demo/codes'
import type { ImportRowError } from '../../../../src/shared/domain/imports'
import type { Department } from '../../../../src/shared/domain/licences'

/** 许昌市住房和城乡建设局, as the issuing department of the test files. */
export const ISSUER_USCC = usccFromParts('11', '411000', '00567890')
export const ISSUER: Department = {
  id: 'dept-zjj',
  rev: 1,
  deleted: false,
  serverSeq: null,
  updatedAt: '2025-01-01T08:00:00+08:00',
  name: '许昌市住房和城乡建设局',
  uscc: ISSUER_USCC,
  divisionCode: '411000',
  level: 'municipal',
  parentId: null
}

/** 住建部's type code 032 (DOMAIN §1.4). */
export const TYPE_CODE = '11100000000013338W032'

export function citizenId(birth: string, sequence: string): string {
  const first17 = `411002${birth}${sequence}`
  return `${first17}${computeCitizenIdCheck(first17)}`
}

export const COMPANY_USCC = usccFromParts('91', '411002', 'MA44TE9T')

export function identifier(serial: string): string {
  const built = buildLicenceIdentifier({
    typeCode: TYPE_CODE,
    issuerCode: ISSUER_USCC,
    serial,
    version: '001'
  })
  if (!built.ok) throw new Error('bad identifier fixture')
  return built.identifier
}

export const LICENCE_HEADERS = [
  '证照标识',
  '证照类型代码',
  '证照编号',
  '持证主体',
  '持证主体代码',
  '证照颁发机构代码',
  '颁发日期',
  '有效期截止日期',
  '证照状态',
  '生成方式'
]

/** A good row: a person's 建筑施工特种作业操作资格证 with a valid 公民身份号码. */
export function personRow(serial: string, id = citizenId('19850312', '123')): string[] {
  return [
    identifier(serial),
    TYPE_CODE,
    `JZ${serial}`,
    '张三丰',
    id,
    ISSUER_USCC,
    '2026-01-05',
    '2031-01-04',
    '有效',
    '线下生成'
  ]
}

export function companyRow(serial: string): string[] {
  return [
    identifier(serial),
    TYPE_CODE,
    `JZ${serial}`,
    '许昌瑞鑫建筑工程有限公司',
    COMPANY_USCC,
    ISSUER_USCC,
    '2026年1月6日',
    '长期',
    '',
    ''
  ]
}

export { computeUsccCheck }

const zh = createCliWords('zh-CN')

/** An import's errors as the report shows them in Chinese: row, column and reason in words. */
export function inWords(errors: readonly ImportRowError[]) {
  return errors.map(({ row, column, reason }) => ({
    row,
    column: column === null ? '' : zh.say(column),
    reason: zh.say(reason)
  }))
}
