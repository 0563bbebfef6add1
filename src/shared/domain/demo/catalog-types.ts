import type { HolderCategory } from '../licences/holder'
import type { GenerationMode } from '../licences/licence'
import { COUNTY_DIVISIONS } from './departments'

/** 证照定义机构 outside Xuchang. Codes for 住建部 and 自然资源部 are real (DOMAIN.md §1.4). */
export interface ExternalDefiner {
  key: string
  name: string
  level: 'national' | 'provincial'
  /** Known USCC; the others are generated with valid check characters for the demo. */
  uscc?: string
}

export const EXTERNAL_DEFINERS: readonly ExternalDefiner[] = [
  {
    key: 'mohurd',
    name: '中华人民共和国住房和城乡建设部',
    level: 'national',
    uscc: '11100000000013338W'
  },
  { key: 'mnr', name: '中华人民共和国自然资源部', level: 'national', uscc: '11100000MB03271699' },
  { key: 'samr', name: '国家市场监督管理总局', level: 'national' },
  { key: 'mca', name: '中华人民共和国民政部', level: 'national' },
  { key: 'mps', name: '中华人民共和国公安部', level: 'national' },
  { key: 'nhc', name: '国家卫生健康委员会', level: 'national' },
  { key: 'moe', name: '中华人民共和国教育部', level: 'national' },
  { key: 'mot', name: '中华人民共和国交通运输部', level: 'national' },
  { key: 'mohrss', name: '中华人民共和国人力资源和社会保障部', level: 'national' },
  { key: 'mee', name: '中华人民共和国生态环境部', level: 'national' },
  { key: 'mwr', name: '中华人民共和国水利部', level: 'national' },
  { key: 'moa', name: '中华人民共和国农业农村部', level: 'national' },
  { key: 'mct', name: '中华人民共和国文化和旅游部', level: 'national' },
  { key: 'mem', name: '中华人民共和国应急管理部', level: 'national' },
  { key: 'moj', name: '中华人民共和国司法部', level: 'national' },
  { key: 'mva', name: '中华人民共和国退役军人事务部', level: 'national' },
  { key: 'tobacco', name: '国家烟草专卖局', level: 'national' },
  { key: 'ha-samr', name: '河南省市场监督管理局', level: 'provincial' },
  { key: 'ha-hrss', name: '河南省人力资源和社会保障厅', level: 'provincial' },
  { key: 'ha-nhc', name: '河南省卫生健康委员会', level: 'provincial' }
]

/** [online, offline, bulk, legacy] relative shares of 生成方式. */
type ModeMix = readonly [number, number, number, number]
export const GENERATION_MODES: readonly GenerationMode[] = ['online', 'offline', 'bulk', 'legacy']

const MODE_MIXES: Record<string, ModeMix> = {
  online: [70, 25, 3, 2],
  counter: [30, 62, 3, 5],
  backlog: [15, 40, 5, 40],
  batch: [15, 20, 60, 5]
}

export interface LicenceTypeSpec {
  name: string
  /** 证照类型 */
  category: '证件' | '执照' | '批文' | '证明'
  holder: HolderCategory
  /** 有效期限范围 (GB/T 36902 encoding) */
  validity: string
  /** An external definer key, or `local:<department key>` for an Art. 11 type defined in Xuchang. */
  definer: string
  /** The type code's 3-digit sequence after the definer's USCC. */
  sequence: number
  /** Department keys that issue it; each gets its own catalog entry. */
  issuers: readonly string[]
  /** Relative share of the licences generated. */
  weight: number
  modes: ModeMix
  /** 证照编号 prefix; a year and a sequence follow. */
  numberPrefix: string
}

const CATEGORIES = ['证件', '执照', '批文', '证明'] as const

/**
 * Reads a table with one type per line:
 * 名称 | 证照类型 | 持证主体 (人/组织) | 有效期限范围 | 定义机构 | 顺序号 | 颁发部门 | 权重 | 生成方式 | 编号前缀.
 * Issuers are department keys separated by commas; `*scjg` stands for the six county
 * counterparts of `scjg`.
 */
function parseTypeTable(table: string): LicenceTypeSpec[] {
  return table
    .trim()
    .split('\n')
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim())
      const [name, category, holder, validity, definer, sequence, issuers, weight, modes, prefix] =
        cells
      const mix = MODE_MIXES[modes ?? '']
      const knownCategory = CATEGORIES.find((known) => known === category)
      if (cells.length !== 10 || !name || !knownCategory || !validity || !definer || !mix) {
        throw new Error(`malformed demo licence type: ${line}`)
      }
      return {
        name,
        category: knownCategory,
        holder: holder === '人' ? 'naturalPerson' : 'organization',
        validity,
        definer,
        sequence: Number(sequence),
        issuers: (issuers ?? '')
          .split(',')
          .flatMap((key) =>
            key.startsWith('*') ? COUNTY_DIVISIONS.map((d) => `${key.slice(1)}-${d.code}`) : [key]
          ),
        weight: Number(weight),
        modes: mix,
        numberPrefix: prefix ?? ''
      }
    })
}

/** Types with a national or provincial catalog standard (设置标准的上级证照). */
export const SUPERIOR_TYPES: readonly LicenceTypeSpec[] = parseTypeTable(`
营业执照 | 执照 | 组织 | 0/L | samr | 1 | scjg,*scjg | 160 | online | YYZZ
食品经营许可证 | 证件 | 组织 | 5/Y | samr | 12 | scjg,*scjg | 40 | online | JY
食品生产许可证 | 证件 | 组织 | 5/Y | samr | 13 | scjg | 6 | counter | SC
药品经营许可证 | 证件 | 组织 | 5/Y | samr | 21 | scjg | 4 | counter | YJ
特种设备使用登记证 | 证件 | 组织 | 0/L | samr | 31 | scjg | 8 | counter | TS
不动产权证书 | 证件 | 人 | 0/L | mnr | 1 | zrzy | 90 | counter | 豫许昌市不动产权第
不动产登记证明 | 证明 | 人 | 0/L | mnr | 2 | zrzy | 30 | counter | 豫许昌市不动产证明第
建设用地规划许可证 | 证件 | 组织 | 0/L | mnr | 11 | zrzy | 2 | counter | 地字第
建设工程规划许可证 | 证件 | 组织 | 0/L | mnr | 12 | zrzy | 3 | counter | 建字第
建筑业企业资质证书 | 证件 | 组织 | 5/Y | mohurd | 32 | zj,zj-411081,zj-411082 | 3 | counter | D2410
建筑工程施工许可证 | 证件 | 组织 | 1/Y | mohurd | 41 | zj,zj-411081,zj-411082 | 5 | counter | SG
商品房预售许可证 | 证件 | 组织 | 2/Y | mohurd | 45 | zj | 2 | counter | YS
建筑施工特种作业操作资格证 | 证件 | 人 | 2/Y | mohurd | 52 | zj | 6 | counter | TZ
燃气经营许可证 | 证件 | 组织 | 3/Y | mohurd | 61 | cg | 1 | counter | RQ
城镇污水排入排水管网许可证 | 证件 | 组织 | 5/Y | mohurd | 62 | cg | 2 | counter | PS
结婚证 | 证件 | 人 | 0/L | mca | 1 | mz,*mz | 60 | counter | J4110
离婚证 | 证件 | 人 | 0/L | mca | 2 | mz,*mz | 15 | counter | L4110
社会团体法人登记证书 | 证件 | 组织 | 5/Y | mca | 11 | mz | 1 | counter | ST
民办非企业单位登记证书 | 证件 | 组织 | 5/Y | mca | 12 | mz | 1 | counter | MF
机动车驾驶证 | 证件 | 人 | 6/Y | mps | 1 | ga | 70 | counter | JZ
机动车行驶证 | 证件 | 人 | 0/L | mps | 2 | ga | 60 | counter | XS
医师执业证书 | 证件 | 人 | 0/L | nhc | 1 | wsjk | 8 | online | YS
护士执业证书 | 证件 | 人 | 5/Y | nhc | 2 | wsjk | 10 | online | HS
医疗机构执业许可证 | 证件 | 组织 | 5/Y | nhc | 3 | wsjk | 2 | counter | YL
出生医学证明 | 证明 | 人 | 0/L | nhc | 4 | wsjk | 25 | online | R41
公共场所卫生许可证 | 证件 | 组织 | 4/Y | nhc | 8 | wsjk | 6 | counter | WS
教师资格证书 | 证件 | 人 | 0/L | moe | 1 | jy | 12 | backlog | JS
民办学校办学许可证 | 证件 | 组织 | 5/Y | moe | 3 | jy | 1 | counter | JY
道路运输经营许可证 | 证件 | 组织 | 4/Y | mot | 1 | jt | 5 | counter | DY
道路运输证 | 证件 | 组织 | 1/Y | mot | 2 | jt | 12 | counter | YZ
道路运输从业人员从业资格证 | 证件 | 人 | 6/Y | mot | 3 | jt | 10 | backlog | CY
人力资源服务许可证 | 证件 | 组织 | 0/L | mohrss | 1 | rs | 1 | counter | RL
劳务派遣经营许可证 | 证件 | 组织 | 3/Y | mohrss | 2 | rs | 1 | counter | LP
排污许可证 | 证件 | 组织 | 5/Y | mee | 1 | sthj | 3 | counter | PW
取水许可证 | 证件 | 组织 | 5/Y | mwr | 1 | sl | 1 | counter | QS
农药经营许可证 | 证件 | 组织 | 5/Y | moa | 4 | ny | 2 | counter | NY
兽药经营许可证 | 证件 | 组织 | 5/Y | moa | 5 | ny | 1 | counter | SY
娱乐经营许可证 | 证件 | 组织 | 2/Y | mct | 1 | wglv | 2 | counter | YL
危险化学品经营许可证 | 证件 | 组织 | 3/Y | mem | 3 | yj | 2 | counter | WH
烟花爆竹经营（零售）许可证 | 证件 | 组织 | 1/Y | mem | 4 | yj | 3 | counter | YH
律师执业证 | 证件 | 人 | 0/L | moj | 1 | sf | 2 | counter | LS
退役军人优待证 | 证件 | 人 | 0/L | mva | 1 | tyjr | 12 | backlog | YD
烟草专卖零售许可证 | 证件 | 组织 | 5/Y | tobacco | 1 | yc | 15 | online | YC
食品小作坊登记证 | 证件 | 组织 | 3/Y | ha-samr | 1 | scjg,*scjg | 4 | counter | XZF
食品摊贩登记卡 | 证件 | 人 | 1/Y | ha-samr | 2 | *scjg | 5 | counter | TF
职业技能等级证书 | 证件 | 人 | 0/L | ha-hrss | 1 | rs | 18 | batch | ZJ
母婴保健技术服务执业许可证 | 证件 | 组织 | 3/Y | ha-nhc | 1 | wsjk | 1 | counter | MY
`)

/** Art. 11 types defined by Xuchang agencies, with no superior catalog standard. */
export const LOCAL_TYPES: readonly LicenceTypeSpec[] = parseTypeTable(`
许昌市城市道路挖掘许可证 | 批文 | 组织 | 3/M | local:cg | 1 | cg | 2 | counter | WJ
许昌市户外广告设置许可证 | 批文 | 组织 | 1/Y | local:cg | 2 | cg | 3 | counter | GG
许昌市临时占用城市道路许可证 | 批文 | 组织 | 6/M | local:cg | 3 | cg | 3 | counter | ZD
许昌市建筑垃圾处置核准证 | 批文 | 组织 | 6/M | local:cg | 4 | cg | 2 | counter | LJ
许昌市养犬登记证 | 证件 | 人 | 1/Y | local:ga | 1 | ga | 6 | online | YQ
许昌市居住证 | 证件 | 人 | 1/Y | local:ga | 2 | ga | 14 | counter | JZZ
许昌市人才服务绿卡 | 证件 | 人 | 3/Y | local:rs | 1 | rs | 3 | online | RC
许昌市创业担保贷款资格证明 | 证明 | 人 | 1/Y | local:rs | 2 | rs | 2 | online | CD
许昌市老年人优待证 | 证件 | 人 | 0/L | local:mz | 1 | mz,*mz | 10 | backlog | LN
许昌市最低生活保障证 | 证件 | 人 | 1/Y | local:mz | 2 | mz,*mz | 6 | counter | DB
许昌市特困人员救助供养证 | 证件 | 人 | 1/Y | local:mz | 3 | mz | 1 | counter | TK
许昌市殡葬服务证明 | 证明 | 人 | 0/L | local:mz | 4 | mz | 3 | counter | BZ
许昌市个体工商户经营场所证明 | 证明 | 人 | 0/L | local:scjg | 1 | *scjg | 5 | online | CS
许昌市计量器具检定合格证明 | 证明 | 组织 | 1/Y | local:scjg | 2 | scjg | 3 | batch | JL
许昌市农村宅基地使用权证明 | 证明 | 人 | 0/L | local:zrzy | 1 | zrzy | 4 | backlog | ZJD
许昌市地名核准通知书 | 批文 | 组织 | 0/L | local:zrzy | 2 | zrzy | 1 | counter | DM
许昌市房屋交易合同备案证明 | 证明 | 人 | 0/L | local:zj | 1 | zj,zj-411081,zj-411082 | 14 | online | BA
许昌市物业服务项目备案证明 | 证明 | 组织 | 3/Y | local:zj | 2 | zj | 1 | counter | WY
许昌市住房保障资格证明 | 证明 | 人 | 1/Y | local:zj | 3 | zj | 3 | counter | BZF
许昌市新生儿预防接种证 | 证件 | 人 | 0/L | local:wsjk | 1 | wsjk | 8 | online | JZ
许昌市健康证明 | 证明 | 人 | 1/Y | local:wsjk | 2 | wsjk | 12 | online | JK
许昌市义务教育入学登记证明 | 证明 | 人 | 1/Y | local:jy | 1 | jy | 8 | online | RX
许昌市出租汽车驾驶员服务资格证 | 证件 | 人 | 6/Y | local:jt | 1 | jt | 2 | counter | CZ
许昌市网络预约出租汽车运输证 | 证件 | 组织 | 8/Y | local:jt | 2 | jt | 2 | counter | WYC
许昌市灵活就业登记证明 | 证明 | 人 | 1/Y | local:rs | 3 | rs | 4 | online | LH
许昌市排水户分类证明 | 证明 | 组织 | 3/Y | local:cg | 5 | cg | 1 | counter | PSH
许昌市河道采砂许可证 | 批文 | 组织 | 1/Y | local:sl | 1 | sl | 1 | counter | CSH
许昌市农机驾驶操作证 | 证件 | 人 | 6/Y | local:ny | 1 | ny | 2 | counter | NJ
许昌市动物防疫条件合格证 | 证件 | 组织 | 0/L | local:ny | 2 | ny | 1 | counter | DF
许昌市营业性演出备案证明 | 证明 | 组织 | 1/Y | local:wglv | 1 | wglv | 1 | counter | YC
许昌市旅行社分社备案证明 | 证明 | 组织 | 3/Y | local:wglv | 2 | wglv | 1 | counter | LX
许昌市安全生产标准化证书 | 证件 | 组织 | 3/Y | local:yj | 1 | yj | 1 | counter | AQ
许昌市法律援助决定书 | 批文 | 人 | 6/M | local:sf | 1 | sf | 2 | counter | FY
许昌市人民调解协议书 | 证明 | 人 | 0/L | local:sf | 2 | sf | 2 | counter | TJ
许昌市对外贸易经营者备案证明 | 证明 | 组织 | 0/L | local:sw | 1 | sw | 1 | online | WM
许昌市单用途预付卡备案证明 | 证明 | 组织 | 1/Y | local:sw | 2 | sw | 1 | counter | YFK
许昌市退役军人光荣牌证明 | 证明 | 人 | 0/L | local:tyjr | 1 | tyjr | 3 | backlog | GR
许昌市医疗保障待遇资格证明 | 证明 | 人 | 1/Y | local:yb | 1 | yb | 10 | online | YB
许昌市企业投资项目备案证明 | 证明 | 组织 | 2/Y | local:fg | 1 | fg | 2 | online | XM
许昌市经开区企业入驻证明 | 证明 | 组织 | 3/Y | local:jkq | 1 | jkq | 2 | online | RZ
许昌市示范区建设项目核准证明 | 批文 | 组织 | 2/Y | local:cxyt | 1 | cxyt | 1 | counter | HZ
许昌市东城区人才公寓入住证明 | 证明 | 人 | 1/Y | local:dcq | 1 | dcq | 1 | online | GY
`)

/**
 * Types that Xuchang agencies issue but never registered in the catalog: the licences planted for
 * `catalog.unregistered-type` carry these codes.
 */
export const UNREGISTERED_TYPES: readonly LicenceTypeSpec[] = parseTypeTable(`
许昌市门头招牌设置备案证明 | 证明 | 组织 | 3/Y | local:cg | 90 | cg | 1 | counter | MT
许昌市二手车交易登记证明 | 证明 | 人 | 0/L | local:sw | 90 | sw | 1 | counter | ESC
许昌市校外培训机构备案证明 | 证明 | 组织 | 1/Y | local:jy | 90 | jy | 1 | counter | PX
`)
