/**
 * CMS SignedData (PKCS#7 and GM/T 0010) and the check of one SignerInfo: messageDigest against
 * the content, and the signature over the DER SET of signed attributes. Used for PDF signatures
 * and for RFC 3161 tokens alike.
 */
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { sameName, subjectKeyIdentifierOf, type ParsedCertificate } from './certificates'
import type { ParsedSignedData } from './cms-structure'
import { bytesEqual, derOf, encodedBytesOf, octetStringBytes, timeValue } from './der'
import { verifyContentSignature, type SignedContent } from './content-signature'
import { hashChunks } from './hasher'
import { digestAlgorithmByOid, oids } from './oids'
import type { RevocationEvidence } from './revocation'
import { verifySignature, type SignatureCheck } from './signatures'
import type { DigestAlgorithm } from './types'

export function attributeValues(
  attributes: pkijs.SignedAndUnsignedAttributes | undefined,
  type: string
): asn1js.AsnType[] {
  return attributes?.attributes.find((attribute) => attribute.type === type)?.values ?? []
}

/**
 * The signature covers the signed attributes as a DER SET (tag 0x31), not as the [0] IMPLICIT
 * field they are carried in. The received bytes are kept (re-sorting would break producers that
 * did not sort); only BER indefinite length forces a re-encoding.
 */
function signedAttributesDer(attributes: pkijs.SignedAndUnsignedAttributes): Uint8Array {
  const received = new Uint8Array(attributes.encodedValue)
  if (received.length > 1 && received[1] !== 0x80) {
    const copy = received.slice()
    copy[0] = 0x31
    return copy
  }
  return derOf(
    new asn1js.Set({ value: attributes.attributes.map((attribute) => attribute.toSchema()) })
  )
}

function findSigner(
  signerInfo: pkijs.SignerInfo,
  certificates: readonly ParsedCertificate[]
): ParsedCertificate | undefined {
  const sid = signerInfo.sid as unknown
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    const serial = new Uint8Array(sid.serialNumber.valueBlock.valueHexView)
    return certificates.find(
      ({ certificate }) =>
        sameName(certificate.issuer, sid.issuer) &&
        bytesEqual(new Uint8Array(certificate.serialNumber.valueBlock.valueHexView), serial)
    )
  }
  if (!(sid instanceof asn1js.BaseBlock)) return undefined
  // [0] SubjectKeyIdentifier: compare with the extension, else with SHA-1 of the key (RFC 5280 §4.2.1.2).
  const keyId = new Uint8Array(
    (sid as asn1js.Primitive).valueBlock.valueHexView ?? new ArrayBuffer(0)
  )
  return certificates.find(({ certificate }) => {
    const declared = subjectKeyIdentifierOf(certificate)
    const keyBits = new Uint8Array(
      certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView
    )
    return bytesEqual(declared ?? hashChunks('SHA-1', [keyBits]), keyId)
  })
}

export interface SignerInfoCheck {
  signer?: ParsedCertificate
  digestAlgorithm?: DigestAlgorithm
  digestAlgorithmOid: string
  /**
   * messageDigest (or, without signed attributes, the digest inside the signature) equals the
   * content's digest; null when it could not be computed.
   */
  messageDigestMatches: boolean | null
  signature: SignatureCheck
  signingTime?: Date
  warnings: string[]
}

export async function checkSignerInfo(
  parsed: ParsedSignedData,
  signerInfo: pkijs.SignerInfo,
  content: SignedContent,
  otherCertificates: readonly ParsedCertificate[]
): Promise<SignerInfoCheck> {
  const warnings: string[] = []
  const digestAlgorithmOid = signerInfo.digestAlgorithm.algorithmId
  const digestAlgorithm = digestAlgorithmByOid[digestAlgorithmOid]
  if (!digestAlgorithm) warnings.push('unsupported-digest-algorithm')
  const signer = findSigner(signerInfo, [...parsed.certificates, ...otherCertificates])
  if (!signer) warnings.push('signer-certificate-missing')
  const attributes = signerInfo.signedAttrs
  const signatureValue = new Uint8Array(signerInfo.signature.valueBlock.valueHexView)
  if (!attributes) {
    // Informational: there is no signingTime, contentType or messageDigest to read.
    warnings.push('no-signed-attributes')
    const check =
      signer && digestAlgorithm
        ? await verifyContentSignature({
            publicKey: signer.certificate.subjectPublicKeyInfo,
            algorithm: signerInfo.signatureAlgorithm,
            signature: signatureValue,
            digest: digestAlgorithm,
            content
          })
        : {
            intact: null,
            signature: {
              valid: null,
              label: signerInfo.signatureAlgorithm.algorithmId,
              warnings: []
            }
          }
    return {
      ...(signer ? { signer } : {}),
      ...(digestAlgorithm ? { digestAlgorithm } : {}),
      digestAlgorithmOid,
      messageDigestMatches: check.intact,
      signature: check.signature,
      warnings: [...warnings, ...check.signature.warnings]
    }
  }
  const declaredDigest = octetStringBytes(attributeValues(attributes, oids.messageDigest)[0])
  if (!declaredDigest) warnings.push('message-digest-missing')
  const messageDigestMatches =
    digestAlgorithm && declaredDigest
      ? bytesEqual(declaredDigest, await content.digest(digestAlgorithm))
      : declaredDigest
        ? null
        : false
  const contentType = attributeValues(attributes, oids.contentType)[0]
  if (
    contentType instanceof asn1js.ObjectIdentifier &&
    contentType.valueBlock.toString() !== parsed.eContentType
  ) {
    warnings.push('content-type-mismatch')
  }
  const signature = signer
    ? await verifySignature({
        publicKey: signer.certificate.subjectPublicKeyInfo,
        algorithm: signerInfo.signatureAlgorithm,
        data: signedAttributesDer(attributes),
        signature: signatureValue,
        digest: digestAlgorithm
      })
    : { valid: null, label: signerInfo.signatureAlgorithm.algorithmId, warnings: [] }
  const signingTime = timeValue(attributeValues(attributes, oids.signingTime)[0])
  return {
    ...(signer ? { signer } : {}),
    ...(digestAlgorithm ? { digestAlgorithm } : {}),
    digestAlgorithmOid,
    messageDigestMatches,
    signature,
    ...(signingTime ? { signingTime } : {}),
    warnings: [...warnings, ...signature.warnings]
  }
}

/** CRLs and OCSP responses carried by the signature: adbe-revocationInfoArchival and SignedData.crls. */
export function embeddedRevocation(
  parsed: ParsedSignedData,
  signerInfo: pkijs.SignerInfo
): RevocationEvidence[] {
  const evidence: RevocationEvidence[] = []
  const archival = attributeValues(signerInfo.signedAttrs, oids.revocationInfoArchival)[0]
  if (archival instanceof asn1js.Sequence) {
    for (const tagged of archival.valueBlock.value) {
      const kind =
        tagged.idBlock.tagNumber === 0 ? 'crl' : tagged.idBlock.tagNumber === 1 ? 'ocsp' : undefined
      const list = tagged instanceof asn1js.Constructed ? tagged.valueBlock.value[0] : undefined
      if (!kind || !(list instanceof asn1js.Constructed)) continue
      for (const item of list.valueBlock.value) {
        evidence.push({
          der: encodedBytesOf(item),
          kind,
          source: kind === 'crl' ? 'embedded-crl' : 'embedded-ocsp'
        })
      }
    }
  }
  return [...evidence, ...parsed.revocation]
}
