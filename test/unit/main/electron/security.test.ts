import { describe, expect, it, vi } from 'vitest'

const openExternal = vi.fn()
vi.mock('electron', () => ({ app: { on: vi.fn() }, shell: { openExternal } }))

const { denyAllPermissions, isAllowedExternalUrl, lockDownWebContents } =
  await import('../../../../src/main/electron/security')
const { developmentRendererUrl, trustedRendererOrigins } =
  await import('../../../../src/main/electron/origin')

type Listener = (
  event: { preventDefault: () => void; url?: string; isMainFrame?: boolean },
  url: string
) => void

function fakeWebContents() {
  const listeners = new Map<string, Listener>()
  let windowOpenHandler: (details: { url: string }) => { action: string } = () => ({
    action: 'allow'
  })
  return {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof windowOpenHandler) => (windowOpenHandler = handler),
    navigate(name: string, url: string) {
      const event = { preventDefault: vi.fn() }
      listeners.get(name)?.(event, url)
      return event.preventDefault.mock.calls.length > 0
    },
    open: (url: string) => windowOpenHandler({ url }),
    /** will-frame-navigate passes one details object; true when it was refused. */
    navigateFrame(url: string, isMainFrame: boolean) {
      const details = { url, isMainFrame, preventDefault: vi.fn() }
      listeners.get('will-frame-navigate')?.(details, url)
      return details.preventDefault.mock.calls.length > 0
    }
  }
}

describe('security policy', () => {
  it('allows only https links to allow-listed hosts', () => {
    expect(isAllowedExternalUrl('https://www.xuchang.gov.cn/zwgk/')).toBe(true)
    expect(isAllowedExternalUrl('http://www.xuchang.gov.cn/')).toBe(false)
    expect(isAllowedExternalUrl('https://evil.example.com/')).toBe(false)
    expect(isAllowedExternalUrl('https://www.xuchang.gov.cn.evil.com/')).toBe(false)
    expect(isAllowedExternalUrl('https://user:pw@www.xuchang.gov.cn/')).toBe(false)
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false)
    expect(isAllowedExternalUrl('not a url')).toBe(false)
  })

  it('denies every permission request and check', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn()
    }
    denyAllPermissions(session as never)
    const request = session.setPermissionRequestHandler.mock.calls[0]![0]
    const callback = vi.fn()
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      request({}, permission, callback)
    }
    expect(callback.mock.calls).toEqual([[false], [false], [false], [false]])
    expect(session.setPermissionCheckHandler.mock.calls[0]![0]()).toBe(false)
    expect(session.setDevicePermissionHandler.mock.calls[0]![0]()).toBe(false)
  })

  it('blocks navigation away from the app and every new window', () => {
    const contents = fakeWebContents()
    lockDownWebContents(contents as never, trustedRendererOrigins(undefined))
    expect(contents.navigate('will-navigate', 'app://workbench/index.html#/system/info')).toBe(
      false
    )
    expect(contents.navigate('will-navigate', 'https://evil.example.com/')).toBe(true)
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(contents.navigate('will-redirect', 'http://127.0.0.1:8080/')).toBe(true)
    expect(contents.navigate('will-attach-webview', 'app://workbench/')).toBe(true)

    expect(contents.open('https://evil.example.com/')).toEqual({ action: 'deny' })
    expect(openExternal).not.toHaveBeenCalled()
    expect(contents.open('https://www.gov.cn/zhengce/')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledWith('https://www.gov.cn/zhengce/')
  })

  it('keeps every frame inside the app (will-frame-navigate)', () => {
    const contents = fakeWebContents()
    lockDownWebContents(contents as never, trustedRendererOrigins(undefined))
    expect(contents.navigateFrame('app://workbench/index.html#/help', true)).toBe(false)
    expect(contents.navigateFrame('https://evil.example.com/', true)).toBe(true)
    expect(contents.navigateFrame('app://workbench/index.html', false)).toBe(true)
    expect(contents.navigateFrame('https://www.gov.cn/', false)).toBe(true)
  })

  it('honours ELECTRON_RENDERER_URL only in an unpackaged development build, on loopback', () => {
    const development = { packaged: false, development: true }
    expect(developmentRendererUrl('http://localhost:5173/', development)).toBe(
      'http://localhost:5173/'
    )
    expect(developmentRendererUrl('http://127.0.0.1:5173/', development)).toBe(
      'http://127.0.0.1:5173/'
    )
    expect(developmentRendererUrl('http://[::1]:5173/', development)).toBe('http://[::1]:5173/')
    expect(
      developmentRendererUrl('http://localhost:5173/', { ...development, packaged: true })
    ).toBe(undefined)
    expect(
      developmentRendererUrl('http://localhost:5173/', { ...development, development: false })
    ).toBe(undefined)
    expect(developmentRendererUrl('https://evil.example.com/', development)).toBe(undefined)
    expect(developmentRendererUrl('http://user:pw@localhost:5173/', development)).toBe(undefined)
    expect(developmentRendererUrl('file:///tmp/index.html', development)).toBe(undefined)
    expect(developmentRendererUrl('not a url', development)).toBe(undefined)
    expect(developmentRendererUrl(undefined, development)).toBe(undefined)
  })
})
