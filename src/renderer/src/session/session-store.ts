import { defineStore } from 'pinia'
import { computed, shallowRef, ref } from 'vue'
import { errorOf, type RpcError } from '@shared/contract'
import { message } from '@shared/i18n/message'
import { openWorkbenchDb, type WorkbenchDb } from '../db/database'
import { createRepositories, type Repositories } from '../db/repositories'
import type { HolderCodeHasher } from '@shared/domain/privacy'
import type { ApiClient } from '../api/client'
import { mainHolderHash } from './holder-hash'
import { createRepositoryContext, noHolderHash, unavailableAuditSeal } from './repository-context'
import { apiAuditSealPort, type AuditSealPort } from '../db/audit-seal'

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
  /** Main's hash of full 证件号码, for whatever writes licences (imports, the demo loader). */
  let holderHash: HolderCodeHasher = noHolderHash
  /** Main, which keys every audit entry (workers borrow it through a port). */
  let auditSeal: AuditSealPort = unavailableAuditSeal

  const repos = computed(() => {
    if (!repositories.value) throw new Error('workbench data is not open yet')
    return repositories.value
  })

  function fail(cause: RpcError): void {
    phase.value = 'failed'
    error.value = cause
    if (cause.detail) console.error(cause.code, cause.detail)
  }

  /**
   * Opens the working copy; false (and `failed`) when it cannot be opened. With `api`, holder
   * codes are hashed by main, and an older installation's key is handed to main at once.
   */
  async function open(api?: Pick<ApiClient, 'call'>): Promise<boolean> {
    try {
      const opened = await openWorkbenchDb()
      db.value = opened
      if (api) {
        auditSeal = apiAuditSealPort(api)
        const main = mainHolderHash(api, opened)
        holderHash = main.hash
        // Not awaited: a failure (main not reached) leaves the key for the next try, which the
        // first hash makes before anything is hashed.
        main.handOver().catch((cause: unknown) => console.warn('privacy: key hand-over', cause))
      }
      repositories.value = createRepositories(
        createRepositoryContext(opened, undefined, holderHash, auditSeal)
      )
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
    holderHash: (code: string) => holderHash(code),
    auditSeal: (): AuditSealPort => auditSeal,
    /** Set by what fills the working copy: loading, paused, or ready for the pages. */
    enter: (next: Exclude<SessionPhase, 'failed'>) => {
      phase.value = next
      error.value = null
    },
    markChanged: () => dataVersion.value++
  }
})
