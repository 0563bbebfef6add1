import { beforeAll, describe, expect, it, vi } from 'vitest'
import {
  type SignedPdf,
  addAnnotation,
  addPage,
  changeContent,
  cmsBlob,
  createDocument,
  fillTextField,
  replaceReason,
  repointField,
  signPdf,
  update
} from '../../../fixtures/pdf'
import type { DocumentChange } from '../../../../src/shared/domain/seals/pdf/diff/change'
import { openPdf } from '../../../../src/shared/domain/seals/pdf/document'
import { analyzeRevision } from '../../../../src/shared/domain/seals/pdf/modifications'
import { reasonOf, verify } from './helpers'
import { message } from '../../../../src/shared/i18n'
import { zh } from './words'

let signed: SignedPdf

beforeAll(async () => {
  signed = await signPdf(createDocument({ pages: 2, textField: true }), {
    fieldName: 'Sig1',
    blob: cmsBlob('rsa')
  })
})

async function firstSignatureAfter(bytes: Uint8Array) {
  const report = await verify(bytes)
  const signature = report.signatures.find((s) => s.fieldName === 'Sig1')!
  return {
    report,
    signature,
    descriptions: signature.modification.changes.map((c) => zh(c.description))
  }
}

describe('changes after signing', () => {
  it('an untouched signature has level none and entire-file coverage', async () => {
    const { signature } = await firstSignatureAfter(signed.bytes)
    expect(signature.modification).toEqual({ level: 'none', changes: [] })
  })

  it('form filling keeps the signature passing and says which field was filled', async () => {
    const { signature, descriptions } = await firstSignatureAfter(fillTextField(signed).bytes)
    expect(signature.coverage).toBe('entire-revision')
    expect(signature.modification.level).toBe('form-filling')
    expect(descriptions).toContain('填写了表单域「name」')
    expect(reasonOf(signature.verdict)).toBe('passed')
  })

  it('a new comment after an approval signature passes, listed and warned about', async () => {
    const { signature, descriptions } = await firstSignatureAfter(addAnnotation(signed, 1).bytes)
    expect(signature.modification.level).toBe('annotations')
    expect(descriptions).toEqual(['在第 2 页新增批注（/Text）'])
    expect(reasonOf(signature.verdict)).toBe('passed')
    expect(signature.warnings).toContain('seals.warning.annotationsAddedAfterSigning')
  })

  // pyHanko's SigFieldCreationRule: a new signature field is an LTA-level change when invisible,
  // FORM_FILLING when its widget has an area (it changes what the page shows).
  it('a second, visible signature is form filling for the first, and both pass', async () => {
    const twice = await signPdf(signed, { fieldName: 'Sig2', blob: cmsBlob('ecdsa'), page: 1 })
    const { report, signature, descriptions } = await firstSignatureAfter(twice.bytes)
    expect(signature.modification.level).toBe('form-filling')
    expect(descriptions).toContain('新增签名域「Sig2」并签署（可见签章）')
    expect(report.signatures.map((s) => [s.fieldName, s.coverage, s.verdict.status])).toEqual([
      ['Sig1', 'entire-revision', 'passed'],
      ['Sig2', 'entire-file', 'passed']
    ])
    expect(reasonOf(report.verdict)).toBe('passed')
  })

  it('an invisible second signature is a signature-level change', async () => {
    const twice = await signPdf(signed, {
      fieldName: 'Sig2',
      blob: cmsBlob('ecdsa'),
      rect: [0, 0, 0, 0]
    })
    const { signature, descriptions } = await firstSignatureAfter(twice.bytes)
    expect(signature.modification.level).toBe('signatures-dss-timestamps')
    expect(descriptions).toContain('新增签名域「Sig2」并签署')
  })

  it('signing a pre-existing visible empty signature field is form filling', async () => {
    const base = createDocument({ emptySignatureField: 'Approval' })
    const first = await signPdf(base, { fieldName: 'Sig1', blob: cmsBlob('rsa') })
    const second = await signPdf(first, {
      fieldName: 'Approval',
      existingField: base.fields[0]!,
      blob: cmsBlob('rsa')
    })
    const { signature, descriptions } = await firstSignatureAfter(second.bytes)
    expect(signature.modification.level).toBe('form-filling')
    expect(descriptions).toContain('签署了签名域「Approval」（可见签章）')
  })

  const harmful: Array<[string, (pdf: SignedPdf) => Uint8Array, string]> = [
    ['a page added', (pdf) => addPage(pdf).bytes, '新增了页面（页数 2 → 3）'],
    ['page content changed', (pdf) => changeContent(pdf).bytes, '第 1 页的内容流被修改'],
    [
      '/Reason replaced',
      (pdf) => replaceReason(pdf, pdf.signature).bytes,
      '签名域「Sig1」的签名字典被修改（/Reason）'
    ],
    [
      'the field re-pointed to another signature dictionary',
      (pdf) => repointField(pdf, pdf.field, 'Sig1', pdf.signature).bytes,
      '签名域「Sig1」的签名被改指向其他签名字典'
    ],
    [
      'the signature field removed from the form',
      (pdf) => update(pdf, new Map([[pdf.acroForm!, '<< /Fields [] >>']])).bytes,
      '删除了表单域「Sig1」'
    ]
  ]

  it.each(harmful)('%s is an illegal modification', async (_, tamper, expected) => {
    const report = await verify(tamper(signed))
    // A re-pointed field also shows its new, inconsistent dictionary as a separate failed entry.
    const signature = report.signatures.find((s) =>
      s.modification.changes.some((change) => zh(change.description) === expected)
    )
    expect(signature?.modification.level).toBe('other')
    expect(signature && reasonOf(signature.verdict)).toBe('failed/seals.reason.illegalModification')
    expect(report.verdict.status).toBe('failed')
    expect(report.signatures.every((s) => s.verdict.status === 'failed')).toBe(true)
  })

  it('a removed signature field is still reported, with a warning', async () => {
    const removed = update(signed, new Map([[signed.acroForm!, '<< /Fields [] >>']]))
    const { signature } = await firstSignatureAfter(removed.bytes)
    expect(signature.presentInLatestRevision).toBe(false)
    expect(signature.warnings).toContain('seals.warning.signatureFieldRemoved')
  })

  it('a certification signature with DocMDP P=1 forbids even form filling', async () => {
    const certified = await signPdf(createDocument({ textField: true }), {
      fieldName: 'Sig1',
      blob: cmsBlob('rsa'),
      docMdp: 1
    })
    const { signature } = await firstSignatureAfter(fillTextField(certified).bytes)
    expect(signature.certificationPermission).toBe(1)
    expect(reasonOf(signature.verdict)).toBe('failed/seals.reason.illegalModification')
  })
})

describe('the list of changes of one update', () => {
  const opened = openPdf(createDocument().bytes)
  if (!opened.ok) throw new Error('the one-page fixture does not open')
  const document = opened.document

  it('the first revision has nothing before it to differ from', () => {
    expect(analyzeRevision(document, 0)).toEqual({ revision: 0, level: 'none', changes: [] })
  })

  type Judged = Omit<DocumentChange, 'revision'>
  const MODULES = '../../../../src/shared/domain/seals/pdf'

  /** analyzeRevision over an update whose differences the whitelist judged as `judgements`. */
  async function listed(judgements: Judged[]) {
    vi.resetModules()
    vi.doMock(`${MODULES}/diff/facts`, () => ({ RevisionFacts: class {} }))
    vi.doMock(`${MODULES}/diff/walk`, () => ({
      PairedWalk: class {
        run = () => judgements.map((_, index) => ({ key: String(index) }))
      }
    }))
    vi.doMock(`${MODULES}/diff/judge`, () => ({
      judge: (diff: { key: string }) => judgements[Number(diff.key)]
    }))
    try {
      const fresh = await import(`${MODULES}/modifications`)
      return fresh.analyzeRevision(document, 1)
    } finally {
      for (const name of ['diff/facts', 'diff/walk', 'diff/judge'])
        vi.doUnmock(`${MODULES}/${name}`)
      vi.resetModules()
    }
  }

  // Two differences can read the same (a new field is seen in /Fields and in a page's /Annots).
  // Should one wording ever come with two levels, the worse must stay listed: otherwise an
  // illegal change could hide behind a harmless one that reads the same.
  it('of two changes worded alike the worse is kept, whichever came first', async () => {
    const description = message('seals.change.annotationChanged', {
      page: message('seals.change.page.number', { number: 1 })
    })
    const harmless: Judged = { level: 'annotations', description, page: 0 }
    const illegal: Judged = { level: 'other', description, page: 0 }
    const expected = {
      revision: 1,
      level: 'other',
      changes: [{ revision: 1, level: 'other', description, page: 0 }]
    }
    expect(await listed([harmless, illegal])).toEqual(expected)
    expect(await listed([illegal, harmless])).toEqual(expected)
  })
})
