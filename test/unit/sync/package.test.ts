import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/index'
import type { CliIo } from '../../../src/cli/command'
import { seedDemoLibrary } from '../../../src/library/demo-seed'
import { startWriter } from '../../../src/library/writer'
import { sha256Hex } from '../../../src/shared/domain/sync/checked'
import { createExtranetPki, type ExtranetPki } from '../../support/extranet-pki'
import { startLibrary, type RunningLibrary } from '../library/support'

/**
 * 离线同步包: made on a connected workstation, carried over, applied on one that never reaches
 * the extranet. The attacker's package first: altered, cut short, re-sealed, signed by a stranger.
 */
const dir = mkdtempSync(join(tmpdir(), 'sync-package-'))
let library: RunningLibrary
let pki: ExtranetPki

function io(): CliIo & { stdout: () => string; stderr: () => string } {
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

function pem(name: string): string {
  const path = join(dir, name)
  writeFileSync(path, pki.file(name))
  return path
}

async function cli(...args: string[]) {
  const capture = io()
  const code = await runCli(args, capture)
  return { code, stdout: capture.stdout(), stderr: capture.stderr() }
}

function mirrorRevs(out: string): Map<string, number> {
  const text = readFileSync(join(dir, out, 'licences.ndjson'), 'utf8')
  return new Map(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: string; rev: number })
      .map((row) => [row.id, row.rev])
  )
}

function expectMirrorOf(out: string): void {
  const revs = mirrorRevs(out)
  const live = library.store.liveRows('licences')
  expect(revs.size).toBe(live.length)
  for (const row of live) expect(revs.get(row.id), row.id).toBe(row.rev)
}

function cursorOf(out: string): number {
  const manifest = JSON.parse(readFileSync(join(dir, out, 'manifest.json'), 'utf8')) as {
    state: { cursor: number }
  }
  return manifest.state.cursor
}

/** Rewrites a package's lines (gunzip, edit, gzip) as someone with the file in hand could. */
function tamper(from: string, to: string, edit: (lines: string[]) => string[]): void {
  const lines = gunzipSync(readFileSync(join(dir, from)))
    .toString('utf8')
    .split('\n')
  lines.pop()
  writeFileSync(
    join(dir, to),
    gzipSync(
      edit(lines)
        .map((line) => `${line}\n`)
        .join('')
    )
  )
}

/** One changed byte in the first change page's body. */
function alterPage(lines: string[]): string[] {
  const at = lines.findIndex((line) => line.includes('"kind":"page"'))
  const entry = JSON.parse(lines[at] ?? '') as { body: string }
  entry.body = entry.body.replace('"rev":', '"rev": ')
  return lines.map((line, index) => (index === at ? JSON.stringify(entry) : line))
}

beforeAll(async () => {
  pki = createExtranetPki()
  library = await startLibrary()
  await seedDemoLibrary(library.store, { licences: 400, seed: 'package' })
  library.store.buildSnapshot(300)
  const writer = startWriter(library.store, {
    seed: 'package',
    tickMs: 60_000,
    fractionPerTick: 0.05
  })
  writer.tick()
  writer.stop()
}, 60_000)

afterAll(async () => {
  await library?.close()
  pki?.remove()
  rmSync(dir, { recursive: true, force: true })
})

describe('offline sync packages', () => {
  it('a signed full package, then an unsigned one from the offline cursor, make the same mirror as a sync', async () => {
    const made = await cli(
      'sync',
      'export',
      '--server',
      library.url,
      '--out',
      'full.pkg',
      '--sign-key',
      pem('client.key'),
      '--sign-cert',
      pem('client.pem')
    )
    expect(made.code).toBe(0)
    expect(made.stdout).toMatch(/^离线同步包已写入 full\.pkg：快照分片 \d+ 个/)
    const applied = await cli(
      'sync',
      'pull',
      '--package',
      'full.pkg',
      '--out',
      'offline',
      '--ca',
      pem('root.pem')
    )
    expect(applied.code).toBe(0)
    expect(applied.stderr).not.toContain('未签名')
    expectMirrorOf('offline')

    const writer = startWriter(library.store, {
      seed: 'package-2',
      tickMs: 60_000,
      fractionPerTick: 0.05
    })
    const changed = writer.tick()
    writer.stop()
    const since = String(cursorOf('offline'))
    expect(
      (await cli('sync', 'export', '--server', library.url, '--out', 'next.pkg', '--since', since))
        .code
    ).toBe(0)
    const next = await cli('sync', 'pull', '--package', 'next.pkg', '--out', 'offline')
    expect(next.code).toBe(0)
    expect(next.stderr).toContain('注意：该离线同步包未签名，只核对了校验和')
    expect(next.stdout).toContain(`快照 0 行，增量 ${changed} 条`)
    expectMirrorOf('offline')
    expect(cursorOf('offline')).toBe(library.store.info().headSeq)
  })

  it('a package for another cursor, or an increment for a workstation never bootstrapped, says which package is needed', async () => {
    expect(
      (
        await cli(
          'sync',
          'export',
          '--server',
          library.url,
          '--out',
          'from-zero.pkg',
          '--since',
          '1'
        )
      ).code
    ).toBe(0)
    const before = readFileSync(join(dir, 'offline', 'licences.ndjson'), 'utf8')
    const gap = await cli('sync', 'pull', '--package', 'from-zero.pkg', '--out', 'offline')
    expect(gap.code).toBe(69)
    expect(gap.stderr).toContain(`该离线同步包从游标 1 开始，而本机游标为 ${cursorOf('offline')}`)
    expect(readFileSync(join(dir, 'offline', 'licences.ndjson'), 'utf8')).toBe(before)
    const fresh = await cli('sync', 'pull', '--package', 'from-zero.pkg', '--out', 'never-synced')
    expect(fresh.code).toBe(69)
    expect(fresh.stderr).toContain('需要含完整快照的同步包')
  })

  it('refuses an altered, a cut-short or a re-sealed package before writing anything', async () => {
    tamper('full.pkg', 'altered.pkg', alterPage)
    tamper('full.pkg', 'short.pkg', (lines) => lines.slice(0, -2).concat(lines.slice(-1)))
    tamper('full.pkg', 'no-end.pkg', (lines) => lines.slice(0, -1))
    // The attacker recomputes the seal over the altered lines but cannot sign it.
    tamper('full.pkg', 'resealed.pkg', (lines) => {
      const altered = alterPage(lines)
      const body = altered.slice(0, -1)
      const end = JSON.parse(altered.at(-1) ?? '') as Record<string, unknown>
      end.sha256 = sha256Hex(body.map((line) => `${line}\n`).join(''))
      return [...body, JSON.stringify(end)]
    })
    writeFileSync(join(dir, 'not-a-package.pkg'), 'hello')
    const cases: [string, string][] = [
      ['altered.pkg', '离线同步包校验和不符'],
      ['short.pkg', '离线同步包不完整'],
      ['no-end.pkg', '离线同步包无法读取'],
      ['resealed.pkg', '离线同步包的签名与内容不符'],
      ['not-a-package.pkg', '离线同步包无法读取']
    ]
    for (const [file, expected] of cases) {
      const out = `refused-${file}`
      const result = await cli(
        'sync',
        'pull',
        '--package',
        file,
        '--out',
        out,
        '--ca',
        pem('root.pem')
      )
      expect(result.code, file).toBe(69)
      expect(result.stderr, file).toContain(expected)
      expect(existsSync(join(dir, out)), file).toBe(false)
    }
  })

  it('checks who signed: a stranger, an expired certificate, or no CA to check against', async () => {
    expect(
      (
        await cli(
          'sync',
          'export',
          '--server',
          library.url,
          '--out',
          'rogue.pkg',
          '--sign-key',
          pem('rogue.key'),
          '--sign-cert',
          pem('rogue.pem')
        )
      ).code
    ).toBe(0)
    expect(
      (
        await cli(
          'sync',
          'export',
          '--server',
          library.url,
          '--out',
          'expired.pkg',
          '--sign-key',
          pem('expired-server.key'),
          '--sign-cert',
          pem('expired-server.pem')
        )
      ).code
    ).toBe(0)
    const rogue = await cli(
      'sync',
      'pull',
      '--package',
      'rogue.pkg',
      '--out',
      'r1',
      '--ca',
      pem('root.pem')
    )
    expect(rogue.stderr).toContain('离线同步包的签名者“CN=rogue”不是所信任 CA 签发的')
    const expired = await cli(
      'sync',
      'pull',
      '--package',
      'expired.pkg',
      '--out',
      'r2',
      '--ca',
      pem('root.pem')
    )
    expect(expired.stderr).toContain('的证书不在有效期内')
    const noCa = await cli('sync', 'pull', '--package', 'full.pkg', '--out', 'r3')
    expect(noCa.stderr).toContain('请用 --ca 指定可信的政务 CA 证书')
    const otherCa = await cli(
      'sync',
      'pull',
      '--package',
      'full.pkg',
      '--out',
      'r4',
      '--ca',
      pem('other-root.pem')
    )
    expect(otherCa.stderr).toContain('不是所信任 CA 签发的')
    for (const [result, out] of [
      [rogue, 'r1'],
      [expired, 'r2'],
      [noCa, 'r3'],
      [otherCa, 'r4']
    ] as const) {
      expect(result.code).toBe(69)
      expect(existsSync(join(dir, out))).toBe(false)
    }
  })

  it('says what is wrong with an export command line', async () => {
    const cases: [string[], string][] = [
      [['sync', 'export', '--server', library.url], '缺少 --out'],
      [
        ['sync', 'export', '--server', library.url, '--out', 'x', '--since', '-3'],
        '--since 应为非负整数（同步游标）：-3'
      ],
      [
        ['sync', 'export', '--server', library.url, '--out', 'x', '--since', 'abc'],
        '--since 应为非负整数'
      ],
      [
        ['sync', 'export', '--server', library.url, '--out', 'x', '--sign-key', 'k.pem'],
        '--sign-key 与 --sign-cert 须一起给出'
      ],
      [
        ['sync', 'pull', '--server', library.url, '--package', 'full.pkg', '--out', 'x'],
        '--server 与 --package 只能选一个'
      ],
      [['sync', 'pull', '--package', 'missing.pkg', '--out', 'x'], '无法读取文件 missing.pkg']
    ]
    for (const [args, expected] of cases) {
      const result = await cli(...args)
      expect(result.code, args.join(' ')).not.toBe(0)
      expect(result.stderr, args.join(' ')).toContain(expected)
    }
  })
})
