/**
 * The bottom line (核验结论) of one signature and of a document, in the three states of EU DSS
 * (TOTAL_PASSED / TOTAL_FAILED / INDETERMINATE with a sub-indication) and mirroring pyHanko's
 * `bottom_line`: intact ∧ valid ∧ trusted ∧ standard coverage ∧ acceptable modifications.
 *
 * The checks run in this order; the first that applies decides. Each reason is a code of the
 * seals catalog (`seals.reason.<name>`), and the summary says it in the reader's language.
 *   failed 未通过
 *     formatFailure         no usable /ByteRange or /Contents (missing, not integers, outside the
 *                           file, overlapping, descending), a blob of a known format that does not
 *                           parse, or a detached CMS that encapsulates content
 *     hashFailure           the signed bytes' digest differs from the signed one (intact = false)
 *     signatureFailure      the signature value does not verify (valid = false)
 *     nonstandardCoverage   coverage `unclear` or `contiguous-block-from-start`: bytes outside the
 *                           signature that are not a later revision (pyHanko NONSTANDARD_COVERAGE)
 *     illegalModification   a later revision made `other` changes, or more than a certification
 *                           signature's DocMDP permission allows (P=1 nothing, P=2 form filling
 *                           and signing, P=3 also annotations), or added a visible signature
 *                           field after a certification (pyHanko; the sneaky-signature attack)
 *     revoked               the signer's certificate is revoked and no trusted timestamp proves
 *                           signing before the revocation
 *     expired               the signer's certificate was not valid at the signing time
 *     sealInvalid           (GB/T 38540) the maker's seal signature fails, the signer is not in
 *                           the seal's certList, or the seal was not valid at signing time
 *   indeterminate 无法确定
 *     unknownFormat         /Contents holds no structure we know: never reported as "unsigned"
 *     unknownAlgorithm      intact or valid could not be decided
 *     modificationsUnknown  the changes after signing could not be analysed
 *     signedContentChanged  an allowed change (form filling) rewrote a value or an appearance
 *                           the signer saw: the shadow attacks "hide" and "replace" through form
 *                           fields (Mainka et al.) look exactly like this, so a person must look
 *     outOfBoundsNoPoe      the certificate has expired since, and no trusted timestamp proves
 *                           the signature was made while it was valid (DSS OUT_OF_BOUNDS_NO_POE)
 *     noChainFound / untrusted / chainConstraintsFailure   not trusted
 *   passed 通过: none of the above. Comments added after an approval signature pass, with the
 *   changes listed for the user to see (the report's warnings say so).
 * Revocation status `unknown` (no CRL or OCSP at hand) is a warning, not indeterminate: an
 * offline workstation rarely has fresh revocation data, and imported CRLs are checked when given.
 */
import { message, type Message } from '../../i18n/message'
import type { SignatureBlobVerdict } from './crypto/types'
import type { Coverage } from './pdf/byte-range'
import type { ModificationLevel } from './pdf/modifications'
import type {
  DocumentVerdict,
  FailedReason,
  IndeterminateReason,
  SignatureReport,
  SignatureVerdict
} from './report'

export interface BottomLineInput {
  /** Structural failure found on the PDF side (ByteRange/Contents unusable). */
  formatFailure: boolean
  /** The crypto verdict; undefined when the blob could not be handed over (format failure). */
  blob: SignatureBlobVerdict | undefined
  coverage: Coverage
  /** null when the analysis failed. */
  modificationLevel: ModificationLevel | null
  /** Some allowed change rewrote what the signer saw (DocumentChange.review). */
  signedContentChanged: boolean
  /** Some change is allowed after an approval signature only (DocumentChange.notAfterCertification). */
  approvalOnlyChange: boolean
  /** DocMDP permission of this signature when it certifies the document. */
  certificationPermission: 1 | 2 | 3 | null
}

/** A reason's summary is the reason said in words: the code is a key of the seals catalog. */
const failed = (reason: FailedReason): SignatureVerdict => ({
  status: 'failed',
  reason,
  summary: message(reason)
})
const indeterminate = (reason: IndeterminateReason): SignatureVerdict => ({
  status: 'indeterminate',
  reason,
  summary: message(reason)
})

/**
 * What a DocMDP permission forbids beyond `other` changes, which no signature allows
 * (ISO 32000-1 §12.8.2.2): P=1 any change, P=2 annotations; P=3 allows annotations too.
 */
function exceedsDocMdp(level: ModificationLevel, permission: 1 | 2 | 3): boolean {
  if (permission === 1) return level !== 'none'
  return permission === 2 && level === 'annotations'
}

export function signatureBottomLine(input: BottomLineInput): SignatureVerdict {
  const { blob } = input
  if (
    input.formatFailure ||
    !blob ||
    (blob.format !== 'unknown' && blob.formatError !== undefined) ||
    blob.warnings.includes('seals.warning.detachedWithEcontent')
  ) {
    return failed('seals.reason.formatFailure')
  }
  if (blob.format === 'unknown') return indeterminate('seals.reason.unknownFormat')
  if (blob.intact === false) return failed('seals.reason.hashFailure')
  if (blob.valid === false) return failed('seals.reason.signatureFailure')
  if (input.coverage === 'unclear' || input.coverage === 'contiguous-block-from-start') {
    return failed('seals.reason.nonstandardCoverage')
  }
  const level = input.modificationLevel
  const permission = input.certificationPermission
  if (
    level === 'other' ||
    (permission !== null &&
      ((level !== null && exceedsDocMdp(level, permission)) || input.approvalOnlyChange))
  ) {
    return failed('seals.reason.illegalModification')
  }
  const provenTime = trustedTimestampTime(blob)
  if (blob.revocation.status === 'revoked') {
    const revokedAt = blob.revocation.revokedAt
    const provenBefore =
      provenTime !== undefined && revokedAt !== undefined && provenTime < revokedAt
    if (!provenBefore) return failed('seals.reason.revoked')
  }
  if (blob.signerValidAtSigningTime === false) return failed('seals.reason.expired')
  const seal = blob.seal
  if (
    seal &&
    (seal.makerSignatureValid === false ||
      seal.signerInCertList === false ||
      seal.validAtSigningTime === false)
  ) {
    return failed('seals.reason.sealInvalid')
  }
  if (blob.intact === null || blob.valid === null)
    return indeterminate('seals.reason.unknownAlgorithm')
  if (level === null) return indeterminate('seals.reason.modificationsUnknown')
  if (input.signedContentChanged) return indeterminate('seals.reason.signedContentChanged')
  if (blob.signerValidNow === false && provenTime === undefined)
    return indeterminate('seals.reason.outOfBoundsNoPoe')
  if (!blob.trusted) {
    if (blob.trustProblem === 'no-chain') return indeterminate('seals.reason.noChainFound')
    if (blob.trustProblem === undefined || blob.trustProblem === 'untrusted-root')
      return indeterminate('seals.reason.untrusted')
    return indeterminate('seals.reason.chainConstraintsFailure')
  }
  return { status: 'passed', summary: message('seals.verdict.passed') }
}

/** The timestamp's time when the token is intact, valid and from a trusted TSA. */
function trustedTimestampTime(blob: SignatureBlobVerdict): string | undefined {
  const timestamp = blob.timestamp
  return timestamp && timestamp.intact && timestamp.valid === true && timestamp.trusted
    ? timestamp.time
    : undefined
}

/**
 * The document's verdict: failed when any signature failed, indeterminate when any is
 * indeterminate or there is nothing to verify, passed when every signature passed.
 * `unreadable` is the file error when the file could not be verified at all.
 */
export function documentBottomLine(
  signatures: readonly Pick<SignatureReport, 'verdict' | 'fieldName'>[],
  signatureFields: 'none' | 'unsigned-only' | 'signed',
  unreadable: Message | undefined
): DocumentVerdict {
  if (unreadable !== undefined) {
    // The file error says it all (这不是 PDF 文件，无法核验。…): it is the summary.
    return { status: 'indeterminate', reason: 'seals.reason.unreadable', summary: unreadable }
  }
  if (signatures.length === 0) {
    return signatureFields === 'unsigned-only'
      ? {
          status: 'indeterminate',
          reason: 'seals.reason.unsignedFieldsOnly',
          summary: message('seals.reason.unsignedFieldsOnly')
        }
      : {
          status: 'indeterminate',
          reason: 'seals.reason.noSignatureFields',
          summary: message('seals.reason.noSignatureFields')
        }
  }
  const failure = signatures.find((s) => s.verdict.status === 'failed')
  if (failure && failure.verdict.status === 'failed') {
    return {
      status: 'failed',
      reason: failure.verdict.reason,
      summary: message('seals.verdict.signatureFailed', {
        field: failure.fieldName,
        reason: failure.verdict.summary
      })
    }
  }
  const doubt = signatures.find((s) => s.verdict.status === 'indeterminate')
  if (doubt && doubt.verdict.status === 'indeterminate') {
    return {
      status: 'indeterminate',
      reason: doubt.verdict.reason,
      summary: message('seals.verdict.signatureIndeterminate', {
        field: doubt.fieldName,
        reason: doubt.verdict.summary
      })
    }
  }
  return {
    status: 'passed',
    summary: message('seals.verdict.allPassed', { count: signatures.length })
  }
}
