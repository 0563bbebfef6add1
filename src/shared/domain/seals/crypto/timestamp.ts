/**
 * RFC 3161 time-stamp tokens (时间戳): the message imprint against what the token stamps, the
 * TSA's signature, its certificate and trust. Signature timestamps stamp the SignerInfo's
 * signature value; document timestamps (ETSI.RFC3161) stamp the signed byte ranges.
 */
import * as pkijs from 'pkijs'
import type { SignatureWarning } from '../codes'
import type { ParsedCertificate } from './certificates'
import { summarize } from './certificates'
import { buildChain } from './chain'
import { hashedContent } from './content-signature'
import { bytesEqual, octetStringBytes } from './der'
import { digestAlgorithmByOid, oids } from './oids'
import { parseSignedData, type ParsedSignedData } from './cms-structure'
import { checkSignerInfo, type SignerInfoCheck } from './signed-data'
import { missing } from './structure-error'
import type { VerificationContext } from './assessment'
import type { DigestAlgorithm, Hasher, TimestampVerdict } from './types'

export interface TimestampCheck {
  verdict: TimestampVerdict
  genTime?: Date
  tsaCertificate?: ParsedCertificate
  signerCheck: SignerInfoCheck
  imprintAlgorithm: string
  /** Certificates the token carries, for building the TSA's chain. */
  certificates: ParsedCertificate[]
}

export function signerCheckValid(check: SignerInfoCheck): boolean | null {
  if (check.messageDigestMatches === false || check.signature.valid === false) return false
  if (check.messageDigestMatches === null || check.signature.valid === null) return null
  return true
}

/** The time a timestamp proves: only an intact, valid token from a trusted TSA proves one. */
export function provenTimeOf(verdict: TimestampVerdict | undefined): Date | undefined {
  return verdict?.intact && verdict.valid === true && verdict.trusted && verdict.time
    ? new Date(verdict.time)
    : undefined
}

/** Throws on a token that is not a SignedData over TSTInfo; callers turn that into a verdict. */
export async function checkTimestampToken(
  parsed: ParsedSignedData,
  imprintOf: (algorithm: DigestAlgorithm) => Promise<Uint8Array>,
  context: VerificationContext,
  hasher: Hasher
): Promise<TimestampCheck> {
  if (parsed.eContentType !== oids.tstInfo || !parsed.eContent) {
    missing('TimeStampToken', 'TSTInfo')
  }
  const tstInfoBytes = parsed.eContent
  const tstInfo = pkijs.TSTInfo.fromBER(tstInfoBytes)
  const imprintOid = tstInfo.messageImprint.hashAlgorithm.algorithmId
  const imprintAlgorithm = digestAlgorithmByOid[imprintOid]
  const declaredImprint = octetStringBytes(tstInfo.messageImprint.hashedMessage) ?? new Uint8Array()
  const intact = imprintAlgorithm
    ? bytesEqual(declaredImprint, await imprintOf(imprintAlgorithm))
    : false
  const signerInfo = parsed.signerInfos[0]
  if (!signerInfo) missing('TimeStampToken', 'signerInfos')
  const signerCheck = await checkSignerInfo(
    parsed,
    signerInfo,
    hashedContent(hasher, [tstInfoBytes]),
    context.pool
  )
  const tsa = signerCheck.signer
  const trusted = tsa
    ? (await buildChain(tsa, [...parsed.certificates, ...context.pool], context.anchors)).trusted
    : false
  return {
    verdict: {
      intact,
      valid: signerCheckValid(signerCheck),
      time: tstInfo.genTime.toISOString(),
      ...(tsa ? { tsa: summarize(tsa) } : {}),
      trusted
    },
    genTime: tstInfo.genTime,
    ...(tsa ? { tsaCertificate: tsa } : {}),
    signerCheck,
    imprintAlgorithm: imprintAlgorithm ?? imprintOid,
    certificates: parsed.certificates
  }
}

/**
 * A signature timestamp (CMS unsigned attribute or SES timeStamp): the token must stamp the
 * signature value. Problems become warnings, since the signature stands without its timestamp.
 */
export async function checkSignatureTimestamp(
  token: Uint8Array,
  signatureValue: Uint8Array,
  context: VerificationContext,
  hasher: Hasher,
  warnings: SignatureWarning[]
): Promise<TimestampCheck | undefined> {
  try {
    const result = await checkTimestampToken(
      parseSignedData(token),
      (algorithm) => hasher.digest(algorithm, [signatureValue]),
      context,
      hasher
    )
    if (!result.verdict.intact) warnings.push('seals.warning.timestampImprintMismatch')
    if (result.verdict.valid === false) warnings.push('seals.warning.timestampSignatureInvalid')
    return result
  } catch {
    warnings.push('seals.warning.timestampUnreadable')
    return undefined
  }
}
