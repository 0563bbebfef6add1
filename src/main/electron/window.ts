import { BrowserWindow } from 'electron'
import { APP_NAME } from '../../shared/app-meta'

/**
 * The only window. Every security-relevant webPreferences key is set explicitly and inline (not
 * left to Electron's defaults, which have changed between versions, and visible to
 * electronegativity); a unit test pins the exact object.
 */
export function createMainWindow(
  preloadPath: string,
  options: { devTools: boolean }
): BrowserWindow {
  const window = new BrowserWindow({
    title: APP_NAME,
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
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
      safeDialogs: true,
      // A packaged build has no DevTools: they would let anyone at the workstation call main.
      devTools: options.devTools,
      // Middle-click would otherwise open links in a new window, bypassing will-navigate.
      disableBlinkFeatures: 'Auxclick'
    }
  })
  window.once('ready-to-show', () => window.show())
  return window
}
