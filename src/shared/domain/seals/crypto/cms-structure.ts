/**
 * ContentInfo → SignedData (RFC 5652 §5.1, GM/T 0010 alike) walked by position with the TLV
 * reader. Certificates and CRLs are taken as received byte ranges and parsed through the
 * content-keyed caches, so a batch signed by one bureau parses its chain once; SignerInfos are
 * read in signer-info.ts. Every element pkijs' SignedData schema required is required here too:
 * what it refused, this refuses, with the words (`seals.structure.*`) the verdict shows.
 */
import { message } from '../../../i18n/message'
import { parseCertificate, type ParsedCertificate } from './certificates'
import { parseCrl, type RevocationEvidence } from './revocation'
import { readSignerInfo, type SignerInfoFields } from './signer-info'
import { StructureError, invalid, missing, unparsable, unrecognised } from './structure-error'
import {
  childrenOf,
  encodedOf,
  isContext,
  isUniversal,
  octetStringOf,
  oidOf,
  readWholeTlv,
  tagClasses,
  universalTags,
  type Tlv
} from './tlv'

export interface ParsedSignedData {
  eContentType: string
  /** The encapsulated content (a timestamp token's TSTInfo); absent for a detached signature. */
  eContent?: Uint8Array
  certificates: ParsedCertificate[]
  /** SignedData.crls: CRLs, and OCSP responses in the other-format choice (RFC 5940). */
  revocation: RevocationEvidence[]
  signerInfos: SignerInfoFields[]
}

const ocspResponseFormat = '1.3.6.1.5.5.7.16.2'

const STRUCTURE = 'SignedData'

function absent(element: string): never {
  return missing(STRUCTURE, element)
}

function sequence(tlv: Tlv | undefined, what: string): Tlv {
  return isUniversal(tlv, universalTags.sequence, true) && tlv ? tlv : absent(what)
}

function set(tlv: Tlv | undefined, what: string): Tlv {
  return isUniversal(tlv, universalTags.set, true) && tlv ? tlv : absent(what)
}

/** `blob`: a ContentInfo, possibly followed by padding. Throws on what pkijs would refuse. */
export function parseSignedData(blob: Uint8Array): ParsedSignedData {
  const read = readWholeTlv(blob)
  if (!read.ok) {
    throw new StructureError(
      message('seals.structure.notAsn1', { structure: STRUCTURE, offset: read.at, tlv: read.code })
    )
  }
  const [contentType, explicitContent] = childrenOf(blob, sequence(read.tlv, 'ContentInfo'))
  if (oidOf(blob, contentType) === undefined) absent('contentType')
  if (!isContext(explicitContent, 0) || !explicitContent?.constructed) absent('content [0]')
  const fields = childrenOf(blob, sequence(childrenOf(blob, explicitContent)[0], 'SignedData'))
  if (!isUniversal(fields[0], universalTags.integer, false)) absent('version')
  for (const algorithm of childrenOf(blob, set(fields[1], 'digestAlgorithms'))) {
    if (
      oidOf(blob, childrenOf(blob, sequence(algorithm, 'AlgorithmIdentifier'))[0]) === undefined
    ) {
      invalid(STRUCTURE, 'digestAlgorithms')
    }
  }
  const [eContentTypeNode, eContentWrapper] = childrenOf(
    blob,
    sequence(fields[2], 'encapContentInfo')
  )
  const eContentType = oidOf(blob, eContentTypeNode) ?? absent('eContentType')
  let next = 3
  const certificateSet =
    isContext(fields[next], 0) && fields[next]?.constructed ? fields[next++] : undefined
  const crlSet =
    isContext(fields[next], 1) && fields[next]?.constructed ? fields[next++] : undefined
  const signerInfos = childrenOf(blob, set(fields[next], 'signerInfos')).map((signerInfo) =>
    readSignerInfo(blob, signerInfo)
  )
  // As in pkijs' schema matching: whatever follows eContentType must be [0] { eContent }.
  const [eContentNode] = childrenOf(blob, eContentWrapper)
  if (eContentWrapper && !(isContext(eContentWrapper, 0) && eContentNode)) {
    unrecognised(STRUCTURE, 'encapContentInfo')
  }
  const eContent = octetStringOf(blob, eContentNode)
  return {
    eContentType,
    ...(eContent ? { eContent } : {}),
    certificates: certificatesOf(blob, certificateSet),
    revocation: revocationOf(blob, crlSet),
    signerInfos
  }
}

/** CertificateChoices: X.509 certificates; attribute and other certificates are passed over. */
function certificatesOf(blob: Uint8Array, certificateSet: Tlv | undefined): ParsedCertificate[] {
  return childrenOf(blob, certificateSet).flatMap((choice) => {
    if (isUniversal(choice, universalTags.sequence, true)) {
      return parseCertificate(encodedOf(blob, choice)) ?? unparsable(STRUCTURE, 'certificates')
    }
    if (choice.tagClass === tagClasses.context && choice.tagNumber <= 3 && choice.constructed) {
      return []
    }
    return unrecognised(STRUCTURE, 'certificates')
  })
}

/** RevocationInfoChoices: a CertificateList, or [1] OtherRevocationInfoFormat { OID, info }. */
function revocationOf(blob: Uint8Array, crlSet: Tlv | undefined): RevocationEvidence[] {
  return childrenOf(blob, crlSet).flatMap((choice): RevocationEvidence[] => {
    if (isUniversal(choice, universalTags.sequence, true)) {
      const der = encodedOf(blob, choice)
      if (!parseCrl(der)) unparsable(STRUCTURE, 'crls')
      return [{ der, kind: 'crl', source: 'embedded-crl' }]
    }
    if (isContext(choice, 1) && choice.constructed) {
      const [format, info] = childrenOf(blob, choice)
      const formatOid = oidOf(blob, format) ?? absent('otherRevInfoFormat')
      if (!info) absent('otherRevInfo')
      return formatOid === ocspResponseFormat
        ? [{ der: encodedOf(blob, info), kind: 'ocsp', source: 'embedded-ocsp' }]
        : []
    }
    return unrecognised(STRUCTURE, 'crls')
  })
}
