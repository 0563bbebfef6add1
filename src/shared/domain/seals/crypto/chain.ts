/**
 * Certification path building (证书链构建) from a signer up to the user's trust anchors.
 * Nothing is trusted by default: with no anchors the best outcome is 'untrusted-root'.
 */
import {
  authorityKeyIdentifierOf,
  isCaCertificate,
  sameName,
  subjectKeyIdentifierOf,
  type ParsedCertificate
} from './certificates'
import { bytesEqual } from './der'
import { publicKeyInfoDer, verifySignature } from './signatures'
import type { TrustProblem } from './types'

export interface ChainAssessment {
  /** Leaf first, up to the anchor (or as far as it could be built). */
  path: ParsedCertificate[]
  trusted: boolean
  trustProblem?: TrustProblem
}

const maximumDepth = 8

export function sameCertificate(a: ParsedCertificate, b: ParsedCertificate): boolean {
  return bytesEqual(a.der, b.der)
}

/** An anchor matches by bytes, or by subject and key (a re-issued root is the same anchor). */
function isAnchor(candidate: ParsedCertificate, anchors: readonly ParsedCertificate[]): boolean {
  return anchors.some(
    (anchor) =>
      sameCertificate(anchor, candidate) ||
      (sameName(anchor.certificate.subject, candidate.certificate.subject) &&
        bytesEqual(
          publicKeyInfoDer(anchor.certificate.subjectPublicKeyInfo),
          publicKeyInfoDer(candidate.certificate.subjectPublicKeyInfo)
        ))
  )
}

export async function isSignedBy(
  subject: ParsedCertificate,
  issuer: ParsedCertificate
): Promise<boolean> {
  const check = await verifySignature({
    publicKey: issuer.certificate.subjectPublicKeyInfo,
    algorithm: subject.certificate.signatureAlgorithm,
    data: subject.certificate.tbsView,
    signature: new Uint8Array(subject.certificate.signatureValue.valueBlock.valueHexView)
  })
  return check.valid === true
}

function couldHaveIssued(issuer: ParsedCertificate, subject: ParsedCertificate): boolean {
  if (!sameName(issuer.certificate.subject, subject.certificate.issuer)) return false
  const authorityKeyId = authorityKeyIdentifierOf(subject.certificate)
  const subjectKeyId = subjectKeyIdentifierOf(issuer.certificate)
  return !authorityKeyId || !subjectKeyId || bytesEqual(authorityKeyId, subjectKeyId)
}

export async function buildChain(
  leaf: ParsedCertificate,
  pool: readonly ParsedCertificate[],
  anchors: readonly ParsedCertificate[]
): Promise<ChainAssessment> {
  const path = [leaf]
  let current = leaf
  let caProblem = false
  for (let depth = 0; depth < maximumDepth; depth++) {
    if (isAnchor(current, anchors)) {
      return caProblem
        ? { path, trusted: false, trustProblem: 'ca-constraints' }
        : { path, trusted: true }
    }
    const selfIssued = sameName(current.certificate.subject, current.certificate.issuer)
    const candidates = [...anchors, ...pool].filter(
      (candidate) => !sameCertificate(candidate, current) && couldHaveIssued(candidate, current)
    )
    if (candidates.length === 0) {
      return { path, trusted: false, trustProblem: selfIssued ? 'untrusted-root' : 'no-chain' }
    }
    let issuer: ParsedCertificate | undefined
    for (const candidate of candidates) {
      if (await isSignedBy(current, candidate)) {
        issuer = candidate
        break
      }
    }
    if (!issuer) return { path, trusted: false, trustProblem: 'bad-chain-signature' }
    // X.509 v1 roots carry no basicConstraints; accept them only as anchors.
    const legacyAnchor = !issuer.certificate.extensions && isAnchor(issuer, anchors)
    if (!isCaCertificate(issuer.certificate) && !legacyAnchor) caProblem = true
    path.push(issuer)
    current = issuer
  }
  return { path, trusted: false, trustProblem: 'no-chain' }
}
