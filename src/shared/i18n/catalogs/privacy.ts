import type { Catalog } from '../catalog'

/**
 * Personal data (codes under `privacy.`): where main keeps the keys, and the unmasked export that
 * only a 合规专员 may take.
 */
export const privacyCatalog: Catalog = {
  'zh-CN': {
    privacy: {
      error: {
        hashUnavailable: '此处无法计算证件号码的散列值，请在主窗口中操作'
      },
      keyProtection: {
        label: '密钥保管',
        safeStorage: '由操作系统密钥环加密保存（safeStorage），仅主进程可读',
        userFile: '保存在仅当前用户可读的密钥文件中，仅主进程可读'
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
      keyProtection: {
        label: 'Key storage',
        safeStorage: 'Encrypted with the system keychain (safeStorage), readable by main only',
        userFile: 'In a key file readable by the current user only, read by main only'
      },
      export: {
        unmasked: 'Export unmasked',
        unmaskedHint: 'Only compliance officers may export unmasked; the export is audited',
        unmaskedRefused: 'The signed-in operator may not export unmasked data'
      }
    }
  }
}
