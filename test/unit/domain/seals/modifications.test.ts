import { beforeAll, describe, expect, it } from 'vitest'
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
import { reasonOf, verify } from './helpers'

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
    descriptions: signature.modification.changes.map((c) => c.description)
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
    expect(signature.warnings).toContain('annotations-added-after-signing')
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
      s.modification.changes.some((change) => change.description === expected)
    )
    expect(signature?.modification.level).toBe('other')
    expect(signature && reasonOf(signature.verdict)).toBe('failed/illegal-modification')
    expect(report.verdict.status).toBe('failed')
    expect(report.signatures.every((s) => s.verdict.status === 'failed')).toBe(true)
  })

  it('a removed signature field is still reported, with a warning', async () => {
    const removed = update(signed, new Map([[signed.acroForm!, '<< /Fields [] >>']]))
    const { signature } = await firstSignatureAfter(removed.bytes)
    expect(signature.presentInLatestRevision).toBe(false)
    expect(signature.warnings).toContain('signature-field-removed')
  })

  it('a certification signature with DocMDP P=1 forbids even form filling', async () => {
    const certified = await signPdf(createDocument({ textField: true }), {
      fieldName: 'Sig1',
      blob: cmsBlob('rsa'),
      docMdp: 1
    })
    const { signature } = await firstSignatureAfter(fillTextField(certified).bytes)
    expect(signature.certificationPermission).toBe(1)
    expect(reasonOf(signature.verdict)).toBe('failed/illegal-modification')
  })
})
