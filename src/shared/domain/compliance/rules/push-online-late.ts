import { message } from '../../../i18n/message'
import { pushDeadlineRule } from './push-deadline'

/**
 * `push.online-late` 31(二), Art. 13 ¶1: online generation is synchronous with 办结. The measures
 * give no tolerance for 同步; the default 0 means by the end of the completion day (or the next
 * working day when it was completed on a holiday).
 */
export const pushOnlineLateRule = pushDeadlineRule({
  id: 'push.online-late',
  mode: 'online',
  provision: 'art13Online',
  title: message('compliance.rule.pushOnlineLate'),
  articleDefault: 0
})
