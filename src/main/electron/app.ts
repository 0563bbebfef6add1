/// <reference types="electron-vite/node" />
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { app, session, type BrowserWindow } from 'electron'
import verifyWorkerPath from '../services/seals/verify-worker?modulePath'
import { composeMain } from '../compose'
import { createElectronDialogPort } from './dialogs'
import { registerRpc } from './ipc'
import { APP_ENTRY_URL, developmentRendererUrl, trustedRendererOrigins } from './origin'
import { handleAppProtocol, registerAppScheme } from './protocol'
import { installSecurityPolicy } from './security'
import { safeStorageSealer } from './safe-storage'
import { createMainWindow } from './window'

/** Wires the composed services to Electron; everything testable lives outside this folder. */
export function startDesktopApp(): void {
  const devServerUrl = developmentRendererUrl(process.env['ELECTRON_RENDERER_URL'], {
    packaged: app.isPackaged,
    development: import.meta.env.DEV
  })
  const trustedOrigins = trustedRendererOrigins(devServerUrl)
  registerAppScheme()
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }

  void app.whenReady().then(() => {
    installSecurityPolicy(session.defaultSession, trustedOrigins)
    let window: BrowserWindow | null = null
    const main = composeMain({
      mode: 'desktop',
      dataLocation: app.getPath('userData'),
      dialogs: createElectronDialogPort(() => window),
      createVerifyWorker: () => new Worker(verifyWorkerPath),
      // The keychain seals main's keys where the system has one; otherwise a 0600 file.
      sealer: safeStorageSealer(),
      // With no city library configured, the 演示库 on loopback is where the first sync comes from.
      embeddedLibrary: {}
    })
    handleAppProtocol(join(__dirname, '../renderer'), main.files, main.uploads)
    app.on('will-quit', () => void main.close())
    registerRpc(main.dispatch, trustedOrigins)
    window = createMainWindow(join(__dirname, '../preload/index.js'), {
      devTools: !app.isPackaged
    })
    void window.loadURL(devServerUrl ?? APP_ENTRY_URL)
  })

  app.on('window-all-closed', () => app.quit())
}
