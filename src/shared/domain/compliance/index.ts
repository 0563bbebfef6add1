export * from './articles'
export * from './finding'
export * from './notice'
export * from './ports'
export * from './rule'
export { COMPLIANCE_RULE_IDS } from './rule-ids'
export { complianceRules } from './rules'
export { METADATA_FIELD_NAMES } from './rules/metadata-missing'
export { CodeValidity } from './code-validity'
export {
  PRECOMPUTED_VERSION,
  precomputeLicence,
  type LicenceWithPrecomputed,
  type PrecomputedLicence
} from './precomputed'
export { WorkingDayDeadlines, beijingDayNumber, dayNumberOfDate } from './deadlines'
export { createInMemoryComplianceSource, type ComplianceTables } from './in-memory-source'
export * from './engine'
export type { PreviousScan } from './rescan'
export * from './notice-number'
export * from './rectification'
export * from './circulars'
export { requiredCorrections } from './corrections'
export * from './manual-finding'
export * from './scorecard'
export * from './legacy'
export * from './parameter-problems'
export { dayOfInstant, dayParam, licenceLabel, periodText } from './explain'
