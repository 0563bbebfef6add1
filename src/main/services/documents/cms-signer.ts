/**
 * The Bureau's signature on an official document (公文电子签名): a PAdES baseline B signature,
 * /SubFilter ETSI.CAdES.detached, i.e. a detached CMS SignedData over the PDF's /ByteRange.
 * RSA and ECDSA sign through node:crypto; SM2 through sm-crypto-v2, because neither Electron's
 * BoringSSL nor Node's OpenSSL build reliably loads an SM2 private key.
 */
import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { sm2 } from 'sm-crypto-v2'
import { CodedError } from '../../../shared/contract'
import type { DigestAlgorithm } from '../../../shared/domain/seals/crypto/types'
import { message } from '../../../shared/i18n/message'
import { nodeHasher } from '../seals/node-hasher'

export interface DocumentSigner {
  /** PKCS#8 PEM private key: RSA, ECDSA P-256/P-384, or SM2. */
  keyPem: string
  /** The signer certificate (PEM). */
  certificatePem: string
  /** Further certificates to embed (intermediates, PEM), so a verifier can build the chain. */
  chainPem: string[]
}

export type SignerAlgorithm = 'rsa' | 'ecdsa' | 'sm2'

const oids = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecPublicKey: '1.2.840.10045.2.1',
  sha256: '2.16.840.1.101.3.4.2.1',
  sm3: '1.2.156.10197.1.401',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  sm2WithSm3: '1.2.156.10197.1.501'
} as const
const ecdsaCurves = new Set(['1.2.840.10045.3.1.7', '1.3.132.0.34']) // P-256, P-384
const sm2Curve = '1.2.156.10197.1.301'
/** GM/T 0009's default user ID, which verifiers (and OpenSSL's distid) assume. */
const sm2UserId = '1234567812345678'

/** What the key is, and for SM2 the scalar: it is signed with outside node:crypto. */
type SigningKey =
  | { algorithm: 'rsa' | 'ecdsa'; key: KeyObject }
  | { algorithm: 'sm2'; privateKeyHex: string; publicKeyHex: string }

function unsupported(detail: string): never {
  throw new CodedError(message('documents.sign.unsupportedKey'), detail)
}

function pemDer(pem: string, label: string): Uint8Array {
  const match = new RegExp(
    `-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----`
  ).exec(pem)
  return match
    ? new Uint8Array(Buffer.from(match[1]!.replace(/\s+/g, ''), 'base64'))
    : new Uint8Array()
}

/**
 * Reads PrivateKeyInfo { version, AlgorithmIdentifier, OCTET STRING } ourselves: the algorithm
 * decides who signs, and an SM2 key must never reach node:crypto. An SM2 key is id-ecPublicKey
 * with the SM2 curve (OpenSSL) or names the curve as its algorithm (some Chinese CA tools).
 */
function readKey(keyPem: string): SigningKey {
  const info = asn1js.fromBER(pemDer(keyPem, 'PRIVATE KEY')).result
  const [, algorithm, privateKey] = info instanceof asn1js.Sequence ? info.valueBlock.value : []
  const [algorithmOid, params] =
    algorithm instanceof asn1js.Sequence ? algorithm.valueBlock.value : []
  if (
    !(algorithmOid instanceof asn1js.ObjectIdentifier) ||
    !(privateKey instanceof asn1js.OctetString)
  ) {
    return unsupported('not an unencrypted PKCS#8 private key')
  }
  const keyOid = algorithmOid.valueBlock.toString()
  const curve = params instanceof asn1js.ObjectIdentifier ? params.valueBlock.toString() : ''
  if (keyOid === sm2Curve || (keyOid === oids.ecPublicKey && curve === sm2Curve)) {
    // ECPrivateKey ::= SEQUENCE { version, privateKey OCTET STRING, [0] params, [1] publicKey }
    const ecKey = asn1js.fromBER(privateKey.valueBlock.valueHexView).result
    const scalar = ecKey instanceof asn1js.Sequence ? ecKey.valueBlock.value[1] : undefined
    if (!(scalar instanceof asn1js.OctetString)) return unsupported('SM2 key without a scalar')
    const privateKeyHex = Buffer.from(scalar.valueBlock.valueHexView)
      .toString('hex')
      .padStart(64, '0')
    if (privateKeyHex.length !== 64) return unsupported('SM2 scalar longer than 32 bytes')
    try {
      const publicKeyHex = sm2.getPublicKeyFromPrivateKey(privateKeyHex)
      return { algorithm: 'sm2', privateKeyHex, publicKeyHex }
    } catch {
      return unsupported('SM2 scalar out of range')
    }
  }
  const rsa = keyOid === oids.rsaEncryption
  if (!rsa && !(keyOid === oids.ecPublicKey && ecdsaCurves.has(curve))) {
    return unsupported(`key algorithm ${keyOid} ${curve}`.trim())
  }
  try {
    return { algorithm: rsa ? 'rsa' : 'ecdsa', key: createPrivateKey(keyPem) }
  } catch (error) {
    return unsupported(error instanceof Error ? error.message : String(error))
  }
}

/** Which kind of signer the key makes; throws `documents.sign.unsupportedKey` for any other. */
export function signerAlgorithm(signer: DocumentSigner): SignerAlgorithm {
  return readKey(signer.keyPem).algorithm
}

function readCertificate(pem: string): { der: Uint8Array; certificate: pkijs.Certificate } {
  const der = pemDer(pem, 'CERTIFICATE')
  try {
    return { der, certificate: pkijs.Certificate.fromBER(der) }
  } catch {
    throw new CodedError(message('documents.sign.keyMismatch'), 'unreadable certificate')
  }
}

/** A signature the certificate cannot verify is worse than none: refused before signing. */
function assertKeyOfCertificate(key: SigningKey, certificate: pkijs.Certificate): void {
  const certified = Buffer.from(
    certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView
  )
  let same: boolean
  if (key.algorithm === 'sm2') {
    try {
      // Compares points, so a certificate with the compressed form matches too.
      same = sm2.comparePublicKeyHex(key.publicKeyHex, certified.toString('hex'))
    } catch {
      same = false // not a point on the SM2 curve: another algorithm's certificate
    }
  } else {
    const spki = createPublicKey(key.key).export({ type: 'spki', format: 'der' })
    const own = pkijs.PublicKeyInfo.fromBER(spki).subjectPublicKey.valueBlock.valueHexView
    same = certified.equals(Buffer.from(own))
  }
  if (!same) {
    throw new CodedError(message('documents.sign.keyMismatch'), `${key.algorithm} key`)
  }
}

function attribute(type: string, value: asn1js.AsnType): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] })
}

/**
 * ESS signing-certificate-v2 (RFC 5035), which PAdES requires: it binds the signature to this
 * certificate, so a second certificate for the same key cannot be substituted. ESSCertIDv2 with
 * the default hash (SHA-256, left out as DER wants) and issuerSerial.
 */
function signingCertificateV2(certificate: pkijs.Certificate, der: Uint8Array): asn1js.Sequence {
  const issuer = new asn1js.Constructed({
    idBlock: { tagClass: 3, tagNumber: 4 }, // GeneralName directoryName [4]
    value: [certificate.issuer.toSchema()]
  })
  const issuerSerial = new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [issuer] }), certificate.serialNumber]
  })
  const certHash = new asn1js.OctetString({ valueHex: createHash('sha256').update(der).digest() })
  const essCertId = new asn1js.Sequence({ value: [certHash, issuerSerial] })
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertId] })] })
}

/** DER orders a SET OF by encoding; verifiers such as OpenSSL re-encode it before checking. */
function derOrder(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((a) => ({ a, der: Buffer.from(a.toSchema().toBER(false)) }))
  return encoded.sort((x, y) => Buffer.compare(x.der, y.der)).map(({ a }) => a)
}

function signBytes(key: SigningKey, data: Uint8Array): Uint8Array {
  if (key.algorithm === 'sm2') {
    // hash: SM3 over Z(user ID, public key) ‖ data, as GB/T 32918 and GM/T 0009 define it.
    const signatureHex = sm2.doSignature(data, key.privateKeyHex, {
      hash: true,
      der: true,
      publicKey: key.publicKeyHex,
      userId: sm2UserId
    })
    return new Uint8Array(Buffer.from(signatureHex, 'hex'))
  }
  // RSA: PKCS#1 v1.5; ECDSA: DER SEQUENCE { r, s }, node:crypto's defaults and what CMS wants.
  return new Uint8Array(sign('sha256', data, key.key))
}

/**
 * Builds a detached CMS SignedData (DER) over the PDF's signed byte ranges, for /Contents.
 * Signed attributes: contentType, messageDigest and signing-certificate-v2, and no signingTime:
 * PAdES puts the claimed time in the signature dictionary's /M.
 */
export async function buildPadesSignature(
  signer: DocumentSigner,
  signedChunks: readonly Uint8Array[]
): Promise<Uint8Array> {
  const key = readKey(signer.keyPem)
  const { der, certificate } = readCertificate(signer.certificatePem)
  assertKeyOfCertificate(key, certificate)
  const chain = signer.chainPem.map((pem) => readCertificate(pem).certificate)

  const sm = key.algorithm === 'sm2'
  const digest: DigestAlgorithm = sm ? 'SM3' : 'SHA-256'
  const digestAlgorithm = new pkijs.AlgorithmIdentifier({
    algorithmId: sm ? oids.sm3 : oids.sha256
  })
  const signatureAlgorithm = new pkijs.AlgorithmIdentifier({
    algorithmId: { rsa: oids.sha256WithRsa, ecdsa: oids.ecdsaWithSha256, sm2: oids.sm2WithSm3 }[
      key.algorithm
    ],
    // RFC 4055: sha256WithRSAEncryption carries NULL parameters; the others carry none.
    ...(key.algorithm === 'rsa' ? { algorithmParams: new asn1js.Null() } : {})
  })
  const messageDigest = await nodeHasher.digest(digest, signedChunks)
  const signedAttributes = derOrder([
    attribute(oids.contentType, new asn1js.ObjectIdentifier({ value: oids.data })),
    attribute(oids.messageDigest, new asn1js.OctetString({ valueHex: messageDigest })),
    attribute(oids.signingCertificateV2, signingCertificateV2(certificate, der))
  ])
  // RFC 5652 §5.4: the signature covers the attributes' DER with the SET OF tag, not [0].
  const toBeSigned = new asn1js.Set({ value: signedAttributes.map((a) => a.toSchema()) })
  const signature = signBytes(key, new Uint8Array(toBeSigned.toBER(false)))

  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({
      issuer: certificate.issuer,
      serialNumber: certificate.serialNumber
    }),
    digestAlgorithm,
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: signedAttributes }),
    signatureAlgorithm,
    signature: new asn1js.OctetString({ valueHex: signature })
  })
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [digestAlgorithm],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: oids.data }),
    certificates: [certificate, ...chain],
    signerInfos: [signerInfo]
  })
  const contentInfo = new pkijs.ContentInfo({
    contentType: oids.signedData,
    content: signedData.toSchema(true)
  })
  return new Uint8Array(contentInfo.toSchema().toBER(false))
}
