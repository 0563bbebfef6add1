import { list, message, type Message } from '../../i18n/message'
import { divisionCodeFindings } from './division'
import { invalid, nested, result, warning, type CodeCheckResult, type CodeReason } from './result'

/** GB 32100 alphabet: digits and upper-case letters without I, O, S, V, Z. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/** 3^(i−1) mod 31 for positions 1–17. */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** GB 11714 weights for the 8-character body of the 组织机构代码 (positions 9–16). */
const ORGANIZATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

/**
 * 登记管理部门 (position 1) and 机构类别 (position 2). Departments with `categories: null` are
 * reported in practice but unverified (DOMAIN.md §1.5), so their category is not checked. `label`
 * is the department's name as a message (机构编制 / staffing authorities …).
 */
export const USCC_REGISTRATION_DEPARTMENTS: Record<
  string,
  { label: Message; categories: Record<string, string> | null }
> = {
  '1': {
    label: message('codes.usccDepartment.staffing'),
    categories: { '1': '机关', '2': '事业单位', '9': '其他' }
  },
  '5': {
    label: message('codes.usccDepartment.civilAffairs'),
    categories: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' }
  },
  '9': {
    label: message('codes.usccDepartment.industryAndCommerce'),
    categories: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' }
  },
  Y: { label: message('codes.usccDepartment.other'), categories: null },
  '2': { label: message('codes.usccDepartment.foreignAffairs'), categories: null },
  '3': { label: message('codes.usccDepartment.justice'), categories: null },
  '4': { label: message('codes.usccDepartment.culture'), categories: null },
  '6': { label: message('codes.usccDepartment.tourism'), categories: null },
  '7': { label: message('codes.usccDepartment.religion'), categories: null },
  '8': { label: message('codes.usccDepartment.tradeUnion'), categories: null },
  A: { label: message('codes.usccDepartment.militaryCommission'), categories: null },
  N: { label: message('codes.usccDepartment.agriculture'), categories: null }
}

/** The 18th character for the first 17, or null when one lies outside the alphabet. */
export function computeUsccCheck(first17: string): string | null {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i] ?? '')
    if (value < 0) return null
    sum += value * (USCC_WEIGHTS[i] ?? 0)
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] ?? null
}

/** GB 11714 check character for an 8-character 组织机构代码 body: 0–9 or X. */
export function computeOrganizationCodeCheck(body: string): string | null {
  let sum = 0
  for (let i = 0; i < 8; i++) {
    const char = body[i] ?? ''
    // GB 11714 values: digits as themselves, A=10 … Z=35.
    const value = /[0-9A-Z]/.test(char) ? parseInt(char, 36) : -1
    if (value < 0) return null
    sum += value * (ORGANIZATION_CODE_WEIGHTS[i] ?? 0)
  }
  const check = 11 - (sum % 11)
  return check === 10 ? 'X' : check === 11 ? '0' : String(check)
}

/** Findings for an already normalised 18-character candidate; reused by the composite codes. */
export function usccFindings(code: string): CodeReason[] {
  if (code.length !== 18) {
    return [invalid(message('codes.uscc.length', { length: code.length }))]
  }
  const illegal = [...code]
    .map((char, index) => ({ char, position: index + 1 }))
    .filter(({ char }) => !USCC_ALPHABET.includes(char))
  if (illegal.length > 0) {
    const characters = illegal.map(({ char, position }) =>
      message('codes.uscc.characterAt', { position, character: char })
    )
    return [invalid(message('codes.uscc.alphabet', { characters: list(characters) }))]
  }
  const findings: CodeReason[] = []
  const division = code.slice(2, 8)
  if (!/^\d{6}$/.test(division)) {
    return [invalid(message('codes.uscc.division.format', { division }))]
  }
  const divisionFindings = divisionCodeFindings(division, { allowNational: true })
  // Inside a USCC a doubtful division is only a warning: the code itself is still the holder's.
  findings.push(
    ...nested((reason) => message('codes.uscc.division.finding', { reason }), divisionFindings).map(
      warning
    )
  )
  findings.push(...registrationFindings(code))
  const organizationCheck = computeOrganizationCodeCheck(code.slice(8, 16))
  if (organizationCheck !== code[16]) {
    findings.push(
      warning(
        message('codes.uscc.organizationCode.checksum', {
          expected: String(organizationCheck),
          actual: code.slice(16, 17)
        })
      )
    )
  }
  const check = computeUsccCheck(code)
  if (check !== code[17]) {
    findings.push(
      warning(message('codes.uscc.checksum', { expected: String(check), actual: code.slice(17) }))
    )
  }
  return findings
}

function registrationFindings(code: string): CodeReason[] {
  const departmentChar = code[0] ?? ''
  const categoryChar = code[1] ?? ''
  const department = Object.hasOwn(USCC_REGISTRATION_DEPARTMENTS, departmentChar)
    ? USCC_REGISTRATION_DEPARTMENTS[departmentChar]
    : undefined
  if (!department) {
    return [warning(message('codes.uscc.registrationDepartment', { character: departmentChar }))]
  }
  if (department.categories && !Object.hasOwn(department.categories, categoryChar)) {
    return [
      warning(
        message('codes.uscc.category', { character: categoryChar, department: department.label })
      )
    ]
  }
  return []
}

/** 统一社会信用代码 (GB 32100-2015). */
export function checkUscc(input: string): CodeCheckResult {
  const normalized = input.trim().toUpperCase()
  return result('uscc', normalized, usccFindings(normalized))
}
