/**
 * Revocation (吊销状态) of one certificate from CRLs and OCSP responses. Only evidence whose
 * signature verifies against the certificate's issuer (or an OCSP responder it delegated to) counts.
 */
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { extensionOf, sameName, type ParsedCertificate } from './certificates'
import { isSignedBy } from './chain'
import { bytesEqual, childrenOf, derOf, parseBer, timeValue } from './der'
import { hashChunks } from './hasher'
import { digestAlgorithmByOid, oids } from './oids'
import { verifySignature } from './signatures'
import type { RevocationStatus } from './types'

type EvidenceSource = NonNullable<RevocationStatus['source']>

export interface RevocationEvidence {
  der: Uint8Array
  kind: 'crl' | 'ocsp'
  source: EvidenceSource
}

const crlReasons = [
  'unspecified',
  'keyCompromise',
  'cACompromise',
  'affiliationChanged',
  'superseded',
  'cessationOfOperation',
  'certificateHold',
  'unused',
  'removeFromCRL',
  'privilegeWithdrawn',
  'aACompromise'
]

function serialOf(certificate: pkijs.Certificate): Uint8Array {
  return new Uint8Array(certificate.serialNumber.valueBlock.valueHexView)
}

function reasonName(reason: asn1js.AsnType | undefined): string | undefined {
  if (!(reason instanceof asn1js.Enumerated)) return undefined
  return crlReasons[reason.valueBlock.valueDec] ?? String(reason.valueBlock.valueDec)
}

async function fromCrl(
  subject: ParsedCertificate,
  issuer: ParsedCertificate,
  der: Uint8Array
): Promise<Omit<RevocationStatus, 'source'> | undefined> {
  const crl = pkijs.CertificateRevocationList.fromBER(der)
  if (!sameName(crl.issuer, subject.certificate.issuer)) return undefined
  const signature = await verifySignature({
    publicKey: issuer.certificate.subjectPublicKeyInfo,
    algorithm: crl.signatureAlgorithm,
    data: crl.tbsView,
    signature: new Uint8Array(crl.signatureValue.valueBlock.valueHexView)
  })
  if (signature.valid !== true) return undefined
  const serial = serialOf(subject.certificate)
  const entry = crl.revokedCertificates?.find((revoked) =>
    bytesEqual(new Uint8Array(revoked.userCertificate.valueBlock.valueHexView), serial)
  )
  if (!entry) return { status: 'good' }
  const reasonExtension = entry.crlEntryExtensions?.extensions.find(
    (e) => e.extnID === oids.crlReason
  )
  const reason = reasonName(
    reasonExtension
      ? parseBer(new Uint8Array(reasonExtension.extnValue.valueBlock.valueHexView))
      : undefined
  )
  return {
    status: 'revoked',
    revokedAt: entry.revocationDate.value.toISOString(),
    ...(reason ? { reason } : {})
  }
}

function basicResponseOf(der: Uint8Array): pkijs.BasicOCSPResponse {
  try {
    const response = pkijs.OCSPResponse.fromBER(der)
    if (response.responseBytes?.responseType === oids.ocspBasic) {
      return pkijs.BasicOCSPResponse.fromBER(
        response.responseBytes.response.valueBlock.valueHexView
      )
    }
  } catch {
    // Not a full OCSPResponse: some producers store the BasicOCSPResponse alone.
  }
  return pkijs.BasicOCSPResponse.fromBER(der)
}

function hasOcspSigningUsage(responder: ParsedCertificate): boolean {
  const extension = extensionOf(responder.certificate, '2.5.29.37')
  const usages = (extension?.parsedValue as pkijs.ExtKeyUsage | undefined)?.keyPurposes ?? []
  return usages.includes(oids.ocspSigning)
}

async function fromOcsp(
  subject: ParsedCertificate,
  issuer: ParsedCertificate,
  der: Uint8Array
): Promise<Omit<RevocationStatus, 'source'> | undefined> {
  const basic = basicResponseOf(der)
  const serial = serialOf(subject.certificate)
  const single = basic.tbsResponseData.responses.find((response) => {
    const digest = digestAlgorithmByOid[response.certID.hashAlgorithm.algorithmId]
    if (!digest) return false
    const nameHash = hashChunks(digest, [derOf(issuer.certificate.subject.toSchema())])
    const keyHash = hashChunks(digest, [
      new Uint8Array(
        issuer.certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView
      )
    ])
    return (
      bytesEqual(new Uint8Array(response.certID.serialNumber.valueBlock.valueHexView), serial) &&
      bytesEqual(
        new Uint8Array(response.certID.issuerNameHash.valueBlock.valueHexView),
        nameHash
      ) &&
      bytesEqual(new Uint8Array(response.certID.issuerKeyHash.valueBlock.valueHexView), keyHash)
    )
  })
  if (!single) return undefined
  const responders = [
    issuer,
    ...(basic.certs ?? []).map((certificate) => ({
      certificate,
      der: derOf(certificate.toSchema())
    }))
  ]
  let signedByTrustedResponder = false
  for (const responder of responders) {
    const signature = await verifySignature({
      publicKey: responder.certificate.subjectPublicKeyInfo,
      algorithm: basic.signatureAlgorithm,
      data: basic.tbsResponseData.tbsView,
      signature: new Uint8Array(basic.signature.valueBlock.valueHexView)
    })
    if (signature.valid !== true) continue
    const delegated =
      responder === issuer ||
      (hasOcspSigningUsage(responder) && (await isSignedBy(responder, issuer)))
    if (delegated) {
      signedByTrustedResponder = true
      break
    }
  }
  if (!signedByTrustedResponder) return undefined
  const status = single.certStatus as asn1js.AsnType
  if (status.idBlock.tagNumber === 0) return { status: 'good' }
  if (status.idBlock.tagNumber !== 1) return { status: 'unknown' }
  const [revocationTime, reasonTagged] = childrenOf(status)
  const revokedAt = timeValue(revocationTime)
  const reason = reasonName(childrenOf(reasonTagged)[0])
  return {
    status: 'revoked',
    ...(revokedAt ? { revokedAt: revokedAt.toISOString() } : {}),
    ...(reason ? { reason } : {})
  }
}

/**
 * Revoked wins over good, whatever the order of the evidence; among "good" answers the first
 * source is reported. Evidence that cannot be parsed or verified is skipped.
 */
export async function checkRevocation(
  subject: ParsedCertificate,
  issuer: ParsedCertificate | undefined,
  evidence: readonly RevocationEvidence[]
): Promise<RevocationStatus> {
  if (!issuer) return { status: 'unknown' }
  let good: RevocationStatus | undefined
  for (const item of evidence) {
    let found: Omit<RevocationStatus, 'source'> | undefined
    try {
      found =
        item.kind === 'crl'
          ? await fromCrl(subject, issuer, item.der)
          : await fromOcsp(subject, issuer, item.der)
    } catch {
      continue
    }
    if (found?.status === 'revoked') return { ...found, source: item.source }
    if (found?.status === 'good' && !good) good = { status: 'good', source: item.source }
  }
  return good ?? { status: 'unknown' }
}
