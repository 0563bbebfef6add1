import { readFile } from 'node:fs/promises'
import type { PdfVerificationReport } from '../../../shared/domain/seals/report'
import { errorReport, verifyPdfSignatures } from '../../../shared/domain/seals/verify'
import { nodeHasher } from './node-hasher'
import { nodeByteSearch } from './node-search'

/** One file to verify, as main hands it to a worker thread (structured-clone safe). */
export interface VerifyJob {
  path: string
  fileName: string
  trust: { certificates: Uint8Array[]; crls: Uint8Array[] }
  /** ISO time the verdict is taken at (the same for every file of a batch). */
  now: string
  /** The verifier's own bound; the pool adds a hard bound on top. */
  timeLimitMs: number
  /** Opens an encrypted file the empty password does not: used for this job only, never kept. */
  password?: string
}

export interface VerifyJobMessage {
  jobId: number
  job: VerifyJob
}

export interface VerifyJobReply {
  jobId: number
  report: PdfVerificationReport
}

/** Reads and verifies one file; never throws (an unreadable file is a report with a code). */
export async function runVerifyJob(job: VerifyJob): Promise<PdfVerificationReport> {
  const now = new Date(job.now)
  let bytes: Uint8Array
  try {
    bytes = await readFile(job.path)
  } catch {
    return errorReport(
      new Uint8Array(0),
      { fileName: job.fileName, now },
      { code: 'seals.error.unreadable' }
    )
  }
  return verifyPdfSignatures(bytes, {
    trustAnchors: { certificates: job.trust.certificates },
    revocation: { importedCrls: job.trust.crls },
    now,
    hasher: nodeHasher,
    search: nodeByteSearch,
    fileName: job.fileName,
    timeLimitMs: job.timeLimitMs,
    password: job.password
  })
}
