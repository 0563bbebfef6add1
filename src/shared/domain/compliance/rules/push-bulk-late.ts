import { pushDeadlineRule } from './push-deadline'

/** `push.bulk-late` 31(二), Art. 13 ¶3: one-off bulk issuance, pushed within 5 working days of 办结. */
export const pushBulkLateRule = pushDeadlineRule({
  id: 'push.bulk-late',
  mode: 'bulk',
  provision: '第十三条·批量',
  title: '批量发放证照推送逾期',
  articleDefault: 5
})
