import type { Catalog } from '../catalog'

/** The audit capability's words (codes under `audit.`). */
export const auditCatalog: Catalog = {
  'zh-CN': {},
  en: {}
}
