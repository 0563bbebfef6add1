import { nodeHasher } from '../../../../src/main/services/seals/node-hasher'
import type { TrustAnchors } from '../../../../src/shared/domain/seals/crypto/types'
import type { PdfVerificationReport } from '../../../../src/shared/domain/seals/report'
import { pdfVerificationReportSchema } from '../../../../src/shared/domain/seals/report'
import { verifyPdfSignatures } from '../../../../src/shared/domain/seals/verify'
import { testTrustAnchors } from '../../../fixtures/signers'

/** Verifies with the test RSA root trusted (unless told otherwise) and checks the schema. */
export async function verify(
  bytes: Uint8Array,
  trustAnchors: TrustAnchors = testTrustAnchors('all'),
  extra: { timeLimitMs?: number; importedCrls?: Uint8Array[]; password?: string } = {}
): Promise<PdfVerificationReport> {
  const report = await verifyPdfSignatures(bytes, {
    trustAnchors,
    now: new Date(),
    hasher: nodeHasher,
    ...(extra.timeLimitMs !== undefined ? { timeLimitMs: extra.timeLimitMs } : {}),
    ...(extra.importedCrls ? { revocation: { importedCrls: extra.importedCrls } } : {}),
    password: extra.password
  })
  return pdfVerificationReportSchema.parse(report)
}

export const reasonOf = (verdict: PdfVerificationReport['verdict']): string =>
  verdict.status === 'passed' ? 'passed' : `${verdict.status}/${verdict.reason}`
