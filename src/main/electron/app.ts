/// <reference types="electron-vite/node" />
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { app, session, type BrowserWindow } from 'electron'
import verifyWorkerPath from '../services/seals/verify-worker?modulePath'
import { createDispatcher } from '../ipc/dispatcher'
import { createHandlers } from '../ipc/handlers'
import { createFileRegistry } from '../services/files/file-registry'
import { createUploadStore } from '../services/files/uploads'
import { createSealCapability } from '../services/seals/capability'
import { describeSystem } from '../services/system/system-info'
import { createElectronDialogPort } from './dialogs'
import { registerRpc } from './ipc'
import { APP_ENTRY_URL, trustedRendererOrigins } from './origin'
import { handleAppProtocol, registerAppScheme } from './protocol'
import { installSecurityPolicy } from './security'
import { createMainWindow } from './window'

/** Wires the plain-Node services to Electron; everything testable lives outside this folder. */
export function startDesktopApp(): void {
  const startedAt = new Date()
  const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
  const trustedOrigins = trustedRendererOrigins(devServerUrl)
  registerAppScheme()
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }

  void app.whenReady().then(() => {
    installSecurityPolicy(session.defaultSession, trustedOrigins)
    const files = createFileRegistry()
    const uploads = createUploadStore(files)
    handleAppProtocol(join(__dirname, '../renderer'), files, uploads)
    let window: BrowserWindow | null = null
    const seals = createSealCapability({
      files,
      dialogs: createElectronDialogPort(() => window),
      dataLocation: app.getPath('userData'),
      createWorker: () => new Worker(verifyWorkerPath)
    })
    app.on('will-quit', () => {
      void seals.close()
      uploads.dispose()
    })
    const handlers = createHandlers({
      now: () => new Date(),
      seals,
      systemInfo: () =>
        describeSystem({
          mode: 'desktop',
          dataLocation: app.getPath('userData'),
          versions: process.versions,
          platform: process.platform,
          startedAt
        })
    })
    registerRpc(
      createDispatcher(handlers, (channel, error) => console.error(`[rpc] ${channel}`, error)),
      trustedOrigins
    )
    window = createMainWindow(join(__dirname, '../preload/index.js'))
    void window.loadURL(devServerUrl ?? APP_ENTRY_URL)
  })

  app.on('window-all-closed', () => app.quit())
}
