import { describe, expect, it } from 'vitest'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import {
  buildCmsSignature,
  buildDocumentTimestamp,
  testTrustAnchors
} from '../../../../fixtures/signers'
import { flipInside, signedChunks, tamperedChunks, verify } from './helpers'

function timestampTokenOf(cms: Uint8Array): Uint8Array {
  const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(cms).content })
  const attribute = signedData.signerInfos[0]!.unsignedAttrs!.attributes[0]!
  return new Uint8Array((attribute.values[0] as asn1js.Sequence).toBER(false))
}

describe('RFC 3161 signature timestamps', () => {
  it('verifies the imprint over the signature value, the TSA signature and its trust', async () => {
    const verdict = await verify(
      await buildCmsSignature({ signedChunks, signer: 'rsa', timestamp: true })
    )
    expect(verdict.timestamp).toMatchObject({ intact: true, valid: true, trusted: true })
    expect(verdict.timestamp?.tsa?.commonName).toBe('Test Time Stamping Authority')
    expect(Date.parse(verdict.timestamp!.time!)).toBeGreaterThan(Date.now() - 60_000)
  })

  it('is untrusted without anchors', async () => {
    const contents = await buildCmsSignature({ signedChunks, signer: 'rsa', timestamp: true })
    const verdict = await verify(contents, { trustAnchors: testTrustAnchors('none') })
    expect(verdict.timestamp).toMatchObject({ intact: true, valid: true, trusted: false })
  })

  it('is invalid when the token is altered', async () => {
    const contents = await buildCmsSignature({ signedChunks, signer: 'rsa', timestamp: true })
    const token = timestampTokenOf(contents)
    // The last bytes of the token are the TSA's signature value.
    const verdict = await verify(flipInside(contents, token, token.length - 3))
    expect(verdict.timestamp?.valid).toBe(false)
    expect(verdict.warnings).toContain('seals.warning.timestampSignatureInvalid')
    expect(verdict.valid).toBe(true)
  })

  it('uses the timestamp time for validity at signing time', async () => {
    // The signer claims 2020 (inside the expired certificate's life); the TSA says now.
    const contents = await buildCmsSignature({
      signedChunks,
      signer: 'expired',
      signingTime: new Date('2020-06-01T00:00:00Z'),
      timestamp: true
    })
    const verdict = await verify(contents)
    expect(verdict.signingTime).toBe('2020-06-01T00:00:00.000Z')
    expect(verdict.signerValidAtSigningTime).toBe(false)
  })
})

describe('ETSI.RFC3161 document timestamps', () => {
  it('is recognised from the DER and verified against the signed bytes', async () => {
    const verdict = await verify(await buildDocumentTimestamp({ signedChunks }))
    expect(verdict).toMatchObject({ format: 'rfc3161', intact: true, valid: true, trusted: true })
    expect(verdict.signer?.commonName).toBe('Test Time Stamping Authority')
    expect(verdict.timestamp?.intact).toBe(true)
  })

  it('is not intact over changed bytes', async () => {
    const contents = await buildDocumentTimestamp({ signedChunks, digest: 'SHA-512' })
    const verdict = await verify(contents, { signedChunks: tamperedChunks() })
    expect(verdict).toMatchObject({ format: 'rfc3161', intact: false, valid: true })
  })
})
