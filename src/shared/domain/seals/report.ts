/**
 * The seal verification report (签章核验报告): one stable, JSON-safe schema shared by the UI (over
 * IPC) and the CLI's `--json`. Documented in docs/seals-json.md; bump REPORT_SCHEMA_VERSION on
 * any incompatible change.
 */
import { z } from 'zod'

export const REPORT_SCHEMA_VERSION = 2

const isoTime = z.string()

export const certificateSummarySchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  commonName: z.string().optional(),
  organization: z.string().optional(),
  uscc: z.string().optional(),
  serialNumberHex: z.string(),
  notBefore: isoTime,
  notAfter: isoTime,
  publicKey: z.string(),
  keyUsage: z.array(z.string()),
  isCa: z.boolean(),
  sha256Fingerprint: z.string()
})

const revocationSchema = z.object({
  status: z.enum(['good', 'revoked', 'unknown']),
  source: z.enum(['embedded-crl', 'embedded-ocsp', 'dss', 'imported-crl']).optional(),
  revokedAt: isoTime.optional(),
  reason: z.string().optional()
})

const timestampSchema = z.object({
  intact: z.boolean(),
  valid: z.boolean().nullable(),
  time: isoTime.optional(),
  tsa: certificateSummarySchema.optional(),
  trusted: z.boolean()
})

const sealSchema = z.object({
  version: z.number(),
  esId: z.string(),
  vid: z.string().optional(),
  name: z.string(),
  type: z.number().optional(),
  createDate: isoTime.optional(),
  validStart: isoTime.optional(),
  validEnd: isoTime.optional(),
  maker: certificateSummarySchema.optional(),
  makerSignatureValid: z.boolean().nullable(),
  signerInCertList: z.boolean().nullable(),
  validAtSigningTime: z.boolean().nullable(),
  picture: z
    .object({
      type: z.string(),
      widthMm: z.number().optional(),
      heightMm: z.number().optional(),
      displayable: z.boolean(),
      dataBase64: z.string().optional()
    })
    .optional()
})

/** DSS TOTAL_FAILED sub-indications, in the order the policy checks them. */
export const failedReasonSchema = z.enum([
  'format-failure',
  'hash-failure',
  'signature-failure',
  'nonstandard-coverage',
  'illegal-modification',
  'revoked',
  'expired',
  'seal-invalid'
])

/** DSS INDETERMINATE sub-indications. */
export const indeterminateReasonSchema = z.enum([
  'unknown-format',
  'unknown-algorithm',
  'modifications-unknown',
  /** An allowed change rewrote something the signer saw (a filled-in form value): a person looks. */
  'signed-content-changed',
  'out-of-bounds-no-poe',
  'no-chain-found',
  'untrusted',
  'chain-constraints-failure'
])

const summary = z.string()

export const signatureVerdictSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('passed'), summary }),
  z.object({ status: z.literal('failed'), reason: failedReasonSchema, summary }),
  z.object({ status: z.literal('indeterminate'), reason: indeterminateReasonSchema, summary })
])

export const documentVerdictSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('passed'), summary }),
  z.object({ status: z.literal('failed'), reason: failedReasonSchema, summary }),
  z.object({
    status: z.literal('indeterminate'),
    reason: z.union([
      indeterminateReasonSchema,
      z.enum(['no-signature-fields', 'unsigned-fields-only', 'unreadable'])
    ]),
    summary
  })
])

export const modificationLevelSchema = z.enum([
  'none',
  'signatures-dss-timestamps',
  'form-filling',
  'annotations',
  'other'
])

const changeSchema = z.object({
  revision: z.number().int(),
  level: modificationLevelSchema.exclude(['none']),
  description: z.string(),
  page: z.number().int().optional(),
  /** Allowed, but it changes what the signer saw: the verdict asks a person to compare. */
  review: z.literal(true).optional(),
  /** Allowed after an approval signature only (a new visible signature). */
  notAfterCertification: z.literal(true).optional()
})

const rectSchema = z.tuple([z.number(), z.number(), z.number(), z.number()])

export const signatureReportSchema = z.object({
  fieldName: z.string(),
  /** 'signature' (签名/签章) or 'document-timestamp' (文档时间戳, /Type /DocTimeStamp). */
  kind: z.enum(['signature', 'document-timestamp']),
  /** Object number of the signature dictionary, when it is an indirect object. */
  signatureObject: z.number().int().nullable(),
  /** False when the field was removed by a later update (the signature still counts). */
  presentInLatestRevision: z.boolean(),
  /** 0-based page index and /Rect of the widget, for outlining in the viewer. */
  page: z.number().int().nullable(),
  rect: rectSchema.nullable(),
  filter: z.string().nullable(),
  subFilter: z.string().nullable(),
  /** Recognised from the DER, never from /SubFilter; null when the blob was not inspected. */
  format: z.enum(['cms', 'rfc3161', 'ses-v1', 'ses-v4', 'ses-v5', 'unknown']).nullable(),
  formatError: z.string().optional(),
  byteRange: z.array(z.number()).nullable(),
  byteRangeProblems: z.array(z.string()),
  coverage: z.enum(['entire-file', 'entire-revision', 'contiguous-block-from-start', 'unclear']),
  /** The revision the signature covers; `byteLength` bytes from the start of the file. */
  signedRevision: z.object({ index: z.number().int(), byteLength: z.number().int() }).nullable(),
  modification: z.object({
    /** Worst change in any later revision; null when it could not be determined. */
    level: modificationLevelSchema.nullable(),
    changes: z.array(changeSchema)
  }),
  intact: z.boolean().nullable(),
  valid: z.boolean().nullable(),
  trusted: z.boolean(),
  trustProblem: z
    .enum(['no-chain', 'untrusted-root', 'bad-chain-signature', 'ca-constraints', 'key-usage'])
    .optional(),
  digestAlgorithm: z.string().optional(),
  signatureAlgorithm: z.string().optional(),
  signer: certificateSummarySchema.optional(),
  chain: z.array(certificateSummarySchema),
  signerValidAtSigningTime: z.boolean().nullable(),
  signerValidNow: z.boolean().nullable(),
  revocation: revocationSchema,
  times: z.object({
    /** /M: the signer's computer clock, unverified. */
    claimed: isoTime.optional(),
    /** signingTime attribute (CMS) or timeInfo (SES): signed, but still the signer's claim. */
    signingTime: isoTime.optional(),
    /** From a verified RFC 3161 timestamp: the only proven time. */
    timestamped: isoTime.optional()
  }),
  timestamp: timestampSchema.optional(),
  seal: sealSchema.optional(),
  dictionary: z.object({
    reason: z.string().optional(),
    location: z.string().optional(),
    name: z.string().optional(),
    contactInfo: z.string().optional()
  }),
  /** DocMDP permission of a certification signature (认证签名): 1, 2 or 3. */
  certificationPermission: z.number().int().min(1).max(3).nullable(),
  warnings: z.array(z.string()),
  verdict: signatureVerdictSchema
})

export const reportErrorCodeSchema = z.enum([
  'PDF_NOT_PDF',
  'PDF_TRUNCATED',
  /** Encrypted, and the empty user password does not open it: ask the user for one. */
  'PDF_PASSWORD_REQUIRED',
  /** Encrypted, and the given password is neither the user nor the owner password. */
  'PDF_PASSWORD_WRONG',
  /** Encrypted with a certificate (/Adobe.PubSec) or a handler, version or revision we lack. */
  'PDF_ENCRYPTION_UNSUPPORTED',
  'PDF_MALFORMED',
  'PDF_TIMEOUT',
  /** More decompressed data, objects or values than a file of its size can hold: a bomb. */
  'PDF_TOO_COMPLEX',
  /** The file could not be read from disk (CLI, file services). */
  'FILE_UNREADABLE'
])

export const pdfVerificationReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  fileName: z.string().optional(),
  fileSize: z.number().int(),
  verifiedAt: isoTime,
  error: z.object({ code: reportErrorCodeSchema, message: z.string() }).optional(),
  /** Present when the file is encrypted (加密) and was opened: how, and with which password. */
  encryption: z
    .object({
      method: z.enum(['RC4-40', 'RC4-128', 'AES-128', 'AES-256']),
      passwordUsed: z.enum(['empty-user', 'user', 'owner'])
    })
    .optional(),
  revisions: z.array(
    z.object({
      index: z.number().int(),
      byteLength: z.number().int(),
      xref: z.enum(['table', 'stream', 'reconstructed'])
    })
  ),
  /** 'none': no signature field at all; 'unsigned-only': empty fields; 'signed': ≥ 1 signature. */
  signatureFields: z.enum(['none', 'unsigned-only', 'signed']),
  unsignedSignatureFields: z.array(
    z.object({
      fieldName: z.string(),
      page: z.number().int().nullable(),
      rect: rectSchema.nullable()
    })
  ),
  /** /Stamp annotations (图章批注) on an unsigned document: a pasted seal picture, not a seal. */
  stampAnnotationsWithoutSignature: z.number().int(),
  signatures: z.array(signatureReportSchema),
  verdict: documentVerdictSchema,
  warnings: z.array(z.string())
})

export type PdfVerificationReport = z.infer<typeof pdfVerificationReportSchema>
export type SignatureReport = z.infer<typeof signatureReportSchema>
export type SignatureVerdict = z.infer<typeof signatureVerdictSchema>
export type DocumentVerdict = z.infer<typeof documentVerdictSchema>
export type FailedReason = z.infer<typeof failedReasonSchema>
export type IndeterminateReason = z.infer<typeof indeterminateReasonSchema>
export type ReportErrorCode = z.infer<typeof reportErrorCodeSchema>
