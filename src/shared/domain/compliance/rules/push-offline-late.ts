import { pushDeadlineRule } from './push-deadline'

/** `push.offline-late` 31(二), Art. 13 ¶2: offline generation, pushed within 1 working day of 办结. */
export const pushOfflineLateRule = pushDeadlineRule({
  id: 'push.offline-late',
  mode: 'offline',
  provision: '第十三条·离线',
  title: '线下生成证照推送逾期',
  articleDefault: 1
})
