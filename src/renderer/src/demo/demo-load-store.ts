import { defineStore } from 'pinia'
import { ref } from 'vue'
import { currentActor } from '../session/operator'
import { useSessionStore } from '../session/session-store'
import { DEFAULT_DEMO_LOAD, startDemoLoad, type DemoLoadRun } from './demo-load-client'
import { readDemoLoadState, type DemoLoadProgress } from './demo-loader'
import { workerFailed } from '../workers/worker-errors'

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

/**
 * The demo city as a data source: loaded on first start into an empty working copy, with its
 * progress shown by the shell, paused and resumed by the user, and reset from 数据管理.
 */
export const useDemoLoadStore = defineStore('demoLoad', () => {
  const session = useSessionStore()
  const progress = ref<DemoLoadProgress | null>(null)
  let run: DemoLoadRun | null = null

  async function load(reset: boolean): Promise<void> {
    session.enter('loading')
    progress.value = null
    run = startDemoLoad({
      actor: currentActor(),
      reset,
      options: demoLoadOptions(window.location.search),
      onProgress: (next) => (progress.value = next),
      hashCodes: (codes) => Promise.all(codes.map((code) => session.holderHash(code))),
      auditSeal: session.auditSeal()
    })
    const outcome = await run.finished
    run = null
    if (outcome.status === 'complete') {
      session.enter('ready')
      session.markChanged()
    } else if (outcome.status === 'cancelled') {
      session.enter('paused')
    } else {
      session.fail(outcome.error)
    }
  }

  /**
   * First start: a working copy whose demo load completed, or that holds data from elsewhere, is
   * ready; an empty one (or a load left unfinished) loads the demo city.
   */
  async function loadIfEmpty(): Promise<void> {
    const db = session.db
    if (!db) return
    try {
      const state = await readDemoLoadState(db)
      const counts = await session.repos.licences.countBy('state')
      const hasData = [...counts.values()].some((count) => count > 0)
      if (state?.status === 'complete' || (!state && hasData)) session.enter('ready')
      else await load(false)
    } catch (cause) {
      session.fail(workerFailed('demoLoad', cause))
    }
  }

  return {
    progress,
    loadIfEmpty,
    /** Continues a paused first-run load where it stopped. */
    resume: () => load(false),
    /** 重置演示数据: clears the working copy and loads the demo city again (audited). */
    reset: () => load(true),
    pause: () => run?.cancel()
  }
})
