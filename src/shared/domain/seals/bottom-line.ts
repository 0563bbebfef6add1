/**
 * The bottom line (核验结论) of one signature and of a document, in the three states of EU DSS
 * (TOTAL_PASSED / TOTAL_FAILED / INDETERMINATE with a sub-indication) and mirroring pyHanko's
 * `bottom_line`: intact ∧ valid ∧ trusted ∧ standard coverage ∧ acceptable modifications.
 *
 * The checks run in this order; the first that applies decides.
 *   failed 未通过
 *     format-failure        no usable /ByteRange or /Contents (missing, not integers, outside the
 *                           file, overlapping, descending), a blob of a known format that does not
 *                           parse, or a detached CMS that encapsulates content
 *     hash-failure          the signed bytes' digest differs from the signed one (intact = false)
 *     signature-failure     the signature value does not verify (valid = false)
 *     nonstandard-coverage  coverage `unclear` or `contiguous-block-from-start`: bytes outside the
 *                           signature that are not a later revision (pyHanko NONSTANDARD_COVERAGE)
 *     illegal-modification  a later revision made `other` changes, or more than a certification
 *                           signature's DocMDP permission allows (P=1 nothing, P=2 form filling
 *                           and signing, P=3 also annotations), or added a visible signature
 *                           field after a certification (pyHanko; the sneaky-signature attack)
 *     revoked               the signer's certificate is revoked and no trusted timestamp proves
 *                           signing before the revocation
 *     expired               the signer's certificate was not valid at the signing time
 *     seal-invalid          (GB/T 38540) the maker's seal signature fails, the signer is not in
 *                           the seal's certList, or the seal was not valid at signing time
 *   indeterminate 无法确定
 *     unknown-format        /Contents holds no structure we know: never reported as "unsigned"
 *     unknown-algorithm     intact or valid could not be decided
 *     modifications-unknown the changes after signing could not be analysed
 *     signed-content-changed an allowed change (form filling) rewrote a value or an appearance
 *                           the signer saw: the shadow attacks "hide" and "replace" through form
 *                           fields (Mainka et al.) look exactly like this, so a person must look
 *     out-of-bounds-no-poe  the certificate has expired since, and no trusted timestamp proves
 *                           the signature was made while it was valid (DSS OUT_OF_BOUNDS_NO_POE)
 *     no-chain-found / untrusted / chain-constraints-failure   not trusted
 *   passed 通过: none of the above. Comments added after an approval signature pass, with the
 *   changes listed for the user to see (the report's warnings say so).
 * Revocation status `unknown` (no CRL or OCSP at hand) is a warning, not indeterminate: an
 * offline workstation rarely has fresh revocation data, and imported CRLs are checked when given.
 */
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

const FAILED_SUMMARY: Record<FailedReason, string> = {
  'format-failure': '签名结构不合规（签名范围或签名数据无法使用）',
  'hash-failure': '签名后文档内容被篡改（摘要不一致）',
  'signature-failure': '签名值验证失败',
  'nonstandard-coverage': '签名未覆盖完整的文档版本，存在未受保护的内容',
  'illegal-modification': '签名后文档被做了不允许的修改',
  revoked: '签名证书已被吊销',
  expired: '签名时签名证书不在有效期内',
  'seal-invalid': '电子印章无效（制章签名、证书列表或印章有效期不符）'
}

const INDETERMINATE_SUMMARY: Record<IndeterminateReason, string> = {
  'unknown-format': '签名数据格式无法识别，无法核验',
  'unknown-algorithm': '签名算法不受支持，无法判断签名是否有效',
  'modifications-unknown': '无法分析签名后的修改',
  'signed-content-changed': '签名后修改了签署时已显示的表单内容，请人工核对',
  'out-of-bounds-no-poe': '签名证书现已过期，且没有可信时间戳证明签名时证书有效',
  'no-chain-found': '找不到签名证书的签发者，无法建立证书链',
  untrusted: '签名证书链不以受信任的根证书结尾',
  'chain-constraints-failure': '证书链不满足约束（签发签名、CA 约束或密钥用途）'
}

const failed = (reason: FailedReason): SignatureVerdict => ({
  status: 'failed',
  reason,
  summary: FAILED_SUMMARY[reason]
})
const indeterminate = (reason: IndeterminateReason): SignatureVerdict => ({
  status: 'indeterminate',
  reason,
  summary: INDETERMINATE_SUMMARY[reason]
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
    blob.warnings.includes('detached-with-econtent')
  ) {
    return failed('format-failure')
  }
  if (blob.format === 'unknown') return indeterminate('unknown-format')
  if (blob.intact === false) return failed('hash-failure')
  if (blob.valid === false) return failed('signature-failure')
  if (input.coverage === 'unclear' || input.coverage === 'contiguous-block-from-start') {
    return failed('nonstandard-coverage')
  }
  const level = input.modificationLevel
  const permission = input.certificationPermission
  if (
    level === 'other' ||
    (permission !== null &&
      ((level !== null && exceedsDocMdp(level, permission)) || input.approvalOnlyChange))
  ) {
    return failed('illegal-modification')
  }
  const provenTime = trustedTimestampTime(blob)
  if (blob.revocation.status === 'revoked') {
    const revokedAt = blob.revocation.revokedAt
    const provenBefore =
      provenTime !== undefined && revokedAt !== undefined && provenTime < revokedAt
    if (!provenBefore) return failed('revoked')
  }
  if (blob.signerValidAtSigningTime === false) return failed('expired')
  const seal = blob.seal
  if (
    seal &&
    (seal.makerSignatureValid === false ||
      seal.signerInCertList === false ||
      seal.validAtSigningTime === false)
  ) {
    return failed('seal-invalid')
  }
  if (blob.intact === null || blob.valid === null) return indeterminate('unknown-algorithm')
  if (level === null) return indeterminate('modifications-unknown')
  if (input.signedContentChanged) return indeterminate('signed-content-changed')
  if (blob.signerValidNow === false && provenTime === undefined)
    return indeterminate('out-of-bounds-no-poe')
  if (!blob.trusted) {
    if (blob.trustProblem === 'no-chain') return indeterminate('no-chain-found')
    if (blob.trustProblem === undefined || blob.trustProblem === 'untrusted-root')
      return indeterminate('untrusted')
    return indeterminate('chain-constraints-failure')
  }
  return { status: 'passed', summary: '签名有效：文档自签名后未被篡改，签名者身份可信' }
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
 */
export function documentBottomLine(
  signatures: readonly Pick<SignatureReport, 'verdict' | 'fieldName'>[],
  signatureFields: 'none' | 'unsigned-only' | 'signed',
  unreadable: string | undefined
): DocumentVerdict {
  if (unreadable !== undefined) {
    return { status: 'indeterminate', reason: 'unreadable', summary: `文件无法核验：${unreadable}` }
  }
  if (signatures.length === 0) {
    return signatureFields === 'unsigned-only'
      ? {
          status: 'indeterminate',
          reason: 'unsigned-fields-only',
          summary: '文档有签名域，但尚未签名'
        }
      : {
          status: 'indeterminate',
          reason: 'no-signature-fields',
          summary: '文档中没有数字签名（电子签章）'
        }
  }
  const failure = signatures.find((s) => s.verdict.status === 'failed')
  if (failure && failure.verdict.status === 'failed') {
    return {
      status: 'failed',
      reason: failure.verdict.reason,
      summary: `签名「${failure.fieldName}」未通过：${failure.verdict.summary}`
    }
  }
  const doubt = signatures.find((s) => s.verdict.status === 'indeterminate')
  if (doubt && doubt.verdict.status === 'indeterminate') {
    return {
      status: 'indeterminate',
      reason: doubt.verdict.reason,
      summary: `签名「${doubt.fieldName}」无法确定：${doubt.verdict.summary}`
    }
  }
  return { status: 'passed', summary: `全部 ${signatures.length} 个签名核验通过` }
}
