import {
  lookup,
  message,
  renderMessage,
  sharedCatalog,
  type Locale,
  type Message,
  type MessageParam
} from '../../../../src/shared/i18n'

/**
 * The words a reader sees for a message, from the shared catalogs. Strict where the screens are
 * forgiving: a code the catalog lacks or a placeholder left without a parameter throws, so a
 * finding that names a wrong code or parameter fails here rather than showing a key.
 */
export function wordsIn(locale: Locale): (found: Message | undefined) => string {
  return (found) => {
    if (found === undefined) throw new Error('no message')
    return renderMessage(
      found,
      (code, params) => {
        const template = lookup(sharedCatalog[locale], code)
        if (template === undefined) throw new Error(`no ${locale} words for ${code}`)
        return template.replace(/\{(\w+)\}/g, (_, name: string) => {
          const value = params[name]
          if (value === undefined) throw new Error(`${code}: no parameter ${name}`)
          return value
        })
      },
      locale
    )
  }
}

/** What a Chinese reader sees. */
export const zh = wordsIn('zh-CN')
/** What an English reader sees. */
export const en = wordsIn('en')

/** A fact or parameter value in words, as the evidence drawer shows it. */
export const zhValue = (value: MessageParam) => zh(message('compliance.value', { value }))

/**
 * `依据《办法》第十一条“……”` as a message: the article and the provision named by their codes,
 * written here from the measures' numbering, not read from the code's tables.
 */
export function cite(article: string, provision: string): Message {
  return message('compliance.cite', {
    article: message(`compliance.article.${article}`),
    quote: message(`compliance.provision.${provision}`)
  })
}
