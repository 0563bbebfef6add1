import { describe, expect, it } from 'vitest'
import {
  cmsBlob,
  createDocument,
  encryptedLooking,
  garbageXref,
  notAPdf,
  sesBlob,
  signPdf
} from '../../../fixtures/pdf'
import { testTrustAnchors } from '../../../fixtures/signers'
import { reasonOf, verify } from './helpers'

describe('bad inputs give coded errors, never a throw', () => {
  it('not a PDF', async () => {
    const report = await verify(notAPdf())
    expect(report.error?.code).toBe('seals.error.notPdf')
    expect(reasonOf(report.verdict)).toBe('indeterminate/seals.reason.unreadable')
  })

  it('a truncated signed PDF', async () => {
    const signed = await signPdf(createDocument(), { fieldName: 'Sig1', blob: cmsBlob('rsa') })
    const report = await verify(signed.bytes.subarray(0, signed.bytes.length - 40))
    expect(report.error?.code).toBe('seals.error.truncated')
  })

  it('an encrypted PDF that the empty password does not open', async () => {
    const report = await verify(encryptedLooking(createDocument()))
    expect(report.error?.code).toBe('seals.error.passwordRequired')
  })

  it('a PDF whose body is garbage', async () => {
    const report = await verify(
      Buffer.from('%PDF-1.7\n' + 'garbage '.repeat(200) + '\nstartxref\n9\n%%EOF\n')
    )
    expect(report.error).toStrictEqual({ code: 'seals.error.xrefBroken' })
  })

  it('a garbage xref table is rebuilt, and its bytes count as changed signed bytes', async () => {
    const signed = await signPdf(createDocument(), { fieldName: 'Sig1', blob: cmsBlob('rsa') })
    const report = await verify(garbageXref(signed.bytes))
    expect(report.warnings).toContain('seals.warning.xrefReconstructed')
    expect(report.revisions.map((revision) => revision.xref)).toEqual(['table', 'reconstructed'])
    expect(reasonOf(report.verdict)).toBe('failed/seals.reason.hashFailure')
  })
})

describe('what is and is not a signature', () => {
  it('no signature field, an empty signature field and an unknown format are told apart', async () => {
    const none = await verify(createDocument().bytes)
    expect(none.signatureFields).toBe('none')
    expect(reasonOf(none.verdict)).toBe('indeterminate/seals.reason.noSignatureFields')

    const empty = await verify(createDocument({ emptySignatureField: 'Approval' }).bytes)
    expect(empty.signatureFields).toBe('unsigned-only')
    expect(empty.unsignedSignatureFields).toEqual([
      { fieldName: 'Approval', page: 0, rect: [300, 100, 500, 160] }
    ])
    expect(reasonOf(empty.verdict)).toBe('indeterminate/seals.reason.unsignedFieldsOnly')

    const unknown = await signPdf(createDocument(), {
      fieldName: 'Vendor',
      filter: 'Vendor.Seal',
      subFilter: 'vendor.proprietary',
      blob: async () => Uint8Array.from({ length: 300 }, (_, i) => (i * 7 + 3) & 0xff)
    })
    const report = await verify(unknown.bytes)
    expect(report.signatureFields).toBe('signed')
    expect(report.signatures[0]?.format).toBe('unknown')
    expect(reasonOf(report.verdict)).toBe('indeterminate/seals.reason.unknownFormat')
  })

  it('a /Stamp annotation on an unsigned page is counted as a seal picture without a signature', async () => {
    const pdf = createDocument()
    const stamped = (await import('../../../fixtures/pdf')).update(
      pdf,
      new Map([
        [
          pdf.size,
          `<< /Type /Annot /Subtype /Stamp /Rect [300 100 420 220] /P ${pdf.pages[0]} 0 R >>`
        ],
        [
          pdf.pages[0]!,
          `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${pdf.contents[0]} 0 R /Annots [${pdf.size} 0 R] >>`
        ]
      ])
    )
    const report = await verify(stamped.bytes)
    expect(report.stampAnnotationsWithoutSignature).toBe(1)
    expect(report.signatureFields).toBe('none')
  })

  it('a GB/T 38540 SES seal in /Contents is verified and its seal reported', async () => {
    const signed = await signPdf(createDocument(), {
      fieldName: 'Seal',
      filter: 'Gomain.GMPkiLite',
      subFilter: 'GM.sm2seal',
      blob: sesBlob(4)
    })
    const report = await verify(signed.bytes, testTrustAnchors('sm2'))
    const signature = report.signatures[0]!
    expect(signature.format).toBe('ses-v4')
    expect(signature.intact).toBe(true)
    expect(signature.valid).toBe(true)
    expect(signature.seal?.name).toBeTruthy()
    expect(signature.coverage).toBe('entire-file')
  })

  it('every report respects the per-file time bound', async () => {
    const signed = await signPdf(createDocument({ pages: 3 }), {
      fieldName: 'Sig1',
      blob: cmsBlob('rsa')
    })
    const report = await verify(signed.bytes, testTrustAnchors('rsa'), { timeLimitMs: 0 })
    expect(report.error?.code).toBe('seals.error.timeout')
  })
})
