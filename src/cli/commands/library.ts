import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import type { CliCommand, CliIo } from '../command'
import { EXIT_USAGE } from '../command'
import { message, type Message } from '../../shared/i18n/message'
import { createCliWords, type CliWords } from '../i18n'
import {
  DEFAULT_DEMO_SEED,
  DEFAULT_LIBRARY_DEMO_LICENCES,
  seedDemoLibrary
} from '../../library/demo-seed'
import { createLibraryServer, type LibraryTls } from '../../library/server'
import { ALL_TABLES, openLibraryStore, type LibraryStore } from '../../library/store'
import { startWriter } from '../../library/writer'

/** sysexits EX_NOINPUT: a certificate, key or data file could not be read. */
const EXIT_NO_INPUT = 66
/** sysexits EX_UNAVAILABLE: the address could not be listened on. */
const EXIT_UNAVAILABLE = 69
const MAX_LICENCES = 5_000_000
const WRITER_TICK_MS = 1000

const usage = [
  '用法 Usage:',
  '  library serve [--demo [--licences N] [--seed S]] [--data FILE.sqlite] [--port P] [--host H]',
  '                [--tls-cert F --tls-key F [--client-ca F]] [--writer]',
  '      启动市电子证照库模拟服务（同步协议 v1），供联调、测试与演示；Ctrl+C 停止',
  '      start the reference city e-licence library (sync protocol v1); Ctrl+C stops it',
  '',
  '选项 Options:',
  '  --demo          用内置演示数据（许昌市）填充空库 · fill an empty library with the demo city',
  `  --licences N    演示证照数量，默认 ${DEFAULT_LIBRARY_DEMO_LICENCES}，最多 ${MAX_LICENCES}`,
  `  --seed S        随机种子，默认 ${DEFAULT_DEMO_SEED}；也决定写入模式改哪些证照`,
  '  --data FILE     SQLite 数据文件；已有数据则沿用，不重新生成（默认仅在内存中）',
  '  --port P        端口，默认 0（任选空闲端口）· port, 0 picks a free one',
  '  --host H        监听地址，默认 127.0.0.1 · address to listen on',
  '  --tls-cert F    服务器证书（PEM），与 --tls-key 一起启用 https',
  '  --tls-key F     服务器私钥（PEM）',
  '  --client-ca F   要求客户端证书并以此 CA 校验（双向 TLS）· require client certificates',
  '  --writer        写入模式：每秒变更约 1% 的证照 · change ~1 % of licences every second',
  '',
  '退出码 Exit codes: 0 正常停止；64 用法错误；66 文件无法读取；69 无法监听'
].join('\n')

interface ServeOptions {
  demo: boolean
  writer: boolean
  licences: number
  seed: string
  data?: string
  port: number
  host: string
  tlsCert?: string
  tlsKey?: string
  clientCa?: string
}

const valueFlags = [
  '--licences',
  '--seed',
  '--data',
  '--port',
  '--host',
  '--tls-cert',
  '--tls-key',
  '--client-ca'
]

function parseServeArgs(args: string[]): ServeOptions | Message {
  const options: ServeOptions = {
    demo: false,
    writer: false,
    licences: DEFAULT_LIBRARY_DEMO_LICENCES,
    seed: DEFAULT_DEMO_SEED,
    port: 0,
    host: '127.0.0.1'
  }
  const given = new Set<string>()
  for (let i = 0; i < args.length; i++) {
    const flag = String(args[i])
    given.add(flag)
    if (flag === '--demo' || flag === '--writer') {
      options[flag === '--demo' ? 'demo' : 'writer'] = true
      continue
    }
    if (!valueFlags.includes(flag))
      return message('library.cli.unknownArgument', { argument: flag })
    const value = args[i + 1]
    if (value === undefined || value.startsWith('--') || value === '') {
      return message('library.cli.needsValue', { flag })
    }
    i += 1
    if (flag === '--licences') {
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_LICENCES) {
        return message('library.cli.badCount', { max: MAX_LICENCES, value })
      }
      options.licences = Number(value)
    } else if (flag === '--port') {
      if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
        return message('library.cli.badPort', { value })
      }
      options.port = Number(value)
    } else if (flag === '--seed') options.seed = value
    else if (flag === '--data') options.data = value
    else if (flag === '--host') options.host = value
    else if (flag === '--tls-cert') options.tlsCert = value
    else if (flag === '--tls-key') options.tlsKey = value
    else options.clientCa = value
  }
  if (given.has('--licences') && !options.demo) {
    return message('library.cli.demoOnly', { flag: '--licences' })
  }
  if ((options.tlsCert === undefined) !== (options.tlsKey === undefined)) {
    return message('library.cli.tlsPair')
  }
  if (options.clientCa !== undefined && options.tlsCert === undefined) {
    return message('library.cli.clientCaNeedsTls')
  }
  return options
}

function readTls(options: ServeOptions, cwd: string): LibraryTls | undefined {
  if (options.tlsCert === undefined || options.tlsKey === undefined) return undefined
  const read = (file: string) => readFileSync(resolve(cwd, file))
  return {
    cert: read(options.tlsCert),
    key: read(options.tlsKey),
    ...(options.clientCa === undefined ? {} : { clientCa: read(options.clientCa) })
  }
}

/** Resolves on the first SIGINT or SIGTERM, and stops listening for the other. */
function nextStopSignal(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      done()
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
}

function errorParams(error: unknown): { code: string; reason: string } {
  const code = (error as NodeJS.ErrnoException).code
  return {
    code: typeof code === 'string' ? code : 'ERROR',
    reason: error instanceof Error ? error.message : String(error)
  }
}

async function fill(store: LibraryStore, options: ServeOptions, io: CliIo, words: CliWords) {
  if (store.info().headSeq > 0) {
    if (options.data !== undefined) {
      io.err(words.say(message('library.cli.reused', { file: options.data })))
    }
    return
  }
  if (!options.demo) return
  const started = Date.now()
  await seedDemoLibrary(store, {
    licences: options.licences,
    seed: options.seed,
    onProgress: (done, total) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      io.err(words.say(message('library.cli.seeding', { done, total, seconds })))
    }
  })
}

function report(store: LibraryStore, url: string, io: CliIo, words: CliWords): void {
  const info = store.info()
  const counts = store.counts()
  io.out(words.say(message('library.cli.listening', { url })))
  io.out(
    words.say(
      message('library.cli.dataset', {
        datasetId: info.datasetId,
        epoch: info.epoch,
        headSeq: info.headSeq
      })
    )
  )
  for (const table of ALL_TABLES) {
    const name = message(`library.tables.${table}`)
    io.out(words.say(message('library.cli.tableCount', { table: name, count: counts[table] })))
  }
}

async function serve(options: ServeOptions, io: CliIo, words: CliWords): Promise<number> {
  let tls: LibraryTls | undefined
  try {
    tls = readTls(options, io.cwd)
  } catch (error) {
    const { code, reason } = errorParams(error)
    const file = (error as { path?: string }).path ?? ''
    io.err(words.say(message('library.cli.readFailed', { file, code, reason })))
    return EXIT_NO_INPUT
  }
  let store: LibraryStore
  const file = options.data === undefined ? undefined : resolve(io.cwd, options.data)
  try {
    store = openLibraryStore(file === undefined ? {} : { file })
  } catch (error) {
    const { reason } = errorParams(error)
    io.err(words.say(message('library.cli.openFailed', { file: String(file), reason })))
    return EXIT_NO_INPUT
  }
  const stopped = nextStopSignal()
  await fill(store, options, io, words)
  const app = createLibraryServer({ store, ...(tls ? { tls } : {}) })
  try {
    await app.listen({ port: options.port, host: options.host })
  } catch (error) {
    const { code, reason } = errorParams(error)
    const { host, port } = options
    io.err(words.say(message('library.cli.listenFailed', { host, port, code, reason })))
    store.close()
    return EXIT_UNAVAILABLE
  }
  const address = app.server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  report(store, `${tls ? 'https' : 'http'}://${host}:${address.port}`, io, words)
  const writer = options.writer
    ? startWriter(store, { seed: options.seed, tickMs: WRITER_TICK_MS })
    : null
  if (writer) {
    io.out(words.say(message('library.cli.writer', { percent: 1, seconds: WRITER_TICK_MS / 1000 })))
  }
  await stopped
  io.err(words.say(message('library.cli.stopping')))
  const changed = writer?.stop() ?? 0
  await app.close()
  store.close()
  io.err(words.say(message('library.cli.stopped', { changed })))
  return 0
}

export const libraryCommand: CliCommand = {
  name: 'library',
  summary: '市电子证照库模拟服务 · reference city e-licence library for sync tests and demos',
  usage,
  async run(args, io) {
    const words = createCliWords(io.locale)
    const [subcommand, ...rest] = args
    if (subcommand !== 'serve') {
      const problem = subcommand
        ? message('library.cli.unknownSubcommand', { subcommand })
        : message('library.cli.missingSubcommand')
      io.err(`${words.say(problem)}\n\n${usage}`)
      return EXIT_USAGE
    }
    const options = parseServeArgs(rest)
    if ('code' in options) {
      io.err(`${words.say(options)}\n\n${usage}`)
      return EXIT_USAGE
    }
    return serve(options, io, words)
  }
}
