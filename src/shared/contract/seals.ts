import { z } from 'zod'
import {
  certificateSummarySchema,
  messageSchema,
  pdfVerificationReportSchema,
  reportErrorCodeSchema
} from '../domain/seals/report'
import { messageParamsSchema } from './result'

/** A file main knows by handle (`/files/<id>`); the renderer never sees its path. */
export const fileIdSchema = z.string().regex(/^[\w-]{1,64}$/)

export const fileRefSchema = z.object({
  id: fileIdSchema,
  name: z.string(),
  size: z.number().int().nonnegative()
})
export type FileRef = z.infer<typeof fileRefSchema>

/** What the open dialog is for: PDFs to verify, or certificates/CRLs for the trust store. */
export const pickPurposeSchema = z.enum(['pdf', 'trust'])

export const pickFilesInputSchema = z
  .object({ mode: z.enum(['files', 'folder']), purpose: pickPurposeSchema })
  .strict()

/**
 * `unavailable`: no system dialog here (browser mode) — the user drops files instead.
 * A folder yields every matching file under it (recursively), `folderName` names it.
 */
export const pickFilesOutputSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('picked'),
    files: z.array(fileRefSchema),
    folderName: z.string().nullable()
  }),
  z.object({ outcome: z.literal('canceled') }),
  z.object({ outcome: z.literal('unavailable') })
])
export type PickFilesOutput = z.infer<typeof pickFilesOutputSchema>

export const verifyFileInputSchema = z
  .object({
    fileId: fileIdSchema,
    /** For an encrypted PDF the empty password does not open; used once, never kept or logged. */
    password: z.string().max(1024).optional()
  })
  .strict()
export const verifyFileOutputSchema = z.object({
  file: fileRefSchema,
  report: pdfVerificationReportSchema
})

export const batchIdSchema = z.string().regex(/^[\w-]{1,64}$/)
/** Largest batch one call may start (the scale target is 1,000-file batches). */
export const MAX_BATCH_FILES = 5000

export const verdictStatusSchema = z.enum(['passed', 'failed', 'indeterminate'])

/** One finished file of a batch: the summary table's row (文件、结论、原因、签名者、时间). */
export const batchRowSchema = z.object({
  fileId: fileIdSchema,
  fileName: z.string(),
  status: verdictStatusSchema,
  /** The domain's reason code (seals.reason.hashFailure, …); null when passed. */
  reason: z.string().nullable(),
  /** The bottom line in words (the document verdict's summary), said in the reader's language. */
  summary: messageSchema,
  errorCode: reportErrorCodeSchema.nullable(),
  signatureCount: z.number().int().nonnegative(),
  /** Signer of the first signature (CN, else subject, else /Name). */
  signer: z.string().nullable(),
  /** The best time of the first signature: timestamped, else signing time, else claimed. */
  signedAt: z.string().nullable(),
  durationMs: z.number().nonnegative()
})
export type BatchRow = z.infer<typeof batchRowSchema>

export const batchStateSchema = z.enum(['running', 'canceled', 'finished'])

export const batchStatusSchema = z.object({
  batchId: batchIdSchema,
  state: batchStateSchema,
  total: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  /** Finished rows in the order they finished. */
  rows: z.array(batchRowSchema)
})
export type BatchStatus = z.infer<typeof batchStatusSchema>

/** Starts a batch, or resumes one (same batchId): files with a finished row are skipped. */
export const startBatchInputSchema = z
  .object({
    fileIds: z.array(fileIdSchema).min(1).max(MAX_BATCH_FILES),
    batchId: batchIdSchema.optional()
  })
  .strict()

export const batchRefInputSchema = z.object({ batchId: batchIdSchema }).strict()

/** Pushed for every finished file and every change of state. */
export const batchProgressEventSchema = z.object({
  batchId: batchIdSchema,
  state: batchStateSchema,
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  row: batchRowSchema.nullable()
})

/** 信任证书与吊销列表 kept by main under `<dataLocation>/trust-store/`. */
export const trustEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('certificate'),
    id: z.string(),
    sourceName: z.string(),
    importedAt: z.string(),
    certificate: certificateSummarySchema
  }),
  z.object({
    kind: z.literal('crl'),
    id: z.string(),
    sourceName: z.string(),
    importedAt: z.string(),
    crl: z.object({
      issuer: z.string(),
      thisUpdate: z.string(),
      nextUpdate: z.string().nullable(),
      revokedCount: z.number().int().nonnegative(),
      sha256Fingerprint: z.string()
    })
  })
])
export type TrustEntry = z.infer<typeof trustEntrySchema>

export const trustListOutputSchema = z.object({ entries: z.array(trustEntrySchema) })

export const trustImportInputSchema = z
  .object({ fileIds: z.array(fileIdSchema).min(1).max(100) })
  .strict()

/** Per imported file: what it added, or why it added nothing (errors as values). */
export const trustImportOutputSchema = z.object({
  results: z.array(
    z.object({
      fileName: z.string(),
      added: z.array(trustEntrySchema),
      duplicates: z.number().int().nonnegative(),
      /** Why the file added nothing: a code of the seals catalog, said with the file's name. */
      problem: z
        .enum([
          'seals.trustImport.noMaterial',
          'seals.trustImport.tooLarge',
          'seals.trustImport.unreadable'
        ])
        .nullable()
    })
  )
})
export type TrustImportOutput = z.infer<typeof trustImportOutputSchema>

export const trustRemoveInputSchema = z
  .object({ id: z.string().regex(/^(certificate|crl)-[0-9a-f]{64}$/) })
  .strict()
export const trustRemoveOutputSchema = z.object({ removed: z.boolean() })

/** `POST /files` answers with this JSON (201), or `{ error: { code, params, detail } }`. */
export const uploadErrorCodeSchema = z.enum([
  'errors.upload.fileTooLarge',
  'errors.upload.failed',
  'errors.upload.badRequest'
])
export const uploadResponseSchema = z.union([
  fileRefSchema,
  z.object({
    error: z.object({
      code: uploadErrorCodeSchema,
      params: messageParamsSchema.optional(),
      detail: z.string().optional()
    })
  })
])
