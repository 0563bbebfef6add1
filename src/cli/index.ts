import type { CliCommand, CliIo } from './command'
import { EXIT_IO_ERROR, EXIT_USAGE, createProcessIo } from './command'
import { locales, type Locale } from '../shared/i18n/locale'

/**
 * Command groups, loaded only when named so that one call starts fast: scripts call the CLI many
 * times and each group may pull in heavy domain code.
 */
const commandGroups: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  calendar: {
    summary: '工作日计算与查询（含法定节假日与调休）· working-day calendar',
    load: async () => (await import('./commands/calendar')).calendarCommand
  },
  codes: {
    summary: '校验统一社会信用代码、身份证号、证照标识等 · check codes',
    load: async () => (await import('./commands/codes')).codesCommand
  },
  compliance: {
    summary: '按第三十一条扫描合规问题（含工作日期限）· Art. 31 compliance scan',
    load: async () => (await import('./commands/compliance')).complianceCommand
  },
  demo: {
    summary: '生成演示城市数据（含已知违规与标准答案）· generate the demo city',
    load: async () => (await import('./commands/demo')).demoCommand
  },
  documents: {
    summary: '生成并签发公文（GB/T 9704，PDF/DOCX）· official documents',
    load: async () => (await import('./commands/documents')).documentsCommand
  },
  library: {
    summary: '市电子证照库模拟服务（同步联调与演示）· reference city e-licence library',
    load: async () => (await import('./commands/library')).libraryCommand
  },
  seals: {
    summary: '核验 PDF 电子签章与国密印章 · verify PDF signatures and seals',
    load: async () => (await import('./commands/seals')).sealsCommand
  },
  sync: {
    summary: '与市统一电子证照库同步，镜像为 NDJSON · sync with the city e-licence library',
    load: async () => (await import('./commands/sync')).syncCommand
  },
  system: {
    summary: '显示版本与数据结构版本 · show versions (别名 alias: info)',
    load: async () => (await import('./commands/system')).systemCommand
  }
}

/** Older names that still run their command: `info` is `system` since the two were one. */
const aliases: Record<string, string> = { info: 'system' }

export function helpText(): string {
  const width = Math.max(...Object.keys(commandGroups).map((name) => name.length))
  const lines = Object.entries(commandGroups).map(
    ([name, group]) => `  ${name.padEnd(width)}  ${group.summary}`
  )
  return [
    '证照治理工作台 命令行 · E-License Governance Workbench CLI',
    '',
    '用法 Usage: npm run cli -- <command> [options]',
    '',
    '命令 Commands:',
    ...lines,
    '',
    '每个命令可加 --help 查看详细用法 · add --help to any command for its usage',
    '加 --lang en 以英文输出 · add --lang en for English messages'
  ].join('\n')
}

/** `--lang en` anywhere in the arguments sets the language of every message. */
function takeLocale(argv: string[]): { args: string[]; locale?: Locale } {
  const at = argv.indexOf('--lang')
  if (at < 0) return { args: argv }
  return {
    args: [...argv.slice(0, at), ...argv.slice(at + 2)],
    // Chinese unless a language the workbench speaks is named.
    locale: locales.find((locale) => locale === argv[at + 1]) ?? 'zh-CN'
  }
}

export async function runCli(argv: string[], givenIo: CliIo): Promise<number> {
  const { args, locale } = takeLocale(argv)
  const io = locale ? { ...givenIo, locale } : givenIo
  const [name, ...rest] = args
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText())
    return name === undefined ? EXIT_USAGE : 0
  }
  const canonical = Object.hasOwn(aliases, name) ? (aliases[name] as string) : name
  const group = commandGroups[canonical]
  if (!group || !Object.hasOwn(commandGroups, canonical)) {
    io.err(`未知命令：${name}\n\n${helpText()}`)
    return EXIT_USAGE
  }
  const command = await group.load()
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage)
    return 0
  }
  return command.run(rest, io)
}

const isEntryPoint =
  process.argv[1] !== undefined && /[\\/]cli[\\/]index\.[cm]?[tj]s$/.test(process.argv[1])
if (isEntryPoint) {
  const io = createProcessIo()
  runCli(process.argv.slice(2), io).then(
    (code) => {
      // A failed write (other than a closed pipe) has already set EX_IOERR: it stands.
      process.exitCode = process.exitCode === EXIT_IO_ERROR ? EXIT_IO_ERROR : code
    },
    (error: unknown) => {
      io.err(`内部错误：${error instanceof Error ? error.message : String(error)}`)
      process.exitCode = 70
    }
  )
}
