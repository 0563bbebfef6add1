/**
 * A small pool of worker threads for seal verification (核验线程池). Each worker verifies one
 * file at a time; a file that takes longer than its hard bound gets its worker terminated (and
 * replaced on the next job) and a `seals.error.timeout` report, so one pathological file cannot
 * stall a batch.
 */
import { availableParallelism } from 'node:os'
import type { Worker } from 'node:worker_threads'
import type { PdfVerificationReport } from '../../../shared/domain/seals/report'
import { errorReport } from '../../../shared/domain/seals/verify'
import type { VerifyJob, VerifyJobMessage, VerifyJobReply } from './verify-job'

export interface VerifyPool {
  readonly size: number
  run(job: VerifyJob): Promise<PdfVerificationReport>
  close(): Promise<void>
}

export interface VerifyPoolOptions {
  /** Starts one verification worker (the built chunk in the app, the TS source in tests). */
  createWorker: () => Worker
  size?: number
  /** Slack on top of the job's own time limit before the worker is killed. */
  hardBoundGraceMs?: number
}

/** Two to four threads: enough to overlap I/O and hashing, few enough to leave the UI a core. */
export function defaultPoolSize(parallelism: number = availableParallelism()): number {
  return Math.min(4, Math.max(2, parallelism - 1))
}

interface Slot {
  worker: Worker | null
  busy: boolean
}

interface Pending {
  job: VerifyJob
  resolve: (report: PdfVerificationReport) => void
}

/** What the pool says when it, not the verifier, ends a job: timed out, crashed or closed. */
type PoolError = 'seals.error.timeout' | 'seals.error.workerCrashed' | 'seals.error.serviceClosed'

function failureReport(job: VerifyJob, code: PoolError): PdfVerificationReport {
  return errorReport(
    new Uint8Array(0),
    { fileName: job.fileName, now: new Date(job.now) },
    { code }
  )
}

export function createVerifyPool(options: VerifyPoolOptions): VerifyPool {
  const size = options.size ?? defaultPoolSize()
  const grace = options.hardBoundGraceMs ?? 5_000
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: null, busy: false }))
  const queue: Pending[] = []
  let nextJobId = 1
  let closed = false

  function retire(slot: Slot): void {
    const worker = slot.worker
    slot.worker = null
    if (worker) void worker.terminate()
  }

  function start(slot: Slot, pending: Pending): void {
    slot.busy = true
    const worker = slot.worker ?? options.createWorker()
    if (!slot.worker) {
      worker.unref()
      slot.worker = worker
    }
    const jobId = nextJobId++
    let settled = false
    const finish = (report: PdfVerificationReport, keepWorker: boolean): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
      if (!keepWorker) retire(slot)
      slot.busy = false
      pending.resolve(report)
      pump()
    }
    const onMessage = (reply: VerifyJobReply): void => {
      if (reply.jobId === jobId) finish(reply.report, true)
    }
    const onError = (): void =>
      finish(failureReport(pending.job, 'seals.error.workerCrashed'), false)
    const onExit = onError
    const timer = setTimeout(
      () => finish(failureReport(pending.job, 'seals.error.timeout'), false),
      pending.job.timeLimitMs + grace
    )
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
    const message: VerifyJobMessage = { jobId, job: pending.job }
    worker.postMessage(message)
  }

  function pump(): void {
    if (closed) return
    for (const slot of slots) {
      if (queue.length === 0) return
      if (!slot.busy) start(slot, queue.shift()!)
    }
  }

  return {
    size,
    run(job) {
      if (closed) return Promise.resolve(failureReport(job, 'seals.error.serviceClosed'))
      return new Promise((resolve) => {
        queue.push({ job, resolve })
        pump()
      })
    },
    async close() {
      closed = true
      for (const pending of queue.splice(0)) {
        pending.resolve(failureReport(pending.job, 'seals.error.serviceClosed'))
      }
      await Promise.all(slots.map((slot) => slot.worker?.terminate()))
      for (const slot of slots) slot.worker = null
    }
  }
}
