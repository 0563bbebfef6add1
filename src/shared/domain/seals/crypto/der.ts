/** Byte and ASN.1 helpers shared by the CMS, SES and certificate code. */
import * as asn1js from 'asn1js'

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

export function toHex(bytes: Uint8Array): string {
  let hex = ''
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return hex
}

export function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length >> 1)
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16)
  return bytes
}

/** The bytes of a base64 text (atob: Node 20, browsers and workers). */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** btoa exists in Node 20, browsers and workers; it takes a binary string, built in slices. */
export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

/** A fresh ArrayBuffer copy: WebCrypto and pkijs want BufferSource, never a shared view. */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/**
 * Parses one BER element; trailing bytes (the zero padding of /Contents) are ignored. asn1js
 * throws on some malformed values (a GeneralizedTime that is not one): that is unreadable too.
 * Without `parseEmbedded: false` asn1js tries every OCTET and BIT STRING (a seal's picture, a
 * signature value) as BER as well; what needs its content parsed parses it explicitly.
 */
export function parseBer(bytes: Uint8Array): asn1js.AsnType | undefined {
  try {
    const parsed = asn1js.fromBER(bytes, { parseEmbedded: false })
    return parsed.offset === -1 ? undefined : parsed.result
  } catch {
    return undefined
  }
}

export function derOf(node: asn1js.AsnType): Uint8Array {
  return new Uint8Array(node.toBER(false))
}

/** The element exactly as it was received, tag and length included. */
export function encodedBytesOf(node: asn1js.AsnType): Uint8Array {
  return new Uint8Array(node.valueBeforeDecodeView)
}

export function childrenOf(node: asn1js.AsnType | undefined): asn1js.AsnType[] {
  if (!(node instanceof asn1js.Constructed)) return []
  return node.valueBlock.value
}

export function isContextTag(node: asn1js.AsnType | undefined, tagNumber: number): boolean {
  return node?.idBlock.tagClass === 3 && node.idBlock.tagNumber === tagNumber
}

/** OCTET STRING contents, joining BER constructed segments. */
export function octetStringBytes(node: asn1js.AsnType | undefined): Uint8Array | undefined {
  if (!(node instanceof asn1js.OctetString)) return undefined
  if (!node.idBlock.isConstructed) return new Uint8Array(node.valueBlock.valueHexView)
  const parts = node.valueBlock.value.map((part) => octetStringBytes(part) ?? new Uint8Array())
  return concatBytes(...parts)
}

/**
 * BIT STRING contents without the unused-bits octet. Non-standard GB/T 38540 producers write an
 * OCTET STRING where a BIT STRING belongs; both are accepted and the caller told which it was.
 */
export function bitOrOctetStringBytes(
  node: asn1js.AsnType | undefined
): { bytes: Uint8Array; wasOctetString: boolean } | undefined {
  if (node instanceof asn1js.BitString) {
    return { bytes: new Uint8Array(node.valueBlock.valueHexView), wasOctetString: false }
  }
  const octets = octetStringBytes(node)
  return octets ? { bytes: octets, wasOctetString: true } : undefined
}

export function integerValue(node: asn1js.AsnType | undefined): number | undefined {
  return node instanceof asn1js.Integer ? node.valueBlock.valueDec : undefined
}

export function oidValue(node: asn1js.AsnType | undefined): string | undefined {
  return node instanceof asn1js.ObjectIdentifier ? node.valueBlock.toString() : undefined
}

export function stringValue(node: asn1js.AsnType | undefined): string | undefined {
  if (node instanceof asn1js.BaseStringBlock) return node.valueBlock.value
  return undefined
}

/** UTCTime / GeneralizedTime as a Date. */
export function timeValue(node: asn1js.AsnType | undefined): Date | undefined {
  if (node instanceof asn1js.UTCTime || node instanceof asn1js.GeneralizedTime) {
    const date = node.toDate()
    return Number.isNaN(date.getTime()) ? undefined : date
  }
  return undefined
}

/** DER SEQUENCE header + content: for structures signed as a SEQUENCE of received elements. */
export function wrapInSequence(content: Uint8Array): Uint8Array {
  const length = content.length
  let header: number[]
  if (length < 0x80) header = [0x30, length]
  else {
    const lengthBytes: number[] = []
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256))
      lengthBytes.unshift(rest & 0xff)
    header = [0x30, 0x80 | lengthBytes.length, ...lengthBytes]
  }
  return concatBytes(Uint8Array.from(header), content)
}
