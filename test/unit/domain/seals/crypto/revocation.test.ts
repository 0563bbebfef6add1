/**
 * Revocation evidence made by `openssl ocsp` / `openssl ca` (test/fixtures/pki/revocation.ts):
 * OCSP answers embedded or from the DSS, responders we must not trust, CRLs too old to prove
 * "good" at signing time, and revocations after a trusted timestamp.
 */
import { describe, expect, it } from 'vitest'
import { getTestPki } from '../../../../fixtures/pki'
import { createDocument, signPdf } from '../../../../fixtures/pdf'
import { buildCmsSignature, testRevocation } from '../../../../fixtures/signers'
import { reasonOf, verify as verifyPdf } from '../helpers'
import { signedChunks, verify } from './helpers'

const ocsp = () => getTestPki().revocation.ocsp
const withDss = (extra: { ocspResponses?: Uint8Array[]; crls?: Uint8Array[] }) => ({
  revocation: { ...testRevocation(), ...extra }
})

describe('OCSP responses', () => {
  it('good, embedded in adbe-revocationInfoArchival', async () => {
    const contents = await buildCmsSignature({
      signedChunks,
      signer: 'rsa',
      embedOcsp: [ocsp().good]
    })
    const verdict = await verify(contents)
    expect(verdict.revocation).toEqual({ status: 'good', source: 'embedded-ocsp' })
    expect(verdict.trusted).toBe(true)
  })

  it('revoked, embedded: the signer is not trusted', async () => {
    const contents = await buildCmsSignature({
      signedChunks,
      signer: 'revoked',
      embedOcsp: [ocsp().revoked]
    })
    const verdict = await verify(contents)
    expect(verdict.revocation).toMatchObject({ status: 'revoked', source: 'embedded-ocsp' })
    expect(verdict.revocation.revokedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(verdict.trusted).toBe(false)
  })

  it('good and revoked from the DSS (input.revocation.ocspResponses)', async () => {
    const good = await buildCmsSignature({ signedChunks, signer: 'rsa' })
    expect((await verify(good, withDss({ ocspResponses: [ocsp().good] }))).revocation).toEqual({
      status: 'good',
      source: 'dss'
    })
    const revoked = await buildCmsSignature({ signedChunks, signer: 'revoked' })
    const verdict = await verify(revoked, withDss({ ocspResponses: [ocsp().good, ocsp().revoked] }))
    expect(verdict.revocation).toMatchObject({ status: 'revoked', source: 'dss' })
  })

  it('unknown when the responder does not know the certificate', async () => {
    const contents = await buildCmsSignature({
      signedChunks,
      signer: 'rsa',
      embedOcsp: [ocsp().unknown]
    })
    expect((await verify(contents)).revocation).toEqual({ status: 'unknown' })
  })

  it('does not apply an answer about another certificate', async () => {
    const contents = await buildCmsSignature({
      signedChunks,
      signer: 'revoked',
      embedOcsp: [ocsp().good]
    })
    expect((await verify(contents)).revocation.status).toBe('unknown')
  })

  it.each(['unrelatedResponder', 'undelegatedResponder'] as const)(
    'ignores a "good" signed by a key the issuer did not delegate to (%s)',
    async (name) => {
      const contents = await buildCmsSignature({
        signedChunks,
        signer: 'rsa',
        embedOcsp: [ocsp()[name]]
      })
      const verdict = await verify(contents)
      expect(verdict.revocation).toEqual({ status: 'unknown' })
    }
  )

  it('ignores a response whose signature does not verify', async () => {
    const forged = ocsp().good.slice()
    // The responder's certificate ends the response; its signature value sits just before it.
    const signatureByte = forged.length - getTestPki().ocspResponder.certDer.length - 10
    forged[signatureByte] = forged[signatureByte]! ^ 0x01
    const contents = await buildCmsSignature({ signedChunks, signer: 'rsa' })
    expect((await verify(contents, withDss({ ocspResponses: [forged] }))).revocation.status).toBe(
      'unknown'
    )
  })
})

describe('CRL freshness', () => {
  it('a CRL whose nextUpdate is before the signing time does not prove "good"', async () => {
    const contents = await buildCmsSignature({ signedChunks, signer: 'rsa' })
    const verdict = await verify(contents, withDss({ crls: [getTestPki().revocation.staleCrlDer] }))
    expect(verdict.revocation).toEqual({ status: 'unknown' })
    expect(verdict.warnings).toContain('seals.warning.revocationInfoStale')
  })

  it('the same CRL proves "good" for a signature made while it was current', async () => {
    // `expired` was valid in 2020; the stale CRL is current from 2021-01-01 to 2022-01-01.
    const contents = await buildCmsSignature({
      signedChunks,
      signer: 'expired',
      signingTime: new Date('2021-06-01T00:00:00Z')
    })
    const verdict = await verify(contents, withDss({ crls: [getTestPki().revocation.staleCrlDer] }))
    expect(verdict.revocation).toEqual({ status: 'good', source: 'dss' })
    expect(verdict.warnings).not.toContain('seals.warning.revocationInfoStale')
  })

  it('an old CRL still proves a revocation', async () => {
    const contents = await buildCmsSignature({ signedChunks, signer: 'revoked' })
    const verdict = await verify(contents, withDss({ crls: [getTestPki().revocation.staleCrlDer] }))
    expect(verdict.revocation.status).toBe('revoked')
  })
})

describe('revoked after signing', () => {
  const signedIn2023 = new Date('2023-06-01T00:00:00Z')
  const revokedLater = (timestamp: Date | undefined, evidence: 'crl' | 'ocsp' = 'crl') =>
    buildCmsSignature({
      signedChunks,
      signer: 'revoked-later',
      signingTime: signedIn2023,
      ...(evidence === 'crl' ? { embedRevocation: true } : { embedOcsp: [ocsp().revokedLater] }),
      ...(timestamp ? { timestamp: { genTime: timestamp } } : {})
    })

  it.each(['crl', 'ocsp'] as const)(
    'a trusted timestamp before revokedAt keeps the signer trusted (%s)',
    async (evidence) => {
      const verdict = await verify(await revokedLater(signedIn2023, evidence))
      expect(verdict.revocation).toMatchObject({
        status: 'revoked',
        revokedAt: '2024-01-01T00:00:00.000Z',
        reason: 'keyCompromise'
      })
      expect(verdict.timestamp).toMatchObject({ intact: true, valid: true, trusted: true })
      expect(verdict.timestamp?.time).toBe(signedIn2023.toISOString())
      expect(verdict.trusted).toBe(true)
      expect(verdict.warnings).toContain('seals.warning.revokedAfterSigning')
    }
  )

  it('a timestamp after revokedAt does not', async () => {
    const verdict = await verify(await revokedLater(new Date('2024-06-01T00:00:00Z')))
    expect(verdict.trusted).toBe(false)
    expect(verdict.warnings).not.toContain('seals.warning.revokedAfterSigning')
  })

  it('the signer’s own signingTime proves nothing', async () => {
    const verdict = await verify(await revokedLater(undefined))
    expect([verdict.revocation.status, verdict.trusted]).toEqual(['revoked', false])
  })

  it('the PDF bottom line: passed with the 2023 timestamp, revoked with a 2024 one', async () => {
    const signed = async (timestamp: Date) =>
      signPdf(createDocument(), {
        fieldName: 'Sig1',
        blob: (chunks) =>
          buildCmsSignature({
            signedChunks: chunks,
            signer: 'revoked-later',
            signingTime: signedIn2023,
            embedRevocation: true,
            timestamp: { genTime: timestamp }
          })
      })
    const before = await verifyPdf((await signed(signedIn2023)).bytes)
    expect(reasonOf(before.verdict)).toBe('passed')
    const after = await verifyPdf((await signed(new Date('2024-06-01T00:00:00Z'))).bytes)
    expect(reasonOf(after.verdict)).toBe('failed/seals.reason.revoked')
  })
})
