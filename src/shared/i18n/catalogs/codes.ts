import type { Catalog } from '../catalog'

/** The codes capability's words (codes under `codes.`). */
export const codesCatalog: Catalog = {
  'zh-CN': {},
  en: {}
}
