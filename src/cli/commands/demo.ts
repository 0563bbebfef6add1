import { createHash } from 'node:crypto'
import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { once } from 'node:events'
import type { CliCommand, CliIo } from '../command'
import { EXIT_USAGE } from '../command'
import {
  createDemoCity,
  DEFAULT_DEMO_LICENCES,
  DEFAULT_DEMO_SEED,
  DEMO_GENERATOR_VERSION
} from '../../shared/domain/demo/generator'
import { message, type Message } from '../../shared/i18n/message'
import { createCliWords, type CliWords } from '../i18n'

/** sysexits EX_IOERR: the output directory or a file in it could not be written. */
export const EXIT_IO_ERROR = 74
const MAX_LICENCES = 5_000_000

const usage = [
  '用法 Usage:',
  '  demo generate [--licences N] [--seed S] [--out DIR]',
  '      生成内置演示数据（许昌市）：每张表一个 NDJSON 文件，另附 ground-truth.json 与 manifest.json',
  '',
  '选项 Options:',
  `  --licences N   证照数量，默认 ${DEFAULT_DEMO_LICENCES}，最多 ${MAX_LICENCES}`,
  `  --seed S       随机种子，默认 ${DEFAULT_DEMO_SEED}；同一种子生成逐字节相同的数据`,
  '  --out DIR      输出目录，默认 ./demo-data（相对当前目录）',
  '',
  '退出码 Exit codes: 0 成功；64 用法错误；74 写入失败'
].join('\n')

interface GenerateOptions {
  licences: number
  seed: string
  out: string
}

function parseGenerateArgs(args: string[]): GenerateOptions | Message {
  const options: GenerateOptions = {
    licences: DEFAULT_DEMO_LICENCES,
    seed: DEFAULT_DEMO_SEED,
    out: 'demo-data'
  }
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]
    const value = args[i + 1]
    if (flag !== '--licences' && flag !== '--seed' && flag !== '--out') {
      return message('demo.cli.unknownArgument', { argument: String(flag) })
    }
    if (value === undefined || value.startsWith('--'))
      return message('demo.cli.needsValue', { flag })
    i += 1
    if (flag === '--licences') {
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_LICENCES) {
        return message('demo.cli.badCount', { max: MAX_LICENCES, value })
      }
      options.licences = Number(value)
    } else if (flag === '--seed') options.seed = value
    else options.out = value
  }
  return options
}

/** An NDJSON file written with back-pressure, hashed as it goes. */
class NdjsonFile {
  readonly hash = createHash('sha256')
  records = 0
  private readonly stream: WriteStream

  constructor(readonly path: string) {
    this.stream = createWriteStream(path)
  }

  async write(records: readonly unknown[]): Promise<void> {
    if (records.length === 0) return
    const text = records.map((record) => `${JSON.stringify(record)}\n`).join('')
    this.records += records.length
    this.hash.update(text)
    if (!this.stream.write(text)) await once(this.stream, 'drain')
  }

  async close(): Promise<{ records: number; sha256: string }> {
    this.stream.end()
    await once(this.stream, 'finish')
    return { records: this.records, sha256: this.hash.digest('hex') }
  }
}

async function generate(options: GenerateOptions, io: CliIo, words: CliWords): Promise<number> {
  const outDir = resolve(io.cwd, options.out)
  await mkdir(outDir, { recursive: true })
  const city = createDemoCity({ licences: options.licences, seed: options.seed })
  const files = {
    departments: new NdjsonFile(join(outDir, 'departments.ndjson')),
    catalog: new NdjsonFile(join(outDir, 'catalog.ndjson')),
    usageAuthorizations: new NdjsonFile(join(outDir, 'usage-authorizations.ndjson')),
    licences: new NdjsonFile(join(outDir, 'licences.ndjson')),
    usageRecords: new NdjsonFile(join(outDir, 'usage-records.ndjson')),
    objections: new NdjsonFile(join(outDir, 'objections.ndjson'))
  }
  await files.departments.write(city.reference.departments)
  await files.catalog.write(city.reference.catalog)
  await files.usageAuthorizations.write(city.reference.usageAuthorizations)
  const started = Date.now()
  let step = await city.batches.next()
  while (!step.done) {
    await files.licences.write(step.value.licences)
    await files.usageRecords.write(step.value.usageRecords)
    await files.objections.write(step.value.objections)
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    io.err(
      words.say(
        message('demo.cli.progress', {
          done: files.licences.records,
          total: options.licences,
          seconds
        })
      )
    )
    step = await city.batches.next()
  }
  const groundTruth = step.value
  const written: Record<string, { records: number; sha256: string }> = {}
  for (const file of Object.values(files)) {
    written[file.path.slice(outDir.length + 1)] = await file.close()
  }
  const groundTruthText = `${JSON.stringify(groundTruth, null, 2)}\n`
  await writeFile(join(outDir, 'ground-truth.json'), groundTruthText)
  const manifest = {
    generator: 'elicense-workbench demo city (许昌市)',
    generatorVersion: DEMO_GENERATOR_VERSION,
    seed: options.seed,
    licencesRequested: options.licences,
    today: groundTruth.today,
    files: written,
    groundTruth: {
      file: 'ground-truth.json',
      sha256: createHash('sha256').update(groundTruthText).digest('hex'),
      violations: Object.fromEntries(
        Object.entries(groundTruth.violations).map(([rule, ids]) => [rule, ids.length])
      )
    }
  }
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  io.out(
    words.say(
      message('demo.cli.written', {
        dir: outDir,
        licences: files.licences.records,
        usageRecords: files.usageRecords.records,
        objections: files.objections.records
      })
    )
  )
  return 0
}

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: '生成演示数据 · generate the embedded demo city with planted violations',
  usage,
  async run(args, io) {
    const words = createCliWords(io.locale)
    const [subcommand, ...rest] = args
    if (subcommand !== 'generate') {
      const problem = subcommand
        ? message('demo.cli.unknownSubcommand', { subcommand })
        : message('demo.cli.missingSubcommand')
      io.err(`${words.say(problem)}\n\n${usage}`)
      return EXIT_USAGE
    }
    const options = parseGenerateArgs(rest)
    if ('code' in options) {
      io.err(`${words.say(options)}\n\n${usage}`)
      return EXIT_USAGE
    }
    try {
      return await generate(options, io, words)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (typeof code !== 'string') throw error
      io.err(words.say(message('demo.cli.writeFailed', { code, reason: (error as Error).message })))
      return EXIT_IO_ERROR
    }
  }
}
