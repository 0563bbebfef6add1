/**
 * The text of 《许昌市电子证照管理暂行办法》 (许政办〔2021〕13号) that findings and notices quote.
 * Every quote is verbatim from the measures (a unit test checks it against the full text), so a
 * department reading a finding sees the duty in the words it was given.
 */

/** The eight kinds of violation of 第三十一条. */
export type Article31Kind = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8

export const ARTICLE_31_KINDS: readonly Article31Kind[] = [1, 2, 3, 4, 5, 6, 7, 8]

/** 第三十一条 (一)…(八): the numeral and the item text, as the measures word it. */
export const article31Kinds: Record<Article31Kind, { numeral: string; text: string }> = {
  1: { numeral: '一', text: '未按照要求完善、更新、维护电子证照目录的' },
  2: { numeral: '二', text: '拒绝、拖延提供证照数据的，以及擅自减少应提供数据的' },
  3: {
    numeral: '三',
    text: '不经审核擅自对外提供证照信息或者泄漏数据的，以及擅自扩大使用范围的'
  },
  4: { numeral: '四', text: '拒绝承认电子证照效力的' },
  5: { numeral: '五', text: '对存在问题的证照数据，未及时核对和修正的' },
  6: {
    numeral: '六',
    text: '电子证照建设和管理工作有滥用职权、玩忽职守、徇私舞弊等违法行为的'
  },
  7: { numeral: '七', text: '对于监督检查机关责令整改的问题，拒不整改的' },
  8: { numeral: '八', text: '其他违反国家、省、市电子证照相关规定的行为' }
}

/** `第三十一条第（五）项` */
export function article31ItemLabel(kind: Article31Kind): string {
  return `第三十一条第（${article31Kinds[kind].numeral}）项`
}

/** The duty each rule enforces, by article. Fragments are joined with “……” when quoted. */
export const articleQuotes = {
  第四条: ['电子证照与实体证照具有同等法律效力，可以作为行政管理和公共服务活动中的法定办事依据'],
  第十条: ['证照签发单位负责本单位电子证照目录的管理和维护'],
  第十一条: [
    '上级部门未确定电子证照目录标准的证照签发单位，应在市统一电子证照库登记本单位签发的电子证照目录信息并实时更新，主要包括：（一）证照名称；（二）证照类型；（三）证照颁发机构名称；（四）证照持有主体类型；（五）证照底图'
  ],
  '第十三条·在线': ['在业务办结时同步生成电子证照，经审核后同步至市统一电子证照库'],
  '第十三条·离线': [
    '证照签发单位应采用离线生成方式，在业务办结1个工作日内将证照数据推送至市统一电子证照库'
  ],
  '第十三条·批量': [
    '对于一次性大批量发放证照的，应在业务办结5个工作日内将证照数据推送至市统一电子证照库'
  ],
  第十五条: ['按照“谁提供，谁负责”的原则，证照签发单位负责证照信息的完整性、准确性、时效性'],
  第十七条: [
    '证照签发单位应当按照《中华人民共和国电子签名法》和相关技术规范要求，对电子证照加盖电子印章。但法律、行政法规另有规定的除外'
  ],
  第十八条: [
    '证照发生变更、有效期届满等，需要延续、吊销、注销、废止、挂起、质押的，证照签发单位应实时更新并同步至市统一电子证照库'
  ],
  第二十四条: ['证照签发单位应在收到申请后5个工作日内进行核实并给予回复'],
  第二十八条: ['证照签发、应用单位生成和使用电子证照仅限于履职开展业务需要，不得用作其他用途'],
  第三十一条: [
    '由市政务服务和大数据管理局会同有关部门责令限期改正；逾期不改正的，根据实际情况，给予书面通报'
  ]
} as const satisfies Record<string, readonly string[]>

export type QuotedProvision = keyof typeof articleQuotes

/** The article number a provision key belongs to (`第十三条·离线` → `第十三条`). */
export function articleOf(provision: QuotedProvision): string {
  return provision.split('·')[0] ?? provision
}

/** `依据《办法》第十三条“……”`; quotation marks inside the quote become single (‘谁提供，谁负责’). */
export function citeProvision(provision: QuotedProvision): string {
  let citation = citations.get(provision)
  if (citation === undefined) {
    const quote = articleQuotes[provision].join('……').replaceAll('“', '‘').replaceAll('”', '’')
    citation = `依据《办法》${articleOf(provision)}“${quote}”`
    citations.set(provision, citation)
  }
  return citation
}

/** Each citation is worded once: every finding of a rule starts with the same one. */
const citations = new Map<QuotedProvision, string>()
