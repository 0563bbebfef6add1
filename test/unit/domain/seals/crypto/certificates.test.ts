import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  isValidUscc,
  parseTrustMaterial,
  summarizeCertificate
} from '../../../../../src/shared/domain/seals/crypto'
import { getTestPki } from '../../../../fixtures/pki'

describe('summarizeCertificate', () => {
  it('describes an RSA signer with its 统一社会信用代码 from OU', () => {
    const pki = getTestPki()
    const summary = summarizeCertificate(pki.rsa.certDer)
    expect(summary).toMatchObject({
      commonName: '测试 RSA 签章人',
      organization: '许昌市测试单位',
      uscc: '91411000MA44XCTE87',
      publicKey: 'RSA-2048',
      keyUsage: ['digitalSignature', 'nonRepudiation'],
      isCa: false
    })
    expect(summary.subject).toBe(
      'CN=测试 RSA 签章人, OU=91411000MA44XCTE87, O=许昌市测试单位, C=CN'
    )
    expect(summary.sha256Fingerprint).toBe(
      createHash('sha256').update(pki.rsa.certDer).digest('hex').toUpperCase()
    )
    const serial = execFileSync('openssl', [
      'x509',
      '-in',
      pki.rsa.certPath,
      '-noout',
      '-serial'
    ]).toString()
    expect(`serial=${summary.serialNumberHex}\n`).toBe(serial)
  })

  it('describes SM2 and P-256 keys, CA flags, and the USCC from serialNumber', () => {
    const pki = getTestPki()
    expect(summarizeCertificate(pki.sm2.certDer)).toMatchObject({
      publicKey: 'SM2',
      uscc: '91411000MA9QXJ2K5Q'
    })
    expect(summarizeCertificate(pki.ecdsa.certDer)).toMatchObject({ publicKey: 'EC-P-256' })
    expect(summarizeCertificate(pki.ecdsa.certDer).uscc).toBeUndefined()
    expect(summarizeCertificate(pki.rsaIntermediate.certDer)).toMatchObject({
      isCa: true,
      keyUsage: ['keyCertSign', 'cRLSign']
    })
  })

  it('does not throw on bytes that are not a certificate', () => {
    expect(summarizeCertificate(new Uint8Array([1, 2, 3])).publicKey).toBe('unknown')
  })

  it('validates the USCC check character', () => {
    expect(isValidUscc('91411000MA44XCTE87')).toBe(true)
    expect(isValidUscc('91411000MA44XCTE88')).toBe(false)
    expect(isValidUscc('91411000MA44XCTE8')).toBe(false)
  })
})

describe('parseTrustMaterial', () => {
  it('reads PEM bundles, DER certificates, DER CRLs and certs-only P7B', () => {
    const pki = getTestPki()
    const bundle = new TextEncoder().encode(pki.rsaRoot.certPem + pki.rsaIntermediate.certPem)
    expect(parseTrustMaterial(bundle, 'ca.pem').certificates).toEqual([
      pki.rsaRoot.certDer,
      pki.rsaIntermediate.certDer
    ])
    expect(parseTrustMaterial(pki.sm2Root.certDer, 'root.cer')).toEqual({
      certificates: [pki.sm2Root.certDer],
      crls: []
    })
    expect(parseTrustMaterial(pki.crlDer, 'ca.crl')).toEqual({
      certificates: [],
      crls: [pki.crlDer]
    })
    const p7b = new Uint8Array(
      execFileSync('openssl', [
        'crl2pkcs7',
        '-nocrl',
        '-certfile',
        pki.rsaRoot.certPath,
        '-certfile',
        pki.sm2Root.certPath,
        '-outform',
        'DER'
      ])
    )
    expect(parseTrustMaterial(p7b, 'bundle.p7b').certificates).toEqual([
      pki.rsaRoot.certDer,
      pki.sm2Root.certDer
    ])
    const crlPem = execFileSync('openssl', ['crl', '-inform', 'DER', '-in', pki.crlPath])
    expect(parseTrustMaterial(new Uint8Array(crlPem)).crls).toEqual([pki.crlDer])
  })

  it('returns empty lists for unreadable input', () => {
    expect(parseTrustMaterial(new TextEncoder().encode('hello'))).toEqual({
      certificates: [],
      crls: []
    })
  })
})
