import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createFileRegistry } from '../../../../src/main/services/files/file-registry'
import { createSealService } from '../../../../src/main/services/seals/seal-service'
import { createTrustStore } from '../../../../src/main/services/seals/trust-store'
import type { VerifyJob } from '../../../../src/main/services/seals/verify-job'
import { createVerifyPool, type VerifyPool } from '../../../../src/main/services/seals/worker-pool'
import { createSourceVerifyWorker } from '../../../../src/host/source-worker'

/** The real pool on real worker threads (the TypeScript source, through tsx). */
export function sourcePool(size = 2): VerifyPool {
  return createVerifyPool({ createWorker: createSourceVerifyWorker, size })
}

/**
 * A pool that lets the first `open` jobs through and holds the rest until `release()`; it
 * records which files were run, so a test can tell resumed work from repeated work.
 */
export function gatedPool(inner: VerifyPool, open: number) {
  let allowed = open
  let release: () => void = () => undefined
  let gate = new Promise<void>((resolve) => (release = resolve))
  const ran: string[] = []
  const pool: VerifyPool = {
    size: inner.size,
    async run(job: VerifyJob) {
      if (allowed-- <= 0) await gate
      ran.push(job.fileName)
      return inner.run(job)
    },
    close: () => inner.close()
  }
  return {
    pool,
    ran,
    release: () => release(),
    closeGate() {
      allowed = 0
      gate = new Promise<void>((resolve) => (release = resolve))
    }
  }
}

export function serviceWith(pool: VerifyPool) {
  const files = createFileRegistry()
  const trustStore = createTrustStore(join(mkdtempSync(join(tmpdir(), 'trust-')), 'trust-store'))
  const service = createSealService({ files, trustStore, pool, now: () => new Date() })
  return { files, trustStore, service }
}
