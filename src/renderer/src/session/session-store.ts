import { defineStore } from 'pinia'
import { computed, shallowRef, ref } from 'vue'
import { errorOf, type RpcError } from '@shared/contract'
import { message } from '@shared/i18n/message'
import { openWorkbenchDb, type WorkbenchDb } from '../db/database'
import { createRepositories, type Repositories } from '../db/repositories'
import { createRepositoryContext } from './repository-context'

export type SessionPhase = 'opening' | 'loading' | 'paused' | 'ready' | 'failed'

/**
 * The local working copy (Dexie) as the pages see it. Views that show data wait for `ready`;
 * whatever fills the working copy (the demo loader today, sync later) moves the phase along.
 */
export const useSessionStore = defineStore('session', () => {
  const phase = ref<SessionPhase>('opening')
  /** Why the working copy failed: an error value the page says; its detail is only logged. */
  const error = ref<RpcError | null>(null)
  const db = shallowRef<WorkbenchDb | null>(null)
  const repositories = shallowRef<Repositories | null>(null)
  /** Bumped whenever the data changed wholesale (load, reset, import), so views re-read. */
  const dataVersion = ref(0)

  const repos = computed(() => {
    if (!repositories.value) throw new Error('workbench data is not open yet')
    return repositories.value
  })

  function fail(cause: RpcError): void {
    phase.value = 'failed'
    error.value = cause
    if (cause.detail) console.error(cause.code, cause.detail)
  }

  /** Opens the working copy; false (and `failed`) when it cannot be opened. */
  async function open(): Promise<boolean> {
    try {
      const opened = await openWorkbenchDb()
      db.value = opened
      repositories.value = createRepositories(createRepositoryContext(opened))
      return true
    } catch (cause) {
      fail(errorOf(cause, message('errors.session.openFailed')))
      return false
    }
  }

  return {
    phase,
    error,
    db,
    repos,
    dataVersion,
    open,
    fail,
    /** Set by what fills the working copy: loading, paused, or ready for the pages. */
    enter: (next: Exclude<SessionPhase, 'failed'>) => {
      phase.value = next
      error.value = null
    },
    markChanged: () => dataVersion.value++
  }
})
