import { resolve } from 'node:path'
import type { CliCommand, CliIo } from '../command'
import { EXIT_USAGE } from '../command'
import { runSync, type SyncProgress } from '../../shared/domain/sync/engine'
import { SyncFailure } from '../../shared/domain/sync/faults'
import { gatedStore, personalDataGate } from '../../shared/domain/sync/incoming'
import type { SyncTransport } from '../../shared/domain/sync/ports'
import { SyncTable } from '../../shared/domain/sync/protocol'
import { message, type Message } from '../../shared/i18n/message'
import { createHttpTransport } from '../../main/services/sync/http-transport'
import { NdjsonMirror } from '../../main/services/sync/ndjson-mirror'
import { nodeSyncEnvironment } from '../../main/services/sync/node-environment'
import { checkPackageSignature, readSyncPackageFile } from '../../main/services/sync/package-file'
import { createCliWords, type CliWords } from '../i18n'
import { connectionFrom, parseSyncFlags, readNamedFile } from './sync-args'
import { checkCommand } from './sync-check'
import { exportCommand } from './sync-export'
import { pushCommand } from './sync-push'

/** sysexits EX_UNAVAILABLE: the library (or the package) could not be synced from. */
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
  '  sync pull --package FILE --out DIR [--ca FILE]',
  '      应用离线同步包（先核对校验和；包有签名时须用 --ca 核验签发者），效果与在线同步相同',
  '  sync export --server URL --out FILE [--since N] [--sign-key KEY.pem --sign-cert CERT.pem] [连接选项同上]',
  '      为不能连接外网的工作站制作离线同步包：不给 --since 时含完整快照，否则只含游标 N 之后的变更',
  '  sync push --server URL --in FILE --receipt FILE [--require-signed] [连接选项同上]',
  '      代不能连接外网的工作站推送其“待推送包”（同步页导出），并把证照库的答复写成“推送回执”交回该工作站导入；',
  '      包有签名时须用 --ca 核验签名者（不符则不推送）；给 --cert 时回执用该证书签名；',
  '      重复推送同一个包无害：证照库对已收到的记录答复“重复”',
  '  sync check --server URL [连接选项同上] [--json]',
  '      连接诊断：逐步检查地址、代理、域名解析、TCP、TLS（服务器证书与本单位证书）和证照库的应答',
  '',
  '选项 Options:',
  '  --server URL      电子证照库地址，如 https://library.xc.gov.test:8443',
  '  --out DIR|FILE    镜像目录（pull）或同步包文件（export），相对当前目录',
  '  --in/--receipt FILE  待推送包（push 读取）与推送回执（push 写出）',
  '  --ca FILE         信任的政务 CA 证书（PEM）：核验证照库的服务器证书与同步包的签名',
  '  --cert FILE.p12   客户端证书（PKCS#12），配合 --password',
  '  --proxy URL       HTTP 代理（CONNECT），如 http://proxy.gov.test:8080',
  '  --verify          同步后按 256 个分桶核对摘要，修复不一致的分桶',
  '  --package FILE    离线同步包（sync export 的输出）',
  '  --since N         离线工作站当前的同步游标（见其 manifest.json 的 state.cursor）',
  '  --sign-key/--sign-cert  用本单位的密钥与证书（PEM）签名同步包',
  '  --require-signed  只推送已签名且签名者经 --ca 核验的待推送包',
  '',
  '退出码 Exit codes: 0 成功；64 用法错误；69 同步失败或诊断未通过；74 写入失败；130 已取消'
].join('\n')

const PULL_VALUES = ['--server', '--out', '--ca', '--cert', '--password', '--proxy', '--package']

function progressLine(progress: SyncProgress): Message {
  return message(`sync.cli.progress.${progress.phase}`, {
    done: progress.done,
    total: progress.total ?? ''
  })
}

/** The transport of a pull: the library over the network, or a checked package. */
async function sourceOf(
  values: Record<string, string>,
  io: CliIo,
  words: CliWords
): Promise<{ transport: SyncTransport; close: () => Promise<void>; pullOnly: boolean } | Message> {
  const packageFile = values['--package']
  if (packageFile === undefined) {
    const connection = await connectionFrom(values, io)
    if ('code' in connection) return connection
    const transport = createHttpTransport(connection)
    return { transport, close: () => transport.close(), pullOnly: false }
  }
  if (values['--server']) return message('sync.cli.serverOrPackage')
  let opened: Awaited<ReturnType<typeof readSyncPackageFile>>
  try {
    opened = await readSyncPackageFile(resolve(io.cwd, packageFile))
  } catch (error) {
    if (error instanceof SyncFailure) throw error
    return message('sync.cli.unreadableFile', {
      file: packageFile,
      code: String((error as NodeJS.ErrnoException).code ?? '')
    })
  }
  if (opened.signature) {
    if (!values['--ca']) return message('sync.package.needsCa')
    const ca = await readNamedFile(io, values['--ca'])
    if (!Buffer.isBuffer(ca)) return ca
    const problem = checkPackageSignature(opened.signature, opened.digest, ca.toString('utf8'))
    if (problem) return problem
  } else {
    io.err(words.say(message('sync.package.unsigned')))
  }
  return { transport: opened.transport, close: async () => undefined, pullOnly: true }
}

async function pullCommand(args: string[], io: CliIo, words: CliWords): Promise<number> {
  const flags = parseSyncFlags(args, PULL_VALUES, ['--verify'])
  if ('code' in flags) {
    io.err(`${words.say(flags)}\n\n${usage}`)
    return EXIT_USAGE
  }
  const out = flags.values['--out']
  if (!out) {
    io.err(`${words.say(message('sync.cli.missingOut'))}\n\n${usage}`)
    return EXIT_USAGE
  }
  let source: Awaited<ReturnType<typeof sourceOf>>
  try {
    source = await sourceOf(flags.values, io, words)
  } catch (error) {
    if (!(error instanceof SyncFailure)) throw error
    io.err(words.say(message('sync.cli.failed', { reason: error.fault.message })))
    return error.fault.kind === 'refused' && !flags.values['--package']
      ? EXIT_USAGE
      : EXIT_SYNC_FAILED
  }
  if ('code' in source) {
    io.err(words.say(source))
    return flags.values['--package'] ? EXIT_SYNC_FAILED : EXIT_USAGE
  }
  const mirror = await NdjsonMirror.open(resolve(io.cwd, out))
  const controller = new AbortController()
  const cancel = () => controller.abort()
  process.once('SIGINT', cancel)
  const origin = flags.values['--server'] ?? flags.values['--package']
  let lastPhase = ''
  try {
    const report = await runSync({
      clientId: 'cli-mirror',
      transport: source.transport,
      // No key outside the app: personal codes are mirrored masked, without their hash.
      store: gatedStore(mirror, personalDataGate(null)),
      env: nodeSyncEnvironment,
      signal: controller.signal,
      verify: flags.switches.has('--verify'),
      pullOnly: source.pullOnly,
      onProgress: (progress) => {
        // One line per phase, per bootstrap part and per pulled page.
        if (progress.phase !== lastPhase || progress.phase !== 'push') {
          io.err(words.say(progressLine(progress)))
        }
        lastPhase = progress.phase
      }
    })
    await mirror.compact({ source: 'sync', origin })
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
    await mirror.compact({ source: 'sync', origin })
    io.err(words.say(message('sync.cli.failed', { reason: error.fault.message })))
    return error.fault.kind === 'cancelled' ? EXIT_CANCELLED : EXIT_SYNC_FAILED
  } finally {
    process.off('SIGINT', cancel)
    await mirror.close()
    await source.close()
  }
}

export const syncCommand: CliCommand = {
  name: 'sync',
  summary: '与市统一电子证照库同步 · sync with the city e-licence library',
  usage,
  async run(args, io) {
    const words = createCliWords(io.locale)
    const [subcommand, ...rest] = args
    const run =
      subcommand === 'pull'
        ? () => pullCommand(rest, io, words)
        : subcommand === 'export'
          ? () => exportCommand(rest, io, words, usage)
          : subcommand === 'push'
            ? () => pushCommand(rest, io, words, usage, EXIT_SYNC_FAILED)
            : subcommand === 'check'
              ? () => checkCommand(rest, io, words, usage, EXIT_SYNC_FAILED)
              : null
    if (!run) {
      const problem = subcommand
        ? message('sync.cli.unknownSubcommand', { subcommand })
        : message('sync.cli.missingSubcommand')
      io.err(`${words.say(problem)}\n\n${usage}`)
      return EXIT_USAGE
    }
    try {
      return await run()
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (typeof code !== 'string') throw error
      io.err(words.say(message('sync.cli.writeFailed', { code, reason: (error as Error).message })))
      return EXIT_IO_ERROR
    }
  }
}
