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
 * reported in practice but unverified (DOMAIN.md §1.5), so their category is not checked.
 */
export const USCC_REGISTRATION_DEPARTMENTS: Record<
  string,
  { label: string; categories: Record<string, string> | null }
> = {
  '1': { label: '机构编制', categories: { '1': '机关', '2': '事业单位', '9': '其他' } },
  '5': {
    label: '民政',
    categories: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' }
  },
  '9': { label: '工商', categories: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  Y: { label: '其他', categories: null },
  '2': { label: '外交', categories: null },
  '3': { label: '司法', categories: null },
  '4': { label: '文化', categories: null },
  '6': { label: '旅游', categories: null },
  '7': { label: '宗教', categories: null },
  '8': { label: '工会', categories: null },
  A: { label: '中央军委改革和编制办公室', categories: null },
  N: { label: '农业', categories: null }
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
    return [invalid('uscc.length', `统一社会信用代码应为18位，实际为${code.length}位`)]
  }
  const illegal = [...code]
    .map((char, index) => ({ char, position: index + 1 }))
    .filter(({ char }) => !USCC_ALPHABET.includes(char))
  if (illegal.length > 0) {
    const list = illegal.map(({ char, position }) => `第${position}位“${char}”`).join('、')
    return [invalid('uscc.alphabet', `含不允许的字符：${list}（不使用 I、O、S、V、Z）`)]
  }
  const findings: CodeReason[] = []
  const division = code.slice(2, 8)
  if (!/^\d{6}$/.test(division)) {
    return [
      invalid('uscc.division.format', `第3–8位应为登记管理机关行政区划代码，实际为“${division}”`)
    ]
  }
  const divisionFindings = divisionCodeFindings(division, { allowNational: true })
  findings.push(
    ...nested('第3–8位登记管理机关行政区划代码', divisionFindings).map((reason) =>
      warning(`uscc.${reason.code}`, reason.message)
    )
  )
  findings.push(...registrationFindings(code))
  const organizationCheck = computeOrganizationCodeCheck(code.slice(8, 16))
  if (organizationCheck !== code[16]) {
    findings.push(
      warning(
        'uscc.organizationCode.checksum',
        `第9–17位组织机构代码校验位应为“${organizationCheck}”，实际为“${code[16]}”`
      )
    )
  }
  const check = computeUsccCheck(code)
  if (check !== code[17]) {
    findings.push(
      warning(
        'uscc.checksum',
        `校验位应为“${check}”，实际为“${code[17]}”（早期试点地区的代码可能如此，请向发证单位核实）`
      )
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
    return [warning('uscc.registrationDepartment', `第1位登记管理部门代码“${departmentChar}”未知`)]
  }
  if (department.categories && !Object.hasOwn(department.categories, categoryChar)) {
    return [
      warning(
        'uscc.category',
        `第2位机构类别代码“${categoryChar}”不属于登记管理部门“${department.label}”`
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
