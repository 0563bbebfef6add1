import { message, type Message } from '../../i18n/message'
import { article31ItemLabel, article31KindText } from '../compliance/articles'
import { complianceRules } from '../compliance/rules'
import type { Article31Kind } from '../compliance/articles'
import type { RectificationNotice, WrittenCircular } from '../compliance/notice'
import { arabicDate, chineseNumber } from './document-text'
import type { DocumentParagraph, OfficialDocument } from './official-document'

/**
 * The words of the four workflow documents, composed from the notice and its findings. The
 * result is only a draft: every word stays editable until 签发.
 */

/** Renders a catalog message; documents are composed in zh-CN, the language they are issued in. */
export type Say = (message: Message) => string

/** Who issues: the Bureau's name and its office, which prints (印发) the documents. */
export interface Issuer {
  name: string
  printingOffice: string
  contact: { name: string; phone: string } | null
}

interface Common {
  issuer: Issuer
  departmentName: string
  /** 成文日期 and 印发日期. */
  date: string
  copyTo: readonly string[]
  say: Say
}

function documentOf(
  kind: OfficialDocument['kind'],
  common: Common,
  parts: {
    documentNumber: string | null
    title: Message
    addressee: string
    paragraphs: DocumentParagraph[]
    attachments?: string[]
  }
): OfficialDocument {
  return {
    kind,
    masthead: common.issuer.name,
    documentNumber: parts.documentNumber,
    title: common.say(parts.title),
    addressee: parts.addressee,
    paragraphs: parts.paragraphs,
    attachments: parts.attachments ?? [],
    signatory: common.issuer.name,
    date: common.date,
    note: null,
    copyTo: [...common.copyTo],
    printedBy: common.issuer.printingOffice,
    printedOn: common.date
  }
}

const body = (text: string): DocumentParagraph => ({ style: 'body', text })
const heading = (text: string): DocumentParagraph => ({ style: 'heading1', text })

/**
 * 责令限期改正通知书: the facts per rule (article broken, Art. 31 item), one requirement per rule
 * as the notice words it, and the deadline in working days with its last day.
 */
export function composeRectificationNotice(
  common: Common & {
    notice: RectificationNotice
    /** The deadline's last day: the notice's own once issued, else the one issuing today gives. */
    lastDay: string
  }
): OfficialDocument {
  const { say, notice } = common
  const department = common.departmentName
  const facts = notice.corrections.map((correction, index) => {
    const kind = correction.kind as Article31Kind
    const rule = complianceRules.find((candidate) => candidate.id === correction.ruleId)
    return body(
      say(
        message('documents.notice.fact', {
          numeral: `（${chineseNumber(index + 1)}）`,
          rule: rule ? rule.title : correction.ruleId,
          article: correction.article,
          count: correction.findingCount,
          item: article31ItemLabel(kind),
          kindText: article31KindText(kind)
        })
      )
    )
  })
  const requirements = notice.corrections.map((correction, index) =>
    body(say(message('documents.notice.requirement', { number: index + 1, text: correction.text })))
  )
  const contact = common.issuer.contact
  return documentOf('rectificationNotice', common, {
    documentNumber: notice.documentNumber,
    title: message('documents.notice.title', { department }),
    addressee: department,
    paragraphs: [
      body(say(message('documents.notice.opening'))),
      heading(say(message('documents.notice.problemsHeading'))),
      ...facts,
      heading(say(message('documents.notice.requirementsHeading'))),
      ...requirements,
      heading(say(message('documents.notice.deadlineHeading'))),
      body(
        say(
          message('documents.notice.deadline', {
            workingDays: notice.rectificationWorkingDays,
            lastDay: arabicDate(common.lastDay)
          })
        )
      ),
      ...(contact ? [body(say(message('documents.notice.contact', contact)))] : [])
    ]
  })
}

/** 书面通报: the lapsed notice, the basis, and what the department must still do. */
export function composeWrittenCircular(
  common: Common & { circular: WrittenCircular; notice: RectificationNotice }
): OfficialDocument {
  const { say, circular, notice } = common
  const department = common.departmentName
  return documentOf('writtenCircular', common, {
    documentNumber: circular.documentNumber,
    title: message('documents.circular.title', { department }),
    addressee: say(message('documents.circular.addressee')),
    paragraphs: [
      body(
        say(
          message('documents.circular.facts', {
            issuedOn: arabicDate(notice.issuedOn ?? circular.draftedOn),
            number: circular.noticeDocumentNumber,
            department,
            lastDay: arabicDate(circular.noticeDeadline)
          })
        )
      ),
      body(say(message('documents.circular.basis'))),
      body(
        say(
          message('documents.circular.requirement', {
            department,
            workingDays: notice.rectificationWorkingDays
          })
        )
      )
    ]
  })
}

/** 移送函 to the authority that deals with the case according to law and discipline. */
export function composeReferralLetter(
  common: Common & {
    notice: RectificationNotice
    circular: WrittenCircular | null
    authority: string
    documentNumber: string | null
  }
): OfficialDocument {
  const { say, notice, circular } = common
  const department = common.departmentName
  return documentOf('referralLetter', common, {
    documentNumber: common.documentNumber,
    title: message('documents.referral.title', { department }),
    addressee: common.authority,
    paragraphs: [
      body(
        say(
          message('documents.referral.facts', {
            issuedOn: arabicDate(notice.issuedOn ?? notice.createdOn),
            number: notice.documentNumber ?? '',
            department,
            circularOn: circular?.issuedOn ? arabicDate(circular.issuedOn) : '',
            circularNumber:
              circular?.documentNumber ?? say(message('documents.referral.circularPending'))
          })
        )
      ),
      body(say(message('documents.referral.basis')))
    ]
  })
}

/** 整改情况核验意见: passed (销号) or failed with the new last day. */
export function composeVerificationOpinion(
  common: Common & {
    notice: RectificationNotice
    passed: boolean
    /** The new deadline's last day when the check failed. */
    newLastDay: string | null
    documentNumber: string | null
  }
): OfficialDocument {
  const { say, notice } = common
  const department = common.departmentName
  const outcome = common.passed
    ? message('documents.verification.passed')
    : message('documents.verification.failed', {
        lastDay: arabicDate(common.newLastDay ?? common.date)
      })
  return documentOf('verificationOpinion', common, {
    documentNumber: common.documentNumber,
    title: message('documents.verification.title', { department }),
    addressee: department,
    paragraphs: [
      body(
        say(
          message('documents.verification.facts', {
            department,
            receivedOn: arabicDate(notice.report?.receivedOn ?? common.date),
            number: notice.documentNumber ?? ''
          })
        )
      ),
      body(say(outcome))
    ]
  })
}
