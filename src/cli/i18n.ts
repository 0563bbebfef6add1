import { createI18n } from 'vue-i18n'
import { renderMessage, sharedCatalog, type Locale, type Message } from '../shared/i18n'

/**
 * The CLI speaks with the renderer's words: the same shared catalogs through the same
 * vue-i18n, so a seal reason or an import error reads the same on the screen and in a terminal.
 */
export function createCliWords(locale: Locale = 'zh-CN') {
  const i18n = createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: sharedCatalog as unknown as Record<Locale, Record<string, string>>
  })
  const t = i18n.global.t as (code: string, params: Record<string, string>) => string
  return {
    locale,
    say: (message: Message) => renderMessage(message, t, locale),
    word: (code: string, params: Record<string, string> = {}) => t(code, params)
  }
}

export type CliWords = ReturnType<typeof createCliWords>
