import { mergeTrees, type Catalog } from '../catalog'
import { locales } from '../locale'
import { auditCatalog } from './audit'
import { calendarCatalog } from './calendar'
import { codesCatalog } from './codes'
import { complianceCatalog } from './compliance'
import { demoCatalog } from './demo'
import { documentsCatalog } from './documents'
import { errorsCatalog } from './errors'
import { importsCatalog } from './imports'
import { libraryCatalog } from './library'
import { licencesCatalog } from './licences'
import { operatorsCatalog } from './operators'
import { privacyCatalog } from './privacy'
import { sealsCatalog } from './seals'
import { syncCatalog } from './sync'
import { systemCatalog } from './system'

/**
 * The words of the domain, shared by the renderer and the CLI: every code a domain module,
 * worker, repository or RPC handler returns is a key here, in zh-CN and en. One file per
 * capability, named like the capability's folder, its keys under the capability's name.
 */
export const catalogs: readonly Catalog[] = [
  auditCatalog,
  calendarCatalog,
  codesCatalog,
  complianceCatalog,
  demoCatalog,
  documentsCatalog,
  errorsCatalog,
  importsCatalog,
  libraryCatalog,
  licencesCatalog,
  operatorsCatalog,
  privacyCatalog,
  sealsCatalog,
  syncCatalog,
  systemCatalog
]

export const sharedCatalog = Object.fromEntries(
  locales.map((locale) => [locale, mergeTrees(catalogs.map((catalog) => catalog[locale]))])
) as Catalog
