/**
 * Files a user imports into the trust store (信任证书/吊销列表): PEM (any mix of CERTIFICATE,
 * X509 CRL, PKCS7 blocks), DER certificate, DER CRL, or a certs-only SignedData (.p7b/.p7c).
 * Unreadable parts are skipped; the caller reports "nothing found" when both lists are empty.
 */
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { derOf, parseBer } from './der'
import { parseSignedData } from './cms-structure'

export interface TrustMaterial {
  certificates: Uint8Array[]
  crls: Uint8Array[]
}

const pemBlock = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64.replace(/[^A-Za-z0-9+/=]/g, ''))
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}

function looksLikePem(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 4096)).includes('-----BEGIN ')
}

function parsesAs(parse: (der: Uint8Array) => unknown, der: Uint8Array): boolean {
  try {
    parse(der)
    return true
  } catch {
    return false
  }
}

const asCertificate = (der: Uint8Array) => pkijs.Certificate.fromBER(der)
const asCrl = (der: Uint8Array) => pkijs.CertificateRevocationList.fromBER(der)

function classifyDer(der: Uint8Array, crlFirst: boolean, into: TrustMaterial): void {
  const root = parseBer(der)
  if (!(root instanceof asn1js.Sequence)) return
  if (root.valueBlock.value[0] instanceof asn1js.ObjectIdentifier) {
    // A certs-only SignedData (.p7b): its certificates and any CRLs it carries.
    const { certificates, revocation } = parseSignedData(der)
    into.certificates.push(...certificates.map((certificate) => certificate.der))
    for (const evidence of revocation)
      if (evidence.kind === 'crl') into.crls.push(evidence.der.slice())
    return
  }
  // A Certificate and a CertificateList share their outer shape; the TBS schemas tell them apart.
  const exact = derOf(root)
  const order = crlFirst ? [asCrl, asCertificate] : [asCertificate, asCrl]
  const kind = order.find((parse) => parsesAs(parse, exact))
  if (kind === asCertificate) into.certificates.push(exact)
  else if (kind === asCrl) into.crls.push(exact)
}

/** `fileName` only orders the attempts (a .crl is tried as a CRL first); content decides. */
export function parseTrustMaterial(bytes: Uint8Array, fileName?: string): TrustMaterial {
  const material: TrustMaterial = { certificates: [], crls: [] }
  const crlFirst = fileName?.toLowerCase().endsWith('.crl') === true
  const blocks = looksLikePem(bytes)
    ? [...new TextDecoder('latin1').decode(bytes).matchAll(pemBlock)].map((match) =>
        base64ToBytes(match[2] ?? '')
      )
    : [bytes]
  for (const der of blocks) {
    try {
      classifyDer(der, crlFirst, material)
    } catch {
      // One unreadable block must not hide the readable ones.
    }
  }
  return material
}
