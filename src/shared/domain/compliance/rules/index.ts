import type { AnyComplianceRule } from '../rule'
import { catalogIncompleteRule } from './catalog-incomplete'
import { catalogStaleIssuerRule } from './catalog-stale-issuer'
import { catalogUnregisteredTypeRule } from './catalog-unregistered-type'
import { dataExpiredShownValidRule } from './data-expired-shown-valid'
import { dataInvalidCodeRule } from './data-invalid-code'
import { dataMissingSealRule } from './data-missing-seal'
import { metadataMissingRule } from './metadata-missing'
import { objectionLateRule } from './objection-late'
import { pushBulkLateRule } from './push-bulk-late'
import { pushOfflineLateRule } from './push-offline-late'
import { pushOnlineLateRule } from './push-online-late'
import { rectificationIgnoredRule } from './rectification-ignored'
import { statusLateRule } from './status-late'
import { usageBulkAccessRule } from './usage-bulk-access'
import { usageRefusedValidRule } from './usage-refused-valid'
import { usageUnauthorizedUnitRule } from './usage-unauthorized-unit'

/** Every automated rule, in Art. 31 order. Manual findings (六, 八) are recorded, not scanned. */
export const complianceRules: readonly AnyComplianceRule[] = [
  catalogIncompleteRule,
  catalogUnregisteredTypeRule,
  catalogStaleIssuerRule,
  pushOnlineLateRule,
  pushOfflineLateRule,
  pushBulkLateRule,
  statusLateRule,
  metadataMissingRule,
  usageUnauthorizedUnitRule,
  usageBulkAccessRule,
  usageRefusedValidRule,
  objectionLateRule,
  dataExpiredShownValidRule,
  dataInvalidCodeRule,
  dataMissingSealRule,
  rectificationIgnoredRule
]

export {
  catalogIncompleteRule,
  catalogStaleIssuerRule,
  catalogUnregisteredTypeRule,
  dataExpiredShownValidRule,
  dataInvalidCodeRule,
  dataMissingSealRule,
  metadataMissingRule,
  objectionLateRule,
  pushBulkLateRule,
  pushOfflineLateRule,
  pushOnlineLateRule,
  rectificationIgnoredRule,
  statusLateRule,
  usageBulkAccessRule,
  usageRefusedValidRule,
  usageUnauthorizedUnitRule
}
