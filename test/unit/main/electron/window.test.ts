import { beforeEach, describe, expect, it, vi } from 'vitest'

const constructed: unknown[] = []
vi.mock('electron', () => ({
  BrowserWindow: vi.fn().mockImplementation(function (this: object, options: unknown) {
    constructed.push(options)
    return Object.assign(this, { once: vi.fn(), loadURL: vi.fn() })
  })
}))

const { createMainWindow } = await import('../../../../src/main/electron/window')

describe('main window', () => {
  beforeEach(() => {
    constructed.length = 0
  })

  it('builds the window with every security-relevant webPreferences key pinned', () => {
    createMainWindow('/app/preload/index.js', { devTools: false })
    expect(constructed).toHaveLength(1)
    const options = constructed[0] as { title: string; webPreferences: unknown }
    expect(options.title).toBe('证照治理工作台')
    expect(options.webPreferences).toStrictEqual({
      preload: '/app/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: false,
      disableBlinkFeatures: 'Auxclick'
    })
  })

  it('offers DevTools only when asked (an unpackaged development run)', () => {
    createMainWindow('/app/preload/index.js', { devTools: true })
    const options = constructed[0] as { webPreferences: { devTools: boolean } }
    expect(options.webPreferences.devTools).toBe(true)
  })
})
