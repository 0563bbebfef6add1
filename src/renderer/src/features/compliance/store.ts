import { defineStore } from 'pinia'
import { ref, shallowRef, watch } from 'vue'
import type { RpcError } from '@shared/contract'
import type { Finding, RectificationNotice, WrittenCircular } from '@shared/domain/compliance'
import type { ComplianceScanRecord } from '../../db/compliance-changes'
import type {
  ComplianceScanMode,
  ComplianceScanProgress,
  ComplianceScanSummary
} from './compliance-scan'
import { currentActor } from '../../session/operator'
import { useSessionStore } from '../../session/session-store'
import { startComplianceScan, type ComplianceScanRun } from './compliance-scan-client'

/**
 * 合规监测 state: every finding, notice and circular of the working copy (re-read after each scan
 * or notice step), and the scan running in its worker.
 */
export const useComplianceStore = defineStore('compliance', () => {
  const workbench = useSessionStore()
  const findings = shallowRef<Finding[]>([])
  const notices = shallowRef<RectificationNotice[]>([])
  const circulars = shallowRef<WrittenCircular[]>([])
  const lastScan = shallowRef<ComplianceScanRecord | undefined>()
  const progress = ref<ComplianceScanProgress | null>(null)
  const summary = ref<ComplianceScanSummary | null>(null)
  /** Why the last scan failed, as an error value (said by the scan panel). */
  const error = ref<RpcError | null>(null)
  let run: ComplianceScanRun | null = null
  const scanning = ref(false)

  async function reload(): Promise<void> {
    const repos = workbench.repos
    ;[findings.value, notices.value, circulars.value, lastScan.value] = await Promise.all([
      repos.compliance.findings(),
      repos.notices.list(),
      repos.notices.circulars(),
      repos.compliance.lastScan()
    ])
  }

  /** Runs a scan in the worker; resolves when it settles (done, cancelled or failed). */
  async function scan(mode: ComplianceScanMode): Promise<boolean> {
    if (run) return false
    scanning.value = true
    progress.value = null
    summary.value = null
    error.value = null
    run = startComplianceScan({
      actor: currentActor(),
      mode,
      onProgress: (next) => (progress.value = next),
      auditSeal: workbench.auditSeal()
    })
    const outcome = await run.finished
    run = null
    scanning.value = false
    progress.value = null
    if (outcome.ok) summary.value = outcome.data
    else error.value = outcome.error
    await reload()
    return outcome.ok
  }

  watch(
    () => [workbench.phase, workbench.dataVersion] as const,
    ([phase]) => {
      if (phase === 'ready') void reload()
    },
    { immediate: true }
  )

  return {
    findings,
    notices,
    circulars,
    lastScan,
    progress,
    summary,
    error,
    scanning,
    reload,
    scan,
    cancel: () => run?.cancel()
  }
})
