import type { MeasureText } from '../../../../src/shared/domain/documents/layout'
import type { OfficialDocument } from '../../../../src/shared/domain/documents/official-document'

/** What a CJK font measures: every CJK character and full-width mark one em, ASCII half. */
export const measureCjk: MeasureText = (text, _font, size) =>
  [...text].reduce((width, c) => width + ((c.codePointAt(0) ?? 0) < 0x2000 ? size / 2 : size), 0)

/** A 责令限期改正通知 as the Bureau would send it: two pages, one attachment, two 抄送. */
export const sampleNotice: OfficialDocument = {
  kind: 'rectificationNotice',
  masthead: '许昌市政务服务和大数据管理局',
  documentNumber: '许数管〔2026〕7号',
  title: '关于责令许昌市市场监督管理局限期改正电子证照管理问题的通知',
  addressee: '许昌市市场监督管理局',
  paragraphs: [
    {
      style: 'body',
      text: '根据《许昌市电子证照管理暂行办法》（许政办〔2021〕13号）第三十一条的规定，本局对你单位电子证照管理情况进行了监督检查。经查，你单位存在以下问题：'
    },
    { style: 'heading1', text: '一、存在的问题' },
    {
      style: 'body',
      text: '（一）线下生成证照推送逾期：发现问题12项，违反《办法》第十三条的规定，属于第三十一条第（二）项“拒绝、拖延提供证照数据的，以及擅自减少应提供数据的”的情形。'
    },
    { style: 'heading1', text: '二、整改要求' },
    {
      style: 'body',
      text: '1. 核查12张电子证照推送迟延的原因，建立办结即推送机制，今后在办结后1个工作日内完成推送。'
    },
    { style: 'heading2', text: '（一）整改期限' },
    {
      style: 'body',
      text: '请你单位自本通知送达之日起10个工作日内（即2026年12月17日前）完成整改，并将整改情况书面报送本局。逾期不改正的，本局将依据《办法》第三十一条予以书面通报。'
    }
  ],
  attachments: ['问题清单'],
  signatory: '许昌市政务服务和大数据管理局',
  date: '2026-12-03',
  note: null,
  copyTo: ['市委网信办', '市司法局'],
  printedBy: '许昌市政务服务和大数据管理局办公室',
  printedOn: '2026-12-03'
}

/** The sample with `count` more body paragraphs, for pagination. */
export function longNotice(count: number): OfficialDocument {
  const extra = Array.from({ length: count }, (_, index) => ({
    style: 'body' as const,
    text: `第${index + 1}段：经核查，该单位部分电子证照在业务办结后未按规定时限推送至市统一电子证照库，相关数据已逐条列入问题清单。`
  }))
  return { ...sampleNotice, paragraphs: [...sampleNotice.paragraphs, ...extra] }
}
