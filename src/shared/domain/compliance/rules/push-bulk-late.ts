import { message } from '../../../i18n/message'
import { pushDeadlineRule } from './push-deadline'

/** `push.bulk-late` 31(二), Art. 13 ¶3: one-off bulk issuance, pushed within 5 working days of 办结. */
export const pushBulkLateRule = pushDeadlineRule({
  id: 'push.bulk-late',
  mode: 'bulk',
  provision: 'art13Bulk',
  title: message('compliance.rule.pushBulkLate'),
  articleDefault: 5
})
