import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  complianceRules,
  type RectificationNotice,
  type WrittenCircular
} from '../../../../src/shared/domain/compliance'
import {
  composeRectificationNotice,
  composeReferralLetter,
  composeVerificationOpinion,
  composeWrittenCircular
} from '../../../../src/shared/domain/documents/compose'
import { OfficialDocument } from '../../../../src/shared/domain/documents/official-document'
import { message } from '../../../../src/shared/i18n'
import { requireOrSkip } from '../../../support/require-or-skip'
import { wordsIn } from '../compliance/words'

/**
 * The words of the workflow's documents, composed from a notice: each fact names the rule, the
 * article broken and the item of Art. 31 as the 办法 words it, each requirement is the notice's,
 * and the deadline is the notice's last day.
 */
const zh = wordsIn('zh-CN')
const MEASURES = resolve(
  __dirname,
  '../../../../../shared/domain/xuchang-elicense-measures-2021.txt'
)

/** The requirement the rule itself words, with its default parameters. */
function correction(ruleId: string, count: number) {
  const rule = complianceRules.find((candidate) => candidate.id === ruleId)!
  return rule.correction(count, rule.parameters.parse({}))
}

const notice: RectificationNotice = {
  id: 'n-1',
  departmentId: 'dept-scjg',
  status: 'issued',
  documentNumber: '许数管〔2026〕7号',
  findingIds: ['f-1', 'f-2', 'f-3'],
  corrections: [
    {
      ruleId: 'push.offline-late',
      kind: 2,
      article: message('compliance.article.art13'),
      findingCount: 2,
      text: correction('push.offline-late', 2)
    },
    {
      ruleId: 'data.missing-seal',
      kind: 5,
      article: message('compliance.article.art17'),
      findingCount: 1,
      text: correction('data.missing-seal', 1)
    }
  ],
  createdOn: '2026-12-01',
  issuedOn: '2026-12-03',
  rectificationWorkingDays: 10,
  deadline: { lastDay: '2026-12-17', expiresAt: '2026-12-17T24:00:00+08:00' },
  report: null,
  verifiedOn: null,
  closedOn: null,
  overdueOn: null,
  circularId: null,
  referral: null,
  history: [{ status: 'issued', on: '2026-12-03', actor: '合规科 张三' }]
}

const common = {
  issuer: {
    name: '许昌市政务服务和大数据管理局',
    printingOffice: '许昌市政务服务和大数据管理局办公室',
    contact: { name: '王五', phone: '0374-1234567' }
  },
  departmentName: '许昌市市场监督管理局',
  date: '2026-12-03',
  copyTo: ['市司法局'],
  say: (said: Parameters<typeof zh>[0]) => zh(said)
}

describe('责令限期改正通知书', () => {
  const document = composeRectificationNotice({ ...common, notice, lastDay: '2026-12-17' })
  const texts = document.paragraphs.map((p) => p.text)

  it('is a complete document addressed to the department, numbered as the notice', () => {
    expect(OfficialDocument.safeParse(document).success).toBe(true)
    expect(document).toMatchObject({
      kind: 'rectificationNotice',
      masthead: '许昌市政务服务和大数据管理局',
      documentNumber: '许数管〔2026〕7号',
      addressee: '许昌市市场监督管理局',
      signatory: '许昌市政务服务和大数据管理局',
      date: '2026-12-03',
      copyTo: ['市司法局'],
      printedBy: '许昌市政务服务和大数据管理局办公室',
      printedOn: '2026-12-03'
    })
    expect(document.title).toBe('关于责令许昌市市场监督管理局限期改正电子证照管理问题的通知')
  })

  it('numbers the facts （一）（二）, each with its rule, count, article and Art. 31 item', () => {
    expect(texts[0]).toContain('第三十一条')
    const facts = texts.filter((t) => /^（[一二]）/.test(t))
    expect(facts).toHaveLength(2)
    expect(facts[0]).toMatch(
      /^（一）线下生成证照推送逾期：发现问题2项，违反《办法》第十三条的规定，属于第三十一条第（二）项/
    )
    expect(facts[1]).toMatch(
      /^（二）.+：发现问题1项，违反《办法》第十七条的规定，属于第三十一条第（五）项/
    )
  })

  it.skipIf(!requireOrSkip(existsSync(MEASURES), `the 办法's text ${MEASURES}`))(
    'quotes the Art. 31 items as the 办法 words them',
    () => {
      const measures = readFileSync(MEASURES, 'utf8')
      for (const fact of texts.filter((t) => /^（[一二]）/.test(t))) {
        const quoted = /“(.+)”的情形/.exec(fact)?.[1]
        expect(quoted, fact).toBeDefined()
        expect(measures).toContain(quoted!)
      }
    }
  )

  it('lists one numbered requirement per rule, then the deadline in working days and its last day', () => {
    const requirements = texts.filter((t) => /^\d\. /.test(t))
    expect(requirements.map((t) => t.slice(0, 2))).toEqual(['1.', '2.'])
    expect(requirements[0]).toContain('2')
    expect(texts).toContain(
      '请你单位自本通知送达之日起10个工作日内（即2026年12月17日前）完成整改，并将整改情况书面报送本局。逾期不改正的，本局将依据《办法》第三十一条予以书面通报。'
    )
    expect(texts.at(-1)).toBe('联系人：王五；联系电话：0374-1234567。')
    expect(document.paragraphs.filter((p) => p.style === 'heading1').map((p) => p.text)).toEqual([
      '一、存在的问题',
      '二、整改要求',
      '三、整改期限'
    ])
  })

  it('leaves out the contact line when there is none, and prints a draft without a number', () => {
    const draft = composeRectificationNotice({
      ...common,
      issuer: { ...common.issuer, contact: null },
      notice: { ...notice, documentNumber: null },
      lastDay: '2026-12-17'
    })
    expect(draft.documentNumber).toBeNull()
    expect(draft.paragraphs.some((p) => p.text.startsWith('联系人'))).toBe(false)
  })
})

describe('书面通报, 移送函 and 核验意见', () => {
  const circular: WrittenCircular = {
    id: 'c-1',
    noticeId: 'n-1',
    noticeDocumentNumber: '许数管〔2026〕7号',
    departmentId: 'dept-scjg',
    noticeDeadline: '2026-12-17',
    status: 'issued',
    documentNumber: '许数管〔2026〕9号',
    draftedOn: '2026-12-18',
    issuedOn: '2026-12-21',
    text: message('compliance.circular.text', {})
  }

  it('circulates the lapsed notice by its number and deadline', () => {
    const document = composeWrittenCircular({ ...common, circular, notice })
    expect(document.kind).toBe('writtenCircular')
    expect(document.documentNumber).toBe('许数管〔2026〕9号')
    expect(document.paragraphs[0]!.text).toBe(
      '本局于2026年12月3日以许数管〔2026〕7号责令许昌市市场监督管理局限期改正电子证照管理中存在的问题，整改期限至2026年12月17日。截至目前，该单位逾期未改正，也未书面报送整改情况。'
    )
    expect(document.paragraphs.map((p) => p.text).join('')).toContain('10个工作日内')
  })

  it('refers the case to the authority, naming the notice and the circular', () => {
    const document = composeReferralLetter({
      ...common,
      notice: {
        ...notice,
        referral: { referredOn: '2026-12-28', authority: '市纪委监委', note: '' }
      },
      circular,
      authority: '市纪委监委',
      documentNumber: null
    })
    expect(document.addressee).toBe('市纪委监委')
    expect(document.paragraphs[0]!.text).toContain(
      '于2026年12月21日以许数管〔2026〕9号予以书面通报'
    )
    const pending = composeReferralLetter({
      ...common,
      notice,
      circular: null,
      authority: '市纪委监委',
      documentNumber: null
    })
    expect(pending.paragraphs[0]!.text).toContain('（通报尚未签发）')
  })

  it('closes a passed check and sets a new last day for a failed one', () => {
    const report = {
      receivedOn: '2026-12-15',
      text: '已整改',
      attachments: [],
      late: false
    }
    const passed = composeVerificationOpinion({
      ...common,
      notice: { ...notice, report },
      passed: true,
      newLastDay: null,
      documentNumber: null
    })
    expect(passed.paragraphs.map((p) => p.text)).toEqual([
      '许昌市市场监督管理局于2026年12月15日报送了许数管〔2026〕7号所列问题的整改情况报告。本局对整改情况进行了核验，意见如下：',
      '经核验，所列问题已整改到位，同意销号。'
    ])
    const failed = composeVerificationOpinion({
      ...common,
      notice: { ...notice, report },
      passed: false,
      newLastDay: '2027-01-08',
      documentNumber: null
    })
    expect(failed.paragraphs[1]!.text).toContain('请你单位于2027年1月8日前继续整改')
  })
})
