import { createI18n } from 'vue-i18n'
import en from './en'
import zhCN from './zh-CN'

export type MessageSchema = typeof zhCN
export const supportedLocales = ['zh-CN', 'en'] as const
export type SupportedLocale = (typeof supportedLocales)[number]

export function createAppI18n(locale: SupportedLocale = 'zh-CN') {
  return createI18n<[MessageSchema], SupportedLocale>({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': zhCN, en }
  })
}
