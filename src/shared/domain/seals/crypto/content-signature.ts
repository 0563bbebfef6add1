/**
 * A SignerInfo without signed attributes signs the content itself (RFC 5652 §5.4): for a PDF,
 * the bytes the /ByteRange covers. Older signers produce it (pdfsign-multi.pdf's 2017
 * counter-signature). RSA PKCS#1 v1.5 is checked by recovering the DigestInfo from the signature
 * value, so the content is hashed chunk by chunk, never copied, and a genuine signature over other
 * bytes reads as "not intact" (tampered) rather than "invalid", as with signed attributes.
 * Other schemes cannot recover the digest and verify over one copy of the content.
 */
import type { SignatureWarning } from '../codes'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { bytesEqual, concatBytes, derOf, octetStringBytes, oidValue, parseBer } from './der'
import { digestAlgorithmByOid, oids, signatureAlgorithmByOid } from './oids'
import { verifySignature, type SignatureCheck } from './signatures'
import type { DigestAlgorithm, Hasher } from './types'

/** What a SignerInfo signs: chunks (a PDF's ByteRange views, or eContent) and their digest. */
export interface SignedContent {
  chunks: readonly Uint8Array[]
  digest(algorithm: DigestAlgorithm): Promise<Uint8Array>
}

/** Each digest is computed once: the signed ranges of a 100 MB PDF are read once per algorithm. */
export function hashedContent(hasher: Hasher, chunks: readonly Uint8Array[]): SignedContent {
  const digests = new Map<DigestAlgorithm, Promise<Uint8Array>>()
  return {
    chunks,
    digest: (algorithm) => {
      let digest = digests.get(algorithm)
      if (!digest) {
        digest = hasher.digest(algorithm, chunks)
        digests.set(algorithm, digest)
      }
      return digest
    }
  }
}

export interface ContentSignatureCheck {
  /** The digest inside the signature equals the content's; null when it cannot be told apart. */
  intact: boolean | null
  signature: SignatureCheck
}

export interface ContentSignatureToCheck {
  publicKey: pkijs.PublicKeyInfo
  algorithm: pkijs.AlgorithmIdentifier
  signature: Uint8Array
  digest: DigestAlgorithm
  content: SignedContent
}

export async function verifyContentSignature(
  check: ContentSignatureToCheck
): Promise<ContentSignatureCheck> {
  const known = signatureAlgorithmByOid[check.algorithm.algorithmId]
  const isRsaKey = check.publicKey.algorithm.algorithmId === oids.rsaEncryption
  if (known?.scheme === 'RSA-PKCS1-v1_5' && isRsaKey) {
    const warnings: SignatureWarning[] =
      known.digest && known.digest !== check.digest
        ? ['seals.warning.signatureAlgorithmDigestMismatch']
        : []
    const recovered = recoverDigestInfo(check.signature, check.publicKey)
    const label = known.scheme
    if (!recovered || digestAlgorithmByOid[recovered.oid] !== check.digest) {
      return { intact: null, signature: { valid: false, label, warnings } }
    }
    const intact = bytesEqual(recovered.digest, await check.content.digest(check.digest))
    return { intact, signature: { valid: true, label, warnings } }
  }
  const signature = await verifySignature({
    publicKey: check.publicKey,
    algorithm: check.algorithm,
    data: concatBytes(...check.content.chunks),
    signature: check.signature,
    digest: check.digest
  })
  return { intact: signature.valid === true ? true : null, signature }
}

function bigIntOf(bytes: Uint8Array): bigint {
  let value = 0n
  for (const byte of bytes) value = (value << 8n) | BigInt(byte)
  return value
}

function bytesOf(value: bigint, length: number): Uint8Array {
  const out = new Uint8Array(length)
  for (let i = length - 1; i >= 0; i--, value >>= 8n) out[i] = Number(value & 0xffn)
  return out
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n
  let power = base % modulus
  for (let rest = exponent; rest > 0n; rest >>= 1n) {
    if (rest & 1n) result = (result * power) % modulus
    power = (power * power) % modulus
  }
  return result
}

/**
 * RSAVP1 then EMSA-PKCS1-v1_5 (RFC 8017 §8.2.2, §9.2). The encoding is rebuilt from what was
 * parsed and compared byte for byte, so no lax parse (garbage after the DigestInfo, short
 * padding: the e=3 forgeries) can pass; NULL or absent hash parameters are both accepted.
 */
function recoverDigestInfo(
  signature: Uint8Array,
  publicKey: pkijs.PublicKeyInfo
): { oid: string; digest: Uint8Array } | undefined {
  const keyNode = parseBer(new Uint8Array(publicKey.subjectPublicKey.valueBlock.valueHexView))
  if (!keyNode) return undefined
  const key = new pkijs.RSAPublicKey({ schema: keyNode })
  const modulus = bigIntOf(new Uint8Array(key.modulus.valueBlock.valueHexView))
  const exponent = bigIntOf(new Uint8Array(key.publicExponent.valueBlock.valueHexView))
  const length = Math.ceil(modulus.toString(16).length / 2)
  const value = bigIntOf(signature)
  if (signature.length !== length || value >= modulus) return undefined
  const encoded = bytesOf(modPow(value, exponent, modulus), length)
  const separator = encoded.indexOf(0, 2)
  if (separator < 0) return undefined
  const digestInfo = parseBer(encoded.subarray(separator + 1))
  const [algorithm, digestNode] =
    digestInfo instanceof asn1js.Sequence ? digestInfo.valueBlock.value : []
  const oid = oidValue(
    algorithm instanceof asn1js.Sequence ? algorithm.valueBlock.value[0] : undefined
  )
  const digest = octetStringBytes(digestNode)
  if (!oid || !digest || !(algorithm instanceof asn1js.Sequence)) return undefined
  const withNull = algorithm.valueBlock.value.length === 2
  const rebuilt = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [
          new asn1js.ObjectIdentifier({ value: oid }),
          ...(withNull ? [new asn1js.Null()] : [])
        ]
      }),
      new asn1js.OctetString({ valueHex: digest })
    ]
  })
  const body = derOf(rebuilt)
  const padding = length - 3 - body.length
  if (padding < 8) return undefined
  const expected = concatBytes(
    Uint8Array.of(0x00, 0x01),
    new Uint8Array(padding).fill(0xff),
    Uint8Array.of(0x00),
    body
  )
  return bytesEqual(expected, encoded) ? { oid, digest } : undefined
}
