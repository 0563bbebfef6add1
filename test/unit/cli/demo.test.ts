import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../../../src/cli/command'
import { demoCommand } from '../../../src/cli/commands/demo'
import { PLANTED_RULE_IDS } from '../../../src/shared/domain/demo'

function fakeIo(cwd: string, locale?: 'en'): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return {
    stdout,
    stderr,
    cwd,
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
    ...(locale ? { locale } : {})
  }
}

async function lines(path: string): Promise<unknown[]> {
  const text = await readFile(path, 'utf8')
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown)
}

describe('demo generate', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'demo-cli-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('writes NDJSON per table, ground truth and a manifest, relative to cwd', async () => {
    const io = fakeIo(dir)
    const code = await demoCommand.run(
      ['generate', '--licences', '2500', '--seed', 's1', '--out', 'a'],
      io
    )
    expect(code).toBe(0)
    expect(io.stderr.at(-1)).toMatch(/^已生成证照 2500\/2500（[\d.]+ 秒）$/)
    expect(io.stdout).toEqual([
      expect.stringMatching(/^演示数据已写入 .+a：证照 2500 张，用证记录 \d+ 条，异议 \d+ 件$/)
    ])
    const manifest = JSON.parse(await readFile(join(dir, 'a', 'manifest.json'), 'utf8'))
    expect(manifest).toMatchObject({ seed: 's1', licencesRequested: 2500, today: '2026-11-27' })
    expect(manifest.files['licences.ndjson'].records).toBe(2500)
    const licences = await lines(join(dir, 'a', 'licences.ndjson'))
    expect(licences).toHaveLength(2500)
    for (const [file, info] of Object.entries(manifest.files) as [string, { records: number }][]) {
      expect(await lines(join(dir, 'a', file)), file).toHaveLength(info.records)
    }
    const groundTruth = JSON.parse(await readFile(join(dir, 'a', 'ground-truth.json'), 'utf8'))
    expect(Object.keys(groundTruth.violations).sort()).toEqual([...PLANTED_RULE_IDS].sort())
    expect(manifest.groundTruth.violations['data.missing-seal']).toBe(
      groundTruth.violations['data.missing-seal'].length
    )
  })

  it('writes the same bytes for the same seed, different ones for another seed', async () => {
    const run = (seed: string, out: string) =>
      demoCommand.run(['generate', '--licences', '1200', '--seed', seed, '--out', out], fakeIo(dir))
    expect(await run('same', 'x')).toBe(0)
    expect(await run('same', 'y')).toBe(0)
    expect(await run('else', 'z')).toBe(0)
    const read = (out: string, file: string) => readFile(join(dir, out, file), 'utf8')
    for (const file of [
      'licences.ndjson',
      'usage-records.ndjson',
      'ground-truth.json',
      'manifest.json'
    ]) {
      expect(await read('y', file), file).toBe(await read('x', file))
    }
    expect(await read('z', 'licences.ndjson')).not.toBe(await read('x', 'licences.ndjson'))
  })

  it('speaks English with --lang en', async () => {
    const io = fakeIo(dir, 'en')
    expect(await demoCommand.run(['generate', '--licences', '1000', '--out', 'e'], io)).toBe(0)
    expect(io.stderr.at(-1)).toMatch(/^Generated 1000\/1000 licences \([\d.]+ s\)$/)
    expect(io.stdout[0]).toMatch(
      /^Demo data written to .+e: 1000 licences, \d+ usage records, \d+ objections$/
    )
    const refused = fakeIo(dir, 'en')
    expect(await demoCommand.run(['generate', '--licences', '0'], refused)).toBe(64)
    expect(refused.stderr[0]).toMatch(
      /^The number of licences must be a whole number from 1 to 5000000: 0\n/
    )
  })

  it.each([
    [[], '缺少子命令'],
    [['make'], '未知子命令：make'],
    [['generate', '--licences', '0'], '证照数量应为 1–5000000 的整数：0'],
    [['generate', '--licences', 'many'], '证照数量应为 1–5000000 的整数：many'],
    [['generate', '--seed'], '--seed 需要一个值'],
    [['generate', '--colour', 'red'], '未知参数：--colour']
  ])('exits 64 with the usage on %j', async (args, said) => {
    const io = fakeIo(dir)
    expect(await demoCommand.run(args, io)).toBe(64)
    expect(io.stderr.join('\n')).toContain('用法 Usage:')
    expect(io.stderr[0]?.split('\n')[0]).toBe(said)
  })
})
