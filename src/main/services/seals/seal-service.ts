/**
 * 印章核验服务: verifies one registered file, or a batch of them on the worker pool, with
 * progress events, cancel (finished rows stay) and resume (files with a row are skipped).
 */
import { randomUUID } from 'node:crypto'
import { stat } from 'node:fs/promises'
import {
  CodedError,
  type BatchRow,
  type BatchStatus,
  type FileRef,
  type EventName,
  type EventPayload
} from '../../../shared/contract'
import { message } from '../../../shared/i18n/message'
import type { PdfVerificationReport } from '../../../shared/domain/seals/report'
import type { FileRegistry } from '../files/file-registry'
import { batchRowOf } from './batch-row'
import type { TrustStore } from './trust-store'
import type { VerifyJob } from './verify-job'
import type { VerifyPool } from './worker-pool'

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void

export interface SealServiceDeps {
  files: FileRegistry
  trustStore: TrustStore
  pool: VerifyPool
  now: () => Date
  /** Per-file time bound handed to the verifier (default 60 s). */
  timeLimitMs?: number
  newBatchId?: () => string
}

export interface SealService {
  /** `password` opens an encrypted file; it goes to the verifier only (never logged or kept). */
  verifyFile(
    fileId: string,
    password?: string
  ): Promise<{ file: FileRef; report: PdfVerificationReport }>
  startBatch(input: { fileIds: string[]; batchId?: string | undefined }, emit: Emit): BatchStatus
  cancelBatch(batchId: string): BatchStatus
  batchStatus(batchId: string): BatchStatus
}

interface Batch {
  id: string
  fileIds: string[]
  rows: Map<string, BatchRow>
  state: BatchStatus['state']
  /** Bumped by cancel and resume: results of an earlier run are dropped, not recorded twice. */
  run: number
  emit: Emit
}

/** The task's name as a code of the seals catalog (印章批量核验), said where it is shown. */
const BATCH_LABEL = 'seals.task.batch'

export function createSealService(deps: SealServiceDeps): SealService {
  const timeLimitMs = deps.timeLimitMs ?? 60_000
  const newBatchId = deps.newBatchId ?? randomUUID
  const batches = new Map<string, Batch>()

  function lookup(fileId: string): { path: string; displayName: string } {
    const entry = deps.files.lookup(fileId)
    if (!entry) throw new CodedError(message('errors.rpc.notFound'), `no file ${fileId}`)
    return entry
  }

  async function jobFor(
    path: string,
    fileName: string,
    now: Date,
    password?: string
  ): Promise<VerifyJob> {
    return {
      path,
      fileName,
      trust: await deps.trustStore.material(),
      now: now.toISOString(),
      timeLimitMs,
      ...(password !== undefined ? { password } : {})
    }
  }

  function statusOf(batch: Batch): BatchStatus {
    return {
      batchId: batch.id,
      state: batch.state,
      total: batch.fileIds.length,
      done: batch.rows.size,
      rows: [...batch.rows.values()]
    }
  }

  function announce(batch: Batch, row: BatchRow | null): void {
    const done = batch.rows.size
    const total = batch.fileIds.length
    batch.emit('task.progress', { taskId: batch.id, label: BATCH_LABEL, done, total })
    batch.emit('seals.batchProgress', { batchId: batch.id, state: batch.state, done, total, row })
  }

  function getBatch(batchId: string): Batch {
    const batch = batches.get(batchId)
    if (!batch) throw new CodedError(message('errors.rpc.notFound'), `no batch ${batchId}`)
    return batch
  }

  async function runBatch(batch: Batch, run: number): Promise<void> {
    const pending = batch.fileIds.filter((id) => !batch.rows.has(id))
    const now = deps.now()
    const current = () => batch.run === run && batch.state === 'running'
    const verifyNext = async (): Promise<void> => {
      while (current()) {
        const fileId = pending.shift()
        if (fileId === undefined) return
        const started = Date.now()
        const { path, displayName: fileName } = lookup(fileId)
        const report = await deps.pool.run(await jobFor(path, fileName, now))
        if (!current()) return
        const row = batchRowOf(fileId, fileName, report, Date.now() - started)
        batch.rows.set(fileId, row)
        announce(batch, row)
      }
    }
    await Promise.all(Array.from({ length: deps.pool.size }, verifyNext))
    if (current() && batch.rows.size === batch.fileIds.length) {
      batch.state = 'finished'
      announce(batch, null)
    }
  }

  return {
    async verifyFile(fileId, password) {
      const entry = lookup(fileId)
      const size = (await stat(entry.path).catch(() => null))?.size ?? 0
      const report = await deps.pool.run(
        await jobFor(entry.path, entry.displayName, deps.now(), password)
      )
      return { file: { id: fileId, name: entry.displayName, size }, report }
    },

    startBatch({ fileIds, batchId }, emit) {
      const unique = [...new Set(fileIds)]
      unique.forEach(lookup)
      let batch = batchId === undefined ? undefined : batches.get(batchId)
      if (batchId !== undefined && !batch)
        throw new CodedError(message('errors.rpc.notFound'), `no batch ${batchId}`)
      if (batch?.state === 'running') return statusOf(batch)
      if (batch) {
        batch.fileIds = [...new Set([...batch.fileIds, ...unique])]
        batch.emit = emit
        batch.state = 'running'
        batch.run++
      } else {
        batch = {
          id: newBatchId(),
          fileIds: unique,
          rows: new Map(),
          state: 'running',
          run: 1,
          emit
        }
        batches.set(batch.id, batch)
      }
      const started = batch
      runBatch(started, started.run).catch(() => {
        // Only the trust store can fail here (unreadable data folder): stop, keep the rows.
        if (started.state === 'running') started.state = 'canceled'
        announce(started, null)
      })
      return statusOf(started)
    },

    cancelBatch(batchId) {
      const batch = getBatch(batchId)
      if (batch.state === 'running') {
        batch.state = 'canceled'
        batch.run++
        announce(batch, null)
      }
      return statusOf(batch)
    },

    batchStatus: (batchId) => statusOf(getBatch(batchId))
  }
}
