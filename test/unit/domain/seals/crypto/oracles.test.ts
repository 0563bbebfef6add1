/**
 * Our verdicts against OpenSSL 3.0 as an independent oracle: `openssl dgst -sm3 -sigopt distid`
 * for SM2 over TBS_Sign, `openssl cms -verify` for RSA/ECDSA CMS.
 */
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as asn1js from 'asn1js'
import { buildCmsSignature, buildSesSignature, type CmsSigner } from '../../../../fixtures/signers'
import { getTestPki } from '../../../../fixtures/pki'
import { cmsSignatureValue, flipInside, signedChunks, tamperedChunks, verify } from './helpers'

const work = mkdtempSync(join(tmpdir(), 'seal-oracle-'))
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(work, name)
  writeFileSync(path, bytes)
  return path
}
const opensslAccepts = (...args: string[]) =>
  spawnSync('openssl', args, { stdio: 'pipe' }).status === 0

/** TBS_Sign and the signature (as DER, which openssl wants) out of a v4 SES_Signature. */
function tbsAndSignature(blob: Uint8Array): { tbs: Uint8Array; signature: Uint8Array } {
  const fields = (asn1js.fromBER(blob).result as asn1js.Sequence).valueBlock.value
  return {
    tbs: new Uint8Array(fields[0]!.valueBeforeDecodeView),
    signature: new Uint8Array((fields[3] as asn1js.BitString).valueBlock.valueHexView)
  }
}

describe('SM2 verdicts agree with openssl dgst -sm3 -sigopt distid:1234567812345678', () => {
  const publicKey = () => {
    const pki = getTestPki()
    const pem = spawnSync('openssl', ['x509', '-in', pki.sm2.certPath, '-pubkey', '-noout']).stdout
    return file('sm2-pub.pem', pem)
  }
  const openssl = (tbs: Uint8Array, signature: Uint8Array, name: string) =>
    opensslAccepts(
      'dgst',
      '-sm3',
      '-verify',
      publicKey(),
      '-sigopt',
      'distid:1234567812345678',
      '-signature',
      file(`${name}.sig`, signature),
      file(`${name}.tbs`, tbs)
    )

  it('on a generated v4 SES_Signature and on a tampered variant', async () => {
    const blob = await buildSesSignature({ version: 4, signedChunks })
    const { tbs, signature } = tbsAndSignature(blob)
    const tampered = flipInside(blob, new TextEncoder().encode('/ByteRange'), 3)
    const variants = [
      { name: 'genuine', blob, tbs },
      { name: 'tampered', blob: tampered, tbs: tbsAndSignature(tampered).tbs }
    ]
    const agreement = []
    for (const variant of variants) {
      const ours = (await verify(variant.blob)).valid
      agreement.push({
        name: variant.name,
        ours,
        openssl: openssl(variant.tbs, signature, variant.name)
      })
    }
    expect(agreement).toEqual([
      { name: 'genuine', ours: true, openssl: true },
      { name: 'tampered', ours: false, openssl: false }
    ])
  })
})

describe('CMS verdicts agree with openssl cms -verify', () => {
  const pki = () => getTestPki()
  const caFile = () => file('ca.pem', pki().rsaRoot.certPem + pki().rsaIntermediate.certPem)
  const content = file('content.bin', Buffer.concat(signedChunks))
  const tamperedContent = file('tampered.bin', Buffer.concat(tamperedChunks()))
  const cases: CmsSigner[] = ['rsa', 'rsa-pss', 'ecdsa', 'expired', 'self-signed']

  it.each(cases)('%s: full validation and -noverify, genuine and tampered', async (signer) => {
    const blob = await buildCmsSignature({ signedChunks, signer })
    const brokenSignature = flipInside(blob, cmsSignatureValue(blob))
    const rows = []
    for (const [name, contents, data] of [
      ['genuine', blob, content],
      ['tampered-data', blob, tamperedContent],
      ['tampered-signature', brokenSignature, content]
    ] as const) {
      const blobPath = file(`${signer}-${name}.p7s`, contents)
      const base = [
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        blobPath,
        '-content',
        data,
        '-out',
        '/dev/null'
      ]
      const ours = await verify(contents, {
        signedChunks: data === content ? signedChunks : tamperedChunks(),
        trustAnchors: { certificates: [pki().rsaRoot.certDer] }
      })
      const cryptoOk = ours.intact === true && ours.valid === true
      rows.push({
        name,
        intactAndValid: cryptoOk === opensslAccepts(...base, '-noverify'),
        fullyValid:
          (cryptoOk && ours.trusted && ours.signerValidNow === true) ===
          opensslAccepts(...base, '-CAfile', caFile(), '-purpose', 'any')
      })
    }
    expect(rows).toEqual([
      { name: 'genuine', intactAndValid: true, fullyValid: true },
      { name: 'tampered-data', intactAndValid: true, fullyValid: true },
      { name: 'tampered-signature', intactAndValid: true, fullyValid: true }
    ])
  })
})
