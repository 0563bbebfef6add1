/**
 * Which structure a signature's /Contents holds, decided from the DER alone (never /SubFilter):
 * CMS SignedData, an RFC 3161 token, or a GB/T 38540 SES_Signature v1/v4/v5.
 */
import * as asn1js from 'asn1js'
import { childrenOf, integerValue, oidValue, parseBer } from './der'
import { cmsContentTypes, oids } from './oids'
import type { BlobFormat } from './types'

export interface ClassifiedBlob {
  format: BlobFormat
  formatError?: string
  root?: asn1js.AsnType
}

function unknown(formatError: string, root?: asn1js.AsnType): ClassifiedBlob {
  return { format: 'unknown', formatError, ...(root ? { root } : {}) }
}

export function classifyBlob(contents: Uint8Array): ClassifiedBlob {
  if (contents.every((byte) => byte === 0)) return unknown('签名内容为空（/Contents 全为 0）')
  const root = parseBer(contents)
  if (!root) return unknown('签名内容不是有效的 ASN.1 (BER/DER) 数据')
  if (!(root instanceof asn1js.Sequence)) return unknown('签名内容的最外层不是 SEQUENCE', root)
  const [first] = childrenOf(root)
  const count = childrenOf(root).length
  const contentType = oidValue(first)
  if (contentType !== undefined) {
    if (!cmsContentTypes.includes(contentType)) {
      return unknown(`不支持的内容类型 OID ${contentType}（应为 SignedData）`, root)
    }
    return { format: isTimestampToken(root) ? 'rfc3161' : 'cms', root }
  }
  if (!(first instanceof asn1js.Sequence))
    return unknown('签名内容既不是 CMS 也不是 GB/T 38540 签章', root)
  const tbsVersion = integerValue(childrenOf(first)[0])
  if (tbsVersion === undefined) {
    const looksLikeSeal = childrenOf(first)[0] instanceof asn1js.Sequence
    return unknown(
      looksLikeSeal ? '这是电子印章数据（SESeal），不是签章数据' : 'TBS_Sign 缺少版本号',
      root
    )
  }
  if (count === 2) return { format: 'ses-v1', root }
  if (count === 4 || count === 5) {
    if (tbsVersion === 4) return { format: 'ses-v4', root }
    if (tbsVersion === 5) return { format: 'ses-v5', root }
    return unknown(`不支持的 GB/T 38540 签章版本 ${tbsVersion}`, root)
  }
  return unknown(`SES_Signature 结构有 ${count} 个元素，无法识别版本`, root)
}

/**
 * ContentInfo { contentType, [0] SignedData { version, digestAlgorithms, encapContentInfo {
 * eContentType, … } } }, read by position: building pkijs' SignedData here would parse every
 * certificate twice per signature, a third of the time of verifying a small PDF.
 */
function isTimestampToken(root: asn1js.AsnType): boolean {
  const [, explicitContent] = childrenOf(root)
  const [signedData] = childrenOf(explicitContent)
  const encapContentInfo = childrenOf(signedData)[2]
  return oidValue(childrenOf(encapContentInfo)[0]) === oids.tstInfo
}

export function detectBlobFormat(contents: Uint8Array): BlobFormat {
  return classifyBlob(contents).format
}
