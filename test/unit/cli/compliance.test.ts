import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../../../src/cli/command'
import { complianceCommand } from '../../../src/cli/commands/compliance'
import { demoCommand } from '../../../src/cli/commands/demo'
import type { Finding } from '../../../src/shared/domain/compliance'
import type { GroundTruth } from '../../../src/shared/domain/demo'

function fakeIo(cwd = '/tmp') {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text), cwd }
  return { io, out, err }
}

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'compliance-cli-'))
  const { io } = fakeIo(dir)
  expect(
    await demoCommand.run(
      ['generate', '--licences', '3000', '--seed', 'cli-test', '--out', 'data'],
      io
    )
  ).toBe(0)
}, 60_000)

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('compliance scan', () => {
  it('summarises the demo city per Art. 31 kind and rule, and matches its ground truth exactly', async () => {
    const { io, out } = fakeIo()
    const code = await complianceCommand.run(
      ['scan', '--demo', '--licences', '3000', '--seed', 'cli-test', '--check'],
      io
    )
    const text = out.join('\n')
    expect(code).toBe(0)
    expect(text).toContain('基准日 2026年11月27日')
    expect(text).toMatch(
      /第三十一条第（二）项 拒绝、拖延提供证照数据的，以及擅自减少应提供数据的 —— \d+ 项/
    )
    expect(text).toMatch(
      /push\.offline-late\s+\d+\s+线下生成证照推送逾期（第十三条）；最多：\S+ \d+/
    )
    const checked = text.split('\n').filter((line) => /预置\s+\d+\s+发现/.test(line))
    expect(checked).toHaveLength(14)
    for (const line of checked) expect(line).toMatch(/100\.0% \/ 100\.0%$/)
  }, 60_000)

  it('speaks English with --lang en, with the same counts, and never prints an internal id', async () => {
    const { io, out } = fakeIo()
    const code = await complianceCommand.run(
      ['scan', '--demo', '--licences', '3000', '--seed', 'cli-test', '--check'],
      { ...io, locale: 'en' }
    )
    const text = out.join('\n')
    expect(code).toBe(0)
    expect(text).toContain('Xuchang electronic licence compliance scan')
    expect(text).toContain('as of 2026-11-27')
    expect(text).toMatch(
      /Article 31 \(2\) refusing or delaying to provide licence data, or reducing the data to be provided without authorisation —— \d+/
    )
    expect(text).toMatch(
      /push\.offline-late\s+\d+\s+Offline licence pushed late \(Article 13\); most: \S/
    )
    expect(text).not.toMatch(/\bdept-\d/)
    const checked = text.split('\n').filter((line) => /planted\s+\d+\s+found/.test(line))
    expect(checked).toHaveLength(14)
    // The words are English; only names from the data (departments) stay Chinese.
    expect(text).not.toMatch(/预置|发现问题|基准日|拒绝、拖延/)
  }, 60_000)

  it('scans a directory written by `demo generate`, finding exactly its ground truth', async () => {
    const { io, out } = fakeIo(dir)
    expect(await complianceCommand.run(['scan', '--dir', 'data', '--json'], io)).toBe(0)
    const { findings, today } = JSON.parse(out.join('\n')) as { findings: Finding[]; today: string }
    const truth = JSON.parse(
      await readFile(join(dir, 'data', 'ground-truth.json'), 'utf8')
    ) as GroundTruth
    expect(today).toBe(truth.today)
    for (const [rule, ids] of Object.entries(truth.violations)) {
      const found = findings
        .filter((finding) => finding.ruleId === rule)
        .map((finding) => finding.subjectId)
      expect(found.sort(), rule).toEqual([...ids].sort())
    }
  }, 60_000)

  it('explains usage errors and exits 64', async () => {
    for (const args of [
      ['scan'],
      ['scan', '--demo', '--dir', 'x'],
      ['scan', '--dir', 'x', '--check'],
      ['scan', '--demo', '--today', '2026-13-01'],
      ['check']
    ]) {
      const { io, err } = fakeIo()
      expect(await complianceCommand.run(args, io), args.join(' ')).toBe(64)
      expect(err.join('\n')).toContain('用法 Usage:')
    }
    const { io, err } = fakeIo()
    expect(await complianceCommand.run(['scan', '--demo', '--dir', 'x'], io)).toBe(64)
    expect(err[0]).toMatch(/^请指定 --demo 或 --dir 之一/)
    const english = fakeIo()
    expect(
      await complianceCommand.run(['scan', '--today', '2026-13-01'], {
        ...english.io,
        locale: 'en'
      })
    ).toBe(64)
    expect(english.err[0]).toMatch(/^The reference day must be YYYY-MM-DD: 2026-13-01/)
  })

  it('exits 74 when the directory cannot be read', async () => {
    const { io, err } = fakeIo(dir)
    expect(await complianceCommand.run(['scan', '--dir', 'missing'], io)).toBe(74)
    expect(err.join('\n')).toContain('ENOENT')
  })
})
