import { message, type Message } from '../../i18n/message'

/**
 * The provisions of 《许昌市电子证照管理暂行办法》 (许政办〔2021〕13号) that findings and notices
 * quote. The quotes themselves are catalog words (`compliance.provision.<provision>`), verbatim
 * from the measures in Chinese (a unit test checks them against the full text), so a department
 * reading a finding sees the duty in the words it was given; here they are only named.
 */

/** The eight kinds of violation of 第三十一条. */
export type Article31Kind = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8

export const ARTICLE_31_KINDS: readonly Article31Kind[] = [1, 2, 3, 4, 5, 6, 7, 8]

/** `（五）` / `(5)`: the item's numeral. */
export function article31Numeral(kind: Article31Kind): Message {
  return message(`compliance.kind.k${kind}.numeral`)
}

/** `第三十一条第（五）项` / `Article 31 (5)`. */
export function article31ItemLabel(kind: Article31Kind): Message {
  return message(`compliance.kind.k${kind}.item`)
}

/** The item's text as the measures word it, e.g. 对存在问题的证照数据，未及时核对和修正的. */
export function article31KindText(kind: Article31Kind): Message {
  return message(`compliance.kind.k${kind}.text`)
}

/** `（五）对存在问题的证照数据，未及时核对和修正的`: the numeral and the text, for pickers. */
export function article31KindLabel(kind: Article31Kind): Message {
  return message('compliance.kindLabel', {
    numeral: article31Numeral(kind),
    text: article31KindText(kind)
  })
}

/** The provisions quoted, each with the article it belongs to (第十三条 has three paragraphs). */
export const provisionArticles = {
  art4: 'art4',
  art10: 'art10',
  art11: 'art11',
  art13Online: 'art13',
  art13Offline: 'art13',
  art13Bulk: 'art13',
  art15: 'art15',
  art17: 'art17',
  art18: 'art18',
  art24: 'art24',
  art28: 'art28',
  art31: 'art31'
} as const

export type QuotedProvision = keyof typeof provisionArticles
export type ArticleKey = (typeof provisionArticles)[QuotedProvision]

/** `第十三条` / `Article 13`. */
export function articleLabel(article: ArticleKey): Message {
  return message(`compliance.article.${article}`)
}

/** The article a provision belongs to, as a label (`art13Offline` → 第十三条). */
export function articleOf(provision: QuotedProvision): Message {
  return articleLabel(provisionArticles[provision])
}

/** The quoted words of a provision. */
export function provisionQuote(provision: QuotedProvision): Message {
  return message(`compliance.provision.${provision}`)
}

/** `依据《办法》第十三条“……”`: the citation every explanation of a rule starts with. */
export function citeProvision(provision: QuotedProvision): Message {
  return message('compliance.cite', {
    article: articleOf(provision),
    quote: provisionQuote(provision)
  })
}
