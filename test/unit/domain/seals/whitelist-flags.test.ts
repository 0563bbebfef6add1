/**
 * pyHanko's always-modifiable keys of a field after an approval signature: its flags (/Ff), on a
 * signature field too, and its /Type entry. Each is allowed and named, never "other".
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { SignedLicence } from '../../../fixtures/pdf/attacks/scenario'
import { verify } from './helpers'
import { edited, signedLicence, withEntry } from './whitelist-cases'
import { zh } from './words'

let pdf: SignedLicence
// Signing starts the test PKI, which can take a while on a busy machine.
beforeAll(async () => {
  pdf = await signedLicence()
}, 60_000)

describe('after an approval signature, a field’s flags or type entry', () => {
  it.each([
    [
      'the flags (/Ff) of the empty signature field',
      (p: SignedLicence) => withEntry(p, p.approval, '/Ff 1'),
      '更新了签名域「Approval」的标志（/Ff）'
    ],
    [
      'the type entry (/Type) of a form field',
      (p: SignedLicence) => edited(p, p.remark, (b) => b.replace('/Type /Annot', '/Type /Widget')),
      '更新了表单域「remark」的标志（/Type）'
    ]
  ])('%s is allowed and named', async (_name, build, words) => {
    const report = await verify(build(pdf))
    const signature = report.signatures.find((s) => s.fieldName === 'Sig1')!
    expect(signature.modification.level).toBe('signatures-dss-timestamps')
    expect(signature.modification.changes.map((change) => zh(change.description))).toEqual([words])
    expect(signature.verdict.status).toBe('passed')
  })
})
