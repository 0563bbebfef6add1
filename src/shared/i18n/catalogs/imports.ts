import type { Catalog } from '../catalog'

/** The imports capability's words (codes under `imports.`). */
export const importsCatalog: Catalog = {
  'zh-CN': {},
  en: {}
}
