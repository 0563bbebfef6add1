import { afterEach, describe, expect, it } from 'vitest'
import SystemInfoView from '@renderer/features/system/SystemInfoView.vue'
import { createWebSocketTransport } from '@renderer/api/transport'
import { ApiError } from '@renderer/api/client'
import { fail, type SystemInfo } from '@shared/contract'
import { message } from '@shared/i18n/message'
import { clientFor, mountWithApp, scriptedTransport, waitFor } from './support/mount'

const info: SystemInfo = {
  appName: '证照治理工作台',
  appVersion: '9.8.7',
  dataSchemaVersion: 3,
  dataLocation: 'C:\\Users\\auditor\\AppData\\Roaming\\证照治理工作台',
  runtime: {
    mode: 'desktop',
    node: '22.1.0',
    electron: '44.11.5',
    chromium: '146.0.1',
    platform: 'win32'
  },
  startedAt: '2026-11-27T01:02:03.000Z',
  keyProtection: 'safeStorage' as const
}

let mounted: { unmount(): void } | undefined
afterEach(() => mounted?.unmount())

describe('系统信息 view', () => {
  it('shows what main reported, including desktop versions', async () => {
    const transport = scriptedTransport((channel, payload) =>
      channel === 'system.info'
        ? { ok: true, data: info }
        : channel === 'system.ping' && typeof (payload as { nonce: unknown }).nonce === 'string'
          ? {
              ok: true,
              data: { nonce: (payload as { nonce: string }).nonce, receivedAt: info.startedAt }
            }
          : fail(
              message(
                channel === '__proto__' ? 'errors.rpc.unknownChannel' : 'errors.rpc.invalidInput'
              ),
              'x'
            )
    )
    const view = mountWithApp(SystemInfoView, clientFor(transport))
    mounted = view
    await waitFor(() => view.host.querySelectorAll('[data-testid="self-test"] li').length === 3)
    const text = (id: string) => view.host.querySelector(`[data-testid="${id}"]`)?.textContent
    expect(text('app-version')).toBe('证照治理工作台 9.8.7')
    expect(text('schema-version')).toBe('v3')
    expect(text('electron-version')).toBe('44.11.5')
    expect(text('chromium-version')).toBe('146.0.1')
    expect(text('runtime-mode')).toBe('桌面应用')
    expect(text('key-protection')).toBe(
      '审计日志和持证主体代码的密钥由操作系统钥匙串加密保存（Electron safeStorage）'
    )
    expect(view.host.querySelectorAll('[data-passed="true"]').length).toBe(3)
    expect(view.host.querySelector('[data-check="validation"]')?.textContent).toContain(
      '已被拒绝：请求的数据格式不正确，已被主程序拒绝。'
    )
    expect(view.host.querySelector('[data-check="unknownChannel"]')?.textContent).toContain(
      '已被拒绝：请求的功能不存在，可能是界面与主程序版本不一致。'
    )
    expect(view.host.querySelector('[data-testid="self-test"]')?.textContent).not.toMatch(
      /errors\.rpc|INVALID_INPUT/
    )
    expect(transport.calls.map((call) => call.channel)).toEqual([
      'system.info',
      'system.ping',
      'system.ping',
      '__proto__'
    ])
  })

  it('shows a Chinese error and a retry button when main fails, instead of a blank page', async () => {
    let attempts = 0
    const transport = scriptedTransport(() => {
      attempts += 1
      return attempts === 1
        ? fail(message('errors.rpc.handlerFailed'), 'disk on fire')
        : { ok: true, data: info }
    })
    const view = mountWithApp(SystemInfoView, clientFor(transport))
    mounted = view
    await waitFor(() => !!view.host.querySelector('[data-testid="system-load-error"]'))
    const alert = view.host.querySelector('[data-testid="system-load-error"]')!
    expect(alert.textContent).toContain('无法读取系统信息')
    expect(alert.textContent).toContain('主程序处理请求时出错')
    expect(alert.textContent).not.toContain('disk on fire')
    alert.querySelector('button')!.click()
    await waitFor(() => !!view.host.querySelector('[data-testid="system-info"]'))
    expect(view.host.querySelector('[data-testid="app-version"]')?.textContent).toContain('9.8.7')
  })

  it('flags a self-test whose malformed request was wrongly accepted', async () => {
    const transport = scriptedTransport((channel, payload) =>
      channel === 'system.info'
        ? { ok: true, data: info }
        : {
            ok: true,
            data: {
              nonce: String((payload as { nonce: unknown }).nonce),
              receivedAt: info.startedAt
            }
          }
    )
    const view = mountWithApp(SystemInfoView, clientFor(transport))
    mounted = view
    await waitFor(() => view.host.querySelectorAll('[data-testid="self-test"] li').length === 3)
    expect(view.host.querySelector('[data-check="validation"]')?.getAttribute('data-passed')).toBe(
      'false'
    )
    expect(view.host.querySelector('[data-check="validation"]')?.textContent).toContain('未通过')
    expect(view.host.querySelector('[data-check="validation"]')?.textContent).toContain(
      '主程序接受了本应拒绝的请求'
    )
  })
})

describe('WebSocket transport', () => {
  it('reports a host that is not there as errors.rpc.transportClosed, the cause as detail', async () => {
    const client = clientFor(createWebSocketTransport('ws://127.0.0.1:9/rpc?token=x'))
    const error = await client.call('system.info', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).value).toEqual({ code: 'errors.rpc.transportClosed' })
    expect((error as ApiError).detail).toBe('cannot connect to host')
  })

  it('turns an answer that is no result into errors.rpc.invalidOutput', async () => {
    const client = clientFor(
      scriptedTransport(() => ({ ok: false, error: { code: 'TIMEOUT', message: 'x' } }) as never)
    )
    const error = await client.call('system.info', {}).catch((e: unknown) => e)
    expect((error as ApiError).value).toEqual({ code: 'errors.rpc.invalidOutput' })
    expect((error as ApiError).detail).toBe('malformed answer on system.info')
  })
})
