import { defineStore } from 'pinia'
import { computed, shallowRef, ref } from 'vue'
import { openWorkbenchDb, type WorkbenchDb } from '../db/database'
import { readDemoLoadState, type DemoLoadProgress } from '../demo/demo-loader'
import { createRepositories, type Repositories } from '../db/repositories'
import { DEFAULT_DEMO_LOAD, startDemoLoad, type DemoLoadRun } from '../demo/demo-load-client'
import { createRepositoryContext, LOCAL_OPERATOR } from './repository-context'

/**
 * The demo city's size: 50,000 licences, or `?demoLicences=N` in the address (1,000–1,000,000)
 * to try the workbench quickly on a slow machine or at city scale.
 */
export function demoLoadOptions(search: string) {
  const requested = Number(new URLSearchParams(search).get('demoLicences'))
  const licences =
    Number.isInteger(requested) && requested >= 1000 && requested <= 1_000_000
      ? requested
      : DEFAULT_DEMO_LOAD.licences
  return { ...DEFAULT_DEMO_LOAD, licences }
}

export type WorkbenchPhase = 'opening' | 'loading' | 'paused' | 'ready' | 'failed'

/**
 * The local working copy (Dexie) and its first-run demo load. Views that show data wait for
 * `ready`; while the demo city loads, the shell shows its progress and lets the user pause.
 */
export const useSessionStore = defineStore('session', () => {
  const phase = ref<WorkbenchPhase>('opening')
  const progress = ref<DemoLoadProgress | null>(null)
  const error = ref<string | null>(null)
  const db = shallowRef<WorkbenchDb | null>(null)
  const repositories = shallowRef<Repositories | null>(null)
  /** Bumped whenever the data changed wholesale (load, reset, import), so views re-read. */
  const dataVersion = ref(0)
  let run: DemoLoadRun | null = null

  const repos = computed(() => {
    if (!repositories.value) throw new Error('workbench data is not open yet')
    return repositories.value
  })

  async function runDemoLoad(reset: boolean): Promise<void> {
    phase.value = 'loading'
    progress.value = null
    error.value = null
    run = startDemoLoad({
      actor: LOCAL_OPERATOR,
      reset,
      options: demoLoadOptions(window.location.search),
      onProgress: (next) => (progress.value = next)
    })
    const outcome = await run.finished
    run = null
    if (outcome.status === 'complete') {
      phase.value = 'ready'
      dataVersion.value++
    } else if (outcome.status === 'cancelled') {
      phase.value = 'paused'
    } else {
      phase.value = 'failed'
      error.value = outcome.message
    }
  }

  async function open(): Promise<void> {
    try {
      const opened = await openWorkbenchDb()
      db.value = opened
      repositories.value = createRepositories(createRepositoryContext(opened))
      const state = await readDemoLoadState(opened)
      const counts = await repositories.value.licences.countBy('state')
      const hasData = [...counts.values()].some((count) => count > 0)
      if (state?.status === 'complete' || (!state && hasData)) {
        phase.value = 'ready'
      } else {
        await runDemoLoad(false)
      }
    } catch (cause) {
      phase.value = 'failed'
      error.value = cause instanceof Error ? cause.message : String(cause)
    }
  }

  return {
    phase,
    progress,
    error,
    db,
    repos,
    dataVersion,
    open,
    /** Continues a paused first-run load where it stopped. */
    resume: () => runDemoLoad(false),
    /** 重置演示数据: clears the working copy and loads the demo city again (audited). */
    resetDemo: () => runDemoLoad(true),
    pause: () => run?.cancel(),
    markChanged: () => dataVersion.value++
  }
})
