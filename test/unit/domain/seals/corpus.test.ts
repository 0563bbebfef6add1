/**
 * The public signature corpus (../shared/testdata/signatures, MANIFEST.tsv): expected verdicts
 * from pyHanko's and pdfsign's own tests. Skips, saying so, when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SignatureReport } from '../../../../src/shared/domain/seals/report'
import { reasonOf, verify } from './helpers'
import { requireOrSkip } from '../../../support/require-or-skip'

const corpus = join(__dirname, '../../../../../shared/testdata/signatures')
const present = existsSync(join(corpus, 'MANIFEST.tsv'))
requireOrSkip(present, `the public signature corpus ${corpus}`)

const load = (name: string) => new Uint8Array(readFileSync(join(corpus, name)))
const untrusted = { certificates: [] }
const byField = (signatures: SignatureReport[], name: string) =>
  signatures.find((s) => s.fieldName === name)!

describe.skipIf(!present)('public signature corpus', () => {
  it('lists every PDF we check in MANIFEST.tsv', () => {
    const manifest = readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8')
    for (const name of [
      'pdfsign-hello_hsm.pdf',
      'pdfsign-sigmodified.pdf',
      'pyhanko-coverage-one-byterange.pdf',
      'pyhanko-coverage-weird-byterange.pdf',
      'pyhanko-coverage-tail-uncovered.pdf',
      'pyhanko-form-update-override-ap.pdf',
      'pyhanko-form-update-override-ap-sneaky.pdf',
      'pyhanko-pdf-sig-with-econtent.pdf',
      'pyhanko-sig-with-ski-sid.pdf',
      'pdfsign-multi.pdf'
    ]) {
      expect(manifest).toContain(name)
    }
  })

  it('hello_hsm: intact and valid, not trusted offline', async () => {
    const [signature] = (await verify(load('pdfsign-hello_hsm.pdf'), untrusted)).signatures
    expect([signature?.intact, signature?.valid, signature?.trusted, signature?.coverage]).toEqual([
      true,
      true,
      false,
      'entire-file'
    ])
    expect(signature?.verdict.status).toBe('indeterminate')
  })

  it('sigmodified: hash failure', async () => {
    const report = await verify(load('pdfsign-sigmodified.pdf'), untrusted)
    expect(report.signatures[0]?.intact).toBe(false)
    expect(reasonOf(report.verdict)).toBe('failed/seals.reason.hashFailure')
  })

  it.each(['pyhanko-coverage-one-byterange.pdf', 'pyhanko-coverage-weird-byterange.pdf'])(
    '%s: crypto intact and valid, coverage unclear, not passed',
    async (name) => {
      const [signature] = (await verify(load(name), untrusted)).signatures
      expect([signature?.intact, signature?.valid, signature?.coverage]).toEqual([
        true,
        true,
        'unclear'
      ])
      expect(signature && reasonOf(signature.verdict)).toBe(
        'failed/seals.reason.nonstandardCoverage'
      )
    }
  )

  it('tail-uncovered: contiguous block from start, not passed', async () => {
    const [signature] = (await verify(load('pyhanko-coverage-tail-uncovered.pdf'), untrusted))
      .signatures
    expect([signature?.intact, signature?.valid, signature?.coverage]).toEqual([
      true,
      true,
      'contiguous-block-from-start'
    ])
    expect(signature && reasonOf(signature.verdict)).toBe('failed/seals.reason.nonstandardCoverage')
  })

  it('form-update-override-ap: Sig1 sees form filling only', async () => {
    const report = await verify(load('pyhanko-form-update-override-ap.pdf'), untrusted)
    expect(byField(report.signatures, 'Sig1').modification.level).toBe('form-filling')
    expect(byField(report.signatures, 'Sig2').modification.level).toBe('none')
  })

  it('form-update-override-ap-sneaky: Sig1 sees an illegal (other) modification', async () => {
    const report = await verify(load('pyhanko-form-update-override-ap-sneaky.pdf'), untrusted)
    const sig1 = byField(report.signatures, 'Sig1')
    expect(sig1.modification.level).toBe('other')
    expect(reasonOf(sig1.verdict)).toBe('failed/seals.reason.illegalModification')
  })

  it('econtent: a detached signature that encapsulates content is rejected', async () => {
    const report = await verify(load('pyhanko-pdf-sig-with-econtent.pdf'), untrusted)
    expect(report.verdict.status).toBe('failed')
  })

  it('ski-sid: intact and valid, untrusted', async () => {
    const [signature] = (await verify(load('pyhanko-sig-with-ski-sid.pdf'), untrusted)).signatures
    expect([signature?.intact, signature?.valid, signature?.trusted]).toEqual([true, true, false])
    expect(signature?.verdict.status).toBe('indeterminate')
  })

  it('multi: two signatures in order, the first covering an earlier revision', async () => {
    const report = await verify(load('pdfsign-multi.pdf'), untrusted)
    expect(report.revisions).toHaveLength(3)
    expect(report.signatures.map((s) => s.coverage)).toEqual(['entire-revision', 'entire-file'])
    expect(report.signatures[0]?.intact).toBe(true)
    expect(report.signatures[0]?.modification.level).not.toBe('other')
  })

  it('multi: both signatures intact and valid, as `openssl cms -verify` says', async () => {
    const [first, counter] = (await verify(load('pdfsign-multi.pdf'), untrusted)).signatures
    // #1 declares sha256WithRSAEncryption but signed with its digestAlgorithm, SHA-1.
    expect([first?.fieldName, first?.intact, first?.valid]).toEqual(['Signature3', true, true])
    expect(first?.warnings).toContain('seals.warning.signatureAlgorithmDigestMismatch')
    // #2 has no signed attributes: RSA over SHA-1 of the signed ranges themselves.
    expect([counter?.intact, counter?.valid, counter?.digestAlgorithm]).toEqual([
      true,
      true,
      'SHA-1'
    ])
    expect(counter?.warnings).toContain('seals.warning.noSignedAttributes')
  })

  it('multi: a byte changed under the counter-signature is a hash failure', async () => {
    const bytes = load('pdfsign-multi.pdf')
    // In the XMP metadata of the last revision: only the counter-signature covers it.
    bytes[560_000] = bytes[560_000]! ^ 0x01
    const counter = (await verify(bytes, untrusted)).signatures[1]
    expect([counter?.intact, counter?.valid]).toEqual([false, true])
    expect(counter && reasonOf(counter.verdict)).toBe('failed/seals.reason.hashFailure')
  })
})
