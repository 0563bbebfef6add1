import type { Catalog } from '../catalog'

/** The errors capability's words (codes under `errors.`). */
export const errorsCatalog: Catalog = {
  'zh-CN': {},
  en: {}
}
