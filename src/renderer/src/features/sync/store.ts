import { liveQuery, type Subscription } from 'dexie'
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import {
  errorOf,
  type LibraryStatus,
  type RpcError,
  type SyncPackageSummary
} from '@shared/contract'
import type { SyncProgress } from '@shared/domain/sync/engine'
import { message, type Message } from '@shared/i18n/message'
import type { ApiClient } from '../../api/client'
import { SYNC_STATE_KEY } from '../../db/sync-store'
import type { SyncState } from '@shared/domain/sync/ports'
import { currentActor } from '../../session/operator'
import { useSessionStore } from '../../session/session-store'
import { workerFailed } from '../../workers/worker-errors'
import { startSync, type SyncResult, type SyncRun } from './sync-client'
import { readSyncHistory, type SyncHistoryEntry } from './sync-run'

/** How often the working copy syncs by itself while the app is open. */
export const SYNC_INTERVAL_MS = 15 * 60 * 1000
/** A change of the bureau's is pushed this long after it was recorded (several steps, one run). */
export const PUSH_DELAY_MS = 2000
/** How often a first start asks whether the 演示库 is ready. */
const PREPARING_POLL_MS = 500

/** What the first start shows: the 演示库 being filled, then the sync's own phases. */
export type FirstRunProgress =
  { phase: 'library'; done: number; total: number | null } | SyncProgress

/**
 * 同步 as the shell and the 同步 page see it: where the data comes from, the run under way and
 * its progress, the history, what waits in the outbox and the 冲突 list. The first start of an
 * empty working copy is a bootstrap from the library (the 演示库 by default), with 暂停 and 继续.
 */
export const useSyncStore = defineStore('sync', () => {
  const session = useSessionStore()
  const library = ref<LibraryStatus | null>(null)
  const progress = ref<FirstRunProgress | null>(null)
  const running = ref(false)
  const lastError = ref<Message | null>(null)
  const history = ref<SyncHistoryEntry[]>([])
  const pending = ref(0)
  const conflicts = ref(0)
  const state = ref<SyncState | null>(null)
  const api = shallowRef<ApiClient | null>(null)
  let run: SyncRun | null = null
  /** 暂停 asked for before the worker started (while the 演示库 is still being filled). */
  let pauseAsked = false
  /** A package whose first sync was paused: 继续 goes on with it, not with the library. */
  let pausedPackage: SyncPackageSummary | null = null
  let timer: ReturnType<typeof setInterval> | null = null
  let pushTimer: ReturnType<typeof setTimeout> | null = null
  let outboxWatch: Subscription | null = null
  /** A change recorded while a run was under way: push it when that run ends. */
  let pushAgain = false

  async function refresh(): Promise<void> {
    const db = session.db
    if (api.value) library.value = await api.value.call('sync.library', {})
    if (!db) return
    history.value = await readSyncHistory(db)
    pending.value = await db.outbox.count()
    conflicts.value = await db.syncConflicts.count()
    state.value = ((await db.meta.get(SYNC_STATE_KEY))?.value as SyncState | undefined) ?? null
  }

  /** Waits while main is still filling the 演示库, showing how far it got; null when paused. */
  async function libraryReady(client: ApiClient): Promise<LibraryStatus | null> {
    for (;;) {
      const status = await client.call('sync.library', {})
      library.value = status
      if (pauseAsked) return null
      if (!status.preparing) return status
      progress.value = { phase: 'library', ...status.preparing }
      await new Promise((resolve) => setTimeout(resolve, PREPARING_POLL_MS))
    }
  }

  async function execute(
    options: { resync?: boolean; verify?: boolean },
    fromPackage?: SyncPackageSummary
  ): Promise<SyncResult> {
    const client = api.value
    if (!client) throw new Error('sync is not connected')
    running.value = true
    lastError.value = null
    pauseAsked = false
    try {
      // A package needs no library: it is how a workstation off the extranet gets its data.
      if (!fromPackage) {
        const status = await libraryReady(client)
        if (!status) return { status: 'cancelled' }
        if (!status.server) {
          const reason = status.failure ?? message('sync.library.none')
          lastError.value = reason
          return { status: 'failed', kind: 'refused', error: reason }
        }
      }
      run = startSync({
        actor: currentActor(),
        request: fromPackage
          ? (request) =>
              client.call('sync.package.request', { packageId: fromPackage.packageId, request })
          : (request) => client.call('sync.request', request),
        auditSeal: session.auditSeal(),
        holderHash: session.holderHash,
        onProgress: (next) => (progress.value = next),
        ...(fromPackage ? { fromPackage: fromPackage.fileName } : {}),
        ...options
      })
      if (pauseAsked) run.cancel()
      const result = await run.finished
      if (result.status === 'failed' || result.status === 'crashed') lastError.value = result.error
      return result
    } catch (cause) {
      // Main itself refused or could not be reached (signed out, locked): a run on a timer
      // says so like any other failure instead of throwing into nobody's hands.
      const error = errorOf(cause, message('sync.library.unreachable'))
      lastError.value = error
      return { status: 'crashed', error }
    } finally {
      run = null
      running.value = false
      await refresh().catch((cause: unknown) => console.warn('sync: refresh', cause))
    }
  }

  /** 立即同步 (or 重新同步, 核对) while the pages stay usable; the pages re-read what came. */
  async function syncNow(options: { resync?: boolean; verify?: boolean } = {}): Promise<void> {
    if (running.value) {
      pushAgain = true
      return
    }
    pushAgain = false
    const result = await execute(options)
    if (pushAgain) pushSoon()
    if (result.status === 'complete') {
      const { report } = result
      if (report.bootstrapped || report.pulledItems > 0 || report.pushed.conflict > 0)
        session.markChanged()
    }
  }

  /**
   * A run that refills the working copy (the first start, 重新同步, a package with the whole
   * snapshot): the pages wait until it is whole, then show it; a pause or a failure says so.
   */
  async function refill(work: () => Promise<SyncResult>): Promise<SyncResult> {
    session.enter('loading')
    progress.value = null
    const result = await work()
    if (result.status === 'complete') {
      session.enter('ready')
      session.markChanged()
    } else if (result.status === 'cancelled') {
      session.enter('paused')
    } else {
      session.fail(result.error as RpcError)
    }
    return result
  }

  /** The first start, and 继续 after 暂停. */
  const bootstrap = () => refill(() => execute({}))

  /**
   * On sign-in: a working copy that synced, or holds data of its own (an import), is ready and
   * syncs in the background; an empty one, or one whose bootstrap stopped, bootstraps first.
   */
  async function openWith(client: ApiClient): Promise<void> {
    api.value = client
    const db = session.db
    if (!db) return
    try {
      await refresh()
      const synced = state.value !== null && state.value.cursor !== null
      const hasData = (await db.licences.count()) > 0
      if (synced || (state.value === null && hasData)) {
        session.enter('ready')
        schedule()
        if (synced) void syncNow()
      } else {
        await bootstrap()
        if (session.phase === 'ready') schedule()
      }
    } catch (cause) {
      session.fail(workerFailed('sync', cause))
    }
  }

  function pushSoon(): void {
    if (pushTimer) clearTimeout(pushTimer)
    pushTimer = setTimeout(() => {
      pushTimer = null
      // A run may have sent it meanwhile (the audit head each run queues and pushes itself).
      if (session.phase === 'ready' && pending.value > 0) void syncNow()
    }, PUSH_DELAY_MS)
  }

  /**
   * Syncs on a timer, when the network comes back (the extranet drops now and then), and soon
   * after the bureau records something (a notice issued): the library numbers it, and the other
   * workstations see it.
   */
  function schedule(): void {
    const db = session.db
    if (db && !outboxWatch) {
      outboxWatch = liveQuery(() => db.outbox.count()).subscribe({
        next: (count) => {
          const grew = count > pending.value
          pending.value = count
          if (grew) pushSoon()
        },
        error: (cause: unknown) => console.warn('sync: outbox', cause)
      })
    }
    if (timer) return
    timer = setInterval(() => void syncNow(), SYNC_INTERVAL_MS)
    window.addEventListener('online', () => void syncNow())
  }

  /**
   * 导入离线同步包, once main has checked it: applied through the same engine as pages from the
   * library. A package with the whole snapshot refills the working copy, so the pages wait.
   */
  async function applyPackage(summary: SyncPackageSummary): Promise<SyncResult> {
    const whole = summary.since === null
    const result = whole ? await refill(() => execute({}, summary)) : await execute({}, summary)
    pausedPackage = whole && result.status === 'cancelled' ? summary : null
    if (!whole && result.status === 'complete') session.markChanged()
    return result
  }

  /** 重新同步: the library's data on this workstation is fetched afresh; the pages wait. */
  async function resync(): Promise<void> {
    if (!running.value) await refill(() => execute({ resync: true }))
  }

  return {
    library,
    progress,
    running,
    lastError,
    history,
    pending,
    conflicts,
    state,
    refresh,
    openWith,
    syncNow,
    resync,
    applyPackage,
    /** 继续 after 暂停, or 重试 after a failure, of the first bootstrap. */
    resume: async () => {
      if (pausedPackage) {
        await applyPackage(pausedPackage)
        return
      }
      await bootstrap()
      if (session.phase === 'ready') schedule()
    },
    pause: () => {
      pauseAsked = true
      run?.cancel()
    }
  }
})
