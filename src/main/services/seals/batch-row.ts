import type { BatchRow } from '../../../shared/contract'
import type { PdfVerificationReport } from '../../../shared/domain/seals/report'
import { signerName, signingInstant } from '../../../shared/domain/seals/words'

/** The summary-table row of one verified file (文件、结论、原因、签名者、时间). */
export function batchRowOf(
  fileId: string,
  fileName: string,
  report: PdfVerificationReport,
  durationMs: number
): BatchRow {
  const { verdict } = report
  const first = report.signatures[0]
  return {
    fileId,
    fileName,
    status: verdict.status,
    reason: verdict.status === 'passed' ? null : verdict.reason,
    summary: verdict.summary,
    errorCode: report.error?.code ?? null,
    signatureCount: report.signatures.length,
    signer: (first && signerName(first)) ?? null,
    signedAt: (first && signingInstant(first)) ?? null,
    durationMs
  }
}
