import { createI18n } from 'vue-i18n'
import en from './en'
import zhCN from './zh-CN'

export type MessageSchema = typeof zhCN
export const supportedLocales = ['zh-CN', 'en'] as const
export type SupportedLocale = (typeof supportedLocales)[number]

/** Where the chosen language is kept between runs (the workstation's own browser storage). */
export const LOCALE_STORAGE_KEY = 'workbench.locale'

/** The language chosen last time on this workstation, if it is one the app speaks. */
export function storedLocale(
  storage: { getItem(key: string): string | null } | undefined
): SupportedLocale | undefined {
  const value = storage?.getItem(LOCALE_STORAGE_KEY)
  return supportedLocales.find((locale) => locale === value)
}

export function createAppI18n(locale: SupportedLocale = 'zh-CN') {
  return createI18n<[MessageSchema], SupportedLocale>({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': zhCN, en }
  })
}
