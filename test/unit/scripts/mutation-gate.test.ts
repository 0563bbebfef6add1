import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../../..')
const gate = join(root, 'scripts/mutation-gate.mjs')
const runner = join(root, 'scripts/mutation.mjs')

interface MutationModule {
  name: string
  mutate: string[]
  tests: string[]
  threshold: number
}

interface Equivalent {
  file: string
  mutator: string
  replacement: string
  reason: string
}

interface ReportMutant {
  id: string
  mutatorName: string
  replacement: string
  status: string
}

/** The gate's functions (plain .mjs, so typed here). */
async function gateFunctions() {
  return (await import(gate as string)) as {
    tally: (
      report: { files: Record<string, { mutants: ReportMutant[] }> },
      modules: MutationModule[],
      equivalents: Equivalent[]
    ) => { module: string; survived: number; equivalent: number; score: number }[]
    staleEquivalents: (
      report: { files: Record<string, { mutants: ReportMutant[] }> },
      equivalents: Equivalent[]
    ) => Equivalent[]
  }
}

/** stryker.config.mjs and the pattern helper of the gate (plain .mjs, so typed here). */
async function harness(): Promise<{
  allModules: MutationModule[]
  sealModules: MutationModule[]
  matchesPatterns: (patterns: string[], file: string) => boolean
}> {
  const config = (await import(join(root, 'stryker.config.mjs') as string)) as {
    allModules: MutationModule[]
    sealModules: MutationModule[]
  }
  const gateModule = (await import(gate as string)) as {
    matchesPatterns: (patterns: string[], file: string) => boolean
  }
  return { ...config, matchesPatterns: gateModule.matchesPatterns }
}

/** A report in mutation-testing-report-schema form with the given statuses for one file. */
function report(files: Record<string, string[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mutation-gate-'))
  const path = join(dir, 'mutation.json')
  const body = {
    schemaVersion: '2',
    thresholds: { high: 95, low: 85 },
    files: Object.fromEntries(
      Object.entries(files).map(([file, statuses]) => [
        file,
        {
          language: 'typescript',
          source: '',
          mutants: statuses.map((status, i) => ({
            id: String(i),
            mutatorName: 'ConditionalExpression',
            replacement: 'true',
            status,
            location: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }
          }))
        }
      ])
    )
  }
  writeFileSync(path, JSON.stringify(body))
  return path
}

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' })

const times = (count: number, status: string) => Array<string>(count).fill(status)

describe('mutation gate (scripts/mutation-gate.mjs)', () => {
  it('fails a module below its threshold, counting uncovered mutants as survivors', () => {
    // privacy needs 85 %: 16 detected (15 killed, 1 timeout) of 19 is 84.2 %.
    const path = report({
      'src/shared/domain/privacy/mask.ts': [
        ...times(15, 'Killed'),
        'Timeout',
        'Survived',
        'NoCoverage',
        'NoCoverage',
        'CompileError',
        'Ignored'
      ]
    })
    const result = run(gate, '--report', path)
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/privacy\s+15\s+1\s+2\s+1\s+1\s+84\.2 %\s+85 %\s+BELOW/)
    expect(result.stderr).toContain('below threshold: privacy')
  })

  it('passes modules at or above their threshold, each held to its own', () => {
    // deadlines needs 95 %: 19 of 20. codes needs 85 %: 17 of 20.
    const path = report({
      'src/shared/domain/compliance/deadlines.ts': [...times(19, 'Killed'), 'Survived'],
      'src/shared/domain/codes/uscc.ts': [...times(17, 'Killed'), ...times(3, 'Survived')]
    })
    const result = run(gate, '--report', path)
    expect(result.stdout).toMatch(
      /compliance\/deadlines\s+19\s+1\s+0\s+0\s+0\s+95\.0 %\s+95 %\s+ok/
    )
    expect(result.stdout).toMatch(/codes\s+17\s+3\s+0\s+0\s+0\s+85\.0 %\s+85 %\s+ok/)
    expect(result.status).toBe(0)
    const stricter = report({
      'src/shared/domain/compliance/deadlines.ts': [...times(18, 'Killed'), ...times(2, 'Survived')]
    })
    expect(run(gate, '--report', stricter).status).toBe(1)
  })

  it('does not count the calendar’s year tables, which are data, for the calendar', () => {
    const path = report({
      'src/shared/domain/calendar/iso-date.ts': times(9, 'Killed'),
      'src/shared/domain/calendar/years/2026.ts': times(9, 'Survived')
    })
    expect(run(gate, '--report', path).stdout).toMatch(/calendar\s+9\s+0\s/)
  })

  it('fails when the report is missing or lacks a module it is asked about', () => {
    expect(run(gate, '--report', join(tmpdir(), 'no-such-report.json')).status).toBe(2)
    const path = report({ 'src/shared/domain/codes/uscc.ts': ['Killed'] })
    const result = run(gate, '--report', path, '--modules', 'codes,audit')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('no mutants of audit')
  })

  it('counts a listed equivalent mutant apart from the survivors, and only that one', async () => {
    const { tally, staleEquivalents } = await gateFunctions()
    const module = { name: 'm', mutate: ['src/m.ts'], tests: [], threshold: 85 }
    const mutant = (id: string, mutatorName: string, replacement: string, status: string) => ({
      id,
      mutatorName,
      replacement,
      status
    })
    const report = {
      files: {
        'src/m.ts': {
          mutants: [
            mutant('1', 'UnaryOperator', '+1', 'Survived'),
            mutant('2', 'UnaryOperator', '-x', 'Survived'),
            mutant('3', 'Regex', '/a/', 'Killed'),
            mutant('4', 'StringLiteral', '""', 'Ignored')
          ]
        }
      }
    }
    const listed = { file: 'src/m.ts', mutator: 'UnaryOperator', replacement: '+1', reason: 'r' }
    expect(tally(report, [module], [listed])).toEqual([
      expect.objectContaining({ module: 'm', survived: 1, equivalent: 2, score: 50 })
    ])
    const gone = { ...listed, replacement: '+2' }
    expect(staleEquivalents(report, [listed, gone])).toEqual([gone])
    expect(staleEquivalents({ files: {} }, [gone])).toEqual([])
  })

  it('excuses a listed equivalent with a line fragment only on a line that has it', async () => {
    const { tally } = await gateFunctions()
    const module = { name: 'm', mutate: ['src/m.ts'], tests: [], threshold: 85 }
    const at = (line: number) => ({
      id: String(line),
      mutatorName: 'StringLiteral',
      replacement: '"Stryker was here!"',
      status: 'Survived',
      location: { start: { line, column: 9 }, end: { line, column: 11 } }
    })
    const report = {
      files: {
        'src/m.ts': { source: "const a = ''\nconst done = ''\n", mutants: [at(1), at(2)] }
      }
    }
    const listed = {
      file: 'src/m.ts',
      mutator: 'StringLiteral',
      replacement: 'Stryker was here!',
      line: "done = ''",
      reason: 'r'
    }
    expect(tally(report as never, [module], [listed])).toEqual([
      expect.objectContaining({ survived: 1, equivalent: 1 })
    ])
  })

  it('fails on a survivor the committed results did not record, even above the threshold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mutation-baseline-'))
    const file = 'src/shared/domain/compliance/deadlines.ts'
    const survivor = (line: number, column: number, length: number) => ({
      id: `${line}`,
      mutatorName: 'EqualityOperator',
      replacement: 'days <= limit',
      status: 'Survived',
      location: { start: { line, column }, end: { line, column: column + length } }
    })
    const write = (name: string, source: string, mutants: object[]) => {
      const path = join(dir, name)
      writeFileSync(path, JSON.stringify({ files: { [file]: { source, mutants } } }))
      return path
    }
    const killed = (count: number) =>
      times(count, 'Killed').map((status, i) => ({
        id: `k${i}`,
        mutatorName: 'BooleanLiteral',
        replacement: 'false',
        status,
        location: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }
      }))
    // Known: `days < limit` survived at line 2. A comment added on top moves it to line 3, which
    // keeps it known; a second comparison planted at line 5 is new.
    const before = 'x\nif (days < limit) a()\n'
    const after = '// moved\nx\nif (days < limit) a()\ny\nif (days < limit) b()\n'
    const baseline = write('baseline.json', before, [survivor(2, 5, 12), ...killed(40)])
    const shifted = write('shifted.json', after, [survivor(3, 5, 12), ...killed(40)])
    const planted = write('planted.json', after, [
      survivor(3, 5, 12),
      survivor(5, 5, 12),
      ...killed(40)
    ])
    expect(run(gate, '--report', shifted, '--baseline', baseline).status).toBe(0)
    const result = run(gate, '--report', planted, '--baseline', baseline)
    expect(result.stdout).toMatch(/compliance\/deadlines\s+40\s+2\s.*95\.2 %\s+95 %\s+ok/)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`${file}:5 EqualityOperator -> days <= limit (Survived)`)
    expect(result.stderr).not.toContain(`${file}:3 `)
  })

  it('prints the README table in Markdown', () => {
    const path = report({ 'src/shared/domain/audit/hash-chain.ts': times(4, 'Killed') })
    expect(run(gate, '--report', path, '--markdown').stdout.trim().split('\n')).toEqual([
      '| module | killed | survived | no coverage | timeout | equivalent | score | threshold |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| audit | 4 | 0 | 0 | 0 | 0 | 100.0 % | 85 % |'
    ])
  })
})

describe('mutation modules (stryker.config.mjs)', () => {
  const files = (dir: string): string[] =>
    readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)))

  it('mutates existing files and names existing tests for every module, seal slot included', async () => {
    const { allModules, sealModules, matchesPatterns } = await harness()
    const sources = files('src')
    const tests = files('test')
    expect(allModules.length).toBeGreaterThanOrEqual(11)
    expect(allModules).toEqual(expect.arrayContaining(sealModules))
    for (const module of allModules) {
      expect(
        sources.some((file) => matchesPatterns(module.mutate, file)),
        module.name
      ).toBe(true)
      expect(
        tests.some((file) => matchesPatterns(module.tests, file)),
        module.name
      ).toBe(true)
      expect(module.threshold, module.name).toBeGreaterThanOrEqual(85)
    }
    const deadlines = allModules.find((module) => module.name === 'compliance/deadlines')
    expect(deadlines?.threshold).toBe(95)
  })

  it('gives each mutated file to one module only', async () => {
    const { allModules, matchesPatterns } = await harness()
    for (const file of files('src')) {
      const owners = allModules.filter((module) => matchesPatterns(module.mutate, file))
      expect(owners.length, `${file}: ${owners.map((m) => m.name).join(', ')}`).toBeLessThan(2)
    }
  })
})

describe('which modules CI mutates (scripts/mutation.mjs --changed-since)', () => {
  it('mutates nothing when nothing changed, and everything when it cannot tell', () => {
    const unchanged = run(runner, '--changed-since', 'HEAD', '--plan')
    expect(unchanged.status).toBe(0)
    expect(unchanged.stdout).toContain('no listed module was touched')
    const unknown = run(runner, '--changed-since', 'no-such-ref', '--plan')
    expect(unknown.stdout).toContain('every module runs')
    expect(unknown.stdout).toContain('module compliance/deadlines')
    expect(unknown.stdout).toContain('module imports/values')
  })

  it('plans a module with the unit tests that guard it, and no others', () => {
    const plan = run(runner, '--plan', 'compliance/deadlines').stdout
    expect(plan).toContain('tests test/unit/domain/compliance/deadlines.test.ts')
    // The 20,000-licence ground-truth scan is too slow to run per mutant.
    expect(plan).not.toContain('ground-truth')
    expect(plan).not.toContain('test/unit/domain/codes/')
    expect(existsSync(join(root, 'test/unit/domain/compliance/ground-truth.test.ts'))).toBe(true)
  })
})

describe('which modules CI runs again (scripts/mutation.mjs --ci)', () => {
  type Inputs = { files: Record<string, string>; tests: Record<string, string> }
  const modules = [
    { name: 'a', mutate: ['src/a/**/*.ts'], tests: ['test/a/**/*.test.ts'], threshold: 85 },
    { name: 'b', mutate: ['src/b/**/*.ts'], tests: ['test/b/**/*.test.ts'], threshold: 85 }
  ]
  const now: Record<string, Inputs> = {
    a: { files: { 'src/a/x.ts': '1' }, tests: { 'test/a/x.test.ts': '2' } },
    b: { files: { 'src/b/y.ts': '3' }, tests: { 'test/b/y.test.ts': '4' } }
  }
  const stale = async (recorded: Record<string, Inputs>) => {
    const { staleModules } = (await import(runner as string)) as {
      staleModules: (
        inputs: Record<string, Inputs>,
        modules: unknown[],
        current: (module: { name: string }) => Inputs
      ) => { name: string }[]
    }
    return staleModules(recorded, modules, (module) => now[module.name]!).map((m) => m.name)
  }

  it('runs nothing again when every module ran on its code and tests as they are', async () => {
    expect(await stale(structuredClone(now))).toEqual([])
  })

  it('runs again exactly the module whose code or tests changed, whenever that was', async () => {
    const changedCode = structuredClone(now)
    changedCode.a!.files['src/a/x.ts'] = 'old'
    expect(await stale(changedCode)).toEqual(['a'])
    const changedTest = structuredClone(now)
    changedTest.b!.tests['test/b/y.test.ts'] = 'old'
    expect(await stale(changedTest)).toEqual(['b'])
  })

  it('runs again a module that gained or lost a file or a test, or never ran', async () => {
    const lostTest = structuredClone(now)
    lostTest.a!.tests['test/a/gone.test.ts'] = '9'
    expect(await stale(lostTest)).toEqual(['a'])
    const newFile = structuredClone(now)
    delete newFile.b!.files['src/b/y.ts']
    expect(await stale(newFile)).toEqual(['b'])
    expect(await stale({ a: now.a! })).toEqual(['b'])
  })

  it('records what each module was measured on: digests of its mutated files and tests', async () => {
    const { inputsOf } = (await import(runner as string)) as {
      inputsOf: (module: unknown, files: { sources: string[]; tests: string[] }) => Inputs
    }
    const cwd = process.cwd()
    process.chdir(root)
    try {
      const inputs = inputsOf(
        {
          name: 'x',
          mutate: ['src/shared/i18n/locale.ts'],
          tests: ['test/unit/shared/i18n/render.test.ts']
        },
        {
          sources: ['src/shared/i18n/locale.ts', 'src/shared/i18n/message.ts'],
          tests: ['test/unit/shared/i18n/render.test.ts']
        }
      )
      expect(Object.keys(inputs.files)).toEqual(['src/shared/i18n/locale.ts'])
      expect(inputs.files['src/shared/i18n/locale.ts']).toMatch(/^[0-9a-f]{64}$/)
      expect(Object.keys(inputs.tests)).toEqual(['test/unit/shared/i18n/render.test.ts'])
    } finally {
      process.chdir(cwd)
    }
  })
})

describe('which files a run mutates (scripts/mutation.mjs)', () => {
  it("applies each module's exclusions to that module alone", async () => {
    const { filesOf } = (await import(runner as string)) as {
      filesOf: (modules: unknown[], files: string[]) => string[]
    }
    const files = ['src/a/one.ts', 'src/a/two.ts', 'src/b/three.ts']
    const modules = [
      { name: 'a-but-two', mutate: ['src/a/**/*.ts', '!src/a/two.ts'], tests: [], threshold: 85 },
      { name: 'two', mutate: ['src/a/two.ts'], tests: [], threshold: 95 }
    ]
    expect(filesOf(modules, files)).toEqual(['src/a/one.ts', 'src/a/two.ts'])
    expect(filesOf([modules[0]], files)).toEqual(['src/a/one.ts'])
  })
})
