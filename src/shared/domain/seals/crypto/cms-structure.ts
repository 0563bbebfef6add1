/**
 * ContentInfo → SignedData (RFC 5652 §5.1, GM/T 0010 alike) walked by position with the TLV
 * reader. Certificates and CRLs are taken as received byte ranges and parsed through the
 * content-keyed caches, so a batch signed by one bureau parses its chain once; SignerInfos are
 * read in signer-info.ts. Every element pkijs' SignedData schema required is required here too:
 * what it refused, this refuses, with a zh-CN message the verdict shows.
 */
import { parseCertificate, type ParsedCertificate } from './certificates'
import { parseCrl, type RevocationEvidence } from './revocation'
import { readSignerInfo, type SignerInfoFields } from './signer-info'
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

function fail(what: string): never {
  throw new Error(`SignedData 结构有误：${what}`)
}

function sequence(tlv: Tlv | undefined, what: string): Tlv {
  return isUniversal(tlv, universalTags.sequence, true) && tlv ? tlv : fail(`缺少 ${what}`)
}

function set(tlv: Tlv | undefined, what: string): Tlv {
  return isUniversal(tlv, universalTags.set, true) && tlv ? tlv : fail(`缺少 ${what}`)
}

/** `blob`: a ContentInfo, possibly followed by padding. Throws on what pkijs would refuse. */
export function parseSignedData(blob: Uint8Array): ParsedSignedData {
  const read = readWholeTlv(blob)
  if (!read.ok) fail(`不是有效的 ASN.1 数据（${read.code}，偏移 ${read.at}）`)
  const [contentType, explicitContent] = childrenOf(blob, sequence(read.tlv, 'ContentInfo'))
  if (oidOf(blob, contentType) === undefined) fail('缺少 contentType')
  if (!isContext(explicitContent, 0) || !explicitContent?.constructed) fail('缺少 content [0]')
  const fields = childrenOf(blob, sequence(childrenOf(blob, explicitContent)[0], 'SignedData'))
  if (!isUniversal(fields[0], universalTags.integer, false)) fail('缺少 version')
  for (const algorithm of childrenOf(blob, set(fields[1], 'digestAlgorithms'))) {
    if (
      oidOf(blob, childrenOf(blob, sequence(algorithm, 'AlgorithmIdentifier'))[0]) === undefined
    ) {
      fail('digestAlgorithms 中的算法标识无效')
    }
  }
  const [eContentTypeNode, eContentWrapper] = childrenOf(
    blob,
    sequence(fields[2], 'encapContentInfo')
  )
  const eContentType = oidOf(blob, eContentTypeNode) ?? fail('缺少 eContentType')
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
    fail('encapContentInfo 中有无法识别的元素')
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
      return parseCertificate(encodedOf(blob, choice)) ?? fail('证书无法解析')
    }
    if (choice.tagClass === tagClasses.context && choice.tagNumber <= 3 && choice.constructed) {
      return []
    }
    return fail('certificates 中有无法识别的元素')
  })
}

/** RevocationInfoChoices: a CertificateList, or [1] OtherRevocationInfoFormat { OID, info }. */
function revocationOf(blob: Uint8Array, crlSet: Tlv | undefined): RevocationEvidence[] {
  return childrenOf(blob, crlSet).flatMap((choice): RevocationEvidence[] => {
    if (isUniversal(choice, universalTags.sequence, true)) {
      const der = encodedOf(blob, choice)
      if (!parseCrl(der)) fail('吊销列表（CRL）无法解析')
      return [{ der, kind: 'crl', source: 'embedded-crl' }]
    }
    if (isContext(choice, 1) && choice.constructed) {
      const [format, info] = childrenOf(blob, choice)
      const formatOid = oidOf(blob, format) ?? fail('其他吊销信息缺少格式标识')
      if (!info) fail('其他吊销信息缺少内容')
      return formatOid === ocspResponseFormat
        ? [{ der: encodedOf(blob, info), kind: 'ocsp', source: 'embedded-ocsp' }]
        : []
    }
    return fail('crls 中有无法识别的元素')
  })
}
