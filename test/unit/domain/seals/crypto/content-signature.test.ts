/**
 * SignerInfos without signed attributes (the signature covers the content itself, RFC 5652 §5.4)
 * and signature OIDs that name another hash than the SignerInfo's digestAlgorithm: both seen in
 * the real pdfsign-multi.pdf, where OpenSSL verifies them and we used to say invalid/unknown.
 */
import { describe, expect, it } from 'vitest'
import { buildCmsSignature, type CmsSigner } from '../../../../fixtures/signers'
import { cmsSignatureValue, flipInside, signedChunks, tamperedChunks, verify } from './helpers'

describe('signatures without signed attributes', () => {
  it.each<[CmsSigner, 'SHA-1' | 'SHA-256' | 'SM3']>([
    ['rsa', 'SHA-256'],
    ['rsa', 'SHA-1'],
    ['ecdsa', 'SHA-256'],
    ['sm2', 'SM3']
  ])('%s over %s of the signed bytes: intact and valid', async (signer, digest) => {
    const contents = await buildCmsSignature({
      signedChunks,
      signer,
      digest,
      noSignedAttributes: true
    })
    const verdict = await verify(contents)
    expect(verdict).toMatchObject({ intact: true, valid: true, digestAlgorithm: digest })
    expect(verdict.warnings).toContain('seals.warning.noSignedAttributes')
    expect(verdict.signingTime).toBeUndefined()
  })

  it('RSA: a genuine signature over other bytes is a hash failure, not an invalid signature', async () => {
    const contents = await buildCmsSignature({
      signedChunks,
      signer: 'rsa',
      noSignedAttributes: true
    })
    const verdict = await verify(contents, { signedChunks: tamperedChunks() })
    expect(verdict).toMatchObject({ intact: false, valid: true })
  })

  it('RSA: a damaged signature value is invalid', async () => {
    const contents = await buildCmsSignature({
      signedChunks,
      signer: 'rsa',
      noSignedAttributes: true
    })
    const verdict = await verify(flipInside(contents, cmsSignatureValue(contents), 100))
    expect(verdict).toMatchObject({ intact: null, valid: false })
  })

  it('RSA: a SHA-256 DigestInfo under a SHA-1 digestAlgorithm is invalid', async () => {
    // The signer hashed with SHA-256 but the SignerInfo says SHA-1: OpenSSL refuses it too.
    const sha256 = await buildCmsSignature({
      signedChunks,
      signer: 'rsa',
      noSignedAttributes: true
    })
    const sha1 = await buildCmsSignature({
      signedChunks,
      signer: 'rsa',
      digest: 'SHA-1',
      noSignedAttributes: true
    })
    const swapped = replaceBytes(sha1, cmsSignatureValue(sha1), cmsSignatureValue(sha256))
    expect(await verify(swapped)).toMatchObject({ valid: false, intact: null })
  })

  it('ECDSA: tampered bytes make the signature fail (the digest cannot be recovered)', async () => {
    const contents = await buildCmsSignature({
      signedChunks,
      signer: 'ecdsa',
      noSignedAttributes: true
    })
    const verdict = await verify(contents, { signedChunks: tamperedChunks() })
    expect(verdict).toMatchObject({ intact: null, valid: false })
  })
})

describe('signature OID naming another hash than digestAlgorithm', () => {
  it('verifies with digestAlgorithm, as OpenSSL does, and says so', async () => {
    // sha256WithRSAEncryption written over a SHA-1 signature (pdfsign-multi.pdf, 2011).
    const contents = await buildCmsSignature({
      signedChunks,
      signer: 'rsa',
      digest: 'SHA-1',
      signatureAlgorithmOid: '1.2.840.113549.1.1.11'
    })
    const verdict = await verify(contents)
    expect(verdict).toMatchObject({ intact: true, valid: true, digestAlgorithm: 'SHA-1' })
    expect(verdict.warnings).toContain('seals.warning.signatureAlgorithmDigestMismatch')
  })

  it('still refuses a signature made with the OID hash when digestAlgorithm differs', async () => {
    const sha256 = await buildCmsSignature({ signedChunks, signer: 'rsa' })
    const sha1 = await buildCmsSignature({
      signedChunks,
      signer: 'rsa',
      digest: 'SHA-1',
      signatureAlgorithmOid: '1.2.840.113549.1.1.11'
    })
    const swapped = replaceBytes(sha1, cmsSignatureValue(sha1), cmsSignatureValue(sha256))
    expect((await verify(swapped)).valid).toBe(false)
  })
})

function replaceBytes(blob: Uint8Array, needle: Uint8Array, replacement: Uint8Array): Uint8Array {
  const start = Buffer.from(blob).indexOf(Buffer.from(needle))
  if (start < 0 || needle.length !== replacement.length) throw new Error('cannot replace')
  const copy = blob.slice()
  copy.set(replacement, start)
  return copy
}
