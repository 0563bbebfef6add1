import type { Catalog } from '../catalog'

/** The compliance capability's words (codes under `compliance.`). */
export const complianceCatalog: Catalog = {
  'zh-CN': {},
  en: {}
}
