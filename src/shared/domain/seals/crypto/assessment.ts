/**
 * What a verdict says about the signer's certificate (签名证书): chain and trust, validity at
 * signing time and now, key usage, revocation. Shared by CMS, SES and document timestamps.
 */
import type { SignatureWarning } from '../codes'
import {
  keyUsageOf,
  parseCertificate,
  summarize,
  validityContains,
  type ParsedCertificate
} from './certificates'
import { buildChain } from './chain'
import { checkRevocation, type RevocationEvidence } from './revocation'
import type { SignatureBlobInput, SignatureBlobVerdict } from './types'

export interface VerificationContext {
  anchors: ParsedCertificate[]
  /** Certificates that may serve as intermediates: from the blob, then from the PDF's DSS. */
  pool: ParsedCertificate[]
  /** In order of preference: embedded in the signature, then DSS, then imported by the user. */
  evidence: RevocationEvidence[]
  now: Date
}

function parseAll(ders: readonly Uint8Array[]): ParsedCertificate[] {
  return ders.flatMap((der) => parseCertificate(der) ?? [])
}

export function contextFor(
  input: SignatureBlobInput,
  embedded: { certificates: ParsedCertificate[]; evidence: RevocationEvidence[] }
): VerificationContext {
  const { revocation } = input
  return {
    anchors: parseAll(input.trustAnchors.certificates),
    pool: [...embedded.certificates, ...parseAll(revocation.certificates)],
    evidence: [
      ...embedded.evidence,
      ...revocation.crls.map((der): RevocationEvidence => ({ der, kind: 'crl', source: 'dss' })),
      ...revocation.ocspResponses.map((der): RevocationEvidence => ({
        der,
        kind: 'ocsp',
        source: 'dss'
      })),
      ...revocation.importedCrls.map((der): RevocationEvidence => ({
        der,
        kind: 'crl',
        source: 'imported-crl'
      }))
    ],
    now: input.now
  }
}

export type SignerAssessment = Pick<
  SignatureBlobVerdict,
  | 'signer'
  | 'chain'
  | 'trusted'
  | 'trustProblem'
  | 'signerValidAtSigningTime'
  | 'signerValidNow'
  | 'revocation'
>

export interface AssessedSigner extends SignerAssessment {
  /** For the verdict's warnings: 'seals.warning.revocationInfoStale', 'seals.warning.revokedAfterSigning'. */
  warnings: SignatureWarning[]
}

/**
 * `signingTime`: the best time known for the signature (revocation must be current then);
 * `provenTime`: a trusted timestamp's time. A signer revoked after a proven time was not revoked
 * when it signed: the revocation stays in the verdict, but it no longer withdraws trust.
 */
export async function assessSigner(
  signer: ParsedCertificate,
  signingTime: Date | undefined,
  context: VerificationContext,
  provenTime?: Date
): Promise<AssessedSigner> {
  const chain = await buildChain(signer, context.pool, context.anchors)
  const check = await checkRevocation(
    signer,
    chain.path[1],
    context.evidence,
    signingTime ?? context.now
  )
  const revocation = check.status
  const warnings = [...check.warnings]
  const revokedAt = revocation.revokedAt ? Date.parse(revocation.revokedAt) : undefined
  const revokedAfterProof =
    revocation.status === 'revoked' &&
    provenTime !== undefined &&
    revokedAt !== undefined &&
    provenTime.getTime() < revokedAt
  if (revokedAfterProof) warnings.push('seals.warning.revokedAfterSigning')
  const usage = keyUsageOf(signer.certificate)
  const usableForSigning =
    !usage || usage.includes('digitalSignature') || usage.includes('nonRepudiation')
  const trustProblem = chain.trustProblem ?? (usableForSigning ? undefined : 'key-usage')
  return {
    signer: summarize(signer),
    chain: chain.path.map(summarize),
    // A signer revoked at signing time is never trusted; `revocation` says why.
    trusted:
      chain.trusted && usableForSigning && (revocation.status !== 'revoked' || revokedAfterProof),
    ...(trustProblem ? { trustProblem } : {}),
    signerValidAtSigningTime: signingTime
      ? validityContains(signer.certificate, signingTime)
      : null,
    signerValidNow: validityContains(signer.certificate, context.now),
    revocation,
    warnings
  }
}

export function unassessedSigner(): AssessedSigner {
  return {
    warnings: [],
    chain: [],
    trusted: false,
    trustProblem: 'no-chain',
    signerValidAtSigningTime: null,
    signerValidNow: null,
    revocation: { status: 'unknown' }
  }
}
