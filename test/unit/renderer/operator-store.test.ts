import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { CodedError, type OperatorStatus } from '../../../src/shared/contract'
import { useOperatorStore } from '../../../src/renderer/src/session/operator-store'
import { currentActor } from '../../../src/renderer/src/session/operator'

const officer = {
  id: `op-${'b'.repeat(32)}`,
  name: '张合规',
  unit: '监督科',
  roles: ['complianceOfficer' as const]
}

/** A main that answers status with whatever `standing` holds now, and records every call. */
function scriptedMain(standing: { status: OperatorStatus }) {
  const calls: string[] = []
  const call = vi.fn(async (channel: string, input: unknown) => {
    calls.push(channel)
    if (channel === 'operators.status') return standing.status
    if (channel === 'operators.authorize') {
      const { action } = input as { action: string }
      if (action === 'settings.change')
        throw new CodedError({ code: 'errors.auth.forbidden' }, 'settings.change refused')
      return officer
    }
    if (channel === 'operators.keepAlive') return officer
    if (channel === 'operators.signOut') return { signedOut: true }
    throw new Error(`unexpected ${channel}`)
  })
  return { api: { call } as never, calls }
}

const active: OperatorStatus = {
  setupRequired: false,
  session: { state: 'active', operator: officer },
  idleLockMinutes: 15
}

beforeEach(() => {
  setActivePinia(createPinia())
  vi.useFakeTimers()
})
afterEach(() => vi.useRealTimers())

describe('the renderer’s operator session', () => {
  it('returns to the sign-in screen when main has locked the idle session', async () => {
    const standing = { status: active }
    const { api } = scriptedMain(standing)
    const store = useOperatorStore()
    await store.connect(api)
    expect(store.phase).toBe('signedIn')
    expect(currentActor()).toBe('张合规 [complianceOfficer]')
    standing.status = { ...active, session: { state: 'locked', operator: officer } }
    await vi.advanceTimersByTimeAsync(30_000)
    expect(store.phase).toBe('locked')
    // Nothing is audited in the name of a locked session.
    expect(() => currentActor()).toThrow()
  })

  it('keeps main’s session alive while the user works, at most once a minute', async () => {
    const { api, calls } = scriptedMain({ status: active })
    const store = useOperatorStore()
    await store.connect(api)
    vi.setSystemTime(Date.now() + 61_000)
    store.noteActivity()
    store.noteActivity()
    vi.setSystemTime(Date.now() + 30_000)
    store.noteActivity()
    expect(calls.filter((channel) => channel === 'operators.keepAlive')).toHaveLength(1)
    vi.setSystemTime(Date.now() + 31_000)
    store.noteActivity()
    expect(calls.filter((channel) => channel === 'operators.keepAlive')).toHaveLength(2)
  })

  it('hides what the roles cannot do, and passes main’s refusal on', async () => {
    const { api } = scriptedMain({ status: active })
    const store = useOperatorStore()
    await store.connect(api)
    expect(store.may('notice.issue')).toBe(true)
    expect(store.may('settings.change')).toBe(false)
    expect(await store.authorize('notice.issue')).toBeNull()
    expect(await store.authorize('settings.change')).toMatchObject({
      code: 'errors.auth.forbidden'
    })
  })

  it('signs out', async () => {
    const { api } = scriptedMain({ status: active })
    const store = useOperatorStore()
    await store.connect(api)
    await store.signOut()
    expect(store.phase).toBe('signedOut')
    expect(store.operator).toBeNull()
  })
})
