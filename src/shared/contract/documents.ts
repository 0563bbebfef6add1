import { z } from 'zod'
import { OfficialDocument } from '../domain/documents/official-document'

/**
 * 公文: the renderer sends a document's words; main lays them out (GB/T 9704), writes PDF or
 * DOCX, and at 签发 seals the PDF with the Bureau's certificate, which only main holds.
 */

/** A PDF or DOCX of a few pages is well under this; a report with charts stays under it too. */
const MAX_DOCUMENT_BASE64 = 48 * 1024 * 1024

export const documentFormatSchema = z.enum(['pdf', 'docx'])

export const renderDocumentInputSchema = z
  .object({ document: OfficialDocument, format: documentFormatSchema })
  .strict()
export type RenderDocumentInput = z.infer<typeof renderDocumentInputSchema>

export const renderedDocumentSchema = z.object({
  format: documentFormatSchema,
  base64: z.base64().max(MAX_DOCUMENT_BASE64),
  /** SHA-256 of the file. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** SHA-256 of the words: what the printed verification code carries. */
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  pages: z.int().min(1).nullable(),
  /** `FandolFang → 仿宋_GB2312`…: the typefaces standing in for the standard's. */
  substitutes: z.array(z.string()),
  /** 签发: the seal certificate's holder; null for a draft. */
  signer: z.string().nullable(),
  /** 签发: the version under this document number (1, then 2 for a correction…). */
  version: z.int().min(1).nullable()
})
export type RenderedDocumentOutput = z.infer<typeof renderedDocumentSchema>

/**
 * 签发: seals the PDF. A number already issued is refused unless the officer asks for a
 * correction (更正), which becomes the next version; a signed file is never written again.
 */
export const issueDocumentInputSchema = z
  .object({ document: OfficialDocument, correction: z.boolean() })
  .strict()
export type IssueDocumentInput = z.infer<typeof issueDocumentInputSchema>

export const issuedDocumentSchema = z.object({
  documentNumber: z.string(),
  kind: OfficialDocument.shape.kind,
  version: z.int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  signer: z.string(),
  issuedAt: z.iso.datetime(),
  title: z.string()
})
export type IssuedDocument = z.infer<typeof issuedDocumentSchema>

export const issuedListInputSchema = z
  .object({ documentNumber: z.string().min(1).max(40).optional() })
  .strict()
export const issuedListOutputSchema = z.object({ documents: z.array(issuedDocumentSchema) })

export const issuedFileInputSchema = z
  .object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) })
  .strict()
export const issuedFileOutputSchema = z.object({ base64: z.base64().max(MAX_DOCUMENT_BASE64) })

/** 公文印章 as main keeps it: who holds the certificate, until when, with which algorithm. */
export const sealCertificateStatusSchema = z.object({
  configured: z.boolean(),
  fileName: z.string().nullable(),
  subject: z.string().nullable(),
  issuer: z.string().nullable(),
  notBefore: z.iso.datetime().nullable(),
  notAfter: z.iso.datetime().nullable(),
  algorithm: z.enum(['rsa', 'ecdsa', 'sm2']).nullable()
})
export type SealCertificateStatus = z.infer<typeof sealCertificateStatusSchema>

/** 系统管理员 imports the Bureau's PKCS#12 once (or removes it). */
export const configureSealInputSchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('import'),
      name: z.string().min(1).max(255),
      base64: z.base64().min(4).max(350_000),
      password: z.string().max(1024)
    })
    .strict(),
  z.object({ action: z.literal('remove') }).strict()
])
export type ConfigureSealInput = z.infer<typeof configureSealInputSchema>
