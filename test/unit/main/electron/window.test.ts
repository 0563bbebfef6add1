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
    createMainWindow('/app/preload/index.js')
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
      disableBlinkFeatures: 'Auxclick'
    })
  })
})
