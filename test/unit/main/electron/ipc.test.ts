import { describe, expect, it, vi } from 'vitest'

const handle = vi.fn()
vi.mock('electron', () => ({ ipcMain: { handle } }))

const { registerRpc, isTrustedSenderFrame } = await import('../../../../src/main/electron/ipc')
const { trustedRendererOrigins } = await import('../../../../src/main/electron/origin')

const origins = trustedRendererOrigins(undefined)
const topFrame = { url: 'app://workbench/index.html', parent: null }

describe('Electron RPC adapter', () => {
  it('accepts only the app’s own top-level frame', () => {
    expect(isTrustedSenderFrame(topFrame as never, origins)).toBe(true)
    expect(isTrustedSenderFrame({ ...topFrame, parent: topFrame } as never, origins)).toBe(false)
    expect(
      isTrustedSenderFrame({ url: 'https://evil.example.com/', parent: null } as never, origins)
    ).toBe(false)
    expect(
      isTrustedSenderFrame({ url: 'file:///tmp/x.html', parent: null } as never, origins)
    ).toBe(false)
    expect(isTrustedSenderFrame(null, origins)).toBe(false)
  })

  it('trusts the dev server only when one is configured', () => {
    const withDev = trustedRendererOrigins('http://localhost:5173/')
    const devFrame = { url: 'http://localhost:5173/#/system/info', parent: null }
    expect(isTrustedSenderFrame(devFrame as never, withDev)).toBe(true)
    expect(isTrustedSenderFrame(devFrame as never, origins)).toBe(false)
  })

  it('registers one "rpc" handler that refuses foreign frames before dispatching', async () => {
    const dispatch = vi.fn().mockResolvedValue({ ok: true, data: 'pong' })
    registerRpc(dispatch, origins)
    expect(handle).toHaveBeenCalledWith('rpc', expect.any(Function))
    const listener = handle.mock.calls[0]![1]
    const sender = { id: 7, isDestroyed: () => false, send: vi.fn() }

    const refused = await listener(
      { senderFrame: { url: 'https://evil.example.com/', parent: null }, sender },
      'system.info',
      {}
    )
    expect(refused).toMatchObject({ ok: false, error: { code: 'errors.rpc.forbiddenSender' } })
    expect(dispatch).not.toHaveBeenCalled()

    const accepted = await listener({ senderFrame: topFrame, sender }, 'system.info', {})
    expect(accepted).toEqual({ ok: true, data: 'pong' })
    expect(dispatch).toHaveBeenCalledWith(
      'system.info',
      {},
      // The window is the caller main keeps its operator's session under.
      expect.objectContaining({ caller: 'window:7', emit: expect.any(Function) })
    )
  })
})
