/**
 * /Contents as real producers write it: NSS (pdfsig, Firefox) encodes the CMS with BER
 * indefinite lengths, and some writers leave an odd number of hex digits in /Contents.
 */
import { describe, expect, it } from 'vitest'
import * as asn1js from 'asn1js'
import { nodeHasher } from '../../../../../src/main/services/seals/node-hasher'
import { verifyPdfSignatures } from '../../../../../src/shared/domain/seals/verify'
import { cmsBlob, createDocument, signPdf } from '../../../../fixtures/pdf'
import {
  buildCmsSignature,
  buildSesSignature,
  testTrustAnchors
} from '../../../../fixtures/signers'
import { flipInside, signedChunks, verify } from './helpers'

/**
 * Every constructed element in indefinite length, as NSS writes a SignedData, except what is
 * signed as DER and must stay so: the certificates and the signed attributes.
 */
function reencodeIndefinite(node: asn1js.AsnType, keepDer: (node: asn1js.AsnType) => boolean) {
  if (!node.idBlock.isConstructed || keepDer(node)) return
  node.lenBlock.isIndefiniteForm = true
  ;(node.valueBlock as { isIndefiniteForm: boolean }).isIndefiniteForm = true
  for (const child of (node.valueBlock as { value?: asn1js.AsnType[] }).value ?? []) {
    reencodeIndefinite(child, keepDer)
  }
}

function nssStyle(der: Uint8Array): Uint8Array {
  const root = asn1js.fromBER(der).result
  const signedData = (root as asn1js.Sequence).valueBlock.value[1] as asn1js.Constructed
  const signerInfosOf = (sequence: asn1js.AsnType) =>
    (sequence as asn1js.Sequence).valueBlock.value.at(-1) as asn1js.Set
  const certificateSets = new Set<asn1js.AsnType>()
  const signedAttributes = new Set<asn1js.AsnType>()
  // Collect, in this SignedData and in the timestamp token inside it, what must stay DER.
  const collect = (signedDataSequence: asn1js.AsnType) => {
    const fields = (signedDataSequence as asn1js.Sequence).valueBlock.value
    for (const field of fields) {
      if (field.idBlock.tagClass === 3 && field.idBlock.tagNumber === 0) certificateSets.add(field)
    }
    for (const signerInfo of signerInfosOf(signedDataSequence).valueBlock.value) {
      for (const field of (signerInfo as asn1js.Sequence).valueBlock.value) {
        if (field.idBlock.tagClass === 3 && field.idBlock.tagNumber === 0)
          signedAttributes.add(field)
        if (field.idBlock.tagClass === 3 && field.idBlock.tagNumber === 1) {
          for (const attribute of (field as asn1js.Constructed).valueBlock.value) {
            const [, values] = (attribute as asn1js.Sequence).valueBlock.value
            for (const token of (values as asn1js.Set).valueBlock.value) {
              const tokenSignedData = (token as asn1js.Sequence).valueBlock.value[1]
              collect((tokenSignedData as asn1js.Constructed).valueBlock.value[0]!)
            }
          }
        }
      }
    }
  }
  collect(signedData.valueBlock.value[0]!)
  const keepDer = (node: asn1js.AsnType) =>
    signedAttributes.has(node) ||
    [...certificateSets].some((set) => (set as asn1js.Constructed).valueBlock.value.includes(node))
  reencodeIndefinite(root, keepDer)
  return new Uint8Array(root.toBER(false))
}

describe('BER indefinite lengths throughout, as NSS writes them', () => {
  it('verifies a timestamped CMS whose every unsigned structure is indefinite-length', async () => {
    const der = await buildCmsSignature({ signedChunks, signer: 'rsa', timestamp: true })
    const ber = nssStyle(der)
    expect(ber.length).toBeGreaterThan(der.length)
    const endOfContents = Buffer.from(ber).indexOf(Buffer.from([0, 0, 0, 0, 0, 0]))
    expect(endOfContents).toBeGreaterThan(0) // nested end-of-contents octets
    const padded = new Uint8Array(ber.length + 2048)
    padded.set(ber)
    const verdict = await verify(padded)
    expect(verdict).toMatchObject({ format: 'cms', intact: true, valid: true, trusted: true })
    expect(verdict.timestamp).toMatchObject({ intact: true, valid: true, trusted: true })
    expect(verdict.warnings).toEqual(
      expect.not.arrayContaining(['seals.warning.timestampUnreadable'])
    )
    expect(verdict.signer?.sha256Fingerprint).toBe((await verify(der)).signer?.sha256Fingerprint)
  })

  it('re-encodes indefinite-length signed attributes as the DER SET that was signed', async () => {
    const der = await buildCmsSignature({ signedChunks, signer: 'ecdsa' })
    const root = asn1js.fromBER(der).result as asn1js.Sequence
    const signedData = (root.valueBlock.value[1] as asn1js.Constructed).valueBlock.value[0]
    const signerInfos = (signedData as asn1js.Sequence).valueBlock.value.at(-1) as asn1js.Set
    const signerInfo = signerInfos.valueBlock.value[0] as asn1js.Sequence
    const signedAttributes = signerInfo.valueBlock.value[3] as asn1js.Constructed
    expect(signedAttributes.idBlock.tagNumber).toBe(0)
    signedAttributes.lenBlock.isIndefiniteForm = true
    signedAttributes.valueBlock.isIndefiniteForm = true
    const ber = new Uint8Array(root.toBER(false))
    expect(Buffer.from(ber).indexOf(Buffer.from([0xa0, 0x80]))).toBeGreaterThan(0)
    const verdict = await verify(ber)
    expect(verdict).toMatchObject({ format: 'cms', intact: true, valid: true, trusted: true })
    // The same bytes with one attribute value changed no longer verify: the SET is not taken on trust.
    const tampered = flipInside(ber, Buffer.from('2a864886f70d010903', 'hex'), 8)
    expect((await verify(tampered)).valid).toBe(false)
  })

  it('reads an indefinite-length GB/T 38540 SES_Signature', async () => {
    const der = await buildSesSignature({ version: 4, signedChunks })
    const root = asn1js.fromBER(der).result as asn1js.Sequence
    root.lenBlock.isIndefiniteForm = true
    root.valueBlock.isIndefiniteForm = true
    const verdict = await verify(new Uint8Array(root.toBER(false)))
    expect(verdict).toMatchObject({ format: 'ses-v4', intact: true, valid: true })
  })
})

describe('odd-length hex /Contents', () => {
  it('reads the blob when the hex string has an odd number of digits', async () => {
    const signed = await signPdf(createDocument(), { fieldName: 'Sig1', blob: cmsBlob('rsa') })
    const text = Buffer.from(signed.bytes).toString('latin1')
    const contentsEnd = text.indexOf('>', text.lastIndexOf('/Contents <'))
    expect(text.slice(contentsEnd - 4, contentsEnd)).toBe('0000')
    // One padding digit becomes white space (ignored in a hex string): same offsets, odd count.
    const odd = signed.bytes.slice()
    odd[contentsEnd - 1] = 0x20
    const report = await verifyPdfSignatures(odd, {
      trustAnchors: testTrustAnchors('rsa'),
      now: new Date(),
      hasher: nodeHasher
    })
    expect(report.signatures[0]).toMatchObject({ intact: true, valid: true, trusted: true })
  })
})
