import { createCliWords } from '../../../../src/cli/i18n'
import type { Message } from '../../../../src/shared/i18n'

const chinese = createCliWords('zh-CN')
const english = createCliWords('en')

/** A message as a reader of the Chinese screen reads it (the shared seals catalog). */
export const zh = (message: Message): string => chinese.say(message)

/** The same message in English. */
export const en = (message: Message): string => english.say(message)
