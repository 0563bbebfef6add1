import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { CliCommand, CliIo } from '../command'
import { EXIT_USAGE } from '../command'
import { runSync, type SyncProgress } from '../../shared/domain/sync/engine'
import { SyncFailure } from '../../shared/domain/sync/faults'
import { SyncTable } from '../../shared/domain/sync/protocol'
import { message, type Message } from '../../shared/i18n/message'
import {
  createHttpTransport,
  type LibraryConnection
} from '../../main/services/sync/http-transport'
import { NdjsonMirror } from '../../main/services/sync/ndjson-mirror'
import { nodeSyncEnvironment } from '../../main/services/sync/node-environment'
import { createCliWords, type CliWords } from '../i18n'

/** sysexits EX_UNAVAILABLE: the library could not be synced with. */
export const EXIT_SYNC_FAILED = 69
/** sysexits EX_IOERR: the mirror folder could not be written. */
export const EXIT_IO_ERROR = 74
/** 128 + SIGINT: stopped by the user; what was applied is kept. */
export const EXIT_CANCELLED = 130

const usage = [
  '用法 Usage:',
  '  sync pull --server URL --out DIR [--ca FILE] [--cert FILE.p12 --password P] [--proxy URL] [--verify]',
  '      把电子证照库镜像到 DIR（每张表一个 NDJSON 文件，格式同 demo generate，可供 compliance scan --dir 扫描）；',
  '      再次运行时从 DIR 记录的游标继续，中断（Ctrl+C、断网、进程被杀）后亦然',
  '',
  '选项 Options:',
  '  --server URL      电子证照库地址，如 https://library.xc.gov.test:8443',
  '  --out DIR         镜像目录（相对当前目录）',
  '  --ca FILE         信任的政务 CA 证书（PEM）；只用于该证照库',
  '  --cert FILE.p12   客户端证书（PKCS#12），配合 --password',
  '  --proxy URL       HTTP 代理（CONNECT），如 http://proxy.gov.test:8080',
  '  --verify          同步后按 256 个分桶核对摘要，修复不一致的分桶',
  '',
  '退出码 Exit codes: 0 成功；64 用法错误；69 同步失败；74 写入失败；130 已取消'
].join('\n')

interface PullOptions {
  server: string
  out: string
  ca?: string
  cert?: string
  password?: string
  proxy?: string
  verify: boolean
}

const valueFlags = ['--server', '--out', '--ca', '--cert', '--password', '--proxy'] as const

function parsePullArgs(args: string[]): PullOptions | Message {
  const values: Partial<Record<(typeof valueFlags)[number], string>> = {}
  let verify = false
  for (let i = 0; i < args.length; i++) {
    const flag = args[i] as string
    if (flag === '--verify') {
      verify = true
      continue
    }
    if (!(valueFlags as readonly string[]).includes(flag)) {
      return message('sync.cli.unknownArgument', { argument: flag })
    }
    const value = args[i + 1]
    if (value === undefined || value.startsWith('--')) {
      return message('sync.cli.needsValue', { flag })
    }
    values[flag as (typeof valueFlags)[number]] = value
    i += 1
  }
  if (!values['--server']) return message('sync.cli.missingServer')
  if (!values['--out']) return message('sync.cli.missingOut')
  if (values['--password'] !== undefined && values['--cert'] === undefined) {
    return message('sync.cli.passwordWithoutCert')
  }
  return {
    server: values['--server'],
    out: values['--out'],
    verify,
    ...(values['--ca'] ? { ca: values['--ca'] } : {}),
    ...(values['--cert'] ? { cert: values['--cert'] } : {}),
    ...(values['--password'] !== undefined ? { password: values['--password'] } : {}),
    ...(values['--proxy'] ? { proxy: values['--proxy'] } : {})
  }
}

async function connectionFor(
  options: PullOptions,
  io: CliIo
): Promise<LibraryConnection | Message> {
  const read = async (file: string) => {
    try {
      return await readFile(resolve(io.cwd, file))
    } catch (error) {
      return message('sync.cli.unreadableFile', {
        file,
        code: String((error as NodeJS.ErrnoException).code ?? '')
      })
    }
  }
  const connection: LibraryConnection = { server: options.server }
  if (options.proxy) connection.proxy = options.proxy
  if (options.ca) {
    const ca = await read(options.ca)
    if (!Buffer.isBuffer(ca)) return ca
    connection.ca = ca.toString('utf8')
  }
  if (options.cert) {
    const pfx = await read(options.cert)
    if (!Buffer.isBuffer(pfx)) return pfx
    connection.pfx = { data: new Uint8Array(pfx), passphrase: options.password ?? '' }
  }
  return connection
}

function progressLine(progress: SyncProgress): Message {
  return message(`sync.cli.progress.${progress.phase}`, {
    done: progress.done,
    total: progress.total ?? ''
  })
}

async function pullCommand(options: PullOptions, io: CliIo, words: CliWords): Promise<number> {
  const connection = await connectionFor(options, io)
  if ('code' in connection) {
    io.err(words.say(connection))
    return EXIT_USAGE
  }
  let transport
  try {
    transport = createHttpTransport(connection)
  } catch (error) {
    if (!(error instanceof SyncFailure)) throw error
    io.err(words.say(error.fault.message))
    return EXIT_USAGE
  }
  const mirror = await NdjsonMirror.open(resolve(io.cwd, options.out))
  const controller = new AbortController()
  const cancel = () => controller.abort()
  process.once('SIGINT', cancel)
  let lastPhase = ''
  try {
    const report = await runSync({
      clientId: 'cli-mirror',
      transport,
      store: mirror,
      env: nodeSyncEnvironment,
      signal: controller.signal,
      verify: options.verify,
      onProgress: (progress) => {
        // One line per phase and per bootstrap part; pull progress every page.
        if (progress.phase !== lastPhase || progress.phase !== 'push') {
          io.err(words.say(progressLine(progress)))
        }
        lastPhase = progress.phase
      }
    })
    await mirror.compact({ source: 'sync', server: options.server })
    const retries = Object.values(report.retries).reduce((sum, n) => sum + (n ?? 0), 0)
    io.out(
      words.say(
        message('sync.cli.done', {
          dataset: report.datasetId,
          cursor: report.cursor,
          head: report.headSeq,
          snapshotRows: report.snapshotRows,
          pulled: report.pulledItems,
          retries
        })
      )
    )
    const counts = mirror.counts()
    for (const table of SyncTable.options) {
      if (counts[table] > 0) {
        io.out(words.say(message('sync.cli.tableCount', { table, count: counts[table] })))
      }
    }
    return 0
  } catch (error) {
    if (!(error instanceof SyncFailure)) throw error
    // What was applied stays: the journal already holds it; compacting makes the files current.
    await mirror.compact({ source: 'sync', server: options.server })
    io.err(words.say(message('sync.cli.failed', { reason: error.fault.message })))
    return error.fault.kind === 'cancelled' ? EXIT_CANCELLED : EXIT_SYNC_FAILED
  } finally {
    process.off('SIGINT', cancel)
    await mirror.close()
    await transport.close()
  }
}

export const syncCommand: CliCommand = {
  name: 'sync',
  summary: '与市统一电子证照库同步 · sync with the city e-licence library',
  usage,
  async run(args, io) {
    const words = createCliWords(io.locale)
    const [subcommand, ...rest] = args
    if (subcommand !== 'pull') {
      const problem = subcommand
        ? message('sync.cli.unknownSubcommand', { subcommand })
        : message('sync.cli.missingSubcommand')
      io.err(`${words.say(problem)}\n\n${usage}`)
      return EXIT_USAGE
    }
    const options = parsePullArgs(rest)
    if ('code' in options) {
      io.err(`${words.say(options)}\n\n${usage}`)
      return EXIT_USAGE
    }
    try {
      return await pullCommand(options, io, words)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (typeof code !== 'string') throw error
      io.err(words.say(message('sync.cli.writeFailed', { code, reason: (error as Error).message })))
      return EXIT_IO_ERROR
    }
  }
}
