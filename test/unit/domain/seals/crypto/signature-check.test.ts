/**
 * One signature check (crypto/signatures.ts) against signatures made by OpenSSL through
 * node:crypto, the algorithm identifiers written from RFC 8017, RFC 4055, RFC 5758 and
 * GM/T 0006: which key fits which algorithm, RSA-PSS parameters and their defaults, ECDSA in
 * DER and as r‖s, and what cannot be told.
 */
import { createSign, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { describe, expect, it } from 'vitest'
import { verifySignature } from '../../../../../src/shared/domain/seals/crypto/signatures'

const OID = {
  sha1WithRSA: '1.2.840.113549.1.1.5',
  sha256WithRSA: '1.2.840.113549.1.1.11',
  rsassaPss: '1.2.840.113549.1.1.10',
  mgf1: '1.2.840.113549.1.1.8',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  sm2WithSm3: '1.2.156.10197.1.501',
  unknown: '1.2.3.4.5'
}

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const data = new TextEncoder().encode('许昌市电子证照 411000-2026-0001')

const keyInfo = (key: KeyObject) =>
  pkijs.PublicKeyInfo.fromBER(key.export({ type: 'spki', format: 'der' }))
/** Written to DER and read back, as an identifier arrives in a signature. */
const algorithm = (algorithmId: string, algorithmParams?: asn1js.AsnType) => {
  const written = new pkijs.AlgorithmIdentifier({
    algorithmId,
    ...(algorithmParams ? { algorithmParams } : {})
  })
  return new pkijs.AlgorithmIdentifier({
    schema: asn1js.fromBER(written.toSchema().toBER(false)).result
  })
}

function pssParams(hash: string, mgfHash: string, saltLength: number): asn1js.AsnType {
  const hashId = (oid: string) =>
    new pkijs.AlgorithmIdentifier({ algorithmId: oid, algorithmParams: new asn1js.Null() })
  return new pkijs.RSASSAPSSParams({
    hashAlgorithm: hashId(hash),
    maskGenAlgorithm: new pkijs.AlgorithmIdentifier({
      algorithmId: OID.mgf1,
      algorithmParams: hashId(mgfHash).toSchema()
    }),
    saltLength
  }).toSchema()
}

const rsaPkcs1 = (hash: string, bytes = data) => {
  const signer = createSign(hash)
  signer.update(bytes)
  return new Uint8Array(signer.sign(rsa.privateKey))
}

describe('RSA PKCS#1 v1.5', () => {
  it('a good signature is valid, labelled, with no warning', async () => {
    expect(
      await verifySignature({
        publicKey: keyInfo(rsa.publicKey),
        algorithm: algorithm(OID.sha256WithRSA),
        data,
        signature: rsaPkcs1('sha256')
      })
    ).toEqual({ valid: true, label: 'RSA-PKCS1-v1_5', warnings: [] })
  })

  it('other data: invalid', async () => {
    const result = await verifySignature({
      publicKey: keyInfo(rsa.publicKey),
      algorithm: algorithm(OID.sha256WithRSA),
      data: new TextEncoder().encode('许昌市电子证照 411000-2026-0002'),
      signature: rsaPkcs1('sha256')
    })
    expect(result.valid).toBe(false)
  })

  it('the container names SHA-1 under sha256WithRSA: checked with SHA-1, and said so', async () => {
    expect(
      await verifySignature({
        publicKey: keyInfo(rsa.publicKey),
        algorithm: algorithm(OID.sha256WithRSA),
        data,
        signature: rsaPkcs1('sha1'),
        digest: 'SHA-1'
      })
    ).toEqual({
      valid: true,
      label: 'RSA-PKCS1-v1_5',
      warnings: ['signature-algorithm-digest-mismatch']
    })
  })

  it('the same digest named twice is no mismatch', async () => {
    const result = await verifySignature({
      publicKey: keyInfo(rsa.publicKey),
      algorithm: algorithm(OID.sha1WithRSA),
      data,
      signature: rsaPkcs1('sha1'),
      digest: 'SHA-1'
    })
    expect(result).toEqual({ valid: true, label: 'RSA-PKCS1-v1_5', warnings: [] })
  })

  it('an RSA algorithm with an EC key: invalid, not unknown', async () => {
    const result = await verifySignature({
      publicKey: keyInfo(ec.publicKey),
      algorithm: algorithm(OID.sha256WithRSA),
      data,
      signature: rsaPkcs1('sha256')
    })
    expect(result.valid).toBe(false)
  })
})

describe('RSA-PSS (RFC 4055)', () => {
  const pss = (hash: string, saltLength: number) =>
    new Uint8Array(
      sign(hash, data, { key: rsa.privateKey, padding: 6 /* RSA_PKCS1_PSS_PADDING */, saltLength })
    )

  it('without parameters the defaults are SHA-1, MGF1 with SHA-1 and a 20-byte salt', async () => {
    expect(
      await verifySignature({
        publicKey: keyInfo(rsa.publicKey),
        algorithm: algorithm(OID.rsassaPss),
        data,
        signature: pss('sha1', 20)
      })
    ).toEqual({ valid: true, label: 'RSA-PSS', warnings: [] })
  })

  it('SHA-256 with a 32-byte salt, as stated in the parameters', async () => {
    const result = await verifySignature({
      publicKey: keyInfo(rsa.publicKey),
      algorithm: algorithm(OID.rsassaPss, pssParams(OID.sha256, OID.sha256, 32)),
      data,
      signature: pss('sha256', 32)
    })
    expect(result).toEqual({ valid: true, label: 'RSA-PSS', warnings: [] })
  })

  it('a salt length other than the signer used: invalid', async () => {
    const result = await verifySignature({
      publicKey: keyInfo(rsa.publicKey),
      algorithm: algorithm(OID.rsassaPss, pssParams(OID.sha256, OID.sha256, 20)),
      data,
      signature: pss('sha256', 32)
    })
    expect(result.valid).toBe(false)
  })

  it('MGF1 with another hash than the message: cannot be told here', async () => {
    expect(
      await verifySignature({
        publicKey: keyInfo(rsa.publicKey),
        algorithm: algorithm(OID.rsassaPss, pssParams(OID.sha256, OID.sha1, 32)),
        data,
        signature: pss('sha256', 32)
      })
    ).toEqual({ valid: null, label: 'RSA-PSS', warnings: ['unsupported-signature-parameters'] })
  })
})

describe('ECDSA (RFC 5758)', () => {
  const der = () => new Uint8Array(sign('sha256', data, ec.privateKey))
  const plain = () =>
    new Uint8Array(sign('sha256', data, { key: ec.privateKey, dsaEncoding: 'ieee-p1363' }))

  it('a DER signature is valid', async () => {
    expect(
      await verifySignature({
        publicKey: keyInfo(ec.publicKey),
        algorithm: algorithm(OID.ecdsaWithSha256),
        data,
        signature: der()
      })
    ).toEqual({ valid: true, label: 'ECDSA', warnings: [] })
  })

  it('r‖s under the DER identifier is accepted, and said so', async () => {
    expect(
      await verifySignature({
        publicKey: keyInfo(ec.publicKey),
        algorithm: algorithm(OID.ecdsaWithSha256),
        data,
        signature: plain()
      })
    ).toEqual({ valid: true, label: 'ECDSA', warnings: ['plain-ecdsa-signature'] })
  })

  it('r‖s one byte short, or of another message: invalid, no warning', async () => {
    const short = await verifySignature({
      publicKey: keyInfo(ec.publicKey),
      algorithm: algorithm(OID.ecdsaWithSha256),
      data,
      signature: plain().subarray(1)
    })
    expect(short).toEqual({ valid: false, label: 'ECDSA', warnings: [] })
    const other = await verifySignature({
      publicKey: keyInfo(ec.publicKey),
      algorithm: algorithm(OID.ecdsaWithSha256),
      data: data.subarray(1),
      signature: plain()
    })
    expect(other).toEqual({ valid: false, label: 'ECDSA', warnings: [] })
  })

  it('an r wider than the curve (33 significant bytes for P-256): invalid', async () => {
    const wide = new asn1js.Sequence({
      value: [
        new asn1js.Integer({ valueHex: new Uint8Array([0x01, ...new Uint8Array(32).fill(7)]) }),
        new asn1js.Integer({ valueHex: new Uint8Array(32).fill(7) })
      ]
    })
    const result = await verifySignature({
      publicKey: keyInfo(ec.publicKey),
      algorithm: algorithm(OID.ecdsaWithSha256),
      data,
      signature: new Uint8Array(wide.toBER(false))
    })
    expect(result.valid).toBe(false)
  })

  it('an ECDSA algorithm with an RSA key: cannot be told', async () => {
    const result = await verifySignature({
      publicKey: keyInfo(rsa.publicKey),
      algorithm: algorithm(OID.ecdsaWithSha256),
      data,
      signature: der()
    })
    expect(result.valid).toBeNull()
  })
})

describe('SM2 and the unknown', () => {
  it('SM2-with-SM3 over an RSA or a P-256 key: invalid', async () => {
    for (const key of [rsa.publicKey, ec.publicKey]) {
      const result = await verifySignature({
        publicKey: keyInfo(key),
        algorithm: algorithm(OID.sm2WithSm3),
        data,
        signature: new Uint8Array(64)
      })
      expect(result).toEqual({ valid: false, label: 'SM2-SM3', warnings: [] })
    }
  })

  it('an algorithm nobody here knows: could not tell, named by its OID', async () => {
    expect(
      await verifySignature({
        publicKey: keyInfo(rsa.publicKey),
        algorithm: algorithm(OID.unknown),
        data,
        signature: rsaPkcs1('sha256')
      })
    ).toEqual({ valid: null, label: OID.unknown, warnings: ['unknown-signature-algorithm'] })
  })

  it('asking twice gives the same answer, and one answer’s warnings are not the other’s', async () => {
    const check = {
      publicKey: keyInfo(rsa.publicKey),
      algorithm: algorithm(OID.sha256WithRSA),
      data,
      signature: rsaPkcs1('sha1'),
      digest: 'SHA-1' as const
    }
    const first = await verifySignature(check)
    first.warnings.push('changed by the caller')
    expect(await verifySignature(check)).toEqual({
      valid: true,
      label: 'RSA-PKCS1-v1_5',
      warnings: ['signature-algorithm-digest-mismatch']
    })
  })
})
