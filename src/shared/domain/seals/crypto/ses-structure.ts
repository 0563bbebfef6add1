/**
 * GB/T 38540 structures (电子签章 SES_Signature, 电子印章 SESeal) read from asn1js nodes:
 * v1 (GM/T 0031-2014), v4 (GB/T 38540-2020), v5 (GM/T 0031-2025). Layouts: SEALS.md §2.
 * Parsing throws a StructureError that says what is missing (`seals.structure.*`); the verifier
 * turns it into a verdict.
 */
import * as asn1js from 'asn1js'
import { message } from '../../../i18n/message'
import {
  bitOrOctetStringBytes,
  childrenOf,
  encodedBytesOf,
  integerValue,
  isContextTag,
  octetStringBytes,
  oidValue,
  parseBer,
  stringValue,
  timeValue,
  concatBytes,
  wrapInSequence
} from './der'
import { StructureError } from './structure-error'
import { readWholeTlv } from './tlv'

export type SealCertList =
  | { kind: 'certs'; certificates: Uint8Array[] }
  | { kind: 'digests'; digests: { type: string; value: Uint8Array }[] }

export interface ParsedSeal {
  version?: number
  vid?: string
  esId: string
  type?: number
  name: string
  certList: SealCertList
  createDate?: Date
  validStart?: Date
  validEnd?: Date
  picture?: { type: string; data: Uint8Array; width?: number; height?: number }
  makerCertificate?: Uint8Array
  makerAlgorithmOid?: string
  makerSignature?: Uint8Array
  /** What the seal maker signed: DER(SES_SealInfo), v1: DER(SEQUENCE{info, cert, algorithm}). */
  makerSignedBytes: Uint8Array
}

export interface ParsedSes {
  version: 1 | 4 | 5
  tbsBytes: Uint8Array
  seal: ParsedSeal
  signingTime?: Date
  dataHash: Uint8Array
  propertyInfo?: string
  signerCertificate?: Uint8Array
  signatureAlgorithmOid?: string
  signature: Uint8Array
  /** The RFC 3161 token's bytes, when they read as BER. */
  timeStampToken?: Uint8Array
  /** v1 producers that wrote OCTET STRING where GM/T 0031 says BIT STRING. */
  usedOctetStrings: boolean
}

/** `value`, or a StructureError: `structure` lacks `element` or it cannot be parsed. */
function required<T>(value: T | undefined, structure: string, element: string): T {
  if (value !== undefined) return value
  throw new StructureError(message('seals.structure.missingOrUnparsable', { structure, element }))
}

function parseCertList(
  node: asn1js.AsnType | undefined,
  declaredType: number | undefined
): SealCertList {
  const items = childrenOf(required(node, 'SES_ESPropertyInfo', 'certList'))
  if (declaredType === 2 || items.some((item) => item instanceof asn1js.Sequence)) {
    const digests = items.map((item) => {
      const [type, value] = childrenOf(item)
      return { type: stringValue(type) ?? '', value: octetStringBytes(value) ?? new Uint8Array() }
    })
    return { kind: 'digests', digests }
  }
  return { kind: 'certs', certificates: items.flatMap((item) => octetStringBytes(item) ?? []) }
}

function parseSealInfo(info: asn1js.AsnType): Omit<ParsedSeal, 'makerSignedBytes'> {
  const [header, esId, property, picture] = childrenOf(info)
  const [, headerVersion, vid] = childrenOf(header)
  const propertyFields = childrenOf(required(property, 'SES_SealInfo', 'property'))
  // v4/v5 insert certListType (INTEGER) between name and certList; v1 does not.
  const hasListType = propertyFields[2] instanceof asn1js.Integer
  const [type, name, ...rest] = propertyFields
  const [listType, certList, createDate, validStart, validEnd] = hasListType
    ? rest
    : [undefined, ...rest]
  const [pictureType, pictureData, width, height] = childrenOf(picture)
  const data = octetStringBytes(pictureData)
  const version = integerValue(headerVersion)
  const vidText = stringValue(vid)
  const typeNumber = integerValue(type)
  const created = timeValue(createDate)
  const start = timeValue(validStart)
  const end = timeValue(validEnd)
  const widthMm = integerValue(width)
  const heightMm = integerValue(height)
  return {
    ...(version !== undefined ? { version } : {}),
    ...(vidText !== undefined ? { vid: vidText } : {}),
    esId: stringValue(esId) ?? '',
    ...(typeNumber !== undefined ? { type: typeNumber } : {}),
    name: required(stringValue(name), 'SES_ESPropertyInfo', 'name'),
    certList: parseCertList(certList, integerValue(listType)),
    ...(created ? { createDate: created } : {}),
    ...(start ? { validStart: start } : {}),
    ...(end ? { validEnd: end } : {}),
    ...(data
      ? {
          picture: {
            type: stringValue(pictureType) ?? '',
            data,
            ...(widthMm !== undefined ? { width: widthMm } : {}),
            ...(heightMm !== undefined ? { height: heightMm } : {})
          }
        }
      : {})
  }
}

export function parseSealNode(seal: asn1js.AsnType): ParsedSeal {
  const fields = childrenOf(seal)
  const info = required(fields[0], 'SESeal', 'eSealInfo')
  const v1SignInfo =
    fields.length === 2 && fields[1] instanceof asn1js.Sequence ? fields[1] : undefined
  const [cert, algorithm, signedValue] = v1SignInfo ? childrenOf(v1SignInfo) : fields.slice(1)
  const makerSignedBytes = v1SignInfo
    ? wrapInSequence(
        concatBytes(
          ...[info, cert, algorithm].flatMap((node) => (node ? [encodedBytesOf(node)] : []))
        )
      )
    : encodedBytesOf(info)
  const makerCertificate = octetStringBytes(cert)
  const makerAlgorithmOid = oidValue(algorithm)
  const makerSignature = bitOrOctetStringBytes(signedValue)?.bytes
  return {
    ...parseSealInfo(info),
    ...(makerCertificate ? { makerCertificate } : {}),
    ...(makerAlgorithmOid ? { makerAlgorithmOid } : {}),
    ...(makerSignature ? { makerSignature } : {}),
    makerSignedBytes
  }
}

export function parseSes(root: asn1js.AsnType, version: 1 | 4 | 5): ParsedSes {
  const fields = childrenOf(root)
  const tbs = required(fields[0], 'SES_Signature', 'toSign')
  const tbsFields = childrenOf(tbs)
  const seal = parseSealNode(required(tbsFields[1], 'TBS_Sign', 'eseal'))
  const timeInfo = tbsFields[2]
  const dataHash = required(bitOrOctetStringBytes(tbsFields[3]), 'TBS_Sign', 'dataHash')
  const propertyInfo = stringValue(tbsFields[4])
  if (version === 1) {
    const timeBits = bitOrOctetStringBytes(timeInfo)
    const signingTime = timeBits ? v1SigningTime(timeBits.bytes) : undefined
    const signerCertificate = octetStringBytes(tbsFields[5])
    const signatureAlgorithmOid = oidValue(tbsFields[6])
    return {
      version,
      tbsBytes: encodedBytesOf(tbs),
      seal,
      ...(signingTime ? { signingTime } : {}),
      dataHash: dataHash.bytes,
      ...(propertyInfo !== undefined ? { propertyInfo } : {}),
      ...(signerCertificate ? { signerCertificate } : {}),
      ...(signatureAlgorithmOid ? { signatureAlgorithmOid } : {}),
      signature: required(bitOrOctetStringBytes(fields[1]), 'SES_Signature', 'signature').bytes,
      usedOctetStrings: dataHash.wasOctetString || timeBits?.wasOctetString === true
    }
  }
  const signingTime = timeValue(timeInfo)
  const signerCertificate = octetStringBytes(fields[1])
  const signatureAlgorithmOid = oidValue(fields[2])
  const timeStampToken = timeStampTokenOf(fields[4])
  return {
    version,
    tbsBytes: encodedBytesOf(tbs),
    seal,
    ...(signingTime ? { signingTime } : {}),
    dataHash: dataHash.bytes,
    ...(propertyInfo !== undefined ? { propertyInfo } : {}),
    ...(signerCertificate ? { signerCertificate } : {}),
    ...(signatureAlgorithmOid ? { signatureAlgorithmOid } : {}),
    signature: required(bitOrOctetStringBytes(fields[3]), 'SES_Signature', 'signature').bytes,
    ...(timeStampToken ? { timeStampToken } : {}),
    usedOctetStrings: false
  }
}

/** timeStamp [0]: EXPLICIT around a BIT STRING (ofdrw), or IMPLICIT BIT STRING bytes. */
function timeStampTokenOf(node: asn1js.AsnType | undefined): Uint8Array | undefined {
  if (!node || !isContextTag(node, 0)) return undefined
  const inner = childrenOf(node)[0]
  const bytes = inner
    ? bitOrOctetStringBytes(inner)?.bytes
    : new Uint8Array((node as asn1js.Primitive).valueBlock.valueHexView).subarray(1)
  return bytes && readWholeTlv(bytes).ok ? bytes : undefined
}

/**
 * v1 timeInfo is a BIT STRING holding "UTCTime or a timestamp": producers put a DER UTCTime, the
 * text of one, "yyyy-MM-dd HH:mm:ss" in Beijing time, or an RFC 3161 token.
 */
function v1SigningTime(bytes: Uint8Array): Date | undefined {
  const node = parseBer(bytes)
  const asTime = timeValue(node)
  if (asTime) return asTime
  if (node instanceof asn1js.Sequence) return timestampTokenTime(node)
  const text = new TextDecoder().decode(bytes).trim()
  const local = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(text)
  if (local) {
    const [, y, mo, d, h, mi, s] = local
    return validDate(new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}+08:00`))
  }
  const compact = /^(\d{2}|\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
  if (compact) {
    const [, y = '', mo, d, h, mi, s] = compact
    const year = y.length === 2 ? (Number(y) < 50 ? `20${y}` : `19${y}`) : y
    return validDate(new Date(`${year}-${mo}-${d}T${h}:${mi}:${s}Z`))
  }
  return undefined
}

function timestampTokenTime(node: asn1js.AsnType): Date | undefined {
  // ContentInfo → [0] SignedData → encapContentInfo → [0] eContent (TSTInfo) → genTime.
  const signedData = childrenOf(childrenOf(node)[1])[0]
  const encapsulated = childrenOf(signedData).find(
    (child) =>
      child instanceof asn1js.Sequence &&
      oidValue(childrenOf(child)[0]) === '1.2.840.113549.1.9.16.1.4'
  )
  const tstInfo = parseBer(
    octetStringBytes(childrenOf(childrenOf(encapsulated)[1])[0]) ?? new Uint8Array()
  )
  return timeValue(childrenOf(tstInfo).find((child) => child instanceof asn1js.GeneralizedTime))
}

function validDate(date: Date): Date | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date
}
