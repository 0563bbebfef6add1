import { createI18n, useI18n } from 'vue-i18n'
import {
  mergeTrees,
  renderMessage,
  sharedCatalog,
  type CatalogTree,
  type Locale,
  type Message
} from '@shared/i18n'
import en from './en'
import zhCN from './zh-CN'

export type MessageSchema = typeof zhCN
export const supportedLocales = ['zh-CN', 'en'] as const satisfies readonly Locale[]
export type SupportedLocale = Locale

/** Where the chosen language is kept between runs (the workstation's own browser storage). */
export const LOCALE_STORAGE_KEY = 'workbench.locale'

/** The language chosen last time on this workstation, if it is one the app speaks. */
export function storedLocale(
  storage: { getItem(key: string): string | null } | undefined
): SupportedLocale | undefined {
  const value = storage?.getItem(LOCALE_STORAGE_KEY)
  return supportedLocales.find((locale) => locale === value)
}

/** The screens' own words and the domain's shared words (codes the domain returns), as one. */
export const appMessages = {
  'zh-CN': mergeTrees([zhCN as CatalogTree, sharedCatalog['zh-CN']]),
  en: mergeTrees([en as CatalogTree, sharedCatalog.en])
}

export function createAppI18n(locale: SupportedLocale = 'zh-CN') {
  return createI18n<[MessageSchema], SupportedLocale>({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: appMessages as unknown as Record<SupportedLocale, MessageSchema>
  })
}

/** `say(message)`: a domain message or error value in the current language. */
export function useMessages() {
  const { t, locale } = useI18n()
  return {
    say: (message: Message) =>
      renderMessage(message, (code, params) => t(code, params), locale.value as Locale)
  }
}
