import type { RectificationNotice, WrittenCircular } from '@shared/domain/compliance'
import {
  composeRectificationNotice,
  composeReferralLetter,
  composeVerificationOpinion,
  composeWrittenCircular,
  type Say
} from '@shared/domain/documents/compose'
import {
  DocumentKind,
  OfficialDocument,
  type DocumentParagraph
} from '@shared/domain/documents/official-document'
import { message, renderMessage } from '@shared/i18n'
import { createAppI18n } from '../../i18n'

/**
 * A document's first draft, composed from the notice (its findings, deadline, circular and
 * referral), and the officer's edits to it, kept on this workstation until 签发 so that nothing
 * typed is lost when the page is left.
 */

/** Official documents are issued in Chinese, whatever language the screen speaks. */
const chinese = createAppI18n('zh-CN').global.t as unknown as (
  code: string,
  params: Record<string, string>
) => string
export const sayInChinese: Say = (said) => renderMessage(said, chinese, 'zh-CN')

export interface DraftSources {
  kind: DocumentKind
  notice: RectificationNotice
  circular: WrittenCircular | null
  departmentName: string
  today: string
  /** The deadline's last day: the notice's own once issued, else the one issuing today gives. */
  lastDay: string
}

export function composeDraft(sources: DraftSources): OfficialDocument {
  const common = {
    issuer: {
      name: sayInChinese(message('documents.issuer.name')),
      printingOffice: sayInChinese(message('documents.issuer.printingOffice')),
      contact: null
    },
    departmentName: sources.departmentName,
    date: sources.today,
    copyTo: [],
    say: sayInChinese,
    notice: sources.notice
  }
  switch (sources.kind) {
    case 'rectificationNotice':
      return composeRectificationNotice({ ...common, lastDay: sources.lastDay })
    case 'writtenCircular':
      return sources.circular
        ? composeWrittenCircular({ ...common, circular: sources.circular })
        : composeRectificationNotice({ ...common, lastDay: sources.lastDay })
    case 'referralLetter':
      return composeReferralLetter({
        ...common,
        circular: sources.circular,
        authority:
          sources.notice.referral?.authority ??
          sayInChinese(message('documents.referral.authority')),
        documentNumber: null
      })
    case 'verificationOpinion':
      return composeVerificationOpinion({
        ...common,
        passed: sources.notice.status === 'verified' || sources.notice.status === 'closed',
        newLastDay: null,
        documentNumber: null
      })
  }
}

const storageKey = (kind: DocumentKind, noticeId: string) =>
  `workbench.documentDraft.${kind}.${noticeId}`

/** The officer's edited draft, if one is kept and still reads as a document. */
export function loadDraft(
  storage: Pick<Storage, 'getItem'>,
  kind: DocumentKind,
  noticeId: string
): OfficialDocument | null {
  const text = storage.getItem(storageKey(kind, noticeId))
  if (!text) return null
  try {
    const parsed = OfficialDocument.safeParse(JSON.parse(text))
    return parsed.success && parsed.data.kind === kind ? parsed.data : null
  } catch {
    return null
  }
}

export function saveDraft(
  storage: Pick<Storage, 'setItem'>,
  document: OfficialDocument,
  noticeId: string
): void {
  storage.setItem(storageKey(document.kind, noticeId), JSON.stringify(document))
}

export function forgetDraft(
  storage: Pick<Storage, 'removeItem'>,
  kind: DocumentKind,
  noticeId: string
): void {
  storage.removeItem(storageKey(kind, noticeId))
}

/** `市委网信办，市司法局` ↔ the list, split at Chinese or Latin commas and 、. */
export function parseCopyTo(text: string): string[] {
  return text
    .split(/[，,、;；\n]/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0)
}

export function blankParagraph(): DocumentParagraph {
  return { style: 'body', text: '' }
}

/** The document as the form holds it, made valid for layout: blank paragraphs dropped. */
export function cleaned(document: OfficialDocument): OfficialDocument {
  return {
    ...document,
    paragraphs: document.paragraphs
      .map((paragraph) => ({ ...paragraph, text: paragraph.text.trim() }))
      .filter((paragraph) => paragraph.text.length > 0),
    attachments: document.attachments.map((name) => name.trim()).filter((name) => name.length > 0)
  }
}
