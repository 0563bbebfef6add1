import type { Catalog } from '../catalog'

/**
 * Personal data (codes under `privacy.`): a hash asked for where main cannot be reached, and the
 * unmasked export that only a 合规专员 may take. (Where the keys are kept, 系统信息 says.)
 */
export const privacyCatalog: Catalog = {
  'zh-CN': {
    privacy: {
      error: {
        hashUnavailable: '此处无法计算证件号码的散列值，请在主窗口中操作'
      },
      export: {
        unmasked: '导出（不脱敏）',
        unmaskedHint: '不脱敏导出仅限合规专员，并记入审计日志',
        unmaskedRefused: '当前操作员无权进行不脱敏导出'
      }
    }
  },
  en: {
    privacy: {
      error: {
        hashUnavailable: 'ID numbers cannot be hashed here; use the main window'
      },
      export: {
        unmasked: 'Export unmasked',
        unmaskedHint: 'Only compliance officers may export unmasked; the export is audited',
        unmaskedRefused: 'The signed-in operator may not export unmasked data'
      }
    }
  }
}
