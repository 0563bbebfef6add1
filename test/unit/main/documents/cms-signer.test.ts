/**
 * The Bureau's PAdES signer (公文电子签名): its CMS passes the project's own verifier and, for RSA
 * and ECDSA, `openssl cms -verify`; it carries signing-certificate-v2 and no signingTime; a key
 * that is not the certificate's, or of another kind, is refused before anything is signed.
 */
import { execFileSync } from 'node:child_process'
import { createHash, generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as pkijs from 'pkijs'
import { describe, expect, it } from 'vitest'
import {
  buildPadesSignature,
  signerAlgorithm,
  type DocumentSigner
} from '../../../../src/main/services/documents/cms-signer'
import { CodedError } from '../../../../src/shared/contract'
import { pureJsHasher, verifySignatureBlob } from '../../../../src/shared/domain/seals/crypto'
import { getTestPki, type TestIdentity } from '../../../fixtures/pki'
import { testRevocation, testTrustAnchors } from '../../../fixtures/signers'

const pki = getTestPki()
const documentBytes = new TextEncoder().encode(
  '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n' + '许昌市人民政府文件 '.repeat(50) + '\n%%EOF\n'
)
/** Two ranges around a /Contents hole, as /ByteRange gives them. */
const chunks = [documentBytes.subarray(0, 180), documentBytes.subarray(300)]

function tampered(): Uint8Array[] {
  const copy = documentBytes.slice()
  copy[100] = copy[100]! ^ 0x01
  return [copy.subarray(0, 180), copy.subarray(300)]
}

function signerOf(identity: TestIdentity, chain: readonly TestIdentity[] = []): DocumentSigner {
  return {
    keyPem: identity.keyPem,
    certificatePem: identity.certPem,
    chainPem: chain.map((c) => c.certPem)
  }
}

const cases = [
  { name: 'rsa', identity: pki.rsa, chain: [pki.rsaIntermediate], digest: 'SHA-256' },
  { name: 'ecdsa', identity: pki.ecdsa, chain: [pki.rsaIntermediate], digest: 'SHA-256' },
  { name: 'sm2', identity: pki.sm2, chain: [], digest: 'SM3' }
] as const

const verify = (contents: Uint8Array, signedChunks: readonly Uint8Array[]) =>
  verifySignatureBlob({
    contents,
    signedChunks,
    trustAnchors: testTrustAnchors('all'),
    revocation: testRevocation(),
    now: new Date(),
    hasher: pureJsHasher
  })

function signerInfoOf(blob: Uint8Array) {
  const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(blob).content })
  return { signedData, signerInfo: signedData.signerInfos[0]! }
}

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

/** `openssl cms -verify` on the detached blob: exit 0 means digest and signature hold. */
function opensslVerifies(blob: Uint8Array, content: readonly Uint8Array[]): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'cms-signer-'))
  try {
    writeFileSync(join(dir, 'sig.der'), blob)
    writeFileSync(join(dir, 'content.bin'), Buffer.concat(content))
    execFileSync(
      'openssl',
      [
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        'sig.der',
        '-content',
        'content.bin'
      ].concat(['-noverify', '-purpose', 'any', '-out', 'out.bin']),
      { cwd: dir, stdio: 'pipe' }
    )
    return true
  } catch {
    return false
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function refusal(signer: DocumentSigner): Promise<string> {
  try {
    await buildPadesSignature(signer, chunks)
  } catch (error) {
    expect(error).toBeInstanceOf(CodedError)
    return (error as CodedError).code
  }
  throw new Error('signed with a key it should refuse')
}

describe.each(cases)('buildPadesSignature ($name)', ({ name, identity, chain, digest }) => {
  const signer = signerOf(identity, chain)

  it('names the algorithm', () => {
    expect(signerAlgorithm(signer)).toBe(name)
  })

  it('passes the project verifier as intact, valid, by the signer', async () => {
    const blob = await buildPadesSignature(signer, chunks)
    const verdict = await verify(blob, chunks)
    expect(verdict).toMatchObject({ format: 'cms', intact: true, valid: true, trusted: true })
    expect(verdict.digestAlgorithm).toBe(digest)
    expect(verdict.signer?.sha256Fingerprint).toBe(
      createHash('sha256').update(identity.certDer).digest('hex').toUpperCase()
    )
    expect(verdict.signingTime).toBeUndefined()
  })

  it('is not intact once a signed byte changes', async () => {
    const verdict = await verify(await buildPadesSignature(signer, chunks), tampered())
    expect(verdict.intact).toBe(false)
  })

  it('is detached, embeds the chain, has signing-certificate-v2 and no signingTime', async () => {
    const { signedData, signerInfo } = signerInfoOf(await buildPadesSignature(signer, chunks))
    expect(signedData.version).toBe(1)
    expect(signedData.encapContentInfo.eContentType).toBe('1.2.840.113549.1.7.1')
    expect(signedData.encapContentInfo.eContent).toBeUndefined()
    expect(signedData.certificates).toHaveLength(1 + chain.length)
    const types = signerInfo.signedAttrs!.attributes.map((a) => a.type)
    expect(types).toContain('1.2.840.113549.1.9.16.2.47')
    expect(types).toContain('1.2.840.113549.1.9.3')
    expect(types).toContain('1.2.840.113549.1.9.4')
    expect(types).not.toContain('1.2.840.113549.1.9.5')
    const essCertHash = createHash('sha256').update(identity.certDer).digest()
    const der = Buffer.from(signerInfo.signedAttrs!.toSchema().toBER(false))
    expect(der.includes(essCertHash)).toBe(true)
  })
})

/** SM2 is left out: `openssl cms -verify` (3.0) fails SM2 signatures made with the GM/T 0009 user ID. */
describe.each(cases.filter((c) => c.name !== 'sm2'))(
  'openssl cms -verify ($name)',
  ({ identity, chain }) => {
    it('accepts the signature, and refuses it over changed bytes', async (ctx) => {
      if (!hasOpenssl) ctx.skip('openssl is not on PATH: the cross-check with OpenSSL is skipped')
      const blob = await buildPadesSignature(signerOf(identity, chain), chunks)
      expect(opensslVerifies(blob, chunks)).toBe(true)
      expect(opensslVerifies(blob, tampered())).toBe(false)
    })
  }
)

describe('buildPadesSignature refuses', () => {
  it.each([
    ['an RSA key for another RSA certificate', pki.rsa, pki.expired],
    ['an RSA key for an ECDSA certificate', pki.rsa, pki.ecdsa],
    ['another SM2 key for the SM2 certificate', pki.sm2Other, pki.sm2],
    ['an SM2 key for an ECDSA certificate', pki.sm2, pki.ecdsa]
  ])('%s: documents.sign.keyMismatch', async (_, key, certificate) => {
    const signer = { keyPem: key.keyPem, certificatePem: certificate.certPem, chainPem: [] }
    expect(await refusal(signer)).toBe('documents.sign.keyMismatch')
  })

  it('an Ed25519 key: documents.sign.unsupportedKey', async () => {
    const { privateKey } = generateKeyPairSync('ed25519')
    const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    const signer = { keyPem, certificatePem: pki.rsa.certPem, chainPem: [] }
    expect(await refusal(signer)).toBe('documents.sign.unsupportedKey')
    expect(() => signerAlgorithm(signer)).toThrow(CodedError)
  })

  it('an EC key on a curve other than P-256/P-384: documents.sign.unsupportedKey', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' })
    const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    const signer = { keyPem, certificatePem: pki.ecdsa.certPem, chainPem: [] }
    expect(await refusal(signer)).toBe('documents.sign.unsupportedKey')
  })

  it('something that is no PKCS#8 key: documents.sign.unsupportedKey', async () => {
    const signer = { keyPem: pki.rsa.certPem, certificatePem: pki.rsa.certPem, chainPem: [] }
    expect(await refusal(signer)).toBe('documents.sign.unsupportedKey')
  })
})
