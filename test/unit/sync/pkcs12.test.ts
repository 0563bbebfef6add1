import { createSign, createVerify, X509Certificate } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readPkcs12 } from '../../../src/main/services/sync/pkcs12'
import { createExtranetPki, type ExtranetPki } from '../../support/extranet-pki'

/**
 * The workstation's client certificate (PKCS#12, as `openssl pkcs12 -export` writes it) opened in
 * main to sign with: the key that signs is the certificate's, whatever else the file holds; a
 * wrong password, an old scheme or a file that is no PKCS#12 is said as such.
 */
let pki: ExtranetPki
beforeAll(() => {
  pki = createExtranetPki()
})
afterAll(() => pki?.remove())

const open = (name: string, password = pki.p12Password) =>
  readPkcs12(new Uint8Array(pki.file(name)), password)

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { fault?: { message: unknown } }) => error.fault?.message ?? error
  )

describe('reading a PKCS#12 client certificate', () => {
  it('gives the key and its own certificate, even with the CA in the same file', async () => {
    for (const name of ['client.p12', 'client-chain.p12']) {
      const { keyPem, certificatePem } = await open(name)
      expect(new X509Certificate(certificatePem).subject, name).toBe('CN=workstation-01')
      // What the key signs, the certificate's key verifies, as a package's reader will check it.
      const signature = createSign('sha256').update('待推送包').sign(keyPem)
      const verified = createVerify('sha256')
        .update('待推送包')
        .verify(new X509Certificate(certificatePem).publicKey, signature)
      expect(verified, name).toBe(true)
    }
  })

  it('refuses a wrong password, an old RC2/3DES file and a file that is no PKCS#12', async () => {
    expect(await refusal(open('client.p12', 'not-the-password'))).toEqual({
      code: 'sync.pkcs12.password'
    })
    expect(await refusal(open('client-legacy.p12'))).toMatchObject({
      code: 'sync.pkcs12.legacy',
      params: { algorithm: expect.stringMatching(/^1\.2\.840\.113549\.1\.12\.1\.\d$/) }
    })
    expect(
      await refusal(readPkcs12(new TextEncoder().encode('-----BEGIN CERTIFICATE-----'), 'x'))
    ).toEqual({ code: 'sync.pkcs12.unreadable' })
    // A certificate alone (DER), not a PKCS#12 container.
    const der = new X509Certificate(pki.file('client.pem')).raw
    expect(await refusal(readPkcs12(new Uint8Array(der), 'x'))).toEqual({
      code: 'sync.pkcs12.unreadable'
    })
  })
})
