import { message } from '../../../i18n/message'
import { pushDeadlineRule } from './push-deadline'

/** `push.offline-late` 31(二), Art. 13 ¶2: offline generation, pushed within 1 working day of 办结. */
export const pushOfflineLateRule = pushDeadlineRule({
  id: 'push.offline-late',
  mode: 'offline',
  provision: 'art13Offline',
  title: message('compliance.rule.pushOfflineLate'),
  articleDefault: 1
})
