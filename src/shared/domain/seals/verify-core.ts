/**
 * The top-level verifier with the cryptographic engine passed in: verify.ts wires the real one,
 * tests may wire a stub to exercise the policy. Never throws on bad input; every failure is a
 * report with a coded error or a per-signature verdict.
 */
import type {
  Hasher,
  RevocationMaterial,
  SignatureBlobInput,
  SignatureBlobVerdict,
  TrustAnchors
} from './crypto/types'
import { documentBottomLine, signatureBottomLine } from './bottom-line'
import { Budget, BudgetExceeded } from './pdf/budget'
import type { ByteSearch } from './pdf/lexer'
import { type InspectedSignature, type PdfInspection, inspectPdf } from './pdf/inspect'
import { message } from '../../i18n/message'
import type { SignatureWarning } from './codes'
import {
  type PdfVerificationReport,
  type ReportError,
  type SignatureReport,
  REPORT_SCHEMA_VERSION
} from './report'

export interface VerifyPdfOptions {
  /** The user's trust store (信任证书); nothing is trusted by default. */
  trustAnchors: TrustAnchors
  /** CRLs the user imported into the trust store. */
  revocation?: { importedCrls: readonly Uint8Array[] }
  now: Date
  hasher: Hasher
  fileName?: string
  /** Per-file time bound; past it the report carries `seals.error.timeout`. Default 60 s. */
  timeLimitMs?: number
  /** For an encrypted file the empty user password does not open (tried as user, then owner). */
  password?: string
  /** A native byte search (main/services/seals/node-search.ts); a portable loop otherwise. */
  search?: ByteSearch
}

export type VerifySignatureBlob = (input: SignatureBlobInput) => Promise<SignatureBlobVerdict>

const DEFAULT_TIME_LIMIT_MS = 60_000
/** /M and the signed signingTime may differ by clock skew and time zones; beyond this, warn. */
const CLAIMED_TIME_TOLERANCE_MS = 24 * 60 * 60 * 1000

const ALLOWED_CHANGE_WARNINGS = [
  ['form-filling', 'seals.warning.formFilledAfterSigning'],
  ['annotations', 'seals.warning.annotationsAddedAfterSigning']
] as const

class TimedOut extends Error {}

function withDeadline<T>(promise: Promise<T>, deadline: number): Promise<T> {
  const remaining = deadline - Date.now()
  if (remaining <= 0) return Promise.reject(new TimedOut())
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), remaining)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** A report for a file that could not be verified at all: `error` says why, in words. */
export function errorReport(
  bytes: Uint8Array,
  options: Pick<VerifyPdfOptions, 'fileName' | 'now'>,
  error: ReportError
): PdfVerificationReport {
  const words = message(error.code, error.params)
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
    fileSize: bytes.length,
    verifiedAt: options.now.toISOString(),
    error,
    revisions: [],
    signatureFields: 'none',
    unsignedSignatureFields: [],
    stampAnnotationsWithoutSignature: 0,
    signatures: [],
    verdict: documentBottomLine([], 'none', words),
    warnings: []
  }
}

export async function verifyPdfSignaturesWith(
  verifyBlob: VerifySignatureBlob,
  bytes: Uint8Array,
  options: VerifyPdfOptions
): Promise<PdfVerificationReport> {
  const deadline = Date.now() + (options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS)
  try {
    const inspected = inspectPdf(bytes, new Budget(deadline), {
      password: options.password,
      search: options.search
    })
    if (!inspected.ok) return errorReport(bytes, options, inspected.error)
    const { inspection } = inspected
    const signatures: SignatureReport[] = []
    for (const signature of inspection.signatures) {
      signatures.push(await verifyOne(verifyBlob, inspection, signature, options, deadline))
    }
    return buildReport(bytes, options, inspection, signatures)
  } catch (error) {
    if (error instanceof BudgetExceeded && error.kind === 'work') {
      return errorReport(bytes, options, { code: 'seals.error.tooComplex' })
    }
    if (error instanceof BudgetExceeded || error instanceof TimedOut) {
      return errorReport(bytes, options, { code: 'seals.error.timeout' })
    }
    // A parser bug must not take down a batch: report the file as malformed, the bug aside.
    return errorReport(bytes, options, { code: 'seals.error.malformed', detail: String(error) })
  }
}

function buildReport(
  bytes: Uint8Array,
  options: VerifyPdfOptions,
  inspection: PdfInspection,
  signatures: SignatureReport[]
): PdfVerificationReport {
  const { document } = inspection
  const signatureFields =
    signatures.length > 0
      ? 'signed'
      : inspection.unsignedFields.length > 0
        ? 'unsigned-only'
        : 'none'
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
    fileSize: bytes.length,
    verifiedAt: options.now.toISOString(),
    ...(document.encryption ? { encryption: { ...document.encryption } } : {}),
    revisions: document.revisions.map((revision) => ({
      index: revision.index,
      byteLength: revision.end,
      xref: revision.xrefKind
    })),
    signatureFields,
    unsignedSignatureFields: inspection.unsignedFields.map((field) => ({
      fieldName: field.name,
      page: field.widget?.page ?? null,
      rect: field.widget?.rect ?? null
    })),
    stampAnnotationsWithoutSignature: inspection.stampAnnotations,
    signatures,
    verdict: documentBottomLine(signatures, signatureFields, undefined),
    warnings: [...document.warnings]
  }
}

async function verifyOne(
  verifyBlob: VerifySignatureBlob,
  inspection: PdfInspection,
  inspected: InspectedSignature,
  options: VerifyPdfOptions,
  deadline: number
): Promise<SignatureReport> {
  const { field, byteRange } = inspected
  const dictionary = field.signature
  const contents = dictionary.contents?.bytes
  const revocation: RevocationMaterial = {
    certificates: inspection.dss.certificates,
    crls: inspection.dss.crls,
    ocspResponses: inspection.dss.ocspResponses,
    importedCrls: options.revocation?.importedCrls ?? []
  }
  let blob: SignatureBlobVerdict | undefined
  const warnings: SignatureWarning[] = [...inspected.warnings]
  if (contents && contents.length > 0 && byteRange.signedChunks) {
    try {
      blob = await withDeadline(
        verifyBlob({
          contents,
          signedChunks: byteRange.signedChunks,
          ...(dictionary.subFilter !== undefined ? { subFilter: dictionary.subFilter } : {}),
          ...(dictionary.claimedTime !== undefined
            ? { claimedSigningTime: dictionary.claimedTime }
            : {}),
          trustAnchors: options.trustAnchors,
          revocation,
          now: options.now,
          hasher: options.hasher
        }),
        deadline
      )
    } catch (error) {
      if (error instanceof TimedOut) throw error
      warnings.push('seals.warning.cryptoEngineError')
    }
  }
  if (!inspected.presentInLatestRevision) warnings.push('seals.warning.signatureFieldRemoved')
  if (blob) {
    warnings.push(...blob.warnings)
    if (blob.revocation.status === 'unknown') warnings.push('seals.warning.revocationUnknown')
    const claimed = dictionary.claimedTime
    if (
      claimed !== undefined &&
      blob.signingTime !== undefined &&
      Math.abs(Date.parse(claimed) - Date.parse(blob.signingTime)) > CLAIMED_TIME_TOLERANCE_MS
    ) {
      warnings.push('seals.warning.claimedTimeDiffersFromSigningTime')
    }
  }
  const certificationPermission = dictionary.docMdpPermission ?? null
  const verdict = signatureBottomLine({
    formatFailure: byteRange.formatFailure,
    blob,
    coverage: byteRange.coverage,
    modificationLevel: inspected.modificationLevel,
    signedContentChanged: inspected.changes.some((change) => change.review === true),
    approvalOnlyChange: inspected.changes.some((change) => change.notAfterCertification === true),
    certificationPermission
  })
  // Allowed changes still change the document: the report says so next to a 通过.
  for (const [level, warning] of ALLOWED_CHANGE_WARNINGS) {
    if (inspected.changes.some((change) => change.level === level)) warnings.push(warning)
  }
  const timestamp = blob?.timestamp
  return {
    fieldName: field.name,
    kind:
      dictionary.type === 'DocTimeStamp' || blob?.format === 'rfc3161'
        ? 'document-timestamp'
        : 'signature',
    signatureObject: dictionary.num ?? null,
    presentInLatestRevision: inspected.presentInLatestRevision,
    page: field.widget?.page ?? null,
    rect: field.widget?.rect ?? null,
    filter: dictionary.filter ?? null,
    subFilter: dictionary.subFilter ?? null,
    format: blob?.format ?? null,
    ...(blob?.formatError !== undefined ? { formatError: blob.formatError } : {}),
    byteRange: dictionary.byteRange?.map((n) => (Number.isFinite(n) ? n : -1)) ?? null,
    byteRangeProblems: byteRange.problems,
    coverage: byteRange.coverage,
    signedRevision:
      byteRange.signedRevision !== undefined && byteRange.signedEnd !== undefined
        ? { index: byteRange.signedRevision, byteLength: byteRange.signedEnd }
        : null,
    modification: { level: inspected.modificationLevel, changes: inspected.changes },
    intact: blob?.intact ?? null,
    valid: blob?.valid ?? null,
    trusted: blob?.trusted ?? false,
    ...(blob?.trustProblem !== undefined ? { trustProblem: blob.trustProblem } : {}),
    ...(blob?.digestAlgorithm !== undefined ? { digestAlgorithm: blob.digestAlgorithm } : {}),
    ...(blob?.signatureAlgorithm !== undefined
      ? { signatureAlgorithm: blob.signatureAlgorithm }
      : {}),
    ...(blob?.signer !== undefined ? { signer: blob.signer } : {}),
    chain: blob?.chain ?? [],
    signerValidAtSigningTime: blob?.signerValidAtSigningTime ?? null,
    signerValidNow: blob?.signerValidNow ?? null,
    revocation: blob?.revocation ?? { status: 'unknown' },
    times: {
      ...(dictionary.claimedTime !== undefined ? { claimed: dictionary.claimedTime } : {}),
      ...(blob?.signingTime !== undefined ? { signingTime: blob.signingTime } : {}),
      ...(timestamp?.intact && timestamp.valid === true && timestamp.time !== undefined
        ? { timestamped: timestamp.time }
        : {})
    },
    ...(timestamp !== undefined ? { timestamp } : {}),
    ...(blob?.seal !== undefined ? { seal: blob.seal } : {}),
    dictionary: {
      ...(dictionary.reason !== undefined ? { reason: dictionary.reason } : {}),
      ...(dictionary.location !== undefined ? { location: dictionary.location } : {}),
      ...(dictionary.name !== undefined ? { name: dictionary.name } : {}),
      ...(dictionary.contactInfo !== undefined ? { contactInfo: dictionary.contactInfo } : {})
    },
    certificationPermission,
    warnings: [...new Set(warnings)],
    verdict
  }
}
