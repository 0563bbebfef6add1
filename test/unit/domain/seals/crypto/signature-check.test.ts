/**
 * One signature check (crypto/signatures.ts) against signatures made by OpenSSL through
 * node:crypto, the algorithm identifiers written from RFC 8017, RFC 4055, RFC 5758 and
 * GM/T 0006: which key fits which algorithm, RSA-PSS parameters and their defaults, ECDSA in
 * DER and as r‖s, and what cannot be told.
 */
import { createSign, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { describe, expect, it, vi } from 'vitest'
import { verifySignature } from '../../../../../src/shared/domain/seals/crypto/signatures'
import { getTestPki } from '../../../../fixtures/pki'
import { sm2KeyPair, sm2Sign } from '../../../../fixtures/signers/keys'

const OID = {
  sha1WithRSA: '1.2.840.113549.1.1.5',
  sha256WithRSA: '1.2.840.113549.1.1.11',
  rsassaPss: '1.2.840.113549.1.1.10',
  mgf1: '1.2.840.113549.1.1.8',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  sm2WithSm3: '1.2.156.10197.1.501',
  unknown: '1.2.3.4.5',
  // RFC 5480 §2.1.1 and §2.1.2, GB/T 33560 (the SM2 curve), BSI TR-03111 ecdsa-plain-SHA256.
  ecPublicKey: '1.2.840.10045.2.1',
  ecDH: '1.3.132.1.12',
  p256: '1.2.840.10045.3.1.7',
  sm2Curve: '1.2.156.10197.1.301',
  ecdsaPlainSha256: '0.4.0.127.0.7.1.1.4.1.3'
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
      warnings: ['seals.warning.signatureAlgorithmDigestMismatch']
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
    ).toEqual({
      valid: null,
      label: 'RSA-PSS',
      warnings: ['seals.warning.unsupportedSignatureParameters']
    })
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
    ).toEqual({ valid: true, label: 'ECDSA', warnings: ['seals.warning.plainEcdsaSignature'] })
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
    ).toEqual({
      valid: null,
      label: OID.unknown,
      warnings: ['seals.warning.unknownSignatureAlgorithm']
    })
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
    first.warnings.push('seals.warning.cryptoEngineError')
    expect(await verifySignature(check)).toEqual({
      valid: true,
      label: 'RSA-PKCS1-v1_5',
      warnings: ['seals.warning.signatureAlgorithmDigestMismatch']
    })
  })
})

/** A SubjectPublicKeyInfo written by hand around a key's bits, read back from DER. */
const spki = (algorithmId: string, bits: Uint8Array, curve?: string) =>
  pkijs.PublicKeyInfo.fromBER(
    new pkijs.PublicKeyInfo({
      algorithm: new pkijs.AlgorithmIdentifier({
        algorithmId,
        ...(curve ? { algorithmParams: new asn1js.ObjectIdentifier({ value: curve }) } : {})
      }),
      subjectPublicKey: new asn1js.BitString({ valueHex: bits })
    })
      .toSchema()
      .toBER(false)
  )
const keyBits = (info: pkijs.PublicKeyInfo) =>
  new Uint8Array(info.subjectPublicKey.valueBlock.valueHexView)

describe('which key a scheme may use', () => {
  const sm2 = () => {
    const pki = getTestPki()
    const certificate = pkijs.Certificate.fromBER(pki.sm2.certDer)
    return {
      publicKey: certificate.subjectPublicKeyInfo,
      signature: sm2Sign(data, sm2KeyPair(pki.sm2))
    }
  }

  it('an SM2 key named by the SM2 OID itself instead of id-ecPublicKey verifies SM2', async () => {
    const { publicKey, signature } = sm2()
    const result = await verifySignature({
      publicKey: spki(OID.sm2Curve, keyBits(publicKey)),
      algorithm: algorithm(OID.sm2WithSm3),
      data,
      signature
    })
    expect(result).toEqual({ valid: true, label: 'SM2-SM3', warnings: [] })
  })

  it('an SM2 point relabelled as a P-256 key does not make an SM2 signature valid', async () => {
    const { publicKey, signature } = sm2()
    const relabelled = spki(OID.ecPublicKey, keyBits(publicKey), OID.p256)
    const result = await verifySignature({
      publicKey: relabelled,
      algorithm: algorithm(OID.sm2WithSm3),
      data,
      signature
    })
    expect(result).toEqual({ valid: false, label: 'SM2-SM3', warnings: [] })
  })

  it('an ECDSA algorithm over an SM2 key: invalid, not unknown', async () => {
    const result = await verifySignature({
      publicKey: sm2().publicKey,
      algorithm: algorithm(OID.ecdsaWithSha256),
      data,
      signature: new Uint8Array(sign('sha256', data, ec.privateKey))
    })
    expect(result).toEqual({ valid: false, label: 'ECDSA', warnings: [] })
  })

  it('RSA-PSS with an EC key: invalid, not unknown', async () => {
    const result = await verifySignature({
      publicKey: keyInfo(ec.publicKey),
      algorithm: algorithm(OID.rsassaPss),
      data,
      signature: new Uint8Array(256)
    })
    expect(result).toEqual({ valid: false, label: 'RSA-PSS', warnings: [] })
  })

  it('a key published as id-RSASSA-PSS (RFC 4055 §1.2) is an RSA key: never called invalid', async () => {
    // WebCrypto does not import id-RSASSA-PSS keys: an honest "could not tell", not a forgery.
    const pssKey = generateKeyPairSync('rsa-pss', { modulusLength: 2048 })
    const signature = new Uint8Array(
      sign('sha256', data, { key: pssKey.privateKey, padding: 6, saltLength: 32 })
    )
    const result = await verifySignature({
      publicKey: keyInfo(pssKey.publicKey),
      algorithm: algorithm(OID.rsassaPss, pssParams(OID.sha256, OID.sha256, 32)),
      data,
      signature
    })
    expect(result).toEqual({
      valid: null,
      label: 'RSA-PSS',
      warnings: ['seals.warning.unsupportedSignatureParameters']
    })
  })

  it('a P-256 point WebCrypto refuses (all zeros): could not tell, not invalid', async () => {
    const result = await verifySignature({
      publicKey: spki(OID.ecPublicKey, new Uint8Array([0x04, ...new Uint8Array(64)]), OID.p256),
      algorithm: algorithm(OID.ecdsaWithSha256),
      data,
      signature: new Uint8Array(sign('sha256', data, ec.privateKey))
    })
    expect(result).toEqual({
      valid: null,
      label: 'ECDSA',
      warnings: ['seals.warning.unsupportedSignatureParameters']
    })
  })

  it('an ECDH-only key (id-ecDH) verifies no ECDSA signature, and the r‖s note stays', async () => {
    const ecdhOnly = spki(OID.ecDH, keyBits(keyInfo(ec.publicKey)), OID.p256)
    const result = await verifySignature({
      publicKey: ecdhOnly,
      algorithm: algorithm(OID.ecdsaPlainSha256),
      data,
      signature: new Uint8Array(
        sign('sha256', data, { key: ec.privateKey, dsaEncoding: 'ieee-p1363' })
      )
    })
    expect(result).toEqual({
      valid: null,
      label: 'ECDSA',
      warnings: [
        'seals.warning.plainEcdsaSignature',
        'seals.warning.unsupportedSignatureParameters'
      ]
    })
  })
})

describe('RSA-PSS parameters left out', () => {
  it('MGF1 named without its hash: SHA-1, the RFC 4055 default, as for the message', async () => {
    // RSASSA-PSS-params { hashAlgorithm absent (SHA-1), [1] mgf1 without parameters, [2] 32 }
    const explicit = (tagNumber: number, value: asn1js.AsnType) =>
      new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber }, value: [value] })
    const params = new asn1js.Sequence({
      value: [
        explicit(1, new pkijs.AlgorithmIdentifier({ algorithmId: OID.mgf1 }).toSchema()),
        explicit(2, new asn1js.Integer({ value: 32 }))
      ]
    })
    const result = await verifySignature({
      publicKey: keyInfo(rsa.publicKey),
      algorithm: algorithm(OID.rsassaPss, params),
      data,
      signature: new Uint8Array(
        sign('sha1', data, { key: rsa.privateKey, padding: 6, saltLength: 32 })
      )
    })
    expect(result).toEqual({ valid: true, label: 'RSA-PSS', warnings: [] })
  })
})

describe('ECDSA values read strictly', () => {
  it('ecdsa-plain names r‖s: a DER value under it is invalid', async () => {
    const result = await verifySignature({
      publicKey: keyInfo(ec.publicKey),
      algorithm: algorithm(OID.ecdsaPlainSha256),
      data,
      signature: new Uint8Array(sign('sha256', data, ec.privateKey))
    })
    expect(result).toEqual({
      valid: false,
      label: 'ECDSA',
      warnings: ['seals.warning.plainEcdsaSignature']
    })
  })

  it('r and s with the high bit set, each with the zero byte DER puts before it, are valid', async () => {
    // X.690 §8.3.2: a positive INTEGER whose first bit is set takes a leading 0x00. 72 bytes is
    // a SEQUENCE of two 33-byte INTEGERs: a signature drawn until both r and s are such.
    let signature = new Uint8Array(0)
    while (signature.length !== 72) signature = new Uint8Array(sign('sha256', data, ec.privateKey))
    const result = await verifySignature({
      publicKey: keyInfo(ec.publicKey),
      algorithm: algorithm(OID.ecdsaWithSha256),
      data,
      signature
    })
    expect(result).toEqual({ valid: true, label: 'ECDSA', warnings: [] })
  })

  it('r plus 2^256 (a non-zero byte above a valid r) is not read as r: invalid', async () => {
    const raw = new Uint8Array(
      sign('sha256', data, { key: ec.privateKey, dsaEncoding: 'ieee-p1363' })
    )
    const integer = (bytes: Uint8Array) => new asn1js.Integer({ valueHex: bytes })
    const widened = new asn1js.Sequence({
      value: [integer(new Uint8Array([0x01, ...raw.subarray(0, 32)])), integer(raw.subarray(32))]
    })
    const result = await verifySignature({
      publicKey: keyInfo(ec.publicKey),
      algorithm: algorithm(OID.ecdsaWithSha256),
      data,
      signature: new Uint8Array(widened.toBER(false))
    })
    expect(result.valid).toBe(false)
  })
})

describe('a remembered answer is never given to another check', () => {
  it('the same signature under another digest named by the container is checked again', async () => {
    const check = (digest: 'SHA-1' | 'SHA-256') =>
      verifySignature({
        publicKey: keyInfo(rsa.publicKey),
        algorithm: algorithm(OID.sha256WithRSA),
        data,
        signature: rsaPkcs1('sha1'),
        digest
      })
    expect((await check('SHA-1')).valid).toBe(true)
    expect((await check('SHA-256')).valid).toBe(false)
  })

  it('the same PSS signature with another salt length in the parameters is checked again', async () => {
    const signature = new Uint8Array(
      sign('sha256', data, { key: rsa.privateKey, padding: 6, saltLength: 32 })
    )
    const check = (saltLength: number) =>
      verifySignature({
        publicKey: keyInfo(rsa.publicKey),
        algorithm: algorithm(OID.rsassaPss, pssParams(OID.sha256, OID.sha256, saltLength)),
        data,
        signature
      })
    expect((await check(32)).valid).toBe(true)
    expect((await check(48)).valid).toBe(false)
  })

  it('the boundary between data and signature is part of what was checked', async () => {
    // Data with four zero bytes inside: its tail moved into the front of the signature.
    const head = new TextEncoder().encode('许昌市电子证照')
    const tail = new TextEncoder().encode('411000-2026-0001')
    const signed = new Uint8Array([...head, 0, 0, 0, 0, ...tail])
    const signature = rsaPkcs1('sha256', signed)
    const check = (bytes: Uint8Array, value: Uint8Array) =>
      verifySignature({
        publicKey: keyInfo(rsa.publicKey),
        algorithm: algorithm(OID.sha256WithRSA),
        data: bytes,
        signature: value
      })
    expect((await check(signed, signature)).valid).toBe(true)
    const shifted = new Uint8Array([...tail, 0, 0, 0, 0, ...signature])
    expect((await check(head, shifted)).valid).toBe(false)
  })
})

describe('keys imported once for a batch', () => {
  it('two signers in turn: each key is imported into WebCrypto once', async () => {
    const signers = [1, 2].map(() => generateKeyPairSync('ec', { namedCurve: 'P-256' }))
    const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey')
    try {
      for (let file = 0; file < 3; file++) {
        for (const signer of signers) {
          const message = new TextEncoder().encode(`许昌市电子证照 411000-2026-000${file}`)
          const result = await verifySignature({
            publicKey: keyInfo(signer.publicKey),
            algorithm: algorithm(OID.ecdsaWithSha256),
            data: message,
            signature: new Uint8Array(sign('sha256', message, signer.privateKey))
          })
          expect(result.valid).toBe(true)
        }
      }
      expect(importKey).toHaveBeenCalledTimes(2)
    } finally {
      importKey.mockRestore()
    }
  })
})
