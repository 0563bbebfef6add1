import type { Catalog } from '../catalog'

/** The seals capability's words (codes under `seals.`). */
export const sealsCatalog: Catalog = {
  'zh-CN': {},
  en: {}
}
