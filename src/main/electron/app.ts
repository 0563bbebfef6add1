import { join } from 'node:path'
import { app, session } from 'electron'
import { createDispatcher } from '../ipc/dispatcher'
import { createHandlers } from '../ipc/handlers'
import { createFileRegistry } from '../services/files/file-registry'
import { describeSystem } from '../services/system/system-info'
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
    handleAppProtocol(join(__dirname, '../renderer'), files)
    const handlers = createHandlers({
      now: () => new Date(),
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
    const window = createMainWindow(join(__dirname, '../preload/index.js'))
    void window.loadURL(devServerUrl ?? APP_ENTRY_URL)
  })

  app.on('window-all-closed', () => app.quit())
}
