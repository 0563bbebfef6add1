import { BrowserWindow, type WebPreferences } from 'electron'
import { APP_NAME } from '../../shared/app-meta'

/**
 * The renderer's privileges, every security-relevant key set explicitly (not left to Electron's
 * defaults, which have changed between versions). A unit test pins this object.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
    safeDialogs: true
  }
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    title: APP_NAME,
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    show: false,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath)
  })
  window.once('ready-to-show', () => window.show())
  return window
}
