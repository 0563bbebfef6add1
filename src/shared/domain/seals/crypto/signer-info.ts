/**
 * SignerInfo (RFC 5652 §5.3) read with the TLV reader: the fields the checks need, as views into
 * the blob. Once certificates were cached, building it with asn1js and matching pkijs' schema was
 * most of what was left of verifying a small PDF. What pkijs' SignerInfo schema refused is refused
 * here too (a zh-CN message for the verdict); only small values (a time, algorithm parameters, a
 * name that does not match byte for byte) still go through asn1js and pkijs, when needed.
 */
import * as pkijs from 'pkijs'
import { parseBer } from './der'
import {
  childrenOf,
  contentOf,
  encodedOf,
  isContext,
  isUniversal,
  oidOf,
  universalTags,
  type Tlv
} from './tlv'

export type SignerIdentifier =
  | {
      kind: 'issuer-serial'
      /** The issuer Name as received, and pkijs' reading of it for a match that is not byte for byte. */
      issuer: Uint8Array
      issuerName: () => pkijs.RelativeDistinguishedNames
      /** INTEGER content octets. */
      serialNumber: Uint8Array
    }
  /** [0] SubjectKeyIdentifier; one written EXPLICIT (constructed) matches nothing, as in pkijs. */
  | { kind: 'key-id'; keyId: Uint8Array }

export interface Attribute {
  type: string
  /** Each value's whole encoding, as a view into the blob. */
  values: Uint8Array[]
}

export interface SignerInfoFields {
  sid: SignerIdentifier
  digestAlgorithmOid: string
  /** The [0] element as received, and its attributes; absent when the content itself is signed. */
  signedAttributes?: { encoded: Uint8Array; attributes: Attribute[] }
  signatureAlgorithm: pkijs.AlgorithmIdentifier
  signature: Uint8Array
  unsignedAttributes: Attribute[]
}

function fail(what: string): never {
  throw new Error(`SignerInfo 结构有误：${what}`)
}

const isSequence = (tlv: Tlv | undefined) => isUniversal(tlv, universalTags.sequence, true)
const isSet = (tlv: Tlv | undefined) => isUniversal(tlv, universalTags.set, true)

/** AlgorithmIdentifier { algorithm OID, parameters ANY OPTIONAL }. */
function algorithmOf(blob: Uint8Array, tlv: Tlv | undefined): pkijs.AlgorithmIdentifier {
  if (!tlv || !isSequence(tlv)) fail('缺少算法标识')
  const [oid, params] = childrenOf(blob, tlv)
  const algorithmId = oidOf(blob, oid) ?? fail('算法标识无效')
  if (!params) return new pkijs.AlgorithmIdentifier({ algorithmId })
  const algorithmParams = parseBer(encodedOf(blob, params)) ?? fail('算法参数无效')
  return new pkijs.AlgorithmIdentifier({ algorithmId, algorithmParams })
}

/** Name ::= SEQUENCE OF SET OF SEQUENCE { type OID, value ANY }. */
function isName(blob: Uint8Array, tlv: Tlv): boolean {
  return (
    isSequence(tlv) &&
    childrenOf(blob, tlv).every(
      (rdn) =>
        isSet(rdn) &&
        childrenOf(blob, rdn).every((pair) => {
          const [type, value] = isSequence(pair) ? childrenOf(blob, pair) : []
          return oidOf(blob, type) !== undefined && value !== undefined
        })
    )
  )
}

function signerIdentifierOf(blob: Uint8Array, tlv: Tlv | undefined): SignerIdentifier {
  if (!tlv) return fail('缺少签名者标识')
  if (isSequence(tlv)) {
    const [issuer, serial] = childrenOf(blob, tlv)
    if (!issuer || !isName(blob, issuer)) fail('签名者标识中的颁发者名称无效')
    if (!serial || !isUniversal(serial, universalTags.integer, false)) fail('签名者标识缺少序列号')
    const encodedIssuer = encodedOf(blob, issuer)
    let issuerName: pkijs.RelativeDistinguishedNames | undefined
    return {
      kind: 'issuer-serial',
      issuer: encodedIssuer,
      issuerName: () =>
        (issuerName ??= new pkijs.RelativeDistinguishedNames({
          schema: parseBer(encodedIssuer) ?? fail('颁发者名称无法解析')
        })),
      serialNumber: contentOf(blob, serial)
    }
  }
  if (isContext(tlv, 0)) {
    if (!tlv.constructed) return { kind: 'key-id', keyId: contentOf(blob, tlv) }
    const [inner] = childrenOf(blob, tlv)
    if (isUniversal(inner, universalTags.octetString, false)) {
      return { kind: 'key-id', keyId: new Uint8Array() }
    }
  }
  return fail('缺少签名者标识')
}

/** Attribute ::= SEQUENCE { attrType OID, attrValues SET OF ANY }. */
function attributesOf(blob: Uint8Array, tlv: Tlv): Attribute[] {
  return childrenOf(blob, tlv).map((attribute) => {
    const [type, values] = isSequence(attribute) ? childrenOf(blob, attribute) : []
    const typeOid = oidOf(blob, type) ?? fail('属性类型无效')
    if (!isSet(values)) fail('属性值无效')
    return {
      type: typeOid,
      values: childrenOf(blob, values).map((value) => encodedOf(blob, value))
    }
  })
}

/** Throws on what pkijs' schema refused; `tlv` lies in a blob whose tree `checkTree` accepted. */
export function readSignerInfo(blob: Uint8Array, tlv: Tlv): SignerInfoFields {
  if (!isSequence(tlv)) fail('不是 SEQUENCE')
  const fields = childrenOf(blob, tlv)
  if (!isUniversal(fields[0], universalTags.integer, false)) fail('缺少版本号')
  const sid = signerIdentifierOf(blob, fields[1])
  const digestAlgorithmOid = algorithmOf(blob, fields[2]).algorithmId
  let next = 3
  let signedAttributes: SignerInfoFields['signedAttributes']
  const signedTlv = fields[next]
  if (isContext(signedTlv, 0) && signedTlv?.constructed) {
    const attributes = attributesOf(blob, signedTlv)
    if (attributes.length === 0) fail('签名属性为空')
    signedAttributes = { encoded: encodedOf(blob, signedTlv), attributes }
    next++
  }
  const signatureAlgorithm = algorithmOf(blob, fields[next++])
  const signatureTlv = fields[next++]
  if (!signatureTlv || !isUniversal(signatureTlv, universalTags.octetString, false)) {
    fail('缺少签名值')
  }
  // pkijs' schema matching refuses anything in the place of the optional last field but that field.
  const unsignedTlv = fields[next]
  if (unsignedTlv && !(isContext(unsignedTlv, 1) && unsignedTlv.constructed)) {
    fail('签名值之后有无法识别的元素')
  }
  const unsignedAttributes = unsignedTlv ? attributesOf(blob, unsignedTlv) : []
  return {
    sid,
    digestAlgorithmOid,
    ...(signedAttributes ? { signedAttributes } : {}),
    signatureAlgorithm,
    signature: contentOf(blob, signatureTlv),
    unsignedAttributes
  }
}
