import { describe, expect, it } from 'vitest'
import { pureJsHasher, type Hasher } from '../../../../../src/shared/domain/seals/crypto'
import { buildCmsSignature, type CmsSigner } from '../../../../fixtures/signers'
import { getTestPki } from '../../../../fixtures/pki'
import { cmsSignatureValue, flipInside, signedChunks, tamperedChunks, verify } from './helpers'

const algorithms: { signer: CmsSigner; label: string }[] = [
  { signer: 'rsa', label: 'RSA-PKCS1-v1_5' },
  { signer: 'rsa-pss', label: 'RSA-PSS' },
  { signer: 'ecdsa', label: 'ECDSA' },
  { signer: 'ecdsa-plain', label: 'ECDSA' },
  { signer: 'sm2', label: 'SM2-SM3' }
]

describe.each(algorithms)('CMS signature by $signer', ({ signer, label }) => {
  it('is intact, valid and trusted', async () => {
    const verdict = await verify(await buildCmsSignature({ signedChunks, signer }))
    expect(verdict).toMatchObject({
      format: 'cms',
      intact: true,
      valid: true,
      trusted: true,
      signatureAlgorithm: label
    })
    expect(verdict.signerValidAtSigningTime).toBe(true)
    expect(verdict.signingTime).toBeDefined()
  })

  it('is not intact when one byte of the signed data changes', async () => {
    const contents = await buildCmsSignature({ signedChunks, signer })
    const verdict = await verify(contents, { signedChunks: tamperedChunks() })
    expect(verdict.intact).toBe(false)
    expect(verdict.valid).toBe(true)
  })

  it('is invalid when one byte of the signature changes', async () => {
    const contents = await buildCmsSignature({ signedChunks, signer })
    const verdict = await verify(flipInside(contents, cmsSignatureValue(contents)))
    expect(verdict.intact).toBe(true)
    expect(verdict.valid).toBe(false)
  })
})

describe('CMS structure', () => {
  it('names a plain r‖s ECDSA signature in the warnings', async () => {
    const verdict = await verify(await buildCmsSignature({ signedChunks, signer: 'ecdsa-plain' }))
    expect(verdict.warnings).toContain('seals.warning.plainEcdsaSignature')
  })

  it('finds the signer by SubjectKeyIdentifier', async () => {
    const verdict = await verify(
      await buildCmsSignature({ signedChunks, signer: 'rsa', sidKind: 'ski' })
    )
    expect(verdict).toMatchObject({ intact: true, valid: true, trusted: true })
    expect(verdict.signer?.commonName).toBe('测试 RSA 签章人')
  })

  it('cannot say a signature is valid when its certificate was swapped for another', async () => {
    const pki = getTestPki()
    const contents = await buildCmsSignature({
      signedChunks,
      signer: 'rsa',
      certificates: [pki.revoked.certDer, pki.rsaIntermediate.certDer]
    })
    const verdict = await verify(contents)
    expect(verdict.valid).not.toBe(true)
    expect(verdict.warnings).toContain('seals.warning.signerCertificateMissing')
    expect(verdict.trusted).toBe(false)
  })

  it('rejects a detached signature that encapsulates content', async () => {
    const contents = await buildCmsSignature({ signedChunks, signer: 'rsa', encapsulate: true })
    const verdict = await verify(contents, { subFilter: 'adbe.pkcs7.detached' })
    expect(verdict.intact).toBe(false)
    expect(verdict.warnings).toContain('seals.warning.detachedWithEcontent')
  })

  it('rejects encapsulated content even without a SubFilter', async () => {
    const verdict = await verify(
      await buildCmsSignature({ signedChunks, signer: 'rsa', encapsulate: true })
    )
    expect(verdict.intact).toBe(false)
    expect(verdict.warnings).toContain('seals.warning.detachedWithEcontent')
  })

  it('verifies adbe.pkcs7.sha1: eContent is the SHA-1 of the signed bytes', async () => {
    const contents = await buildCmsSignature({ signedChunks, signer: 'rsa', adbePkcs7Sha1: true })
    const verdict = await verify(contents, { subFilter: 'adbe.pkcs7.sha1' })
    expect(verdict).toMatchObject({ intact: true, valid: true })
    expect(verdict.warnings).toContain('seals.warning.sha1Digest')
    const tampered = await verify(contents, {
      subFilter: 'adbe.pkcs7.sha1',
      signedChunks: tamperedChunks()
    })
    expect(tampered.intact).toBe(false)
  })

  it('leaves an unknown signature algorithm indeterminate, never valid', async () => {
    const contents = await buildCmsSignature({
      signedChunks,
      signer: 'rsa',
      signatureAlgorithmOid: '1.2.3.4.5.6'
    })
    const verdict = await verify(contents)
    expect(verdict.valid).toBeNull()
    expect(verdict.signatureAlgorithm).toBe('1.2.3.4.5.6')
    expect(verdict.warnings).toContain('seals.warning.unknownSignatureAlgorithm')
  })

  it('verifies SM2 SignedData with GM/T 0010 OIDs and the sm2-1 signature OID', async () => {
    const contents = await buildCmsSignature({
      signedChunks,
      signer: 'sm2',
      gmOids: true,
      sm2SignatureOid: '1.2.156.10197.1.301.1'
    })
    const verdict = await verify(contents)
    expect(verdict).toMatchObject({
      format: 'cms',
      intact: true,
      valid: true,
      digestAlgorithm: 'SM3'
    })
  })

  it('verifies a SHA-384 and a SHA-512 digest', async () => {
    for (const digest of ['SHA-384', 'SHA-512'] as const) {
      const verdict = await verify(await buildCmsSignature({ signedChunks, signer: 'rsa', digest }))
      expect(verdict).toMatchObject({ intact: true, valid: true, digestAlgorithm: digest })
    }
  })
})

describe('the signed ranges of a large PDF', () => {
  /** Records what the verifier hashes: the ranges must arrive as the caller's views, once each. */
  function countingHasher() {
    const calls: { algorithm: string; chunks: readonly Uint8Array[] }[] = []
    const hasher: Hasher = {
      digest: (algorithm, chunks) => {
        calls.push({ algorithm, chunks })
        return pureJsHasher.digest(algorithm, chunks)
      }
    }
    const overSignedRanges = (algorithm: string) =>
      calls.filter(
        (call) =>
          call.algorithm === algorithm &&
          call.chunks.length === signedChunks.length &&
          call.chunks.every((chunk, i) => chunk === signedChunks[i])
      ).length
    return { hasher, overSignedRanges }
  }

  it('are hashed once, as the views they came in, never copied', async () => {
    const { hasher, overSignedRanges } = countingHasher()
    const contents = await buildCmsSignature({ signedChunks, signer: 'rsa' })
    expect(await verify(contents, { hasher })).toMatchObject({ intact: true, valid: true })
    expect(overSignedRanges('SHA-256')).toBe(1)
  })

  it('are hashed once with SHA-1 for adbe.pkcs7.sha1 recognised from its content', async () => {
    const { hasher, overSignedRanges } = countingHasher()
    const contents = await buildCmsSignature({ signedChunks, signer: 'rsa', adbePkcs7Sha1: true })
    expect(await verify(contents, { hasher })).toMatchObject({ intact: true, valid: true })
    expect(overSignedRanges('SHA-1')).toBe(1)
  })
})
