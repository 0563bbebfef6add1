import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import type { CliCommand, CliIo } from '../command'
import { EXIT_USAGE } from '../command'
import { beijingToday, defaultWorkingDayCalendar, isIsoDate } from '../../shared/domain/calendar'
import {
  ARTICLE_31_KINDS,
  article31ItemLabel,
  article31KindText,
  articleOf,
  complianceRules,
  createInMemoryComplianceSource,
  scanCompliance,
  type ComplianceTables,
  type Finding,
  type ScanReport
} from '../../shared/domain/compliance'
import { day, list, message, type Message } from '../../shared/i18n/message'
import { createCliWords, type CliWords } from '../i18n'

export const EXIT_IO_ERROR = 74
/** `--check` found the scan and the demo's ground truth apart. */
export const EXIT_MISMATCH = 1
const MAX_LICENCES = 5_000_000

const usage = [
  '用法 Usage:',
  '  compliance scan --demo [--licences N] [--seed S] [--check] [--json]',
  '      在内存中生成演示数据（许昌市）并按《办法》第三十一条检查',
  '  compliance scan --dir DIR [--today YYYY-MM-DD] [--json]',
  '      检查 NDJSON 目录（如 `demo generate` 的输出）',
  '',
  '选项 Options:',
  '  --licences N   演示证照数量，默认与 `demo generate` 相同',
  '  --seed S       演示随机种子，默认与 `demo generate` 相同',
  '  --check        与演示数据的预置违规（ground truth）逐条比对，输出查准率与查全率',
  '  --today D      检查基准日；--dir 默认取 manifest.json 的 today，没有则取今天（北京时间）',
  '  --json         输出全部问题（JSON），而非汇总',
  '',
  '退出码 Exit codes: 0 成功；1 --check 不一致；64 用法错误；74 读取失败'
].join('\n')

interface ScanOptions {
  source:
    { kind: 'demo'; licences: number | null; seed: string | null } | { kind: 'dir'; dir: string }
  today: string | null
  json: boolean
  check: boolean
}

function parseScanArgs(args: string[]): ScanOptions | Message {
  let demo = false
  let dir: string | null = null
  let licences: number | null = null
  let seed: string | null = null
  const options: Omit<ScanOptions, 'source'> = { today: null, json: false, check: false }
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]
    if (flag === '--demo') demo = true
    else if (flag === '--json') options.json = true
    else if (flag === '--check') options.check = true
    else if (flag === '--licences' || flag === '--seed' || flag === '--dir' || flag === '--today') {
      const value = args[i + 1]
      if (value === undefined || value.startsWith('--'))
        return message('compliance.cli.needsValue', { flag })
      i += 1
      if (flag === '--licences') {
        if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_LICENCES) {
          return message('compliance.cli.licenceCount', { max: MAX_LICENCES, value })
        }
        licences = Number(value)
      } else if (flag === '--seed') seed = value
      else if (flag === '--dir') dir = value
      else if (!isIsoDate(value)) return message('compliance.cli.badToday', { value })
      else options.today = value
    } else return message('compliance.cli.unknownOption', { option: String(flag) })
  }
  if (demo === (dir !== null)) return message('compliance.cli.demoOrDir')
  if (options.check && !demo) return message('compliance.cli.checkNeedsDemo')
  return {
    ...options,
    source: demo ? { kind: 'demo', licences, seed } : { kind: 'dir', dir: dir ?? '' }
  }
}

async function readNdjson<T>(path: string): Promise<T[]> {
  const rows: T[] = []
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity })
  for await (const line of lines) if (line.trim() !== '') rows.push(JSON.parse(line) as T)
  return rows
}

async function readDataDir(
  dir: string
): Promise<{ tables: ComplianceTables; today: string | null }> {
  const file = (name: string) => join(dir, name)
  const manifest = JSON.parse(await readFile(file('manifest.json'), 'utf8').catch(() => '{}')) as {
    today?: string
  }
  return {
    today: manifest.today ?? null,
    tables: {
      departments: await readNdjson(file('departments.ndjson')),
      catalog: await readNdjson(file('catalog.ndjson')),
      usageAuthorizations: await readNdjson(file('usage-authorizations.ndjson')),
      licences: await readNdjson(file('licences.ndjson')),
      usageRecords: await readNdjson(file('usage-records.ndjson')),
      objections: await readNdjson(file('objections.ndjson')),
      notices: []
    }
  }
}

/**
 * The per-kind, per-rule summary in the reader's language: counts and the three departments with
 * most findings. Rule ids stay as the first column, the key a script filters on.
 */
export function summarize(
  report: ScanReport,
  tables: ComplianceTables,
  today: string,
  words: CliWords = createCliWords()
): string {
  const names = new Map(tables.departments.map((department) => [department.id, department.name]))
  const open = report.findings.filter((finding) => finding.status === 'open')
  const undetermined = open.filter((finding) => finding.outcome === 'undetermined').length
  const { totals } = report
  const lines = [
    words.say(message('compliance.cli.heading', { today: day(today) })),
    words.say(
      message('compliance.cli.totals', {
        licences: totals.licences,
        statusChanges: totals.statusChanges,
        usageRecords: totals.usageRecords,
        objections: totals.objections,
        violations: open.length - undetermined,
        undetermined
      })
    )
  ]
  const width = Math.max(...complianceRules.map((rule) => rule.id.length))
  for (const kind of ARTICLE_31_KINDS) {
    const rules = complianceRules.filter((rule) => rule.kind === kind)
    const ofKind = open.filter((finding) => finding.kind === kind)
    if (rules.length === 0 && ofKind.length === 0) continue
    lines.push(
      '',
      words.say(
        message('compliance.cli.kindLine', {
          item: article31ItemLabel(kind),
          text: article31KindText(kind),
          count: ofKind.length
        })
      )
    )
    for (const rule of rules) {
      const found = ofKind.filter((finding) => finding.ruleId === rule.id)
      const title = words.say(
        message('compliance.cli.ruleLine', {
          title: rule.title,
          article: articleOf(rule.provision)
        })
      )
      lines.push(
        `  ${rule.id.padEnd(width)}  ${String(found.length).padStart(6)}  ${title}${topDepartments(found, names, words)}`
      )
    }
  }
  return lines.join('\n')
}

function topDepartments(
  findings: readonly Finding[],
  names: ReadonlyMap<string, string>,
  words: CliWords
): string {
  const counts = new Map<string, number>()
  for (const finding of findings) {
    const key = finding.departmentId ?? ''
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3)
  if (top.length === 0) return ''
  const departments = top.map(([id, count]) =>
    message('compliance.cli.departmentCount', {
      name: names.get(id) ?? message('compliance.cli.unmatchedDepartment'),
      count
    })
  )
  return words.say(message('compliance.cli.top', { departments: list(departments) }))
}

async function scan(options: ScanOptions, io: CliIo, words: CliWords): Promise<number> {
  let tables: ComplianceTables
  let today: string
  let compareWithTruth: ((report: ScanReport) => { lines: string[]; exact: boolean }) | null = null
  if (options.source.kind === 'demo') {
    io.err(words.say(message('compliance.cli.generating')))
    const { demoScanInput, compareWithGroundTruth } = await import('./demo-scan')
    const input = await demoScanInput(options.source)
    compareWithTruth = (report) => compareWithGroundTruth(report, input.truth, words)
    tables = input.tables
    today = options.today ?? input.today
  } else {
    const read = await readDataDir(resolve(io.cwd, options.source.dir))
    tables = read.tables
    today = options.today ?? read.today ?? beijingToday()
  }
  const started = Date.now()
  const result = await scanCompliance(createInMemoryComplianceSource(tables), {
    today,
    calendar: defaultWorkingDayCalendar
  })
  if (!result.ok) {
    io.err(words.say(message('compliance.cli.failed', { reason: result.error })))
    return EXIT_USAGE
  }
  io.err(
    words.say(
      message('compliance.cli.took', { seconds: ((Date.now() - started) / 1000).toFixed(1) })
    )
  )
  if (options.json) {
    io.out(
      JSON.stringify({ today, totals: result.data.totals, findings: result.data.findings }, null, 2)
    )
  } else {
    io.out(summarize(result.data, tables, today, words))
  }
  if (options.check && compareWithTruth) {
    const comparison = compareWithTruth(result.data)
    ;(options.json ? io.err : io.out)(comparison.lines.join('\n'))
    return comparison.exact ? 0 : EXIT_MISMATCH
  }
  return 0
}

export const complianceCommand: CliCommand = {
  name: 'compliance',
  summary:
    '合规检查（第三十一条）· Art. 31 compliance scan over the demo city or an NDJSON data directory',
  usage,
  async run(args, io) {
    const words = createCliWords(io.locale)
    const [subcommand, ...rest] = args
    if (subcommand !== 'scan') {
      const problem = subcommand
        ? message('compliance.cli.unknownSubcommand', { name: subcommand })
        : message('compliance.cli.missingSubcommand')
      io.err(`${words.say(problem)}\n\n${usage}`)
      return EXIT_USAGE
    }
    const options = parseScanArgs(rest)
    if ('code' in options) {
      io.err(`${words.say(options)}\n\n${usage}`)
      return EXIT_USAGE
    }
    try {
      return await scan(options, io, words)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (typeof code !== 'string') throw error
      io.err(
        words.say(message('compliance.cli.readFailed', { code, detail: (error as Error).message }))
      )
      return EXIT_IO_ERROR
    }
  }
}
