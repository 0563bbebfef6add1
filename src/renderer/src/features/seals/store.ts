import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import {
  errorOf,
  type BatchRow,
  type BatchStatus,
  type FileRef,
  type RpcError
} from '@shared/contract'
import { message } from '@shared/i18n/message'
import type { PdfVerificationReport } from '@shared/domain/seals/report'
import type { ApiClient } from '../../api/client'
import { sealAudit, type SealAudit, type SealAuditAction } from './audit'

export interface VerifiedFile {
  file: FileRef
  report: PdfVerificationReport
}

/** 印章核验 state: the file on the desk, and the batch over a folder. */
export const useSealStore = defineStore('seals', () => {
  const current = shallowRef<VerifiedFile | null>(null)
  const verifying = ref<FileRef | null>(null)
  const verifyStartedAt = ref(0)
  /** Why the last verification did not run (main's error value), said by the view. */
  const verifyError = ref<RpcError | null>(null)
  /** Every verification and trust change is audited; a failed write is reported, not hidden. */
  const auditError = ref<string | null>(null)
  let audit: SealAudit = sealAudit

  const batchId = ref<string | null>(null)
  const batchFiles = ref<FileRef[]>([])
  const batchFolder = ref<string | null>(null)
  const batchState = ref<BatchStatus['state'] | null>(null)
  const batchRows = ref<BatchRow[]>([])
  const batchTotal = ref(0)
  let unsubscribe: (() => void) | null = null

  const batchCounts = computed(() => ({
    passed: batchRows.value.filter((row) => row.status === 'passed').length,
    failed: batchRows.value.filter((row) => row.status === 'failed').length,
    indeterminate: batchRows.value.filter((row) => row.status === 'indeterminate').length
  }))

  function useAudit(replacement: SealAudit): void {
    audit = replacement
  }

  async function recordAudit(
    action: SealAuditAction,
    target: string,
    details: Record<string, string | number | null>
  ): Promise<void> {
    try {
      await audit.record(action, target, details)
      auditError.value = null
    } catch (error) {
      auditError.value = error instanceof Error ? error.message : String(error)
    }
  }

  /** `password` opens an encrypted file; it goes to main for this call and is not kept here. */
  async function verify(api: ApiClient, file: FileRef, password?: string): Promise<void> {
    verifying.value = file
    verifyStartedAt.value = Date.now()
    verifyError.value = null
    try {
      const result = await api.call(
        'seals.verifyFile',
        password === undefined ? { fileId: file.id } : { fileId: file.id, password }
      )
      current.value = result
      await recordAudit('seals.verify', `file:${result.file.name}`, {
        verdict: result.report.verdict.status,
        reason: result.report.verdict.status === 'passed' ? null : result.report.verdict.reason,
        signatures: result.report.signatures.length,
        size: result.file.size
      })
    } catch (error) {
      verifyError.value = errorOf(error, message('errors.ui.unexpected'))
    } finally {
      verifying.value = null
    }
  }

  function applyStatus(status: BatchStatus): void {
    batchId.value = status.batchId
    batchState.value = status.state
    batchTotal.value = status.total
    batchRows.value = status.rows
  }

  function listen(api: ApiClient): void {
    unsubscribe?.()
    unsubscribe = api.on('seals.batchProgress', (event) => {
      if (event.batchId !== batchId.value) return
      if (event.row && !batchRows.value.some((row) => row.fileId === event.row?.fileId)) {
        batchRows.value = [...batchRows.value, event.row]
      }
      batchTotal.value = event.total
      const previous = batchState.value
      batchState.value = event.state
      if (event.state !== 'running' && previous === 'running') {
        void recordAudit('seals.batch', `batch:${event.batchId}`, {
          state: event.state,
          folder: batchFolder.value,
          total: event.total,
          done: event.done,
          ...batchCounts.value
        })
      }
    })
  }

  async function startBatch(
    api: ApiClient,
    files: FileRef[],
    folder: string | null
  ): Promise<void> {
    batchFiles.value = files
    batchFolder.value = folder
    batchRows.value = []
    batchId.value = null
    listen(api)
    applyStatus(await api.call('seals.startBatch', { fileIds: files.map((file) => file.id) }))
  }

  async function cancelBatch(api: ApiClient): Promise<void> {
    if (batchId.value) applyStatus(await api.call('seals.cancelBatch', { batchId: batchId.value }))
  }

  /** Continues a cancelled batch: main skips every file that already has a row. */
  async function resumeBatch(api: ApiClient): Promise<void> {
    if (!batchId.value) return
    listen(api)
    applyStatus(
      await api.call('seals.startBatch', {
        batchId: batchId.value,
        fileIds: batchFiles.value.map((file) => file.id)
      })
    )
  }

  return {
    current,
    verifying,
    verifyStartedAt,
    verifyError,
    auditError,
    batchId,
    batchFolder,
    batchState,
    batchRows,
    batchTotal,
    batchCounts,
    useAudit,
    recordAudit,
    verify,
    startBatch,
    cancelBatch,
    resumeBatch
  }
})
