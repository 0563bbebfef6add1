import { message, type Message } from '../../i18n/message'
import { invalid, result, warning, type CodeCheckResult, type CodeReason } from './result'

export interface XuchangDivision {
  code: string
  /** The division's name as GB/T 2260 (or the NBS) spells it: data, stored and exported as is. */
  name: string
  /** The name in the reader's language. */
  label: Message
  /** 411071 is an NBS statistical code, not a GB/T 2260 division (DOMAIN.md §1.7). */
  statisticalOnly: boolean
}

/**
 * 许昌市 divisions in force. The 城乡一体化示范区 and 东城区 have no code: they are organisations
 * under 411000, not divisions.
 */
export const XUCHANG_DIVISIONS: readonly XuchangDivision[] = [
  {
    code: '411000',
    name: '许昌市',
    label: message('codes.division.name.xuchang'),
    statisticalOnly: false
  },
  {
    code: '411002',
    name: '魏都区',
    label: message('codes.division.name.weidu'),
    statisticalOnly: false
  },
  {
    code: '411003',
    name: '建安区',
    label: message('codes.division.name.jianan'),
    statisticalOnly: false
  },
  {
    code: '411024',
    name: '鄢陵县',
    label: message('codes.division.name.yanling'),
    statisticalOnly: false
  },
  {
    code: '411025',
    name: '襄城县',
    label: message('codes.division.name.xiangcheng'),
    statisticalOnly: false
  },
  {
    code: '411081',
    name: '禹州市',
    label: message('codes.division.name.yuzhou'),
    statisticalOnly: false
  },
  {
    code: '411082',
    name: '长葛市',
    label: message('codes.division.name.changge'),
    statisticalOnly: false
  },
  {
    code: '411071',
    name: '许昌经济技术开发区',
    label: message('codes.division.name.economicZone'),
    statisticalOnly: true
  }
]

const XUCHANG_PREFIX = '4110'

const provinceCodeList =
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82'

/** GB/T 2260 province-level codes (省、自治区、直辖市、特别行政区). */
export const PROVINCE_CODES: ReadonlySet<string> = new Set(provinceCodeList.split(' '))

/** Registration authorities of central bodies put 100000 (全国) where a division would be. */
export const NATIONAL_CODE = '100000'

/**
 * Findings for a 6-digit string, without a kind: reused inside USCCs, where `100000` is normal.
 */
export function divisionCodeFindings(
  code: string,
  options: { allowNational: boolean }
): CodeReason[] {
  if (!/^\d{6}$/.test(code)) {
    return [invalid(message('codes.division.format', { code }))]
  }
  if (code === NATIONAL_CODE) {
    return options.allowNational ? [] : [warning(message('codes.division.national', { code }))]
  }
  const province = code.slice(0, 2)
  const prefecture = code.slice(2, 4)
  const county = code.slice(4, 6)
  if (!PROVINCE_CODES.has(province)) {
    return [invalid(message('codes.division.province', { province }))]
  }
  if (prefecture === '00' && county !== '00') {
    return [invalid(message('codes.division.structure', { county }))]
  }
  if (!code.startsWith(XUCHANG_PREFIX)) return []
  const known = XUCHANG_DIVISIONS.find((division) => division.code === code)
  if (!known) {
    return [warning(message('codes.division.xuchangUnknown', { code }))]
  }
  if (known.statisticalOnly) {
    return [warning(message('codes.division.statisticalOnly', { code, name: known.label }))]
  }
  return []
}

/** 行政区划代码 (GB/T 2260): 6-digit structure everywhere, the current table within 许昌. */
export function checkDivisionCode(input: string): CodeCheckResult {
  const normalized = input.trim()
  return result(
    'divisionCode',
    normalized,
    divisionCodeFindings(normalized, { allowNational: false })
  )
}
