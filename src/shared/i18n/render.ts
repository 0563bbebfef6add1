import { formatDateTime, formatDay } from './format'
import type { Locale } from './locale'
import type { Message, MessageParam } from './message'

/** Looks a code up in the reader's catalog and fills in already-rendered parameters. */
export type Translate = (code: string, params: Record<string, string>) => string

const listSeparator: Record<Locale, string> = { 'zh-CN': '、', en: ', ' }

function renderParam(param: MessageParam, translate: Translate, locale: Locale): string {
  if (typeof param === 'string') return param
  if (typeof param === 'number') return String(param)
  if ('code' in param) return renderMessage(param, translate, locale)
  if ('day' in param) return formatDay(param.day, locale)
  if ('instant' in param) return formatDateTime(param.instant, locale)
  return param.list.map((item) => renderParam(item, translate, locale)).join(listSeparator[locale])
}

/**
 * The words of a message in one language. Nested messages, days, instants and lists in the
 * parameters are rendered first, so a catalog entry only ever interpolates plain text. The
 * renderer passes vue-i18n's `t`, the CLI its own vue-i18n instance over the same catalogs.
 */
export function renderMessage(message: Message, translate: Translate, locale: Locale): string {
  const params: Record<string, string> = {}
  for (const [name, value] of Object.entries(message.params ?? {}))
    params[name] = renderParam(value, translate, locale)
  return translate(message.code, params)
}
