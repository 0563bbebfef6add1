import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createDispatcher } from '../../../../src/main/ipc/dispatcher'
import { createHandlers } from '../../../../src/main/ipc/handlers'
import { createOperatorService } from '../../../../src/main/services/operators/operator-service'
import type { SealHandlerDeps } from '../../../../src/main/ipc/handlers'

const MINUTE = 60_000

/** Main's dispatcher with the real operator service as its guard and a spy trust store. */
async function office() {
  let time = Date.parse('2026-12-02T08:00:00Z')
  const now = () => new Date(time)
  const operators = createOperatorService({
    dataLocation: mkdtempSync(join(tmpdir(), 'enforcement-')),
    now,
    scrypt: { N: 1024, r: 8, p: 1, keyLength: 32 }
  })
  const trustStore = { list: vi.fn(async () => []), remove: vi.fn(async () => true) }
  const systemInfo = vi.fn(() => {
    throw new Error('not needed')
  })
  const dispatch = createDispatcher(
    createHandlers({
      now,
      systemInfo,
      operators,
      seals: { trustStore } as unknown as SealHandlerDeps
    }),
    operators.refusal
  )
  const as = (caller: string) => ({ caller, emit: vi.fn() })
  await dispatch(
    'operators.setup',
    { name: '王管理', unit: '数据资源科', password: 'admin-password-1' },
    as('window:1')
  )
  const created = await dispatch(
    'operators.create',
    { name: '李审计', unit: '审计科', roles: ['auditor'], password: 'auditor-pw-1' },
    as('window:1')
  )
  expect(created.ok).toBe(true)
  await dispatch('operators.signIn', { name: '李审计', password: 'auditor-pw-1' }, as('socket:a'))
  return { dispatch, as, trustStore, advance: (ms: number) => (time += ms) }
}

const removal = { id: `certificate-${'a'.repeat(64)}` }

describe('roles enforced by the dispatcher, before the handler runs', () => {
  it('lets anybody use a public channel', async () => {
    const { dispatch, as } = await office()
    expect(await dispatch('operators.status', {}, as('socket:stranger'))).toMatchObject({
      ok: true,
      data: { setupRequired: false, session: null }
    })
    expect(await dispatch('system.ping', { nonce: 'n' }, as('socket:stranger'))).toMatchObject({
      ok: true
    })
  })

  it('refuses a caller nobody signed in with (a forged or stale id) with errors.auth.signInRequired', async () => {
    const { dispatch, as, trustStore } = await office()
    for (const forged of ['window:2', 'socket:b', 'socket:a ', '']) {
      expect(await dispatch('seals.trustStore.list', {}, as(forged))).toEqual({
        ok: false,
        error: { code: 'errors.auth.signInRequired', detail: expect.any(String) }
      })
    }
    expect(trustStore.list).not.toHaveBeenCalled()
  })

  it('refuses a role the channel does not list with errors.auth.forbidden', async () => {
    const { dispatch, as, trustStore } = await office()
    expect(await dispatch('seals.trustStore.remove', removal, as('socket:a'))).toMatchObject({
      ok: false,
      error: { code: 'errors.auth.forbidden' }
    })
    expect(await dispatch('operators.list', {}, as('socket:a'))).toMatchObject({
      ok: false,
      error: { code: 'errors.auth.forbidden' }
    })
    expect(trustStore.remove).not.toHaveBeenCalled()
    // The same channel for the administrator reaches the trust store.
    expect(await dispatch('seals.trustStore.remove', removal, as('window:1'))).toEqual({
      ok: true,
      data: { removed: true }
    })
  })

  it('lets every signed-in role read the trust store', async () => {
    const { dispatch, as } = await office()
    expect(await dispatch('seals.trustStore.list', {}, as('socket:a'))).toEqual({
      ok: true,
      data: { entries: [] }
    })
  })

  it('refuses a session idle for 15 minutes with errors.auth.locked until it signs in again', async () => {
    const { dispatch, as, advance } = await office()
    advance(15 * MINUTE + 1)
    expect(await dispatch('seals.trustStore.list', {}, as('socket:a'))).toMatchObject({
      ok: false,
      error: { code: 'errors.auth.locked' }
    })
    expect(await dispatch('operators.status', {}, as('socket:a'))).toMatchObject({
      ok: true,
      data: { session: { state: 'locked', operator: { name: '李审计' } } }
    })
    await dispatch('operators.signIn', { name: '李审计', password: 'auditor-pw-1' }, as('socket:a'))
    expect(await dispatch('seals.trustStore.list', {}, as('socket:a'))).toMatchObject({ ok: true })
  })

  it('answers operators.authorize only for a role the action allows', async () => {
    const { dispatch, as } = await office()
    expect(
      await dispatch('operators.authorize', { action: 'notice.issue' }, as('socket:a'))
    ).toMatchObject({ ok: false, error: { code: 'errors.auth.forbidden' } })
    expect(
      await dispatch('operators.authorize', { action: 'settings.change' }, as('window:1'))
    ).toMatchObject({ ok: true, data: { name: '王管理', roles: ['administrator'] } })
    expect(
      await dispatch('operators.authorize', { action: 'format.disk' }, as('window:1'))
    ).toMatchObject({ ok: false, error: { code: 'errors.rpc.invalidInput' } })
  })

  it('refuses before looking at the payload, so a stranger learns nothing from validation', async () => {
    const { dispatch, as } = await office()
    expect(await dispatch('operators.create', { nonsense: true }, as('socket:x'))).toMatchObject({
      ok: false,
      error: { code: 'errors.auth.signInRequired' }
    })
  })

  it('answers errors.rpc.handlerFailed when the access check itself fails', async () => {
    const report = vi.fn()
    const dispatch = createDispatcher(
      createHandlers({ now: () => new Date(), systemInfo: vi.fn() }),
      async () => {
        throw new Error('accounts file unreadable')
      },
      report
    )
    expect(await dispatch('system.info', {}, { caller: 'w', emit: vi.fn() })).toMatchObject({
      ok: false,
      error: { code: 'errors.rpc.handlerFailed' }
    })
    expect(report).toHaveBeenCalledWith('system.info', expect.any(Error))
  })
})
