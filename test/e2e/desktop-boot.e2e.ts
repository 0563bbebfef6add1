import { fork, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * The built desktop app started as Electron would start it — `out/main/index.js` as the entry,
 * its chunks and its verification worker loaded from out/ by Node — with a stand-in for the
 * `electron` module (test/e2e/desktop/electron-stub.mjs), since the Electron binary is not here.
 */
const root = resolve(__dirname, '../..')
const mainEntry = join(root, 'out/main/index.js')
const stub = pathToFileURL(join(__dirname, 'desktop/electron-stub.mjs')).href
const ENTRY_URL = 'app://workbench/index.html'

interface WindowState {
  options: { webPreferences: Record<string, unknown> }
  loadedUrl: string | null
  navigationGuards: string[]
  windowOpenHandler: boolean
}

interface BootState {
  singleInstanceLockRequested: boolean
  quitRequested: boolean
  privilegedSchemes: Array<{ scheme: string; privileges: Record<string, boolean> }>
  schemesRegisteredBeforeReady: boolean
  protocolSchemes: string[]
  ipcChannels: string[]
  permissionHandlers: string[]
  windows: WindowState[]
}

interface FetchReply {
  status: number | null
  headers: Record<string, string>
  body: string
}

interface InvokeReply {
  registered: boolean
  result: { ok: boolean; data?: unknown; error?: { code: string } }
}

/** The desktop app in a child process, driven through the stub's message commands. */
class BootedApp {
  private nextId = 1
  private readonly pending = new Map<number, (message: Record<string, unknown>) => void>()
  readonly loaded: Promise<string>
  readonly output: string[] = []

  constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (data: Buffer) => this.output.push(data.toString()))
    child.stderr?.on('data', (data: Buffer) => this.output.push(data.toString()))
    this.loaded = new Promise((resolveLoaded, rejectLoaded) => {
      child.on('message', (message: Record<string, unknown>) => {
        if (message['type'] === 'loaded') resolveLoaded(message['url'] as string)
        const reply = this.pending.get(message['id'] as number)
        if (reply) reply(message)
      })
      child.on('exit', (code) =>
        rejectLoaded(new Error(`main exited (${code}) before loading:\n${this.output.join('')}`))
      )
    })
  }

  send<T>(type: string, fields: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++
    return new Promise((resolveReply, rejectReply) => {
      this.pending.set(id, (message) => {
        this.pending.delete(id)
        if (message['error']) rejectReply(new Error(message['error'] as string))
        else resolveReply(message['reply'] as T)
      })
      this.child.send({ id, type, ...fields })
    })
  }

  fetch(url: string, init: { method?: string; headers?: Record<string, string>; body?: Buffer }) {
    return this.send<FetchReply>('fetch', {
      url,
      method: init.method,
      headers: init.headers,
      body: init.body?.toString('base64')
    })
  }

  rpc(channel: string, payload: unknown, frameUrl = ENTRY_URL) {
    return this.send<InvokeReply>('invoke', { channel: 'rpc', args: [channel, payload], frameUrl })
  }
}

/** The smallest well-formed PDF with one empty page and no signature field. */
function unsignedPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'
  ]
  let pdf = '%PDF-1.7\n'
  const offsets = objects.map((body, i) => {
    const offset = pdf.length
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
    return offset
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}

describe('the built desktop app boots under a stand-in electron module', () => {
  const userData = mkdtempSync(join(tmpdir(), 'workbench-desktop-'))
  let app: BootedApp
  let state: BootState

  beforeAll(async () => {
    expect(existsSync(mainEntry), 'run `npx electron-vite build` first').toBe(true)
    // A packaged app ignores the dev server URL; NODE_OPTIONS would load more than the stub.
    const {
      ELECTRON_RENDERER_URL: _devServer,
      NODE_OPTIONS: _nodeOptions,
      ...inherited
    } = process.env
    const env = { ...inherited, WORKBENCH_STUB_USER_DATA: userData }
    app = new BootedApp(
      fork(mainEntry, [], {
        cwd: root,
        env,
        execArgv: ['--import', stub],
        stdio: ['ignore', 'pipe', 'pipe', 'ipc']
      })
    )
    expect(await app.loaded).toBe(ENTRY_URL)
    state = await app.send<BootState>('state')
  })

  afterAll(async () => {
    if (!app || app.child.exitCode !== null || app.child.signalCode !== null) return
    const exited = new Promise((done) => app.child.once('exit', done))
    const stuck = setTimeout(() => app.child.kill(), 10_000)
    void app.send('quit').catch(() => undefined)
    await exited
    clearTimeout(stuck)
  })

  it('creates the one window with the sandboxed, isolated preload from out/', () => {
    expect(state.singleInstanceLockRequested).toBe(true)
    expect(state.quitRequested).toBe(false)
    expect(state.windows).toHaveLength(1)
    const [window] = state.windows
    expect(window!.loadedUrl).toBe(ENTRY_URL)
    const preferences = window!.options.webPreferences
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true
    })
    expect(preferences['preload']).toBe(join(root, 'out/preload/index.js'))
    expect(existsSync(preferences['preload'] as string)).toBe(true)
    // The security policy reached the window's contents and the default session.
    expect(window!.navigationGuards).toEqual(['will-navigate', 'will-redirect'])
    expect(window!.windowOpenHandler).toBe(true)
    expect(state.permissionHandlers).toEqual(['request', 'check', 'device'])
  })

  it('registers app:// as a privileged scheme before ready, and its handler', () => {
    expect(state.privilegedSchemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true }
      }
    ])
    expect(state.schemesRegisteredBeforeReady).toBe(true)
    expect(state.protocolSchemes).toEqual(['app'])
  })

  it('serves the built renderer through the app:// protocol', async () => {
    const index = await app.fetch(ENTRY_URL, {})
    expect(index.status).toBe(200)
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8')
    const html = Buffer.from(index.body, 'base64').toString('utf8')
    expect(html).toBe(readFileSync(join(root, 'out/renderer/index.html'), 'utf8'))
    expect(html).toContain('Content-Security-Policy')

    const script = html.match(/<script[^>]+src="\.?\/?(assets\/[^"]+\.js)"/)?.[1]
    expect(script).toBeDefined()
    const asset = await app.fetch(`app://workbench/${script}`, {})
    expect(asset.status).toBe(200)
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect((await app.fetch('app://elsewhere/index.html', {})).status).toBe(404)
  })

  it('answers ipcMain.handle("rpc") from the app’s frame and refuses any other frame', async () => {
    expect(state.ipcChannels).toEqual(['rpc'])
    // Nobody is signed in on a first run: main refuses until the first administrator exists.
    expect((await app.rpc('system.info', {})).result).toMatchObject({
      ok: false,
      error: { code: 'errors.auth.signInRequired' }
    })
    const setup = await app.rpc('operators.setup', {
      name: '王管理',
      unit: '数据资源科',
      password: 'admin-password-1'
    })
    expect(setup.result).toMatchObject({ ok: true, data: { roles: ['administrator'] } })
    const info = await app.rpc('system.info', {})
    expect(info.result).toMatchObject({
      ok: true,
      data: { dataLocation: userData, runtime: { mode: 'desktop' } }
    })
    const foreign = await app.rpc('system.info', {}, 'https://example.com/')
    expect(foreign.result).toMatchObject({
      ok: false,
      error: { code: 'errors.rpc.forbiddenSender' }
    })
  })

  it('verifies a dropped PDF in the built verification worker', async () => {
    const pdf = unsignedPdf()
    const upload = await app.fetch('app://workbench/files', {
      method: 'POST',
      headers: { 'content-length': String(pdf.length), 'x-file-name': 'plain.pdf' },
      body: pdf
    })
    expect(upload.status).toBe(201)
    const { id } = JSON.parse(Buffer.from(upload.body, 'base64').toString('utf8')) as { id: string }
    const verified = await app.rpc('seals.verifyFile', { fileId: id })
    // A worker that failed to load would answer seals.error.malformed with no revision read.
    expect(verified.result).toMatchObject({
      ok: true,
      data: {
        file: { name: 'plain.pdf' },
        report: {
          signatureFields: 'none',
          revisions: [{ index: 0, xref: 'table' }],
          verdict: { status: 'indeterminate', reason: 'seals.reason.noSignatureFields' }
        }
      }
    })
    expect((verified.result.data as { report: { error?: unknown } }).report.error).toBeUndefined()
  })
})

/** Packages the built main process and preload load at run time, by package name. */
function packagesRequiredByBuild(): string[] {
  const files = readdirSync(join(root, 'out'), { recursive: true, encoding: 'utf8' })
    .filter((path) => /^(main|preload)[\\/].*\.js$/.test(path))
    .map((path) => readFileSync(join(root, 'out', path), 'utf8'))
  const specifiers = files.flatMap((code) =>
    [...code.matchAll(/\b(?:require|import)\("([^"]+)"\)/g)].map((match) => match[1]!)
  )
  const packages = specifiers
    .filter((name) => !name.startsWith('.') && !name.startsWith('node:'))
    .filter((name) => name !== 'electron' && !builtinModules.includes(name))
    .map((name) =>
      name
        .split('/')
        .slice(0, name.startsWith('@') ? 2 : 1)
        .join('/')
    )
  return [...new Set(packages)].sort()
}

describe('what the installers carry', () => {
  it('lists as dependencies exactly the packages the built main process loads', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    // electron-builder packs `dependencies` into app.asar; the renderer's packages are bundled
    // into out/renderer, and browser mode, the CLI and the tests run from the checkout, so they
    // all belong in devDependencies.
    expect(Object.keys(manifest.dependencies).sort()).toEqual(packagesRequiredByBuild())
  })
})
