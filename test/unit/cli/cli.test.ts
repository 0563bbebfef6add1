import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CliIo } from '../../../src/cli/command'
import { runCli } from '../../../src/cli/index'

function captureIo(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return {
    stdout,
    stderr,
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    cwd: process.cwd()
  }
}

describe('CLI entry', () => {
  it('lists the commands with --help and exits 0', async () => {
    const io = captureIo()
    expect(await runCli(['--help'], io)).toBe(0)
    const help = io.stdout.join('\n')
    expect(help).toMatch(/^\s+system\s+显示版本.*别名 alias: info/m)
    expect(help).toMatch(/^\s+codes\s+校验/m)
  })

  it('rejects an unknown command with usage and exit code 64', async () => {
    const io = captureIo()
    expect(await runCli(['format-disk'], io)).toBe(64)
    expect(io.stderr.join('\n')).toContain('未知命令：format-disk')
    expect(await runCli(['__proto__'], captureIo())).toBe(64)
  })

  it('runs a command and prints its usage on --help', async () => {
    const io = captureIo()
    expect(await runCli(['system', '--json'], io)).toBe(0)
    expect(JSON.parse(io.stdout.join(''))).toMatchObject({
      app: '证照治理工作台',
      dataSchemaVersion: 7
    })
    const help = captureIo()
    expect(await runCli(['system', '--help'], help)).toBe(0)
    expect(help.stdout.join('')).toContain('npm run cli -- system')
  })

  it('still runs system under its old name info', async () => {
    const old = captureIo()
    const now = captureIo()
    expect(await runCli(['info', '--json'], old)).toBe(0)
    expect(await runCli(['system', '--json'], now)).toBe(0)
    expect(old.stdout).toEqual(now.stdout)
    const help = captureIo()
    expect(await runCli(['info', '--help'], help)).toBe(0)
    expect(help.stdout.join('')).toContain('npm run cli -- system')
  })

  it('says the versions in the language asked for', async () => {
    const zh = captureIo()
    expect(await runCli(['system'], zh)).toBe(0)
    const [app, schema, node] = zh.stdout.join('\n').split('\n')
    expect(app).toMatch(/^证照治理工作台 \d+\.\d+\.\d+/)
    expect(schema).toBe('数据结构版本 v7')
    expect(node).toBe(`Node.js ${process.versions.node}`)
    const en = captureIo()
    expect(await runCli(['system', '--lang', 'en'], en)).toBe(0)
    expect(en.stdout.join('\n').split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(/^E-License Governance Workbench \d+\.\d+\.\d+/),
      'Data structure version v7'
    ])
  })

  it('starts as a process in well under 2 seconds', () => {
    const root = resolve(__dirname, '../../..')
    const started = performance.now()
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/index.ts', '--help'],
      {
        cwd: root,
        encoding: 'utf8'
      }
    )
    const elapsed = performance.now() - started
    expect(output).toContain('E-License Governance Workbench CLI')
    expect(elapsed).toBeLessThan(2000)
  })
})
