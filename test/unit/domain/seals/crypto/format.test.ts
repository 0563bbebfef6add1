import { describe, expect, it } from 'vitest'
import * as asn1js from 'asn1js'
import { detectBlobFormat } from '../../../../../src/shared/domain/seals/crypto'
import {
  buildCmsSignature,
  buildDocumentTimestamp,
  buildSeal,
  buildSesSignature
} from '../../../../fixtures/signers'
import { signedChunks, verify } from './helpers'

function padded(blob: Uint8Array, zeros = 4096): Uint8Array {
  const out = new Uint8Array(blob.length + zeros)
  out.set(blob)
  return out
}

/** ContentInfo, its [0] and the SignedData re-encoded with BER indefinite lengths (30 80 … 00 00). */
function indefiniteOuterLengths(der: Uint8Array): Uint8Array {
  const root = asn1js.fromBER(der).result as asn1js.Sequence
  const explicit = root.valueBlock.value[1] as asn1js.Constructed
  const signedData = explicit.valueBlock.value[0] as asn1js.Sequence
  for (const node of [root, explicit, signedData]) {
    node.lenBlock.isIndefiniteForm = true
    node.valueBlock.isIndefiniteForm = true
  }
  return new Uint8Array(root.toBER(false))
}

describe('detectBlobFormat (from the DER, never the SubFilter)', () => {
  it('recognises every format we build, with /Contents zero padding', async () => {
    const cases: [Uint8Array, string][] = [
      [await buildCmsSignature({ signedChunks, signer: 'rsa' }), 'cms'],
      [await buildCmsSignature({ signedChunks, signer: 'sm2', gmOids: true }), 'cms'],
      [await buildDocumentTimestamp({ signedChunks }), 'rfc3161'],
      [await buildSesSignature({ version: 1, signedChunks }), 'ses-v1'],
      [await buildSesSignature({ version: 4, signedChunks }), 'ses-v4'],
      [await buildSesSignature({ version: 5, signedChunks }), 'ses-v5']
    ]
    for (const [blob, format] of cases) {
      expect(detectBlobFormat(blob)).toBe(format)
      expect(detectBlobFormat(padded(blob))).toBe(format)
    }
  })

  it('reads BER indefinite-length CMS as NSS writes it', async () => {
    const ber = indefiniteOuterLengths(await buildCmsSignature({ signedChunks, signer: 'rsa' }))
    expect([ber[0], ber[1]]).toEqual([0x30, 0x80])
    const verdict = await verify(padded(ber))
    expect(verdict).toMatchObject({ format: 'cms', intact: true, valid: true })
  })

  it('says unknown, never unsigned, for what it cannot read', async () => {
    for (const blob of [
      new Uint8Array(0),
      new Uint8Array(64),
      new TextEncoder().encode('not a signature')
    ]) {
      expect(detectBlobFormat(blob)).toBe('unknown')
      const verdict = await verify(blob)
      expect(verdict.format).toBe('unknown')
      expect(verdict.formatError).toBeTruthy()
      expect(verdict).toMatchObject({ intact: null, valid: null, trusted: false })
    }
  })

  it('explains a bare seal given as a signature', async () => {
    const verdict = await verify(buildSeal({ version: 4 }))
    expect(verdict.format).toBe('unknown')
    expect(verdict.formatError).toStrictEqual({ code: 'seals.format.bareSeal' })
  })

  it('turns a truncated CMS into a verdict, not an exception', async () => {
    const blob = await buildCmsSignature({ signedChunks, signer: 'rsa' })
    const verdict = await verify(blob.subarray(0, blob.length - 40))
    expect(verdict.valid).not.toBe(true)
    expect(verdict.formatError ?? '').not.toBe('')
  })

  it('turns a malformed time anywhere in the blob into a verdict, never an exception', async () => {
    // asn1js throws on a GeneralizedTime that is not one; that used to escape verifySignatureBlob.
    const blob = await buildSesSignature({ version: 4, signedChunks })
    const timeAt = Buffer.from(blob).indexOf(Buffer.from([0x18, 0x0f]))
    expect(timeAt).toBeGreaterThan(0)
    const copy = blob.slice()
    copy[timeAt + 6] = 0x41 // 'A' in the middle of YYYYMMDDHHMMSSZ
    const verdict = await verify(copy)
    expect(verdict).toMatchObject({ format: 'ses-v4', intact: null, valid: null, trusted: false })
    expect(verdict.formatError).toBeTruthy()
  })

  it('rejects a SignedData under another content type OID', async () => {
    const blob = await buildCmsSignature({ signedChunks, signer: 'rsa' })
    const copy = blob.slice()
    const oidAt = Buffer.from(copy).indexOf(
      Buffer.from([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02])
    )
    copy[oidAt + 8] = 0x03 // 1.2.840.113549.1.7.3 envelopedData
    expect(detectBlobFormat(copy)).toBe('unknown')
  })
})
