import { existsSync } from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import {
  openApp,
  rendererRoot,
  saveScreenshot,
  screenshotOnFailure,
  type OpenedApp
} from './support/app'

describe('系统信息 in browser mode', () => {
  let app: OpenedApp

  beforeAll(async () => {
    expect(existsSync(`${rendererRoot}/index.html`), 'run `npm run build` first').toBe(true)
    app = await openApp()
    await app.page.getByRole('menuitem', { name: '系统信息' }).click()
  })

  afterAll(async () => {
    await app?.close()
  })

  beforeEach((context) => screenshotOnFailure(context, () => app?.page))

  it('shows the shell and values that came from the main-side handlers', async () => {
    const { page } = app
    await expect.poll(() => page.locator('.brand-title').textContent()).toBe('证照治理工作台')
    await page.getByTestId('system-info').waitFor()
    expect(await page.getByTestId('app-version').textContent()).toMatch(
      /^证照治理工作台 \d+\.\d+\.\d+$/
    )
    expect(await page.getByTestId('schema-version').textContent()).toBe('v7')
    expect(await page.getByTestId('data-location').textContent()).toContain('workbench-e2e-')
    expect(await page.getByTestId('runtime-mode').textContent()).toContain('浏览器模式')
    expect(await page.getByTestId('node-version').textContent()).toBe(process.versions.node)
    expect(await page.getByTestId('electron-version').textContent()).toContain('不适用')
    expect(await page.getByRole('menuitem', { name: '系统信息' }).count()).toBe(1)
  })

  it('runs the connection self-test: round trip, and coded Chinese rejections', async () => {
    const { page } = app
    const list = page.getByTestId('self-test')
    await expect.poll(() => list.locator('li').count()).toBe(3)
    expect(await list.locator('li[data-passed="true"]').count()).toBe(3)
    const text = await list.textContent()
    expect(text).toMatch(/往返 \d+ 毫秒/)
    expect(text).toContain('已被拒绝：请求的数据格式不正确')
    expect(text).toContain('已被拒绝：请求的功能不存在')
    expect(text).not.toMatch(/errors\.rpc|INVALID_INPUT|UNKNOWN_CHANNEL/)
    await saveScreenshot(page, 'system-info', true)
  })

  it('answers malformed raw messages with coded errors and keeps serving the page', async () => {
    const socket = new WebSocket(app.host.url.replace(/^http/, 'ws').replace('/?', '/rpc?'))
    await new Promise((resolve, reject) => {
      socket.once('open', resolve)
      socket.once('error', reject)
    })
    const replies: unknown[] = []
    socket.on('message', (data) => replies.push(JSON.parse(data.toString())))
    socket.send('{not json')
    socket.send(JSON.stringify({ id: 1, channel: '__proto__', payload: {} }))
    socket.send(JSON.stringify({ id: 2, channel: 'system.ping', payload: { nonce: { $gt: '' } } }))
    socket.send(
      '{"id":3,"channel":"system.ping","payload":{"nonce":"n","__proto__":{"admin":true}}}'
    )
    // A socket nobody signed in on reaches only the public channels.
    socket.send(JSON.stringify({ id: 4, channel: 'system.info', payload: {} }))
    await expect.poll(() => replies.length).toBe(5)
    socket.close()
    const codes = replies.map(
      (reply) => (reply as { result: { error?: { code: string } } }).result.error?.code
    )
    expect(codes).toEqual([
      'errors.rpc.invalidInput',
      'errors.rpc.unknownChannel',
      'errors.rpc.invalidInput',
      'errors.rpc.invalidInput',
      'errors.auth.signInRequired'
    ])

    await app.page.getByTestId('run-self-test').click()
    await expect
      .poll(() => app.page.getByTestId('self-test').locator('li[data-passed="true"]').count())
      .toBe(3)
  })

  it('refuses the RPC socket and file streams without the page token', async () => {
    const base = app.host.url.split('?')[0]!
    const socket = new WebSocket(`${base.replace(/^http/, 'ws')}rpc?token=wrong`)
    const status = await new Promise<number>((resolve) => {
      socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
      socket.once('error', () => resolve(-1))
    })
    expect(status).toBe(403)
    const file = await fetch(`${base}files/anything?token=wrong`)
    expect(file.status).toBe(403)
    const traversal = await fetch(`${base}..%2f..%2fpackage.json`)
    expect([403, 404]).toContain(traversal.status)
  })

  it('logged zero console errors under the production CSP', () => {
    expect(app.consoleErrors).toEqual([])
  })
})
