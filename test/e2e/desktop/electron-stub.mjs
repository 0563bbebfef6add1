// Loaded with `node --import` before the built out/main/index.js: answers `require('electron')`
// in the main thread with a stand-in that records what main registers, and lets the parent test
// (over the fork IPC channel) fetch through the registered protocol handler, call the registered
// IPC handlers and quit. Worker threads get no electron module, as in the real app.
import { EventEmitter } from 'node:events'
import Module from 'node:module'
import { isMainThread } from 'node:worker_threads'

const STUB_PATH = '/electron-stub/electron.js'

function createElectron() {
  const record = {
    ready: false,
    singleInstanceLockRequested: false,
    quitRequested: false,
    privilegedSchemes: [],
    schemesRegisteredBeforeReady: false,
    protocolHandlers: new Map(),
    ipcHandlers: new Map(),
    permissionHandlers: [],
    windows: []
  }

  const app = new EventEmitter()
  Object.assign(app, {
    isPackaged: true,
    requestSingleInstanceLock() {
      record.singleInstanceLockRequested = true
      return true
    },
    quit() {
      record.quitRequested = true
    },
    whenReady() {
      return new Promise((resolve) =>
        setImmediate(() => {
          record.ready = true
          resolve()
        })
      )
    },
    getPath(name) {
      if (name !== 'userData') throw new Error(`the stub knows no path named ${name}`)
      return process.env.WORKBENCH_STUB_USER_DATA
    }
  })

  const permissionSetter = (name) => (handler) => record.permissionHandlers.push({ name, handler })
  const session = {
    defaultSession: {
      setPermissionRequestHandler: permissionSetter('request'),
      setPermissionCheckHandler: permissionSetter('check'),
      setDevicePermissionHandler: permissionSetter('device')
    }
  }

  const protocol = {
    registerSchemesAsPrivileged(schemes) {
      record.privilegedSchemes.push(...schemes)
      record.schemesRegisteredBeforeReady = !record.ready
    },
    handle(scheme, handler) {
      record.protocolHandlers.set(scheme, handler)
    }
  }

  const ipcMain = {
    handle(channel, handler) {
      record.ipcHandlers.set(channel, handler)
    }
  }

  class WebContents extends EventEmitter {
    static count = 0
    /** Main keeps the signed-in operator under the window's webContents id. */
    id = ++WebContents.count
    windowOpenHandler = null
    sent = []
    setWindowOpenHandler(handler) {
      this.windowOpenHandler = handler
    }
    isDestroyed() {
      return false
    }
    send(...args) {
      this.sent.push(args)
    }
  }

  class BrowserWindow extends EventEmitter {
    constructor(options) {
      super()
      this.options = options
      this.webContents = new WebContents()
      this.loadedUrl = null
      record.windows.push(this)
      app.emit('web-contents-created', {}, this.webContents)
    }
    show() {}
    async loadURL(url) {
      this.loadedUrl = url
      process.send?.({ type: 'loaded', url })
    }
  }

  const dialog = { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) }
  const shell = { openExternal: async () => undefined }
  // A keychain that only marks what it "encrypts": enough to see main seal its keys with it.
  const safeStorage = {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (text) => Buffer.from(`stub-sealed:${text}`),
    decryptString: (data) => data.toString().replace(/^stub-sealed:/, '')
  }

  return {
    record,
    electron: { app, session, protocol, ipcMain, BrowserWindow, dialog, shell, safeStorage }
  }
}

function summary(record) {
  return {
    singleInstanceLockRequested: record.singleInstanceLockRequested,
    quitRequested: record.quitRequested,
    privilegedSchemes: record.privilegedSchemes,
    schemesRegisteredBeforeReady: record.schemesRegisteredBeforeReady,
    protocolSchemes: [...record.protocolHandlers.keys()],
    ipcChannels: [...record.ipcHandlers.keys()],
    permissionHandlers: record.permissionHandlers.map(({ name }) => name),
    windows: record.windows.map((window) => ({
      options: window.options,
      loadedUrl: window.loadedUrl,
      navigationGuards: ['will-navigate', 'will-redirect'].filter(
        (event) => window.webContents.listenerCount(event) > 0
      ),
      windowOpenHandler: window.webContents.windowOpenHandler !== null
    }))
  }
}

/** One request through the registered `app:` protocol handler, as Chromium would make it. */
async function fetchThroughProtocol(record, { url, method = 'GET', headers = {}, body }) {
  const handler = record.protocolHandlers.get(new URL(url).protocol.slice(0, -1))
  if (!handler) return { status: null }
  const request = new Request(url, {
    method,
    headers,
    ...(body !== undefined ? { body: Buffer.from(body, 'base64'), duplex: 'half' } : {})
  })
  const response = await handler(request)
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: Buffer.from(await response.arrayBuffer()).toString('base64')
  }
}

/** `ipcRenderer.invoke(channel, ...args)` from a top-level frame showing `frameUrl`. */
async function invoke(record, { channel, args, frameUrl }) {
  const handler = record.ipcHandlers.get(channel)
  if (!handler) return { registered: false }
  const event = {
    senderFrame: { parent: null, url: frameUrl },
    sender: record.windows[0]?.webContents
  }
  return { registered: true, result: await handler(event, ...args) }
}

function install() {
  const { record, electron } = createElectron()
  const stub = new Module(STUB_PATH)
  stub.filename = STUB_PATH
  stub.loaded = true
  stub.exports = electron
  Module._cache[STUB_PATH] = stub
  const resolveFilename = Module._resolveFilename
  Module._resolveFilename = function (request, ...rest) {
    return request === 'electron' ? STUB_PATH : resolveFilename.call(this, request, ...rest)
  }

  const commands = {
    state: async () => summary(record),
    fetch: (message) => fetchThroughProtocol(record, message),
    invoke: (message) => invoke(record, message),
    quit: async () => {
      electron.app.emit('will-quit')
      setImmediate(() => process.exit(0))
      return { quitting: true }
    }
  }
  process.on('message', (message) => {
    commands[message.type](message).then(
      (reply) => process.send({ id: message.id, reply }),
      (error) => process.send({ id: message.id, error: String(error?.stack ?? error) })
    )
  })
}

if (isMainThread) install()
