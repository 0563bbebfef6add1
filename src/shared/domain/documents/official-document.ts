import { z } from 'zod'
import { IsoDate } from '../licences/common'

/**
 * The four documents of the rectification workflow (Art. 31): 责令限期改正通知书, 书面通报,
 * 移送函 (referral letter) and 整改情况核验意见.
 */
export const DOCUMENT_KINDS = [
  'rectificationNotice',
  'writtenCircular',
  'referralLetter',
  'verificationOpinion'
] as const
export const DocumentKind = z.enum(DOCUMENT_KINDS)
export type DocumentKind = z.infer<typeof DocumentKind>

/**
 * A paragraph of the 正文. `heading1` is 一、 (黑体), `heading2` is （一） (楷体); `body` is 仿宋
 * indented two characters; `plain` is 仿宋 without the indent (a list continued, a signature).
 */
export const ParagraphStyle = z.enum(['body', 'heading1', 'heading2', 'plain'])
export type ParagraphStyle = z.infer<typeof ParagraphStyle>

const Line = z.string().trim().min(1).max(2_000)

export const DocumentParagraph = z.object({
  style: ParagraphStyle,
  text: Line
})
export type DocumentParagraph = z.infer<typeof DocumentParagraph>

/**
 * An official document's words, everything the officer may edit before 签发. Layout (GB/T 9704)
 * and output (PDF, DOCX) take nothing else, so what was previewed is what is signed.
 */
export const OfficialDocument = z.object({
  kind: DocumentKind,
  /** 发文机关标志, e.g. 许昌市政务服务和大数据管理局. */
  masthead: z.string().trim().min(1).max(40),
  /** 发文字号, e.g. 许数管〔2026〕7号; null while a draft has none. */
  documentNumber: z.string().trim().min(1).max(40).nullable(),
  /** 标题; a line break (\n) splits it where the officer wants. */
  title: z.string().trim().min(1).max(200),
  /** 主送机关, without the trailing colon. */
  addressee: z.string().trim().min(1).max(200),
  paragraphs: z.array(DocumentParagraph).min(1).max(500),
  /** 附件说明: the attachments' names, numbered on output. */
  attachments: z.array(Line).max(50),
  /** 发文机关署名. */
  signatory: z.string().trim().min(1).max(60),
  /** 成文日期. */
  date: IsoDate,
  /** 附注, e.g. （此件公开发布）; null for none. */
  note: z.string().trim().min(1).max(200).nullable(),
  /** 版记: 抄送机关. */
  copyTo: z.array(z.string().trim().min(1).max(60)).max(30),
  /** 版记: 印发机关 and 印发日期. */
  printedBy: z.string().trim().min(1).max(60),
  printedOn: IsoDate
})
export type OfficialDocument = z.infer<typeof OfficialDocument>
