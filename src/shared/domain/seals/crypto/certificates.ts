/** X.509 certificates as users read them (证书摘要), and the facts the chain checks need. */
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { bytesEqual, childrenOf, derOf, oidValue, parseBer, toHex } from './der'
import { ByteKeyedCache } from './byte-cache'
import { hashChunks } from './hasher'
import { namedCurveByOid, oids } from './oids'
import type { CertificateSummary } from './types'

/** A certificate with the bytes it is identified by (fingerprint, certList digests). */
export interface ParsedCertificate {
  certificate: pkijs.Certificate
  der: Uint8Array
}

/**
 * Parsed certificates by content: embedded ones repeat across a batch, and trust anchors arrive
 * in new arrays for each file. Entries are shared between verifications, so nothing here or in
 * the callers ever changes a parsed certificate. A parsed 1 KB certificate holds about 30 KB of
 * asn1js objects: 1 MB of certificates kept is some 30 MB.
 */
const parsedCertificates = new ByteKeyedCache<ParsedCertificate | undefined>({
  entries: 256,
  bytes: 1024 * 1024
})

/**
 * `received`: the certificate's bytes as they came. They are its identity when DER (definite
 * lengths); a BER one is identified by pkijs' re-encoding, as a verifier re-encoding it would.
 */
export function parseCertificate(received: Uint8Array): ParsedCertificate | undefined {
  return parsedCertificates.get(received, (stableBytes) => {
    let certificate: pkijs.Certificate
    try {
      certificate = pkijs.Certificate.fromBER(stableBytes)
    } catch {
      return undefined
    }
    const isDefinite = stableBytes.length > 1 && stableBytes[1] !== 0x80
    return { certificate, der: isDefinite ? stableBytes : derOf(certificate.toSchema()) }
  })
}

/**
 * Facts derived from a certificate, computed once per parsed certificate: chain building asks
 * for them for every candidate issuer of every file. Results are shared, so never changed.
 */
function memoized<T>(compute: (certificate: pkijs.Certificate) => T) {
  const memo = new WeakMap<pkijs.Certificate, { value: T }>()
  return (certificate: pkijs.Certificate): T => {
    let entry = memo.get(certificate)
    if (!entry) {
      entry = { value: compute(certificate) }
      memo.set(certificate, entry)
    }
    return entry.value
  }
}

const attributeNames: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'street',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'title',
  '2.5.4.42': 'GN',
  '2.5.4.97': 'organizationIdentifier',
  '1.2.840.113549.1.9.1': 'emailAddress'
}

function attributeText(value: unknown): string {
  if (value instanceof asn1js.BaseStringBlock) return value.valueBlock.value
  if (value instanceof asn1js.BaseBlock) return `#${toHex(derOf(value))}`
  return ''
}

function nameAttributes(name: pkijs.RelativeDistinguishedNames): { type: string; value: string }[] {
  return name.typesAndValues.map((attribute) => ({
    type: attributeNames[attribute.type] ?? attribute.type,
    value: attributeText(attribute.value)
  }))
}

/** Most specific first, as pdfsig and Adobe print it: "CN=…, O=…, C=CN". */
export function formatName(name: pkijs.RelativeDistinguishedNames): string {
  return nameAttributes(name)
    .reverse()
    .map(({ type, value }) => `${type}=${value}`)
    .join(', ')
}

export function sameName(
  a: pkijs.RelativeDistinguishedNames,
  b: pkijs.RelativeDistinguishedNames
): boolean {
  // The received bytes first: equal names are almost always encoded alike, and isEqual, which
  // compares as RFC 5280 does (string preparation), costs far more. Chain building compares
  // every candidate issuer of every file.
  const receivedA = new Uint8Array(a.valueBeforeDecode)
  return (
    (receivedA.length > 0 && bytesEqual(receivedA, new Uint8Array(b.valueBeforeDecode))) ||
    a.isEqual(b)
  )
}

const usccAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const usccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const usccPattern = /[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}/g

/** 统一社会信用代码 (GB 32100-2015): 18 characters, the last one a mod-31 check character. */
export function isValidUscc(code: string): boolean {
  if (code.length !== 18) return false
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = usccAlphabet.indexOf(code[i] ?? '')
    if (value < 0) return false
    sum += value * (usccWeights[i] ?? 0)
  }
  return usccAlphabet[(31 - (sum % 31)) % 31] === code[17]
}

/** Looks in OU, serialNumber and organizationIdentifier (which may carry a prefix). */
export function usccOf(subject: pkijs.RelativeDistinguishedNames): string | undefined {
  const carriers = nameAttributes(subject).filter(({ type }) =>
    ['OU', 'serialNumber', 'organizationIdentifier'].includes(type)
  )
  for (const { value } of carriers) {
    const found = value.toUpperCase().match(usccPattern)?.find(isValidUscc)
    if (found) return found
  }
  return undefined
}

export function extensionOf(
  certificate: pkijs.Certificate,
  oid: string
): pkijs.Extension | undefined {
  return certificate.extensions?.find((extension) => extension.extnID === oid)
}

const keyUsageNames = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly'
]

/** undefined when the certificate has no keyUsage extension (then any use is allowed). */
export const keyUsageOf = memoized((certificate): readonly string[] | undefined => {
  const extension = extensionOf(certificate, oids.keyUsage)
  if (!extension) return undefined
  const bits = parseBer(new Uint8Array(extension.extnValue.valueBlock.valueHexView))
  if (!(bits instanceof asn1js.BitString)) return []
  const bytes = new Uint8Array(bits.valueBlock.valueHexView)
  return keyUsageNames.filter((_, bit) => ((bytes[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1)
})

export const isCaCertificate = memoized((certificate): boolean => {
  const extension = extensionOf(certificate, oids.basicConstraints)
  const parsed = extension?.parsedValue as pkijs.BasicConstraints | undefined
  return parsed?.cA === true
})

export const subjectKeyIdentifierOf = memoized((certificate): Uint8Array | undefined => {
  const extension = extensionOf(certificate, oids.subjectKeyIdentifier)
  const inner = extension
    ? parseBer(new Uint8Array(extension.extnValue.valueBlock.valueHexView))
    : undefined
  return inner instanceof asn1js.OctetString
    ? new Uint8Array(inner.valueBlock.valueHexView)
    : undefined
})

export const authorityKeyIdentifierOf = memoized((certificate): Uint8Array | undefined => {
  const extension = extensionOf(certificate, oids.authorityKeyIdentifier)
  const parsed = extension?.parsedValue as pkijs.AuthorityKeyIdentifier | undefined
  return parsed?.keyIdentifier
    ? new Uint8Array(parsed.keyIdentifier.valueBlock.valueHexView)
    : undefined
})

export function publicKeyDescription(certificate: pkijs.Certificate): string {
  const info = certificate.subjectPublicKeyInfo
  const algorithm = info.algorithm.algorithmId
  if (algorithm === oids.rsaEncryption || algorithm === oids.rsaPss) {
    const key = parseBer(new Uint8Array(info.subjectPublicKey.valueBlock.valueHexView))
    const modulus = childrenOf(key)[0]
    if (modulus instanceof asn1js.Integer) {
      let bytes = new Uint8Array(modulus.valueBlock.valueHexView)
      while (bytes[0] === 0) bytes = bytes.subarray(1)
      return `RSA-${bytes.length * 8}`
    }
    return 'RSA'
  }
  const curveOid = oidValue(info.algorithm.algorithmParams as asn1js.AsnType | undefined)
  if (algorithm === oids.sm2Curve || curveOid === oids.sm2Curve) return 'SM2'
  if (algorithm === oids.ecPublicKey) {
    const curve = curveOid ? namedCurveByOid[curveOid] : undefined
    return curve ? `EC-${curve.name}` : `EC-${curveOid ?? 'unknown'}`
  }
  return algorithm
}

export function validityContains(certificate: pkijs.Certificate, at: Date): boolean {
  const time = at.getTime()
  return (
    certificate.notBefore.value.getTime() <= time && time <= certificate.notAfter.value.getTime()
  )
}

const summaries = new WeakMap<pkijs.Certificate, { der: Uint8Array; summary: CertificateSummary }>()

/** A fresh copy each time: a verdict is the caller's to change, the remembered summary is not. */
export function summarize(parsed: ParsedCertificate): CertificateSummary {
  let entry = summaries.get(parsed.certificate)
  if (entry?.der !== parsed.der) {
    entry = { der: parsed.der, summary: summaryOf(parsed) }
    summaries.set(parsed.certificate, entry)
  }
  return { ...entry.summary, keyUsage: [...entry.summary.keyUsage] }
}

function summaryOf({ certificate, der }: ParsedCertificate): CertificateSummary {
  const attributes = nameAttributes(certificate.subject)
  const first = (type: string) => attributes.find((attribute) => attribute.type === type)?.value
  const commonName = first('CN')
  const organization = first('O')
  const uscc = usccOf(certificate.subject)
  return {
    subject: formatName(certificate.subject),
    issuer: formatName(certificate.issuer),
    ...(commonName !== undefined ? { commonName } : {}),
    ...(organization !== undefined ? { organization } : {}),
    ...(uscc ? { uscc } : {}),
    serialNumberHex: toHex(
      new Uint8Array(certificate.serialNumber.valueBlock.valueHexView)
    ).toUpperCase(),
    notBefore: certificate.notBefore.value.toISOString(),
    notAfter: certificate.notAfter.value.toISOString(),
    publicKey: publicKeyDescription(certificate),
    keyUsage: [...(keyUsageOf(certificate) ?? [])],
    isCa: isCaCertificate(certificate),
    sha256Fingerprint: toHex(hashChunks('SHA-256', [der])).toUpperCase()
  }
}

/**
 * A readable summary of a DER certificate. For bytes that are not a certificate the summary
 * says so (`unreadable`, the screen's 无法解析的证书) rather than throwing, so a verdict can
 * always be built.
 */
export function summarizeCertificate(der: Uint8Array): CertificateSummary {
  const parsed = parseCertificate(der)
  if (parsed) return summarize(parsed)
  return {
    subject: '',
    issuer: '',
    serialNumberHex: '',
    notBefore: '',
    notAfter: '',
    publicKey: 'unknown',
    keyUsage: [],
    isCa: false,
    sha256Fingerprint: toHex(hashChunks('SHA-256', [der])).toUpperCase(),
    unreadable: true
  }
}
