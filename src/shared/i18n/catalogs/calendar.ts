import type { Catalog } from '../catalog'

/** The calendar capability's words (codes under `calendar.`). */
export const calendarCatalog: Catalog = {
  'zh-CN': {},
  en: {}
}
