import { createHash, X509Certificate } from 'node:crypto'
import { CodedError } from '../../../shared/contract'
import { OfficialDocument } from '../../../shared/domain/documents/official-document'
import { message } from '../../../shared/i18n/message'
import type { DocumentSigner } from './cms-signer'
import { writeDocx } from './docx-writer'
import { locateFonts, substituteList, type FontSet } from './fonts'
import { writePdf } from './pdf-writer'
import { signPdf } from './sign-pdf'

/**
 * 公文输出: an official document as PDF or DOCX, and 签发 — the PDF sealed with the Bureau's
 * certificate. Main does this (the fonts and the key are here); the renderer only sends words.
 */

export type DocumentFormat = 'pdf' | 'docx'

export interface RenderOptions {
  format: DocumentFormat
  /** 签发: seal and sign the PDF with this certificate. */
  seal?: { signer: DocumentSigner; signingTime: Date }
  fonts?: FontSet
}

export interface RenderedDocument {
  format: DocumentFormat
  bytes: Uint8Array
  /** SHA-256 of the file. */
  sha256: string
  /** SHA-256 of the document's words (what the verification code prints). */
  contentSha256: string
  pages: number | null
  /** `FandolFang → 仿宋_GB2312`…: what stands in for the standard's typefaces (PDF only). */
  substitutes: string[]
  /** The seal's certificate holder, when sealed. */
  signer: string | null
}

/** Space reserved for the CMS: certificates of a long chain and an RSA-4096 signature fit. */
const SIGNATURE_BYTES = 24 * 1024

const sha256 = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex')

/** SHA-256 over the words in the schema's order: the same words always give the same digest. */
export function contentDigest(document: OfficialDocument): string {
  return sha256(JSON.stringify(OfficialDocument.parse(document)))
}

/** `许数管〔2026〕7号` and the digest of its words: what the printed code carries. */
export function verificationText(document: OfficialDocument): string {
  return `${document.documentNumber ?? ''}\nSHA-256:${contentDigest(document)}`
}

function commonName(certificatePem: string): string {
  const subject = new X509Certificate(certificatePem).subject
  return /(?:^|\n)CN=([^\n]+)/.exec(subject)?.[1] ?? subject
}

export async function renderDocument(
  input: OfficialDocument,
  options: RenderOptions
): Promise<RenderedDocument> {
  const parsed = OfficialDocument.safeParse(input)
  if (!parsed.success) throw new CodedError(message('documents.render.invalid'))
  const document = parsed.data
  const contentSha256 = contentDigest(document)
  if (options.format === 'docx') {
    if (options.seal) throw new CodedError(message('documents.sign.pdfOnly'))
    const bytes = await writeDocx(document)
    return {
      format: 'docx',
      bytes,
      sha256: sha256(bytes),
      contentSha256,
      pages: null,
      substitutes: [],
      signer: null
    }
  }
  const fonts = options.fonts ?? locateFonts()
  const seal = options.seal
  if (seal && !document.documentNumber) throw new CodedError(message('documents.sign.noNumber'))
  const signer = seal ? commonName(seal.signer.certificatePem) : null
  const written = await writePdf(
    document,
    fonts,
    seal
      ? {
          signerName: signer ?? '',
          sealText: document.signatory,
          verificationText: verificationText(document),
          signatureBytes: SIGNATURE_BYTES,
          signingTime: seal.signingTime
        }
      : null
  )
  const bytes = seal ? await signPdf(written.bytes, seal.signer) : written.bytes
  return {
    format: 'pdf',
    bytes,
    sha256: sha256(bytes),
    contentSha256,
    pages: written.layout.pages.length,
    substitutes: substituteList(fonts),
    signer
  }
}
