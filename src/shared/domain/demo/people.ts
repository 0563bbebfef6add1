import { dayNumberFromCivil, isoDateOfDayNumber } from '../calendar/iso-date'
import type { RawHolder } from '../privacy/stored-holder'
import { randomCitizenId, randomUscc } from './codes'
import { COUNTY_DIVISIONS } from './departments'
import type { SeededRandom } from './prng'

const SURNAMES = [
  ...'王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常'
]
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建红飞宇浩晨欣怡子涵梓轩雨萱佳琪俊博文思远志国庆海燕春梅晓东亮斌建新利民'
]
const TRADE_NAMES = [...'瑞鑫华泰恒昌宏达金源盛兴隆丰德顺和信诚永佳汇通天成博远卓越']
const INDUSTRIES = [
  '商贸',
  '建筑工程',
  '食品',
  '发制品',
  '机械制造',
  '物流',
  '餐饮管理',
  '医药',
  '农业科技',
  '电子科技',
  '装饰工程',
  '运输',
  '家具',
  '陶瓷',
  '钧瓷文化',
  '花木',
  '烟草零售',
  '超市'
]
const FORMS = [
  ['有限公司', '91'],
  ['有限责任公司', '91'],
  ['商行', '92'],
  ['便利店', '92'],
  ['专业合作社', '93']
] as const

/** Where natural persons were registered: the current divisions, plus the former 许昌县 (411023). */
const BIRTH_DIVISIONS = [
  '411002',
  '411003',
  '411024',
  '411025',
  '411081',
  '411082',
  '411023',
  '411000'
]

export function personName(random: SeededRandom): string {
  const given = random.chance(0.7) ? random.pick(GIVEN) + random.pick(GIVEN) : random.pick(GIVEN)
  return random.pick(SURNAMES) + given
}

/** A raw holder as a business system would send it, with a valid code. */
export function randomRawHolder(
  random: SeededRandom,
  category: RawHolder['category'],
  issueDay: number
): RawHolder {
  const county = random.pick(COUNTY_DIVISIONS)
  if (category === 'organization') {
    const [form, prefix] = random.pick(FORMS)
    const trade = random.pick(TRADE_NAMES) + random.pick(TRADE_NAMES)
    return {
      category,
      codeType: '001',
      name: `${county.name}${trade}${random.pick(INDUSTRIES)}${form}`,
      code: randomUscc(random, prefix, county.code)
    }
  }
  const latestBirth = Math.min(
    issueDay - 365,
    dayNumberFromCivil({ year: 2008, month: 12, day: 31 })
  )
  const birth = random.int(dayNumberFromCivil({ year: 1945, month: 1, day: 1 }), latestBirth)
  const birthDate = isoDateOfDayNumber(birth)
  // 许昌县 became 建安区 in 2017; only people registered before keep its code.
  const division = random.pick(
    BIRTH_DIVISIONS.filter((code) => code !== '411023' || birthDate < '2017-01-01')
  )
  return {
    category,
    codeType: '111',
    name: personName(random),
    code: randomCitizenId(random, division, birthDate)
  }
}
