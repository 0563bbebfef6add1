/**
 * Revocation (吊销状态) of one certificate from CRLs and OCSP responses. Only evidence whose
 * signature verifies against the certificate's issuer (or an OCSP responder it delegated to) counts.
 * "Good" must still be current at the time that matters (the signing time): a CRL or OCSP answer
 * whose nextUpdate came before it says nothing about then. A revocation counts whatever its age.
 */
import type { SignatureWarning } from '../codes'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { extensionOf, sameName, type ParsedCertificate } from './certificates'
import { ByteKeyedCache } from './byte-cache'
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

/** What one piece of evidence says; `stale`: it would say good, but expired before `at`. */
type Finding = Omit<RevocationStatus, 'source'> & { stale?: true }

const goodUntil = (nextUpdate: Date | undefined, at: Date): Finding =>
  nextUpdate && nextUpdate.getTime() < at.getTime()
    ? { status: 'unknown', stale: true }
    : { status: 'good' }

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

/**
 * Parsed CRLs by content: the same CRL (from the PDF's DSS, the signature or the user's trust
 * store) comes with every file of a batch, and a large one takes long to parse. Shared, so never
 * changed. undefined: not a CRL. A CRL above the byte bound (some 120 MB once parsed) is parsed
 * for each use, as before.
 */
const parsedCrls = new ByteKeyedCache<pkijs.CertificateRevocationList | undefined>({
  entries: 16,
  bytes: 4 * 1024 * 1024
})

export function parseCrl(der: Uint8Array): pkijs.CertificateRevocationList | undefined {
  return parsedCrls.get(der, (stableBytes) => {
    try {
      return pkijs.CertificateRevocationList.fromBER(stableBytes)
    } catch {
      return undefined
    }
  })
}

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
  der: Uint8Array,
  at: Date
): Promise<Finding | undefined> {
  const crl = parseCrl(der)
  if (!crl || !sameName(crl.issuer, subject.certificate.issuer)) return undefined
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
  if (!entry) return goodUntil(crl.nextUpdate?.value, at)
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
  der: Uint8Array,
  at: Date
): Promise<Finding | undefined> {
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
  if (status.idBlock.tagNumber === 0) return goodUntil(single.nextUpdate, at)
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

export interface RevocationCheck {
  status: RevocationStatus
  /** 'seals.warning.revocationInfoStale' when the only answers were "good" but expired before `at`. */
  warnings: SignatureWarning[]
}

/**
 * Revoked wins over good, whatever the order of the evidence; among "good" answers the first
 * source is reported. Evidence that cannot be parsed or verified is skipped. `at`: the time the
 * status matters for (the signing time).
 */
export async function checkRevocation(
  subject: ParsedCertificate,
  issuer: ParsedCertificate | undefined,
  evidence: readonly RevocationEvidence[],
  at: Date
): Promise<RevocationCheck> {
  if (!issuer) return { status: { status: 'unknown' }, warnings: [] }
  let good: RevocationStatus | undefined
  let stale = false
  for (const item of evidence) {
    let found: Finding | undefined
    try {
      found =
        item.kind === 'crl'
          ? await fromCrl(subject, issuer, item.der, at)
          : await fromOcsp(subject, issuer, item.der, at)
    } catch {
      continue
    }
    if (found?.status === 'revoked')
      return { status: { ...found, source: item.source }, warnings: [] }
    if (found?.status === 'good' && !good) good = { status: 'good', source: item.source }
    if (found?.stale) stale = true
  }
  if (good) return { status: good, warnings: [] }
  return {
    status: { status: 'unknown' },
    warnings: stale ? ['seals.warning.revocationInfoStale'] : []
  }
}
