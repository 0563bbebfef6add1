/**
 * `library serve` as an operator runs it: a real process that prints where it listens, serves
 * until SIGTERM and exits 0; a data file is reused on the next start; bad flags are usage errors.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/index'
import type { CliIo } from '../../../src/cli/command'
import { SyncInfo } from '../../../src/shared/domain/sync/protocol'
import { call } from './support'

const root = resolve(__dirname, '../../..')
const dir = mkdtempSync(join(tmpdir(), 'library-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Served {
  url: string
  stdout: () => string
  stderr: () => string
  stop(): Promise<number | null>
}

/** Starts `library serve …` and resolves once it prints its URL. */
function serve(args: string[]): Promise<Served> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/index.ts', 'library', 'serve', ...args],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let stdout = ''
  let stderr = ''
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
  return new Promise((done, fail) => {
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const url = /(https?:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1]
      // The counts follow the URL: wait for the last table's line.
      if (url && /审计链头/.test(stdout)) {
        done({
          url,
          stdout: () => stdout,
          stderr: () => stderr,
          stop: () => {
            child.kill('SIGTERM')
            return exited
          }
        })
      }
    })
    void exited.then((code) => fail(new Error(`exited ${code} before listening:\n${stderr}`)))
  })
}

function captureIo(): CliIo & { output: () => string } {
  let text = ''
  return {
    out: (line) => (text += `${line}\n`),
    err: (line) => (text += `${line}\n`),
    cwd: dir,
    output: () => text
  }
}

describe('library serve', () => {
  it('serves the demo city until SIGTERM, then exits 0; the data file is reused', async () => {
    const data = join(dir, 'library.sqlite')
    const first = await serve(['--demo', '--licences', '500', '--port', '0', '--data', data])
    const info = SyncInfo.parse((await call(`${first.url}/v1/sync/info`)).json())
    expect(first.stdout()).toContain(`数据集 ${info.datasetId}`)
    expect(first.stdout()).toMatch(/电子证照：500 条/)
    expect(first.stderr()).toMatch(/正在生成演示证照库：500\/500/)
    expect(await first.stop()).toBe(0)

    const second = await serve(['--demo', '--data', data])
    const again = SyncInfo.parse((await call(`${second.url}/v1/sync/info`)).json())
    expect(again.datasetId).toBe(info.datasetId)
    expect(again.headSeq).toBe(info.headSeq)
    expect(second.stderr()).toContain('沿用已有数据文件')
    expect(second.stderr()).not.toContain('正在生成')
    expect(await second.stop()).toBe(0)
  })

  it.each([
    [['serve', '--port', 'abc'], '端口应为 0–65535 的整数'],
    [['serve', '--port', '70000'], '端口应为 0–65535 的整数'],
    [['serve', '--licences', '10'], '--licences 只能与 --demo 一起使用'],
    [['serve', '--demo', '--licences', '0'], '证照数量应为'],
    [['serve', '--tls-cert', 'a.pem'], '--tls-cert 与 --tls-key 须同时给出'],
    [['serve', '--client-ca', 'ca.pem'], '--client-ca 须与'],
    [['serve', '--host'], '--host 需要一个值'],
    [['serve', '--wat'], '未知参数：--wat'],
    [['start'], '未知子命令：start'],
    [[], '缺少子命令']
  ])('library %j is a usage error (64): %s', async (args, words) => {
    const io = captureIo()
    expect(await runCli(['library', ...args], io)).toBe(64)
    expect(io.output()).toContain(words)
    expect(io.output()).toContain('用法 Usage:')
  })

  it('says in English what is wrong with --lang en, and 66 for a certificate it cannot read', async () => {
    const io = captureIo()
    expect(await runCli(['library', 'serve', '--port', 'x', '--lang', 'en'], io)).toBe(64)
    expect(io.output()).toContain('The port must be a whole number')
    const missing = captureIo()
    const code = await runCli(
      ['library', 'serve', '--tls-cert', 'none.pem', '--tls-key', 'none.key'],
      missing
    )
    expect(code).toBe(66)
    expect(missing.output()).toContain('ENOENT')
  })
})
