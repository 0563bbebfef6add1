import type { Catalog } from '../catalog'

/** The licences capability's words (codes under `licences.`). */
export const licencesCatalog: Catalog = {
  'zh-CN': {},
  en: {}
}
