/**
 * The names of the coded values a licence carries, in Chinese and English: the state, the Art. 18
 * action, the generation mode, the holder's category and code type (GB/T 36903), uses, objections
 * and the Art. 11 items. The Chinese names are the 办法's and the code lists' own words.
 */
import { describe, expect, it } from 'vitest'
import { createCliWords } from '../../../../src/cli/i18n'
import {
  ART11_ITEMS,
  authorityLevelNames,
  generationModeNames,
  holderCategoryNames,
  holderCodeTypeLabel,
  holderCodeTypes,
  licenceStateNames,
  missingArt11ItemNames,
  objectionOutcomeNames,
  statusActionNames,
  usageChannelNames,
  usageResultNames,
  type HolderCodeType
} from '../../../../src/shared/domain/licences'
import type { Message } from '../../../../src/shared/i18n/message'
import { sampleCatalogEntry } from './fixtures'

const zh = createCliWords('zh-CN')
const en = createCliWords('en')
const inZh = (names: Record<string, Message>) =>
  Object.fromEntries(Object.entries(names).map(([key, name]) => [key, zh.say(name)]))

describe('names of coded values', () => {
  it('name states, actions and generation modes as the 办法 does', () => {
    expect(inZh(licenceStateNames)).toEqual({
      valid: '有效',
      revoked: '吊销',
      cancelled: '注销',
      annulled: '废止',
      suspended: '挂起',
      pledged: '质押',
      expired: '已过期'
    })
    expect(inZh(statusActionNames)).toEqual({
      renew: '延续',
      change: '变更',
      revoke: '吊销',
      cancel: '注销',
      annul: '废止',
      suspend: '挂起',
      pledge: '质押',
      unsuspend: '解除挂起',
      releasePledge: '解押'
    })
    expect(inZh(generationModeNames)).toEqual({
      online: '线上同步生成',
      offline: '线下生成',
      bulk: '一次性批量生成',
      legacy: '存量电子化'
    })
    expect(en.say(licenceStateNames.expired)).toBe('Expired')
    expect(en.say(generationModeNames.online)).toBe('Generated online with the case')
  })

  it('name the holder code types of GB/T 36903', () => {
    const names = Object.fromEntries(
      (Object.keys(holderCodeTypes) as HolderCodeType[]).map((type) => [
        type,
        zh.say(holderCodeTypeLabel(type))
      ])
    )
    expect(names).toEqual({
      '001': '统一社会信用代码',
      '099': '其他法人或其他组织有效证件代码',
      '111': '公民身份号码',
      '114': '中国人民解放军军官证',
      '115': '中国人民武装警察部队警官证',
      '118': '中国人民解放军士兵证',
      '119': '中国人民武装警察部队士兵证',
      '120': '中国人民解放军文职人员证',
      '122': '中国人民武装警察部队文职人员证',
      '411': '外交护照',
      '412': '公务护照',
      '413': '公务普通护照',
      '414': '普通护照',
      '511': '台湾居民来往大陆通行证',
      '516': '港澳居民来往内地通行证',
      '999': '其他自然人有效证件代码'
    })
    expect(en.say(holderCodeTypeLabel('111'))).toBe('Citizen ID number')
  })

  it('name holder categories, levels, channels, results, outcomes and Art. 11 items', () => {
    expect(inZh(holderCategoryNames)).toEqual({
      naturalPerson: '自然人',
      organization: '法人和其他组织',
      mixed: '混合'
    })
    expect(inZh(authorityLevelNames)).toEqual({
      national: '国家级',
      provincial: '省级',
      municipal: '地市级',
      county: '区县级',
      township: '乡镇级',
      other: '其他'
    })
    expect(inZh(usageChannelNames)).toEqual({
      counter: '窗口',
      online: '线上',
      kiosk: '自助终端',
      api: '接口'
    })
    expect(inZh(usageResultNames)).toEqual({
      accepted: '已采信',
      refused: '拒绝采信',
      verifyFailed: '核验失败'
    })
    expect(inZh(objectionOutcomeNames)).toEqual({
      pending: '待复核',
      corrected: '已更正',
      upheld: '维持原数据'
    })
    // Art. 11's five items, named as the article names them.
    expect(ART11_ITEMS.map((item) => zh.say(item.name))).toEqual(ART11_ITEMS.map((i) => i.label))
    expect(ART11_ITEMS.map((item) => item.label)).toEqual([
      '证照名称',
      '证照类型',
      '证照颁发机构名称',
      '证照持有主体类型',
      '证照底图'
    ])
    const entry = sampleCatalogEntry({ baseMap: null, licenceCategory: null })
    expect(missingArt11ItemNames(entry).map(en.say)).toEqual([
      'licence category',
      'licence base image'
    ])
  })

  it('have an English name for every value, with no Chinese in it', () => {
    const all = [
      ...Object.values(licenceStateNames),
      ...Object.values(statusActionNames),
      ...Object.values(generationModeNames),
      ...Object.values(holderCategoryNames),
      ...Object.values(authorityLevelNames),
      ...Object.values(usageChannelNames),
      ...Object.values(usageResultNames),
      ...Object.values(objectionOutcomeNames),
      ...Object.values(holderCodeTypes).map((type) => type.name),
      ...ART11_ITEMS.map((item) => item.name)
    ]
    for (const name of all) {
      expect(en.say(name), name.code).not.toMatch(/[\u4e00-\u9fff]/)
      expect(en.say(name), name.code).not.toBe(name.code)
    }
  })
})
