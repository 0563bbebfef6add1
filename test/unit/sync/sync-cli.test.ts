import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/index'
import type { CliIo } from '../../../src/cli/command'
import { seedDemoLibrary } from '../../../src/library/demo-seed'
import { startWriter } from '../../../src/library/writer'
import { startLibrary, type RunningLibrary } from '../library/support'

/**
 * `sync pull` as an operator on a workstation without the app runs it: the library mirrored
 * into NDJSON that `compliance scan --dir` reads, resumed from where it stood, even after the
 * process was killed.
 */
const root = resolve(__dirname, '../../..')
const dir = mkdtempSync(join(tmpdir(), 'sync-cli-'))
let library: RunningLibrary

function captureIo(): CliIo & { stdout: () => string; stderr: () => string } {
  let stdout = ''
  let stderr = ''
  return {
    out: (line) => (stdout += `${line}\n`),
    err: (line) => (stderr += `${line}\n`),
    cwd: dir,
    stdout: () => stdout,
    stderr: () => stderr
  }
}

function mirrored(out: string, file: string): { id: string; rev: number }[] {
  return readFileSync(join(dir, out, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; rev: number })
}

function expectMirrorOf(out: string): void {
  const rows = mirrored(out, 'licences.ndjson')
  const live = library.store.liveRows('licences')
  expect(rows.length).toBe(live.length)
  const revs = new Map(rows.map((row) => [row.id, row.rev]))
  for (const row of live) expect(revs.get(row.id), row.id).toBe(row.rev)
  expect(mirrored(out, 'usage-records.ndjson').length).toBe(library.store.counts().usageRecords)
  const manifest = JSON.parse(readFileSync(join(dir, out, 'manifest.json'), 'utf8')) as {
    state: { cursor: number }
  }
  expect(manifest.state.cursor).toBe(library.store.info().headSeq)
}

beforeAll(async () => {
  library = await startLibrary()
  await seedDemoLibrary(library.store, { licences: 800, seed: 'sync-cli' })
  library.store.buildSnapshot(400)
}, 60_000)

afterAll(async () => {
  await library?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('sync pull', () => {
  it('mirrors the library, then takes only what changed, and compliance scan reads the mirror', async () => {
    const first = captureIo()
    expect(await runCli(['sync', 'pull', '--server', library.url, '--out', 'mirror'], first)).toBe(
      0
    )
    expect(first.stdout()).toMatch(/^同步完成：数据集 /)
    expect(first.stderr()).toMatch(/首次同步：快照分片 1\/\d+/)
    expectMirrorOf('mirror')

    const writer = startWriter(library.store, {
      seed: 'cli',
      tickMs: 60_000,
      fractionPerTick: 0.05
    })
    const changed = writer.tick()
    writer.stop()
    const second = captureIo()
    expect(await runCli(['sync', 'pull', '--server', library.url, '--out', 'mirror'], second)).toBe(
      0
    )
    expect(second.stdout()).toContain(`快照 0 行，增量 ${changed} 条`)
    expectMirrorOf('mirror')

    const scan = captureIo()
    expect(await runCli(['compliance', 'scan', '--dir', 'mirror', '--json'], scan)).toBe(0)
    const report = JSON.parse(scan.stdout()) as { totals: { licences?: number } }
    expect(report.totals).toBeTruthy()
  })

  it('resumes after the process is killed in the middle of a bootstrap', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/index.ts',
        'sync',
        'pull',
        '--server',
        library.url,
        '--out',
        join(dir, 'killed')
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }
    )
    const exited = new Promise<NodeJS.Signals | null>((done) =>
      child.on('exit', (_, signal) => done(signal))
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      if (/快照分片 1\//.test(stderr)) child.kill('SIGKILL')
    })
    expect(await exited).toBe('SIGKILL')
    const resumed = captureIo()
    expect(
      await runCli(['sync', 'pull', '--server', library.url, '--out', 'killed'], resumed)
    ).toBe(0)
    expect(resumed.stderr()).not.toMatch(/快照分片 1\//)
    expectMirrorOf('killed')
  }, 60_000)

  it('says what is wrong with the command line, in Chinese, with exit 64', async () => {
    const cases: [string[], RegExp][] = [
      [['sync', 'pull', '--out', 'x'], /缺少 --server/],
      [['sync', 'pull', '--server', library.url], /缺少 --out/],
      [
        ['sync', 'pull', '--server', library.url, '--out', 'x', '--password', 'p'],
        /--password 只与 --cert 一起使用/
      ],
      [['sync', 'pull', '--server', 'ftp://x', '--out', 'x'], /地址无效/],
      [
        ['sync', 'pull', '--server', library.url, '--out', 'x', '--ca', 'missing.pem'],
        /无法读取文件 missing\.pem/
      ],
      [['sync', 'shove'], /未知子命令：shove/],
      [
        ['sync', 'push', '--server', library.url, '--in', 'outbox.ndjson'],
        /缺少 --in（待推送包）或 --receipt/
      ],
      [
        ['sync', 'push', '--server', library.url, '--in', 'missing.ndjson', '--receipt', 'r'],
        /无法读取文件 missing\.ndjson/
      ]
    ]
    for (const [args, expected] of cases) {
      const io = captureIo()
      expect(await runCli(args, io), args.join(' ')).toBe(64)
      expect(io.stderr()).toMatch(expected)
    }
  })

  it('ends with 69 and a reason when the library cannot be reached', async () => {
    const io = captureIo()
    const code = await runCli(
      ['sync', 'pull', '--server', 'http://127.0.0.1:9', '--out', 'none'],
      io
    )
    expect(code).toBe(69)
    expect(io.stderr()).toMatch(/同步未完成：无法连接电子证照库/)
  }, 120_000)
})
