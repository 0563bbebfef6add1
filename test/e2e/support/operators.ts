import { WebSocket } from 'ws'
import type { Page } from 'playwright-core'
import type { OperatorRole } from '../../../src/shared/domain/operators'
import type { RpcResult } from '../../../src/shared/contract'

/**
 * A second caller of the host, from the test's side: its own WebSocket, so its own session in
 * main, as another browser tab would have. Used to set accounts up and to prove what main
 * refuses whatever the screen shows.
 */
export async function rpcCaller(host: { url: string; token: string }) {
  const url = new URL(host.url)
  const socket = new WebSocket(`ws://${url.host}/rpc?token=${host.token}`, {
    headers: { origin: `http://${url.host}` }
  })
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  let nextId = 1
  return {
    call(channel: string, payload: unknown = {}): Promise<RpcResult<unknown>> {
      const id = nextId++
      return new Promise((resolve) => {
        const onMessage = (raw: unknown) => {
          const frame = JSON.parse(String(raw)) as { id?: number; result?: RpcResult<unknown> }
          if (frame.id !== id || !frame.result) return
          socket.off('message', onMessage)
          resolve(frame.result)
        }
        socket.on('message', onMessage)
        socket.send(JSON.stringify({ id, channel, payload }))
      })
    },
    close: () => socket.close()
  }
}

export interface E2eOperator {
  name: string
  unit: string
  password: string
}

/** The operator the e2e specs work as: the first administrator, holding every role. */
export const E2E_OPERATOR: E2eOperator = {
  name: '测试管理员',
  unit: '数据资源科',
  password: 'e2e-password-1'
}

const everyRole: OperatorRole[] = ['auditor', 'complianceOfficer', 'administrator']

/**
 * The first run done from the test's side: the first administrator is created and given the
 * roles the specs need (every role unless told), so the app shows its sign-in screen.
 */
export async function createFirstOperator(
  host: { url: string; token: string },
  operator: E2eOperator = E2E_OPERATOR,
  roles: OperatorRole[] = everyRole
): Promise<void> {
  const caller = await rpcCaller(host)
  try {
    const setup = await caller.call('operators.setup', operator)
    if (!setup.ok) throw new Error(`operators.setup refused: ${setup.error.code}`)
    const { id } = setup.data as { id: string }
    const updated = await caller.call('operators.update', { id, unit: operator.unit, roles })
    if (!updated.ok) throw new Error(`operators.update refused: ${updated.error.code}`)
  } finally {
    caller.close()
  }
}

/** Signs in on the app's sign-in screen, as a user would, and waits for the shell. */
export async function signIn(page: Page, operator: { name: string; password: string }) {
  const form = page.getByTestId('sign-in-form')
  await form.waitFor({ timeout: 30_000 })
  await page.locator('#sign-in-name').fill(operator.name)
  await page.locator('#sign-in-password').fill(operator.password)
  await page.locator('#sign-in-password').press('Enter')
  await page.getByTestId('operator-name').waitFor({ timeout: 30_000 })
}
