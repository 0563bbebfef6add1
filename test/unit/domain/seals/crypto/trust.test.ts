import { describe, expect, it } from 'vitest'
import { buildCmsSignature, testRevocation, testTrustAnchors } from '../../../../fixtures/signers'
import { getTestPki } from '../../../../fixtures/pki'
import { signedChunks, verify } from './helpers'

describe('trust in the signer certificate', () => {
  it('trusts nothing by default: without anchors the root is unknown (no chain)', async () => {
    const contents = await buildCmsSignature({ signedChunks, signer: 'rsa' })
    const verdict = await verify(contents, { trustAnchors: testTrustAnchors('none') })
    expect(verdict).toMatchObject({
      intact: true,
      valid: true,
      trusted: false,
      trustProblem: 'no-chain'
    })
  })

  it('trusts nothing by default: a root carried in the signature is an untrusted root', async () => {
    const pki = getTestPki()
    const contents = await buildCmsSignature({
      signedChunks,
      signer: 'rsa',
      certificates: [pki.rsa.certDer, pki.rsaIntermediate.certDer, pki.rsaRoot.certDer]
    })
    const verdict = await verify(contents, { trustAnchors: testTrustAnchors('none') })
    expect(verdict).toMatchObject({ trusted: false, trustProblem: 'untrusted-root' })
    expect(verdict.chain).toHaveLength(3)
  })

  it('trusts the chain once its root is an anchor, and lists it leaf first', async () => {
    const verdict = await verify(await buildCmsSignature({ signedChunks, signer: 'rsa' }), {
      trustAnchors: testTrustAnchors('rsa')
    })
    expect(verdict.trusted).toBe(true)
    expect(verdict.trustProblem).toBeUndefined()
    expect(verdict.chain.map((c) => c.commonName)).toEqual([
      '测试 RSA 签章人',
      'Test RSA Intermediate CA',
      'Test RSA Root CA'
    ])
  })

  it('does not trust an RSA chain because an unrelated SM2 root is trusted', async () => {
    const verdict = await verify(await buildCmsSignature({ signedChunks, signer: 'rsa' }), {
      trustAnchors: testTrustAnchors('sm2')
    })
    expect(verdict).toMatchObject({ trusted: false, trustProblem: 'no-chain' })
  })

  it('reports no chain when the intermediate is missing', async () => {
    const pki = getTestPki()
    const contents = await buildCmsSignature({
      signedChunks,
      signer: 'rsa',
      certificates: [pki.rsa.certDer]
    })
    const verdict = await verify(contents, { trustAnchors: testTrustAnchors('rsa') })
    expect(verdict).toMatchObject({ valid: true, trusted: false, trustProblem: 'no-chain' })
  })

  it('completes the chain from DSS certificates', async () => {
    const pki = getTestPki()
    const contents = await buildCmsSignature({
      signedChunks,
      signer: 'rsa',
      certificates: [pki.rsa.certDer]
    })
    const revocation = { ...testRevocation(), certificates: [pki.rsaIntermediate.certDer] }
    const verdict = await verify(contents, { trustAnchors: testTrustAnchors('rsa'), revocation })
    expect(verdict.trusted).toBe(true)
  })

  it('does not trust a self-signed signer unless the user trusts it', async () => {
    const pki = getTestPki()
    const contents = await buildCmsSignature({ signedChunks, signer: 'self-signed' })
    expect(await verify(contents)).toMatchObject({
      valid: true,
      trusted: false,
      trustProblem: 'untrusted-root'
    })
    const trusted = await verify(contents, {
      trustAnchors: { certificates: [pki.selfSigned.certDer] }
    })
    expect(trusted.trusted).toBe(true)
  })

  it('refuses a chain through a certificate that is not a CA', async () => {
    const verdict = await verify(
      await buildCmsSignature({ signedChunks, signer: 'issued-by-leaf' }),
      {
        trustAnchors: testTrustAnchors('rsa')
      }
    )
    expect(verdict).toMatchObject({ valid: true, trusted: false, trustProblem: 'ca-constraints' })
    expect(verdict.chain).toHaveLength(4)
  })

  it('refuses a signer whose key usage does not allow signatures', async () => {
    const verdict = await verify(
      await buildCmsSignature({ signedChunks, signer: 'encipherment' }),
      {
        trustAnchors: testTrustAnchors('rsa')
      }
    )
    expect(verdict).toMatchObject({ valid: true, trusted: false, trustProblem: 'key-usage' })
    expect(verdict.signer?.keyUsage).toEqual(['keyEncipherment'])
  })

  it('verifies an SM2 chain whose certificates are signed SM2-with-SM3', async () => {
    const verdict = await verify(await buildCmsSignature({ signedChunks, signer: 'sm2' }), {
      trustAnchors: testTrustAnchors('sm2')
    })
    expect(verdict.trusted).toBe(true)
    expect(verdict.chain.map((c) => c.publicKey)).toEqual(['SM2', 'SM2'])
  })
})

describe('validity and revocation', () => {
  it('flags an expired signer at signing time and now', async () => {
    const verdict = await verify(await buildCmsSignature({ signedChunks, signer: 'expired' }))
    expect(verdict).toMatchObject({
      valid: true,
      signerValidAtSigningTime: false,
      signerValidNow: false
    })
    expect(verdict.signer?.notAfter).toBe('2021-01-01T00:00:00.000Z')
  })

  it('accepts an expired signer at a signing time inside its validity', async () => {
    const contents = await buildCmsSignature({
      signedChunks,
      signer: 'expired',
      signingTime: new Date('2020-06-01T00:00:00Z')
    })
    const verdict = await verify(contents)
    expect(verdict).toMatchObject({ signerValidAtSigningTime: true, signerValidNow: false })
  })

  it('finds a revoked signer from a CRL embedded in the signature', async () => {
    const verdict = await verify(
      await buildCmsSignature({ signedChunks, signer: 'revoked', embedRevocation: true })
    )
    expect(verdict.revocation).toMatchObject({
      status: 'revoked',
      source: 'embedded-crl',
      reason: 'keyCompromise'
    })
    expect(verdict.revocation.revokedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(verdict.trusted).toBe(false)
  })

  it('finds a revoked signer from SignedData.crls, the DSS and an imported CRL', async () => {
    const embedded = await verify(
      await buildCmsSignature({ signedChunks, signer: 'revoked', embedCrlInSignedData: true })
    )
    expect(embedded.revocation).toMatchObject({ status: 'revoked', source: 'embedded-crl' })
    const plain = await buildCmsSignature({ signedChunks, signer: 'revoked' })
    expect((await verify(plain)).revocation.status).toBe('unknown')
    expect(
      (await verify(plain, { revocation: testRevocation({ crls: true }) })).revocation
    ).toMatchObject({
      status: 'revoked',
      source: 'dss'
    })
    expect(
      (await verify(plain, { revocation: testRevocation({ imported: true }) })).revocation
    ).toMatchObject({
      status: 'revoked',
      source: 'imported-crl'
    })
  })

  it('reports good when a verified CRL of the issuer does not list the signer', async () => {
    const verdict = await verify(
      await buildCmsSignature({ signedChunks, signer: 'rsa', embedRevocation: true })
    )
    expect(verdict.revocation).toEqual({ status: 'good', source: 'embedded-crl' })
  })

  it('ignores a CRL whose signature does not verify', async () => {
    const pki = getTestPki()
    const forged = pki.crlDer.slice()
    forged[forged.length - 5] = forged[forged.length - 5]! ^ 0x01
    const contents = await buildCmsSignature({ signedChunks, signer: 'revoked' })
    const verdict = await verify(contents, { revocation: { ...testRevocation(), crls: [forged] } })
    expect(verdict.revocation.status).toBe('unknown')
  })
})
