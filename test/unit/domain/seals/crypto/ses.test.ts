import { describe, expect, it } from 'vitest'
import * as asn1js from 'asn1js'
import { buildSeal, buildSesSignature, digestOf, sealPng } from '../../../../fixtures/signers'
import { parseSeal } from '../../../../../src/shared/domain/seals/crypto'
import { flipInside, signedChunks, tamperedChunks, verify } from './helpers'

const year = 365 * 24 * 3600 * 1000

/** SES_Signature's last BIT STRING is the TBS signature (v1: field 2, v4/v5: field 4). */
function tbsSignatureOf(blob: Uint8Array): Uint8Array {
  const fields = (asn1js.fromBER(blob).result as asn1js.Sequence).valueBlock.value
  const signature = (fields.length === 2 ? fields[1] : fields[3]) as asn1js.BitString
  return new Uint8Array(signature.valueBlock.valueHexView)
}

describe.each([1, 4, 5] as const)('GB/T 38540 SES_Signature v%i', (version) => {
  it('is intact and valid, with a valid seal and a displayable picture', async () => {
    const verdict = await verify(await buildSesSignature({ version, signedChunks }))
    expect(verdict).toMatchObject({
      format: `ses-v${version}`,
      intact: true,
      valid: true,
      trusted: true,
      signatureAlgorithm: 'SM2-SM3',
      digestAlgorithm: 'SM3'
    })
    expect(verdict.seal).toMatchObject({
      version,
      name: '许昌市测试单位电子印章',
      makerSignatureValid: true,
      signerInCertList: true,
      validAtSigningTime: true
    })
    expect(verdict.seal?.maker?.commonName).toBe('Test Seal Maker (制章者)')
    expect(verdict.seal?.picture).toMatchObject({ type: 'PNG', displayable: true, widthMm: 40 })
    expect(verdict.seal?.picture?.dataBase64).toBe(Buffer.from(sealPng()).toString('base64'))
    expect(verdict.signer?.uscc).toBe('91411000MA9QXJ2K5Q')
  })

  it('is not intact when the dataHash does not match the signed bytes', async () => {
    const contents = await buildSesSignature({ version, signedChunks })
    const verdict = await verify(contents, { signedChunks: tamperedChunks() })
    expect(verdict).toMatchObject({ intact: false, valid: true })
  })

  it('is invalid when one byte of the signature changes', async () => {
    const contents = await buildSesSignature({ version, signedChunks })
    const verdict = await verify(flipInside(contents, tbsSignatureOf(contents)))
    expect(verdict).toMatchObject({ intact: true, valid: false })
  })

  it('is invalid with a swapped signer certificate', async () => {
    const contents = await buildSesSignature({
      version,
      signedChunks,
      embeddedCertificate: 'sm2Other'
    })
    expect((await verify(contents)).valid).toBe(false)
  })

  it('reports a broken seal maker signature', async () => {
    const contents = await buildSesSignature({
      version,
      signedChunks,
      seal: { breakMakerSignature: true }
    })
    const verdict = await verify(contents)
    expect(verdict.valid).toBe(true)
    expect(verdict.seal?.makerSignatureValid).toBe(false)
    expect(verdict.warnings).toContain('seals.warning.sealMakerSignatureInvalid')
  })

  it('reports a seal that had expired at signing time', async () => {
    const now = Date.now()
    const contents = await buildSesSignature({
      version,
      signedChunks,
      seal: { validStart: new Date(now - 3 * year), validEnd: new Date(now - year) }
    })
    const verdict = await verify(contents)
    expect(verdict.seal?.validAtSigningTime).toBe(false)
    expect(verdict.warnings).toContain('seals.warning.sealNotValidAtSigningTime')
  })

  it('reports a signer whose certificate is not in the seal certList', async () => {
    const contents = await buildSesSignature({
      version,
      signedChunks,
      signer: 'sm2Other',
      seal: { certListSigners: ['sm2'] }
    })
    const verdict = await verify(contents)
    expect(verdict.valid).toBe(true)
    expect(verdict.seal?.signerInCertList).toBe(false)
    expect(verdict.warnings).toContain('seals.warning.signerNotInSealCertList')
  })

  it('accepts a raw 64-byte r‖s signature', async () => {
    const contents = await buildSesSignature({ version, signedChunks, signatureEncoding: 'raw' })
    expect(await verify(contents)).toMatchObject({ intact: true, valid: true })
  })
})

describe('GB/T 38540 variants', () => {
  it('checks a certList of SM3 digests (v4)', async () => {
    const inList = await buildSesSignature({
      version: 4,
      signedChunks,
      seal: { certListType: 'digests' }
    })
    expect((await verify(inList)).seal?.signerInCertList).toBe(true)
    const notInList = await buildSesSignature({
      version: 4,
      signedChunks,
      signer: 'sm2Other',
      seal: { certListType: 'digests' }
    })
    expect((await verify(notInList)).seal?.signerInCertList).toBe(false)
  })

  it('tolerates OCTET STRING timeInfo and dataHash in v1, and says so', async () => {
    const signingTime = new Date('2026-03-01T08:00:00Z')
    const contents = await buildSesSignature({
      version: 1,
      signedChunks,
      v1OctetStrings: true,
      signingTime
    })
    const verdict = await verify(contents)
    expect(verdict).toMatchObject({ format: 'ses-v1', intact: true, valid: true })
    expect(verdict.signingTime).toBe('2026-03-01T08:00:00.000Z')
    expect(verdict.warnings).toContain('seals.warning.sesOctetStringFields')
  })

  it('verifies the v4/v5 timestamp over the signature value', async () => {
    const verdict = await verify(
      await buildSesSignature({ version: 5, signedChunks, timestamp: true })
    )
    expect(verdict.timestamp).toMatchObject({ intact: true, valid: true, trusted: true })
  })

  it('does not trust the SM2 signer without anchors', async () => {
    const verdict = await verify(await buildSesSignature({ version: 4, signedChunks }), {
      trustAnchors: { certificates: [] }
    })
    expect(verdict).toMatchObject({ valid: true, trusted: false, trustProblem: 'no-chain' })
  })

  it('names a picture type it cannot show without showing it', async () => {
    const contents = await buildSesSignature({
      version: 4,
      signedChunks,
      seal: { pictureType: 'OFD', pictureData: new TextEncoder().encode('PK-not-an-image') }
    })
    expect((await verify(contents)).seal?.picture).toEqual({
      type: 'OFD',
      widthMm: 40,
      heightMm: 40,
      displayable: false
    })
  })

  it('checks the dataHash against SM3 of the chunks, whatever their split', async () => {
    const whole = new Uint8Array(Buffer.concat(signedChunks))
    const contents = await buildSesSignature({
      version: 4,
      signedChunks,
      dataHash: digestOf('SM3', [whole])
    })
    const oneChunk = await verify(contents, { signedChunks: [whole] })
    expect(oneChunk.intact).toBe(true)
  })
})

describe('parseSeal', () => {
  it('reads a bare SESeal: name, maker signature and picture', async () => {
    const result = await parseSeal(buildSeal({ version: 4, name: '许昌市大数据局业务专用章' }))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.seal).toMatchObject({
      name: '许昌市大数据局业务专用章',
      makerSignatureValid: true,
      version: 4
    })
    expect(result.seal.picture?.displayable).toBe(true)
    expect(result.seal.maker?.commonName).toBe('Test Seal Maker (制章者)')
    expect(result.seal.signerInCertList).toBeNull()
  })

  it('returns an error value for bytes that are not a seal', async () => {
    expect(await parseSeal(new Uint8Array([1, 2, 3]))).toMatchObject({ ok: false })
    expect(await parseSeal(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]))).toMatchObject({
      ok: false
    })
  })
})
