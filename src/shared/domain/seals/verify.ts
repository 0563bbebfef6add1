/**
 * 电子签章核验: `verifyPdfSignatures` checks every signature of a PDF offline — the PDF side
 * (revisions, ByteRange, changes after signing) here, the cryptography in ./crypto — and gives
 * one bottom line per signature and for the document (see bottom-line.ts for the policy).
 */
import { verifySignatureBlob } from './crypto'
import type { PdfVerificationReport } from './report'
import { type VerifyPdfOptions, verifyPdfSignaturesWith } from './verify-core'

export type { VerifyPdfOptions } from './verify-core'

export function verifyPdfSignatures(
  bytes: Uint8Array,
  options: VerifyPdfOptions
): Promise<PdfVerificationReport> {
  return verifyPdfSignaturesWith(verifySignatureBlob, bytes, options)
}

export { errorReport } from './verify-core'
