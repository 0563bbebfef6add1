#!/usr/bin/env node
// `npm start`: the desktop app when the Electron runtime is here or can be fetched; otherwise,
// say so in one sentence and start browser mode, so one command always runs the app.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const electronDir = dirname(require.resolve('electron/package.json'))
const DOWNLOAD_TIMEOUT_MS = 120_000

function electronBinaryPresent() {
  const pathFile = join(electronDir, 'path.txt')
  return (
    existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8')))
  )
}

function tryFetchElectron() {
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'ignore',
    timeout: DOWNLOAD_TIMEOUT_MS
  })
  return result.status === 0 && electronBinaryPresent()
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code) => process.exit(code ?? 1))
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
if (electronBinaryPresent() || tryFetchElectron()) {
  run(npm, ['exec', '--', 'electron-vite', 'preview'])
} else {
  console.log(
    '本机没有 Electron 运行时且无法下载（Electron runtime absent and cannot be fetched），改为以浏览器模式启动证照治理工作台。'
  )
  run(npm, ['run', 'dev:web'])
}
