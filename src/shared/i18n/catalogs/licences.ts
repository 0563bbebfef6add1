import type { Catalog } from '../catalog'

/**
 * The licences capability's words (codes under `licences.`): the names of the coded values a
 * licence, its holder, its catalog entry, its uses and objections carry.
 */
export const licencesCatalog: Catalog = {
  'zh-CN': {
    licences: {
      state: {
        valid: '有效',
        revoked: '吊销',
        cancelled: '注销',
        annulled: '废止',
        suspended: '挂起',
        pledged: '质押',
        expired: '已过期'
      },
      statusAction: {
        renew: '延续',
        change: '变更',
        revoke: '吊销',
        cancel: '注销',
        annul: '废止',
        suspend: '挂起',
        pledge: '质押',
        unsuspend: '解除挂起',
        releasePledge: '解押'
      },
      generationMode: {
        online: '线上同步生成',
        offline: '线下生成',
        bulk: '一次性批量生成',
        legacy: '存量电子化'
      },
      authorityLevel: {
        national: '国家级',
        provincial: '省级',
        municipal: '地市级',
        county: '区县级',
        township: '乡镇级',
        other: '其他'
      },
      holderCategory: {
        naturalPerson: '自然人',
        organization: '法人和其他组织',
        mixed: '混合'
      },
      holderCodeType: {
        type001: '统一社会信用代码',
        type099: '其他法人或其他组织有效证件代码',
        type111: '公民身份号码',
        type114: '中国人民解放军军官证',
        type115: '中国人民武装警察部队警官证',
        type118: '中国人民解放军士兵证',
        type119: '中国人民武装警察部队士兵证',
        type120: '中国人民解放军文职人员证',
        type122: '中国人民武装警察部队文职人员证',
        type411: '外交护照',
        type412: '公务护照',
        type413: '公务普通护照',
        type414: '普通护照',
        type511: '台湾居民来往大陆通行证',
        type516: '港澳居民来往内地通行证',
        type999: '其他自然人有效证件代码'
      },
      usageChannel: { counter: '窗口', online: '线上', kiosk: '自助终端', api: '接口' },
      usageResult: { accepted: '已采信', refused: '拒绝采信', verifyFailed: '核验失败' },
      objectionOutcome: { pending: '待复核', corrected: '已更正', upheld: '维持原数据' },
      art11Item: {
        name: '证照名称',
        licenceCategory: '证照类型',
        issuingAuthorityName: '证照颁发机构名称',
        holderCategory: '证照持有主体类型',
        baseMap: '证照底图'
      }
    }
  },
  en: {
    licences: {
      state: {
        valid: 'Valid',
        revoked: 'Revoked',
        cancelled: 'Cancelled',
        annulled: 'Annulled',
        suspended: 'Suspended',
        pledged: 'Pledged',
        expired: 'Expired'
      },
      statusAction: {
        renew: 'Renewal',
        change: 'Change',
        revoke: 'Revocation',
        cancel: 'Cancellation',
        annul: 'Annulment',
        suspend: 'Suspension',
        pledge: 'Pledge',
        unsuspend: 'Suspension lifted',
        releasePledge: 'Pledge released'
      },
      generationMode: {
        online: 'Generated online with the case',
        offline: 'Generated offline',
        bulk: 'Generated in one batch',
        legacy: 'Digitised existing licence'
      },
      authorityLevel: {
        national: 'National',
        provincial: 'Provincial',
        municipal: 'Municipal',
        county: 'County',
        township: 'Township',
        other: 'Other'
      },
      holderCategory: {
        naturalPerson: 'Natural person',
        organization: 'Legal person or other organisation',
        mixed: 'Mixed'
      },
      holderCodeType: {
        type001: 'Unified social credit code',
        type099: 'Other document of a legal person or organisation',
        type111: 'Citizen ID number',
        type114: 'PLA officer’s card',
        type115: 'Armed Police officer’s card',
        type118: 'PLA soldier’s card',
        type119: 'Armed Police soldier’s card',
        type120: 'PLA civilian staff card',
        type122: 'Armed Police civilian staff card',
        type411: 'Diplomatic passport',
        type412: 'Service passport',
        type413: 'Passport for public affairs',
        type414: 'Ordinary passport',
        type511: 'Mainland travel permit for Taiwan residents',
        type516: 'Mainland travel permit for Hong Kong and Macao residents',
        type999: 'Other document of a natural person'
      },
      usageChannel: {
        counter: 'Counter',
        online: 'Online',
        kiosk: 'Self-service kiosk',
        api: 'API'
      },
      usageResult: {
        accepted: 'Accepted',
        refused: 'Refused',
        verifyFailed: 'Verification failed'
      },
      objectionOutcome: {
        pending: 'Awaiting review',
        corrected: 'Corrected',
        upheld: 'Data upheld'
      },
      art11Item: {
        name: 'licence name',
        licenceCategory: 'licence category',
        issuingAuthorityName: 'issuing authority name',
        holderCategory: 'holder category',
        baseMap: 'licence base image'
      }
    }
  }
}
