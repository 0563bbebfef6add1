/**
 * Which structure a signature's /Contents holds, decided from the DER alone (never /SubFilter):
 * CMS SignedData, an RFC 3161 token, or a GB/T 38540 SES_Signature v1/v4/v5. Read with the TLV
 * reader: the whole tree is checked, but no object is built for it.
 */
import { message, type Message } from '../../../i18n/message'
import { cmsContentTypes, oids } from './oids'
import {
  childrenOf,
  encodedOf,
  isUniversal,
  oidOf,
  readWholeTlv,
  smallIntegerOf,
  tagClasses,
  universalTags,
  type Tlv
} from './tlv'
import type { BlobFormat } from './types'

export interface ClassifiedBlob {
  format: BlobFormat
  /** Why the blob is of no format we know, as words (`seals.format.*`). */
  formatError?: Message
  /** The outermost element, without the /Contents padding after it: a view into the contents. */
  element?: Uint8Array
}

function unknown(formatError: Message): ClassifiedBlob {
  return { format: 'unknown', formatError }
}

const isSequence = (tlv: Tlv | undefined) => isUniversal(tlv, universalTags.sequence, true)

/** Only SEQUENCE, SET and tagged elements are walked into, never constructed strings. */
function structuredChildren(bytes: Uint8Array, tlv: Tlv | undefined): Tlv[] {
  const walkable =
    tlv?.constructed === true &&
    (tlv.tagClass !== tagClasses.universal ||
      tlv.tagNumber === universalTags.sequence ||
      tlv.tagNumber === universalTags.set)
  return walkable ? childrenOf(bytes, tlv) : []
}

export function classifyBlob(contents: Uint8Array): ClassifiedBlob {
  if (contents.every((byte) => byte === 0)) return unknown(message('seals.format.emptyContents'))
  const read = readWholeTlv(contents)
  if (!read.ok) return unknown(message('seals.format.notAsn1'))
  const root = read.tlv
  if (!isSequence(root)) return unknown(message('seals.format.notSequence'))
  const element = encodedOf(contents, root)
  const children = structuredChildren(contents, root)
  const [first] = children
  const contentType = oidOf(contents, first)
  if (contentType !== undefined) {
    if (!cmsContentTypes.includes(contentType)) {
      return unknown(message('seals.format.unsupportedContentType', { oid: contentType }))
    }
    return { format: isTimestampToken(contents, children) ? 'rfc3161' : 'cms', element }
  }
  if (!isSequence(first)) return unknown(message('seals.format.neitherCmsNorSes'))
  const [tbsFirst] = structuredChildren(contents, first)
  const tbsVersion = smallIntegerOf(contents, tbsFirst)
  if (tbsVersion === undefined) {
    return unknown(
      isSequence(tbsFirst) ? message('seals.format.bareSeal') : message('seals.format.noTbsVersion')
    )
  }
  const count = children.length
  if (count === 2) return { format: 'ses-v1', element }
  if (count === 4 || count === 5) {
    if (tbsVersion === 4) return { format: 'ses-v4', element }
    if (tbsVersion === 5) return { format: 'ses-v5', element }
    return unknown(message('seals.format.unsupportedSesVersion', { version: tbsVersion }))
  }
  return unknown(message('seals.format.unknownSesLayout', { count }))
}

/**
 * ContentInfo { contentType, [0] SignedData { version, digestAlgorithms, encapContentInfo {
 * eContentType, … } } }, read by position.
 */
function isTimestampToken(bytes: Uint8Array, contentInfo: Tlv[]): boolean {
  const [signedData] = structuredChildren(bytes, contentInfo[1])
  const encapContentInfo = structuredChildren(bytes, signedData)[2]
  return oidOf(bytes, structuredChildren(bytes, encapContentInfo)[0]) === oids.tstInfo
}

export function detectBlobFormat(contents: Uint8Array): BlobFormat {
  return classifyBlob(contents).format
}
