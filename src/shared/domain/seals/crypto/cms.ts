/**
 * PDF signatures in CMS SignedData: adbe.pkcs7.detached, ETSI.CAdES.detached, adbe.pkcs7.sha1,
 * GM/T 0010 SM2 SignedData, and ETSI.RFC3161 document timestamps.
 */
import type { SignatureWarning } from '../codes'
import { assessSigner, contextFor, unassessedSigner } from './assessment'
import { hashedContent, type SignedContent } from './content-signature'
import { parseSignedData, type ParsedSignedData } from './cms-structure'
import { bytesEqual } from './der'
import { oids } from './oids'
import { attributeValues, checkSignerInfo, embeddedRevocation } from './signed-data'
import { missing } from './structure-error'
import {
  checkSignatureTimestamp,
  checkTimestampToken,
  provenTimeOf,
  signerCheckValid
} from './timestamp'
import type { SignatureBlobInput, SignatureBlobVerdict } from './types'

type ContentMode =
  | { kind: 'detached' }
  | { kind: 'sha1'; eContent: Uint8Array }
  | { kind: 'detached-with-econtent'; eContent: Uint8Array }

/**
 * A detached PDF signature must not encapsulate content: if it does, messageDigest covers that
 * content, not the PDF, and the signature proves nothing about the document (pyHanko rejects it).
 * adbe.pkcs7.sha1 is the one legitimate form: eContent is the SHA-1 of the signed ranges.
 */
async function contentMode(
  input: SignatureBlobInput,
  parsed: ParsedSignedData,
  signedBytes: SignedContent
): Promise<ContentMode> {
  const { eContent } = parsed
  if (!eContent) return { kind: 'detached' }
  if (input.subFilter === 'adbe.pkcs7.sha1') return { kind: 'sha1', eContent }
  if (input.subFilter === undefined && eContent.length === 20) {
    const sha1 = await signedBytes.digest('SHA-1')
    if (bytesEqual(sha1, eContent)) return { kind: 'sha1', eContent }
  }
  return { kind: 'detached-with-econtent', eContent }
}

/** `blob`: the ContentInfo as classified, a view into /Contents. */
export async function verifyCms(
  input: SignatureBlobInput,
  blob: Uint8Array
): Promise<SignatureBlobVerdict> {
  const parsed = parseSignedData(blob)
  const signerInfo = parsed.signerInfos[0]
  if (!signerInfo) missing('SignedData', 'signerInfos')
  const warnings: SignatureWarning[] = []
  if (parsed.signerInfos.length > 1) warnings.push('seals.warning.multipleSignerInfos')
  const signedBytes = hashedContent(input.hasher, input.signedChunks)
  const mode = await contentMode(input, parsed, signedBytes)
  const context = contextFor(input, {
    certificates: parsed.certificates,
    evidence: embeddedRevocation(parsed, signerInfo)
  })
  const check = await checkSignerInfo(
    parsed,
    signerInfo,
    mode.kind === 'detached' ? signedBytes : hashedContent(input.hasher, [mode.eContent]),
    context.pool
  )
  warnings.push(...check.warnings)
  let intact = check.messageDigestMatches
  if (mode.kind === 'sha1') {
    warnings.push('seals.warning.sha1Digest')
    const sha1 = await signedBytes.digest('SHA-1')
    if (!bytesEqual(sha1, mode.eContent)) intact = false
  } else if (mode.kind === 'detached-with-econtent') {
    warnings.push('seals.warning.detachedWithEcontent')
    intact = false
  } else if (input.subFilter === 'adbe.pkcs7.sha1') {
    warnings.push('seals.warning.sha1WithoutEcontent')
    intact = false
  }
  if (check.digestAlgorithm === 'SHA-1' && mode.kind !== 'sha1')
    warnings.push('seals.warning.sha1Digest')

  const signatureValue = signerInfo.signature
  const token = attributeValues(signerInfo.unsignedAttributes, oids.signatureTimeStampToken)[0]
  const timestamp = token
    ? await checkSignatureTimestamp(token, signatureValue, context, input.hasher, warnings)
    : undefined
  const signingTime = check.signingTime
  const timeForValidity =
    (timestamp?.verdict.intact && timestamp.verdict.valid ? timestamp.genTime : undefined) ??
    signingTime ??
    (input.claimedSigningTime ? new Date(input.claimedSigningTime) : undefined)
  const { warnings: signerWarnings, ...assessment } = check.signer
    ? await assessSigner(check.signer, timeForValidity, context, provenTimeOf(timestamp?.verdict))
    : unassessedSigner()
  warnings.push(...signerWarnings)
  return {
    format: 'cms',
    digestAlgorithm: check.digestAlgorithm ?? check.digestAlgorithmOid,
    signatureAlgorithm: check.signature.label,
    intact,
    valid: check.signature.valid,
    ...assessment,
    ...(signingTime ? { signingTime: signingTime.toISOString() } : {}),
    ...(timestamp ? { timestamp: timestamp.verdict } : {}),
    warnings: [...new Set(warnings)]
  }
}

/** An ETSI.RFC3161 document timestamp: the token itself is the signature. */
export async function verifyDocumentTimestamp(
  input: SignatureBlobInput,
  blob: Uint8Array
): Promise<SignatureBlobVerdict> {
  const parsed = parseSignedData(blob)
  const signerInfo = parsed.signerInfos[0]
  const context = contextFor(input, {
    certificates: parsed.certificates,
    evidence: signerInfo ? embeddedRevocation(parsed, signerInfo) : []
  })
  const result = await checkTimestampToken(
    parsed,
    (algorithm) => input.hasher.digest(algorithm, input.signedChunks),
    context,
    input.hasher
  )
  const { warnings, ...assessment } = result.tsaCertificate
    ? await assessSigner(result.tsaCertificate, result.genTime, context)
    : unassessedSigner()
  return {
    format: 'rfc3161',
    digestAlgorithm: result.imprintAlgorithm,
    signatureAlgorithm: result.signerCheck.signature.label,
    intact: result.verdict.intact,
    valid: signerCheckValid(result.signerCheck),
    ...assessment,
    ...(result.verdict.time ? { signingTime: result.verdict.time } : {}),
    timestamp: result.verdict,
    warnings: [...new Set([...result.signerCheck.warnings, ...warnings])]
  }
}
