import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { errorOf, type OperatorStatus, type RpcError } from '@shared/contract'
import {
  mayTake,
  type AuthorizedAction,
  type OperatorIdentity,
  type OperatorRole
} from '@shared/domain/operators'
import { message } from '@shared/i18n/message'
import type { ApiClient } from '../api/client'
import { setSignedInOperator } from './operator'

/**
 * Where this window stands: asking main (`checking`), the first run (`setup`: no account yet),
 * nobody signed in, a session locked after idling, or signed in.
 */
export type OperatorPhase = 'checking' | 'setup' | 'signedOut' | 'locked' | 'signedIn'

/** Codes with which main refuses a caller that must sign in (again). */
const signInCodes = new Set(['errors.auth.signInRequired', 'errors.auth.locked'])

/** How often an active user's session is kept alive, and how often the lock is looked for. */
const KEEP_ALIVE_MS = 60_000
const STATUS_POLL_MS = 30_000

/**
 * The signed-in operator as the shell and the features see it. Main decides (every channel's
 * access, `operators.authorize`); this store only follows main's answers and hides what a role
 * cannot do.
 */
export const useOperatorStore = defineStore('operators', () => {
  const phase = ref<OperatorPhase>('checking')
  const operator = shallowRef<OperatorIdentity | null>(null)
  const idleLockMinutes = ref(15)
  const error = ref<RpcError | null>(null)
  let api: Pick<ApiClient, 'call'> | null = null
  let lastKeepAlive = 0
  let poll: ReturnType<typeof setInterval> | undefined

  const roles = computed<readonly OperatorRole[]>(() => operator.value?.roles ?? [])

  function client(): Pick<ApiClient, 'call'> {
    if (!api) throw new Error('the operator store is not connected')
    return api
  }

  function become(next: OperatorPhase, identity: OperatorIdentity | null): void {
    phase.value = next
    operator.value = identity
    setSignedInOperator(next === 'signedIn' ? identity : null)
  }

  function apply(status: OperatorStatus): void {
    idleLockMinutes.value = status.idleLockMinutes
    if (status.setupRequired) become('setup', null)
    else if (!status.session) become('signedOut', null)
    else if (status.session.state === 'locked') become('locked', status.session.operator)
    else become('signedIn', status.session.operator)
  }

  /** Asks main where this window stands. */
  async function refresh(): Promise<void> {
    apply(await client().call('operators.status', {}))
  }

  /** Runs a sign-in step; its refusal is kept in `error` for the form to say. */
  async function attempt(step: () => Promise<OperatorIdentity>): Promise<boolean> {
    error.value = null
    try {
      const identity = await step()
      lastKeepAlive = Date.now()
      become('signedIn', identity)
      return true
    } catch (thrown) {
      error.value = errorOf(thrown, message('errors.ui.unexpected'))
      return false
    }
  }

  return {
    phase,
    operator,
    roles,
    idleLockMinutes,
    error,

    /** Connects to main, learns the standing and starts watching for the idle lock. */
    async connect(connection: Pick<ApiClient, 'call'>): Promise<void> {
      api = connection
      await refresh()
      clearInterval(poll)
      poll = setInterval(() => {
        if (phase.value === 'signedIn') void refresh().catch(() => undefined)
      }, STATUS_POLL_MS)
    },

    refresh,

    setup: (input: { name: string; unit: string; password: string }) =>
      attempt(() => client().call('operators.setup', input)),

    signIn: (input: { name: string; password: string }) =>
      attempt(() => client().call('operators.signIn', input)),

    async signOut(): Promise<void> {
      await client().call('operators.signOut', {})
      become('signedOut', null)
    },

    /** The user is at work (a key, a click): keeps main's session from locking, once a minute. */
    noteActivity(): void {
      if (phase.value !== 'signedIn' || Date.now() - lastKeepAlive < KEEP_ALIVE_MS) return
      lastKeepAlive = Date.now()
      void client()
        .call('operators.keepAlive', {})
        .then((identity) => (operator.value = identity))
        .catch((thrown) => {
          const code = errorOf(thrown, message('errors.ui.unexpected')).code
          if (signInCodes.has(code)) void refresh()
        })
    },

    /** Main refused a call: if it wants a sign-in, the shell returns to the sign-in screen. */
    noteRefusal(code: string): void {
      if (signInCodes.has(code)) void refresh()
    },

    /** Whether the signed-in operator's roles allow `action` (to hide a button; main decides). */
    may(action: AuthorizedAction): boolean {
      return mayTake(action, roles.value)
    },

    hasRole(...wanted: OperatorRole[]): boolean {
      return roles.value.some((role) => wanted.includes(role))
    },

    /**
     * Asks main whether the signed-in operator may take `action` now: null when they may (the
     * audit entry then names them as main knows them), otherwise main's refusal.
     */
    async authorize(action: AuthorizedAction): Promise<RpcError | null> {
      try {
        const identity = await client().call('operators.authorize', { action })
        become('signedIn', identity)
        return null
      } catch (thrown) {
        const refusal = errorOf(thrown, message('errors.ui.unexpected'))
        if (signInCodes.has(refusal.code)) void refresh()
        return refusal
      }
    }
  }
})
