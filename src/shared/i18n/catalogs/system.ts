import type { Catalog } from '../catalog'

/**
 * The system capability's words (codes under `system.`): what `system` (formerly `info`) on the
 * command line says about the installation. The 系统信息 page's own words are the renderer's.
 */
export const systemCatalog: Catalog = {
  'zh-CN': {
    system: {
      appName: '证照治理工作台',
      cli: {
        app: '{name} {version}',
        dataSchemaVersion: '数据结构版本 v{version}',
        node: 'Node.js {version}'
      }
    }
  },
  en: {
    system: {
      appName: 'E-License Governance Workbench',
      cli: {
        app: '{name} {version}',
        dataSchemaVersion: 'Data structure version v{version}',
        node: 'Node.js {version}'
      }
    }
  }
}
