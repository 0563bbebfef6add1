/**
 * ContentInfo → SignedData (RFC 5652 §5.1, GM/T 0010 alike) walked by position with the TLV
 * reader. Certificates and CRLs are taken as received byte ranges and parsed through the
 * content-keyed caches, so a batch signed by one bureau parses its chain once; only the
 * SignerInfos go through pkijs. Every element pkijs' SignedData schema requires is required here
 * too: what it refused, this refuses, with a zh-CN message the verdict shows.
 */
import * as pkijs from 'pkijs'
import { parseCertificate, type ParsedCertificate } from './certificates'
import { parseBer } from './der'
import { parseCrl, type RevocationEvidence } from './revocation'
import {
  childrenOf,
  contentOf,
  encodedOf,
  isContext,
  isUniversal,
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
  signerInfos: pkijs.SignerInfo[]
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

/** An OCTET STRING's content; a constructed (BER) one is joined from its segments. */
function octetStringOf(bytes: Uint8Array, tlv: Tlv | undefined): Uint8Array | undefined {
  if (!tlv || !isUniversal(tlv, universalTags.octetString)) return undefined
  if (!tlv.constructed) return contentOf(bytes, tlv)
  const parts = childrenOf(bytes, tlv).map((part) => octetStringOf(bytes, part) ?? new Uint8Array())
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    joined.set(part, offset)
    offset += part.length
  }
  return joined
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
  const signerInfos = childrenOf(blob, set(fields[next], 'signerInfos')).map((signerInfo) => {
    const schema = parseBer(encodedOf(blob, signerInfo)) ?? fail('SignerInfo 无法解析')
    return new pkijs.SignerInfo({ schema })
  })
  const eContent =
    isContext(eContentWrapper, 0) && eContentWrapper?.constructed
      ? octetStringOf(blob, childrenOf(blob, eContentWrapper)[0])
      : undefined
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
