/**
 * The seal verification report (签章核验报告): one stable, JSON-safe schema shared by the UI (over
 * IPC) and the CLI's `--json`. Documented in docs/seals-json.md; bump REPORT_SCHEMA_VERSION on
 * any incompatible change.
 */
import { z } from 'zod'
import type { Message, MessageParam } from '../../i18n/message'
import {
  byteRangeProblems,
  documentReasons,
  documentWarnings,
  failedReasons,
  fileErrors,
  indeterminateReasons,
  signatureWarnings
} from './codes'

export const REPORT_SCHEMA_VERSION = 3

const isoTime = z.string()

/** A catalog code: dotted lower camelCase, the capability first (`seals.reason.hashFailure`). */
const codeSchema = z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/)

const messageParamSchema: z.ZodType<MessageParam> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    messageSchema,
    z.object({ day: z.string() }).strict(),
    z.object({ instant: z.string() }).strict(),
    z.object({ list: z.array(messageParamSchema) }).strict()
  ])
)

const messageParamsSchema = z.record(z.string(), messageParamSchema)

/**
 * Words as a value (`{code, params}`, src/shared/i18n/message.ts): the screen and the CLI say it
 * in the reader's language; the JSON keeps the code and the raw parameters.
 */
export const messageSchema: z.ZodType<Message> = z.lazy(() =>
  z.object({ code: codeSchema, params: messageParamsSchema.optional() }).strict()
)

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
  sha256Fingerprint: z.string(),
  /** The bytes are no certificate: only the fingerprint is known, and the screen says so. */
  unreadable: z.literal(true).optional()
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

/** DSS TOTAL_FAILED sub-indications, in the order the policy checks them (codes.ts). */
export const failedReasonSchema = z.enum(failedReasons)

/** DSS INDETERMINATE sub-indications (codes.ts). */
export const indeterminateReasonSchema = z.enum(indeterminateReasons)

/** The verdict in words: the reason's message, or for a document the signature that decided. */
const summary = messageSchema

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
    reason: z.union([indeterminateReasonSchema, z.enum(documentReasons)]),
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
  /** What changed, as words (`seals.change.*`). */
  description: messageSchema,
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
  /** Why the blob does not parse, as words (`seals.format.*`). */
  formatError: messageSchema.optional(),
  byteRange: z.array(z.number()).nullable(),
  byteRangeProblems: z.array(z.enum(byteRangeProblems)),
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
  warnings: z.array(z.enum(signatureWarnings)),
  verdict: signatureVerdictSchema
})

/** Why a file could not be verified at all (codes.ts). */
export const reportErrorCodeSchema = z.enum(fileErrors)

/**
 * The file error as words: its code and parameters, and for developers only the exception the
 * verifier met (`detail`, never shown).
 */
export const reportErrorSchema = z.object({
  code: reportErrorCodeSchema,
  params: messageParamsSchema.optional(),
  detail: z.string().optional()
})

export const pdfVerificationReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  fileName: z.string().optional(),
  fileSize: z.number().int(),
  verifiedAt: isoTime,
  error: reportErrorSchema.optional(),
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
  warnings: z.array(z.enum(documentWarnings))
})

export type PdfVerificationReport = z.infer<typeof pdfVerificationReportSchema>
export type SignatureReport = z.infer<typeof signatureReportSchema>
export type SignatureVerdict = z.infer<typeof signatureVerdictSchema>
export type DocumentVerdict = z.infer<typeof documentVerdictSchema>
export type FailedReason = z.infer<typeof failedReasonSchema>
export type IndeterminateReason = z.infer<typeof indeterminateReasonSchema>
export type ReportErrorCode = z.infer<typeof reportErrorCodeSchema>
export type ReportError = z.infer<typeof reportErrorSchema>
