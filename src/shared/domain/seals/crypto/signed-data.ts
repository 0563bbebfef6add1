/**
 * The check of one SignerInfo, in a PDF signature or an RFC 3161 token alike: messageDigest
 * against the content, and the signature over the DER SET of signed attributes.
 */
import type { SignatureWarning } from '../codes'
import * as asn1js from 'asn1js'
import { subjectKeyIdentifierOf, type ParsedCertificate } from './certificates'
import type { ParsedSignedData } from './cms-structure'
import { bytesEqual, derOf, parseBer, timeValue } from './der'
import { verifyContentSignature, type SignedContent } from './content-signature'
import { hashChunks } from './hasher'
import { digestAlgorithmByOid, oids } from './oids'
import type { RevocationEvidence } from './revocation'
import type { Attribute, SignerIdentifier, SignerInfoFields } from './signer-info'
import { verifySignature, type SignatureCheck } from './signatures'
import {
  childrenOf,
  encodedOf,
  isUniversal,
  octetStringOf,
  oidOf,
  readTlv,
  tagClasses,
  universalTags,
  type Tlv
} from './tlv'
import type { DigestAlgorithm } from './types'

/** Each value's whole encoding, as received. */
export function attributeValues(attributes: readonly Attribute[] | undefined, type: string) {
  return attributes?.find((attribute) => attribute.type === type)?.values ?? []
}

/** One attribute value read on its own: `value` is exactly one element. */
function elementOf(value: Uint8Array | undefined): Tlv | undefined {
  const read = value ? readTlv(value, 0) : undefined
  return read?.ok ? read.tlv : undefined
}

/**
 * The signature covers the signed attributes as a DER SET (tag 0x31), not as the [0] IMPLICIT
 * field they are carried in. The received bytes are kept (re-sorting would break producers that
 * did not sort); only BER indefinite length forces a re-encoding, as pkijs' Attribute does it.
 */
function signedAttributesDer(signed: NonNullable<SignerInfoFields['signedAttributes']>) {
  const { encoded, attributes } = signed
  if (encoded.length > 1 && encoded[1] !== 0x80) {
    const copy = encoded.slice()
    copy[0] = 0x31
    return copy
  }
  const asSchema = ({ type, values }: Attribute) =>
    new asn1js.Sequence({
      value: [
        new asn1js.ObjectIdentifier({ value: type }),
        new asn1js.Set({ value: values.flatMap((value) => parseBer(value) ?? []) })
      ]
    })
  return derOf(new asn1js.Set({ value: attributes.map(asSchema) }))
}

function findSigner(
  sid: SignerIdentifier,
  certificates: readonly ParsedCertificate[]
): ParsedCertificate | undefined {
  if (sid.kind === 'issuer-serial') {
    return certificates.find(
      ({ certificate }) =>
        bytesEqual(
          new Uint8Array(certificate.serialNumber.valueBlock.valueHexView),
          sid.serialNumber
        ) &&
        // The received bytes first; pkijs compares as RFC 5280 does (string preparation) otherwise.
        (bytesEqual(new Uint8Array(certificate.issuer.valueBeforeDecode), sid.issuer) ||
          certificate.issuer.isEqual(sid.issuerName()))
    )
  }
  // [0] SubjectKeyIdentifier: compare with the extension, else with SHA-1 of the key (RFC 5280 §4.2.1.2).
  return certificates.find(({ certificate }) => {
    const declared = subjectKeyIdentifierOf(certificate)
    const keyBits = new Uint8Array(
      certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView
    )
    return bytesEqual(declared ?? hashChunks('SHA-1', [keyBits]), sid.keyId)
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
  warnings: SignatureWarning[]
}

export async function checkSignerInfo(
  parsed: ParsedSignedData,
  signerInfo: SignerInfoFields,
  content: SignedContent,
  otherCertificates: readonly ParsedCertificate[]
): Promise<SignerInfoCheck> {
  const warnings: SignatureWarning[] = []
  const { digestAlgorithmOid } = signerInfo
  const digestAlgorithm = digestAlgorithmByOid[digestAlgorithmOid]
  if (!digestAlgorithm) warnings.push('seals.warning.unsupportedDigestAlgorithm')
  const signer = findSigner(signerInfo.sid, [...parsed.certificates, ...otherCertificates])
  if (!signer) warnings.push('seals.warning.signerCertificateMissing')
  const signed = signerInfo.signedAttributes
  const signatureValue = signerInfo.signature
  if (!signed) {
    // Informational: there is no signingTime, contentType or messageDigest to read.
    warnings.push('seals.warning.noSignedAttributes')
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
  const { attributes } = signed
  const digestValue = attributeValues(attributes, oids.messageDigest)[0]
  const declaredDigest = digestValue && octetStringOf(digestValue, elementOf(digestValue))
  if (!declaredDigest) warnings.push('seals.warning.messageDigestMissing')
  const messageDigestMatches =
    digestAlgorithm && declaredDigest
      ? bytesEqual(declaredDigest, await content.digest(digestAlgorithm))
      : declaredDigest
        ? null
        : false
  const contentTypeValue = attributeValues(attributes, oids.contentType)[0]
  const contentType = contentTypeValue && oidOf(contentTypeValue, elementOf(contentTypeValue))
  if (contentType !== undefined && contentType !== parsed.eContentType) {
    warnings.push('seals.warning.contentTypeMismatch')
  }
  const signature = signer
    ? await verifySignature({
        publicKey: signer.certificate.subjectPublicKeyInfo,
        algorithm: signerInfo.signatureAlgorithm,
        data: signedAttributesDer(signed),
        signature: signatureValue,
        digest: digestAlgorithm
      })
    : { valid: null, label: signerInfo.signatureAlgorithm.algorithmId, warnings: [] }
  const signingTimeValue = attributeValues(attributes, oids.signingTime)[0]
  const signingTime = signingTimeValue && timeValue(parseBer(signingTimeValue))
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

/** Only SEQUENCE, SET and tagged elements are walked into, never constructed strings. */
function isStructured(tlv: Tlv): boolean {
  return (
    tlv.constructed &&
    (tlv.tagClass !== tagClasses.universal ||
      tlv.tagNumber === universalTags.sequence ||
      tlv.tagNumber === universalTags.set)
  )
}

/**
 * CRLs and OCSP responses carried by the signature: adbe-revocationInfoArchival ::= SEQUENCE {
 * crl [0] EXPLICIT SEQUENCE OF CertificateList, ocsp [1] EXPLICIT SEQUENCE OF OCSPResponse, … },
 * then SignedData.crls.
 */
export function embeddedRevocation(
  parsed: ParsedSignedData,
  signerInfo: SignerInfoFields
): RevocationEvidence[] {
  const evidence: RevocationEvidence[] = []
  const archival = attributeValues(
    signerInfo.signedAttributes?.attributes,
    oids.revocationInfoArchival
  )[0]
  const archivalTlv = elementOf(archival)
  if (archival && isUniversal(archivalTlv, universalTags.sequence, true)) {
    for (const tagged of childrenOf(archival, archivalTlv)) {
      const kind = tagged.tagNumber === 0 ? 'crl' : tagged.tagNumber === 1 ? 'ocsp' : undefined
      const [list] = isStructured(tagged) ? childrenOf(archival, tagged) : []
      if (!kind || !list || !isStructured(list)) continue
      for (const item of childrenOf(archival, list)) {
        evidence.push({
          der: encodedOf(archival, item),
          kind,
          source: kind === 'crl' ? 'embedded-crl' : 'embedded-ocsp'
        })
      }
    }
  }
  return [...evidence, ...parsed.revocation]
}
