/**
 * One signature dictionary that several fields point at (a seal stamped on every page) is one
 * signature: reported once, verified once, and the fields added with it are part of signing.
 */
import { describe, expect, it } from 'vitest'
import { addAnnotation, cmsBlob, createDocument, signPdf } from '../../../fixtures/pdf'
import { reasonOf, verify } from './helpers'
import { zh } from './words'

describe('a signature shared by several fields', () => {
  it('is reported once and passes', async () => {
    const signed = await signPdf(createDocument({ pages: 3 }), {
      fieldName: 'Seal',
      blob: cmsBlob('rsa'),
      copiesOnPages: [1, 2]
    })
    const report = await verify(signed.bytes)
    expect(report.signatures.map((s) => s.signatureObject)).toEqual([signed.signature])
    expect(report.signatures[0]!.warnings).toContain('seals.warning.signatureSharedByFields')
    expect(reasonOf(report.verdict)).toBe('passed')
  })

  it('stays one signature when a later comment is judged against it', async () => {
    const signed = await signPdf(createDocument({ pages: 3 }), {
      fieldName: 'Seal',
      blob: cmsBlob('sm2'),
      copiesOnPages: [1, 2]
    })
    const report = await verify(addAnnotation(signed, 2).bytes)
    expect(report.signatures).toHaveLength(1)
    expect(report.signatures[0]!.modification.changes.map((c) => zh(c.description))).toEqual([
      '在第 3 页新增批注（/Text）'
    ])
  })
})
