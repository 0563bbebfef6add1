import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import SignInView from '@renderer/features/operators/SignInView.vue'
import { useOperatorStore } from '@renderer/session/operator-store'
import { currentActor } from '@renderer/session/operator'
import type { OperatorStatus, RpcResult } from '@shared/contract'
import { clientFor, mountWithApp, scriptedTransport, waitFor } from '../support/mount'

let unmount: (() => void) | undefined
afterEach(() => unmount?.())

const admin = {
  id: `op-${'a'.repeat(32)}`,
  name: '王管理',
  unit: '数据资源科',
  roles: ['administrator' as const]
}

/** The sign-in screen against a scripted main that stands where `status` says. */
async function signInScreen(
  status: OperatorStatus,
  answer: (channel: string, payload: unknown) => RpcResult<unknown> = () => ({
    ok: true,
    data: admin
  }),
  locale: 'zh-CN' | 'en' = 'zh-CN'
) {
  const transport = scriptedTransport((channel, payload) =>
    channel === 'operators.status' ? { ok: true, data: status } : answer(channel, payload)
  )
  const api = clientFor(transport)
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useOperatorStore()
  await store.connect(api)
  const mounted = mountWithApp(SignInView, api, { pinia, locale })
  unmount = mounted.unmount
  await nextTick()
  return { host: mounted.host, transport, store }
}

function type(host: HTMLElement, id: string, value: string): void {
  const input = host.querySelector<HTMLInputElement>(`#${id}`)!
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
}

async function submit(host: HTMLElement): Promise<void> {
  host.querySelector<HTMLFormElement>('form')!.requestSubmit()
  await new Promise((resolve) => setTimeout(resolve, 0))
  await nextTick()
}

const problem = (host: HTMLElement) =>
  host.querySelector('[data-testid="sign-in-problem"]')?.textContent?.trim()

describe('the first run', () => {
  const firstRun = { setupRequired: true, session: null, idleLockMinutes: 15 }

  it('asks for the first administrator, with labelled fields in the tab order', async () => {
    const { host } = await signInScreen(firstRun)
    expect(host.textContent).toContain('首次使用：创建系统管理员')
    const labels = [...host.querySelectorAll('label')].map((label) => label.textContent?.trim())
    expect(labels).toEqual(['姓名', '单位/科室', '密码', '确认密码'])
    for (const id of ['sign-in-name', 'sign-in-unit', 'sign-in-password', 'sign-in-confirm']) {
      const input = host.querySelector<HTMLInputElement>(`#${id}`)!
      expect(host.querySelector(`label[for="${id}"]`), id).not.toBeNull()
      expect(input.tabIndex).toBe(0)
    }
  })

  it('says a password must have 10 characters and that both entries must match, before asking main', async () => {
    const { host, transport } = await signInScreen(firstRun)
    type(host, 'sign-in-name', '王管理')
    type(host, 'sign-in-unit', '数据资源科')
    type(host, 'sign-in-password', '123456789')
    type(host, 'sign-in-confirm', '123456789')
    await submit(host)
    expect(problem(host)).toBe('密码至少需要 10 位。')
    type(host, 'sign-in-password', '1234567890')
    await submit(host)
    expect(problem(host)).toBe('两次输入的密码不一致。')
    expect(transport.calls.map((call) => call.channel)).toEqual(['operators.status'])
  })

  it('creates the administrator, signs them in and names them in the audit log', async () => {
    const { host, transport, store } = await signInScreen(firstRun)
    type(host, 'sign-in-name', '王管理')
    type(host, 'sign-in-unit', '数据资源科')
    type(host, 'sign-in-password', 'admin-password-1')
    type(host, 'sign-in-confirm', 'admin-password-1')
    await submit(host)
    await waitFor(() => store.phase === 'signedIn')
    expect(transport.calls.at(-1)).toEqual({
      channel: 'operators.setup',
      payload: { name: '王管理', unit: '数据资源科', password: 'admin-password-1' }
    })
    expect(currentActor()).toBe('王管理 [administrator]')
  })
})

describe('signing in', () => {
  const signedOut = { setupRequired: false, session: null, idleLockMinutes: 15 }

  it('says main’s refusal in the reader’s language and stays on the screen', async () => {
    const refuse = () => ({
      ok: false as const,
      error: { code: 'operators.error.signInRejected' }
    })
    const { host, store } = await signInScreen(signedOut, refuse, 'en')
    expect(host.textContent).toContain('Operator sign-in')
    expect(host.querySelector('#sign-in-unit')).toBeNull()
    type(host, 'sign-in-name', '李审计')
    type(host, 'sign-in-password', 'wrong-password')
    await submit(host)
    await waitFor(() => problem(host) !== undefined)
    expect(problem(host)).toBe('The name or password is wrong, or the account is disabled.')
    expect(store.phase).toBe('signedOut')
  })

  it('says until when an account is locked out, in Beijing time', async () => {
    const lockedOut = () => ({
      ok: false as const,
      error: {
        code: 'operators.error.lockedOut',
        params: { until: { instant: '2026-12-02T08:15:00.000Z' } }
      }
    })
    const { host } = await signInScreen(signedOut, lockedOut)
    type(host, 'sign-in-name', '李审计')
    type(host, 'sign-in-password', 'wrong-password')
    await submit(host)
    await waitFor(() => problem(host) !== undefined)
    expect(problem(host)).toBe('连续输错密码次数过多，该账户已锁定至 2026年12月2日 16:15。')
  })

  it('after an idle lock, names the operator and says why the screen is back', async () => {
    const { host, store } = await signInScreen({
      setupRequired: false,
      session: { state: 'locked', operator: admin },
      idleLockMinutes: 15
    })
    expect(store.phase).toBe('locked')
    expect(host.textContent).toContain('工作台已锁定（15 分钟未操作），请重新登录。')
    expect(host.querySelector<HTMLInputElement>('#sign-in-name')!.value).toBe('王管理')
    expect(() => currentActor()).toThrow()
  })
})
