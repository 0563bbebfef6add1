import type { Department } from '../licences/department'
import type { AuthorityLevel } from '../licences/common'
import { randomUscc } from './codes'
import type { SeededRandom } from './prng'

/** The divisions where county-level departments sit (DOMAIN.md §1.7). */
export const COUNTY_DIVISIONS = [
  { code: '411002', name: '魏都区' },
  { code: '411003', name: '建安区' },
  { code: '411024', name: '鄢陵县' },
  { code: '411025', name: '襄城县' },
  { code: '411081', name: '禹州市' },
  { code: '411082', name: '长葛市' }
] as const

interface DepartmentSpec {
  key: string
  name: string
  level: AuthorityLevel
  /** Division served; null for the functional zones, which have none. */
  divisionCode: string | null
  /** USCC positions 1–2: `11` 机关, `12` 事业单位. */
  registration: '11' | '12'
  parentKey: string | null
}

const MUNICIPAL: readonly (readonly [string, string])[] = [
  ['dsj', '许昌市政务服务和大数据管理局'],
  ['scjg', '许昌市市场监督管理局'],
  ['zrzy', '许昌市自然资源和规划局'],
  ['zj', '许昌市住房和城乡建设局'],
  ['mz', '许昌市民政局'],
  ['ga', '许昌市公安局'],
  ['wsjk', '许昌市卫生健康委员会'],
  ['jy', '许昌市教育局'],
  ['jt', '许昌市交通运输局'],
  ['rs', '许昌市人力资源和社会保障局'],
  ['sthj', '许昌市生态环境局'],
  ['sl', '许昌市水利局'],
  ['ny', '许昌市农业农村局'],
  ['cg', '许昌市城市管理局'],
  ['wglv', '许昌市文化广电和旅游局'],
  ['yj', '许昌市应急管理局'],
  ['sf', '许昌市司法局'],
  ['sw', '许昌市商务局'],
  ['tyjr', '许昌市退役军人事务局'],
  ['yb', '许昌市医疗保障局'],
  ['fg', '许昌市发展和改革委员会'],
  ['yc', '许昌市烟草专卖局']
]

/** County counterparts that issue licences; the key suffix is the municipal key. */
const COUNTY_KINDS: readonly (readonly [string, string])[] = [
  ['scjg', '市场监督管理局'],
  ['mz', '民政局']
]

function departmentSpecs(): DepartmentSpec[] {
  const specs: DepartmentSpec[] = MUNICIPAL.map(([key, name]) => ({
    key,
    name,
    level: 'municipal',
    divisionCode: '411000',
    registration: '11',
    parentKey: null
  }))
  specs.push(
    {
      key: 'zwfwzx',
      name: '许昌市政务服务中心',
      level: 'municipal',
      divisionCode: '411000',
      registration: '12',
      parentKey: 'dsj'
    },
    {
      key: 'jkq',
      name: '许昌经济技术开发区管理委员会',
      level: 'municipal',
      divisionCode: '411071',
      registration: '11',
      parentKey: null
    },
    {
      key: 'cxyt',
      name: '许昌市城乡一体化示范区管理委员会',
      level: 'municipal',
      divisionCode: null,
      registration: '11',
      parentKey: null
    },
    {
      key: 'dcq',
      name: '许昌市东城区管理委员会',
      level: 'municipal',
      divisionCode: null,
      registration: '11',
      parentKey: null
    }
  )
  for (const division of COUNTY_DIVISIONS) {
    for (const [kind, suffix] of COUNTY_KINDS) {
      specs.push({
        key: `${kind}-${division.code}`,
        name: `${division.name}${suffix}`,
        level: 'county',
        divisionCode: division.code,
        registration: '11',
        parentKey: kind
      })
    }
  }
  for (const code of ['411081', '411082']) {
    const division = COUNTY_DIVISIONS.find((d) => d.code === code)
    specs.push({
      key: `zj-${code}`,
      name: `${division?.name ?? ''}住房和城乡建设局`,
      level: 'county',
      divisionCode: code,
      registration: '11',
      parentKey: 'zj'
    })
  }
  return specs
}

/** A department together with the key the demo tables refer to it by. */
export interface DemoDepartment {
  key: string
  record: Department
}

export const DEMO_EPOCH = '2025-01-01T08:00:00+08:00'

export function departmentId(key: string): string {
  return `dept-${key}`
}

/**
 * The city's licence-issuing and licence-using departments, 40 in all. Municipal bodies register
 * under 411000 (`11411000…`); the development zone's statistical code 411071 is not a GB/T 2260
 * division, so its USCC also carries 411000.
 */
export function buildDepartments(random: SeededRandom): DemoDepartment[] {
  return departmentSpecs().map((spec, index) => {
    const registeredDivision =
      spec.divisionCode === null || spec.divisionCode === '411071' ? '411000' : spec.divisionCode
    return {
      key: spec.key,
      record: {
        id: departmentId(spec.key),
        rev: 1,
        deleted: false,
        serverSeq: index + 1,
        updatedAt: DEMO_EPOCH,
        name: spec.name,
        uscc: randomUscc(random, spec.registration, registeredDivision),
        divisionCode: spec.divisionCode,
        level: spec.level,
        parentId: spec.parentKey === null ? null : departmentId(spec.parentKey)
      }
    }
  })
}
