/**
 * SignerInfo (RFC 5652 §5.3) read with the TLV reader: the fields the checks need, as views into
 * the blob. Once certificates were cached, building it with asn1js and matching pkijs' schema was
 * most of what was left of verifying a small PDF. What pkijs' SignerInfo schema refused is refused
 * here too (with words for the verdict, `seals.structure.*`); only small values (a time, algorithm parameters, a
 * name that does not match byte for byte) still go through asn1js and pkijs, when needed.
 */
import * as pkijs from 'pkijs'
import { parseBer } from './der'
import { empty, invalid, missing, trailing, unparsable } from './structure-error'
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

const STRUCTURE = 'SignerInfo'
function absent(element: string): never {
  return missing(STRUCTURE, element)
}
function bad(element: string): never {
  return invalid(STRUCTURE, element)
}

const isSequence = (tlv: Tlv | undefined) => isUniversal(tlv, universalTags.sequence, true)
const isSet = (tlv: Tlv | undefined) => isUniversal(tlv, universalTags.set, true)

/** AlgorithmIdentifier { algorithm OID, parameters ANY OPTIONAL }. */
function algorithmOf(blob: Uint8Array, tlv: Tlv | undefined): pkijs.AlgorithmIdentifier {
  if (!tlv || !isSequence(tlv)) absent('AlgorithmIdentifier')
  const [oid, params] = childrenOf(blob, tlv)
  const algorithmId = oidOf(blob, oid) ?? bad('algorithm')
  if (!params) return new pkijs.AlgorithmIdentifier({ algorithmId })
  const algorithmParams = parseBer(encodedOf(blob, params)) ?? bad('parameters')
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
  if (!tlv) return absent('sid')
  if (isSequence(tlv)) {
    const [issuer, serial] = childrenOf(blob, tlv)
    if (!issuer || !isName(blob, issuer)) bad('sid.issuer')
    if (!serial || !isUniversal(serial, universalTags.integer, false)) absent('sid.serialNumber')
    const encodedIssuer = encodedOf(blob, issuer)
    let issuerName: pkijs.RelativeDistinguishedNames | undefined
    return {
      kind: 'issuer-serial',
      issuer: encodedIssuer,
      issuerName: () =>
        (issuerName ??= new pkijs.RelativeDistinguishedNames({
          schema: parseBer(encodedIssuer) ?? unparsable(STRUCTURE, 'sid.issuer')
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
  return absent('sid')
}

/** Attribute ::= SEQUENCE { attrType OID, attrValues SET OF ANY }. */
function attributesOf(blob: Uint8Array, tlv: Tlv): Attribute[] {
  return childrenOf(blob, tlv).map((attribute) => {
    const [type, values] = isSequence(attribute) ? childrenOf(blob, attribute) : []
    const typeOid = oidOf(blob, type) ?? bad('attrType')
    if (!isSet(values)) bad('attrValues')
    return {
      type: typeOid,
      values: childrenOf(blob, values).map((value) => encodedOf(blob, value))
    }
  })
}

/** Throws on what pkijs' schema refused; `tlv` lies in a blob whose tree `checkTree` accepted. */
export function readSignerInfo(blob: Uint8Array, tlv: Tlv): SignerInfoFields {
  if (!isSequence(tlv)) bad(STRUCTURE)
  const fields = childrenOf(blob, tlv)
  if (!isUniversal(fields[0], universalTags.integer, false)) absent('version')
  const sid = signerIdentifierOf(blob, fields[1])
  const digestAlgorithmOid = algorithmOf(blob, fields[2]).algorithmId
  let next = 3
  let signedAttributes: SignerInfoFields['signedAttributes']
  const signedTlv = fields[next]
  if (isContext(signedTlv, 0) && signedTlv?.constructed) {
    const attributes = attributesOf(blob, signedTlv)
    if (attributes.length === 0) empty(STRUCTURE, 'signedAttrs')
    signedAttributes = { encoded: encodedOf(blob, signedTlv), attributes }
    next++
  }
  const signatureAlgorithm = algorithmOf(blob, fields[next++])
  const signatureTlv = fields[next++]
  if (!signatureTlv || !isUniversal(signatureTlv, universalTags.octetString, false)) {
    absent('signature')
  }
  // pkijs' schema matching refuses anything in the place of the optional last field but that field.
  const unsignedTlv = fields[next]
  if (unsignedTlv && !(isContext(unsignedTlv, 1) && unsignedTlv.constructed)) {
    trailing(STRUCTURE, 'signature')
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
