/**
 * One signature check for every place that needs one (CMS signer, certificate, CRL, OCSP, TSA,
 * GB/T 38540): RSA PKCS#1 v1.5 and PSS, ECDSA (DER or r‖s) via WebCrypto, SM2 via sm-crypto-v2.
 * An algorithm we do not know yields `valid: null` (indeterminate), never true.
 */
import type { SignatureWarning } from '../codes'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { ByteKeyedCache } from './byte-cache'
import { childrenOf, concatBytes, oidValue, parseBer, toArrayBuffer, toHex } from './der'
import {
  digestAlgorithmByOid,
  namedCurveByOid,
  oids,
  signatureAlgorithmByOid,
  type SignatureScheme
} from './oids'
import { verifySm2 } from './sm2'
import type { DigestAlgorithm } from './types'

export interface SignatureCheck {
  valid: boolean | null
  /** 'RSA-PKCS1-v1_5' | 'RSA-PSS' | 'ECDSA' | 'SM2-SM3', or the OID when unknown. */
  label: string
  warnings: SignatureWarning[]
}

export interface SignatureToCheck {
  publicKey: pkijs.PublicKeyInfo
  algorithm: pkijs.AlgorithmIdentifier
  data: Uint8Array
  signature: Uint8Array
  /**
   * The digest the signer hashed with when the container names it (CMS: the SignerInfo's
   * digestAlgorithm, RFC 5652 §5.4). It wins over the digest a signature OID names, as in
   * OpenSSL: real signers write sha256WithRSAEncryption over a SHA-1 signature (pdfsign-multi).
   */
  digest?: DigestAlgorithm | undefined
}

const webCryptoDigests: readonly DigestAlgorithm[] = ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']

/**
 * Results by the exact bytes they depend on (key, algorithm, digest, data, signature): the same
 * seal, intermediate, root, CRL or OCSP response is checked for every file of a batch, and SM2
 * in pure JS costs milliseconds each time. Small inputs only: a signature over a whole PDF's
 * ranges (no signed attributes) is not kept.
 */
const verifiedSignatures = new ByteKeyedCache<Promise<SignatureCheck>>({
  entries: 512,
  bytes: 4 * 1024 * 1024
})
const maximumRememberedData = 64 * 1024

export async function verifySignature(check: SignatureToCheck): Promise<SignatureCheck> {
  const key = check.data.length <= maximumRememberedData ? rememberedAs(check) : undefined
  if (!key) return verifyOnce(check)
  const result = await verifiedSignatures.get(key, () => verifyOnce(check))
  return { ...result, warnings: [...result.warnings] }
}

/** Every part length-prefixed, so that no two different checks share a key. */
function rememberedAs(check: SignatureToCheck): Uint8Array | undefined {
  let parts: Uint8Array[]
  try {
    const params = check.algorithm.algorithmParams as asn1js.AsnType | undefined
    parts = [
      publicKeyInfoDer(check.publicKey),
      new TextEncoder().encode(`${check.algorithm.algorithmId}|${check.digest ?? ''}`),
      params ? new Uint8Array(params.toBER(false)) : new Uint8Array(),
      check.data,
      check.signature
    ]
  } catch {
    return undefined
  }
  const key = new Uint8Array(parts.reduce((sum, part) => sum + 4 + part.length, 0))
  const view = new DataView(key.buffer)
  let offset = 0
  for (const part of parts) {
    view.setUint32(offset, part.length)
    key.set(part, offset + 4)
    offset += 4 + part.length
  }
  return key
}

async function verifyOnce(check: SignatureToCheck): Promise<SignatureCheck> {
  const known = signatureAlgorithmByOid[check.algorithm.algorithmId]
  if (!known) {
    return {
      valid: null,
      label: check.algorithm.algorithmId,
      warnings: ['seals.warning.unknownSignatureAlgorithm']
    }
  }
  const label = known.scheme === 'ECDSA-plain' ? 'ECDSA' : known.scheme
  const warnings: SignatureWarning[] =
    known.scheme === 'ECDSA-plain' ? ['seals.warning.plainEcdsaSignature'] : []
  if (check.digest && known.digest && check.digest !== known.digest) {
    warnings.push('seals.warning.signatureAlgorithmDigestMismatch')
  }
  try {
    const valid = await verifyKnown(check, known.scheme, check.digest ?? known.digest, warnings)
    if (valid === null) warnings.push('seals.warning.unsupportedSignatureParameters')
    return { valid, label, warnings: [...new Set(warnings)] }
  } catch {
    // WebCrypto refuses keys or parameters it cannot use; that is "could not tell", not "invalid".
    return { valid: null, label, warnings: ['seals.warning.unsupportedSignatureParameters'] }
  }
}

/**
 * The DER SubjectPublicKeyInfo, encoded once per parsed key: it is imported into WebCrypto and
 * compared for re-issued anchors, for every file of a batch.
 */
const publicKeyInfoDers = new WeakMap<pkijs.PublicKeyInfo, { der: Uint8Array; hex: string }>()

function encodedPublicKeyInfo(publicKey: pkijs.PublicKeyInfo): { der: Uint8Array; hex: string } {
  let encoded = publicKeyInfoDers.get(publicKey)
  if (!encoded) {
    const der = new Uint8Array(publicKey.toSchema().toBER(false))
    encoded = { der, hex: toHex(der) }
    publicKeyInfoDers.set(publicKey, encoded)
  }
  return encoded
}

export function publicKeyInfoDer(publicKey: pkijs.PublicKeyInfo): Uint8Array {
  return encodedPublicKeyInfo(publicKey).der
}

type VerifyKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>
type KeyParameters = { name: string; hash: DigestAlgorithm } | { name: 'ECDSA'; namedCurve: string }

/**
 * Imported keys by parameters and SPKI: every file of a batch meets the same intermediates and
 * anchors, and importing costs more than the RSA verification itself. Bounded; cleared when full.
 */
const importedKeys = new Map<string, Promise<VerifyKey>>()
const maximumImportedKeys = 256

function importVerifyKey(
  publicKey: pkijs.PublicKeyInfo,
  params: KeyParameters
): Promise<VerifyKey> {
  const spki = encodedPublicKeyInfo(publicKey)
  const cacheKey = `${JSON.stringify(params)}:${spki.hex}`
  let key = importedKeys.get(cacheKey)
  if (!key) {
    if (importedKeys.size >= maximumImportedKeys) importedKeys.clear()
    key = globalThis.crypto.subtle.importKey('spki', toArrayBuffer(spki.der), params, false, [
      'verify'
    ])
    importedKeys.set(cacheKey, key)
  }
  return key
}

async function verifyKnown(
  check: SignatureToCheck,
  scheme: SignatureScheme,
  digest: DigestAlgorithm | undefined,
  warnings: SignatureWarning[]
): Promise<boolean | null> {
  const keyAlgorithm = check.publicKey.algorithm.algorithmId
  const curveOid = oidValue(check.publicKey.algorithm.algorithmParams as asn1js.AsnType | undefined)
  const keyBits = new Uint8Array(check.publicKey.subjectPublicKey.valueBlock.valueHexView)
  if (scheme === 'SM2-SM3') {
    const isSm2Key = keyAlgorithm === oids.sm2Curve || curveOid === oids.sm2Curve
    return isSm2Key ? verifySm2(check.data, check.signature, keyBits) : false
  }
  const subtle = globalThis.crypto.subtle
  const data = toArrayBuffer(check.data)
  const isRsaKey = keyAlgorithm === oids.rsaEncryption || keyAlgorithm === oids.rsaPss
  if (scheme === 'RSA-PSS') {
    if (!isRsaKey) return false
    // The digest is the parameters' (RFC 4055 §3.1): a certificate or CRL names no other.
    const pss = pssParameters(check.algorithm)
    if (!pss) return null
    const key = await importVerifyKey(check.publicKey, { name: 'RSA-PSS', hash: pss.hash })
    return subtle.verify(
      { name: 'RSA-PSS', saltLength: pss.saltLength },
      key,
      toArrayBuffer(check.signature),
      data
    )
  }
  if (!digest || !webCryptoDigests.includes(digest)) return null
  if (scheme === 'RSA-PKCS1-v1_5') {
    if (!isRsaKey) return false
    const params = { name: 'RSASSA-PKCS1-v1_5', hash: digest }
    const key = await importVerifyKey(check.publicKey, params)
    return subtle.verify(params, key, toArrayBuffer(check.signature), data)
  }
  const curve = curveOid ? namedCurveByOid[curveOid] : undefined
  if (keyAlgorithm !== oids.ecPublicKey || !curve) return curveOid === oids.sm2Curve ? false : null
  const key = await importVerifyKey(check.publicKey, { name: 'ECDSA', namedCurve: curve.name })
  const verifyRaw = (raw: Uint8Array) =>
    subtle.verify({ name: 'ECDSA', hash: digest }, key, toArrayBuffer(raw), data)
  if (scheme === 'ECDSA-plain') return verifyRaw(check.signature)
  const raw = ecdsaDerToRaw(check.signature, curve.size)
  if (raw) return verifyRaw(raw)
  // Some producers write r‖s under a DER OID; accept it but say so.
  const plainValid = check.signature.length === 2 * curve.size && (await verifyRaw(check.signature))
  if (plainValid) warnings.push('seals.warning.plainEcdsaSignature')
  return plainValid
}

function pssParameters(
  algorithm: pkijs.AlgorithmIdentifier
): { hash: DigestAlgorithm; saltLength: number } | undefined {
  // RFC 4055 defaults: SHA-1, MGF1-SHA-1, salt 20.
  if (!algorithm.algorithmParams) return { hash: 'SHA-1', saltLength: 20 }
  const params = new pkijs.RSASSAPSSParams({ schema: algorithm.algorithmParams })
  const hash = digestAlgorithmByOid[params.hashAlgorithm.algorithmId]
  const mgfHashNode = params.maskGenAlgorithm.algorithmParams as asn1js.AsnType | undefined
  const mgfHashOid = oidValue(childrenOf(mgfHashNode)[0])
  const mgfHash = mgfHashOid ? digestAlgorithmByOid[mgfHashOid] : 'SHA-1'
  // WebCrypto ties MGF1's hash to the message hash; a different one cannot be checked here.
  if (!hash || mgfHash !== hash) return undefined
  return { hash, saltLength: params.saltLength }
}

function ecdsaDerToRaw(signature: Uint8Array, size: number): Uint8Array | undefined {
  const node = parseBer(signature)
  const [r, s] = childrenOf(node)
  if (
    !(node instanceof asn1js.Sequence) ||
    !(r instanceof asn1js.Integer) ||
    !(s instanceof asn1js.Integer)
  ) {
    return undefined
  }
  const fixed = (integer: asn1js.Integer): Uint8Array | undefined => {
    let bytes = new Uint8Array(integer.valueBlock.valueHexView)
    while (bytes.length > size && bytes[0] === 0) bytes = bytes.subarray(1)
    if (bytes.length > size) return undefined
    return concatBytes(new Uint8Array(size - bytes.length), bytes)
  }
  const rBytes = fixed(r)
  const sBytes = fixed(s)
  return rBytes && sBytes ? concatBytes(rBytes, sBytes) : undefined
}
