/** The languages the workbench speaks: Chinese first, English as the second language. */
export const locales = ['zh-CN', 'en'] as const
export type Locale = (typeof locales)[number]
