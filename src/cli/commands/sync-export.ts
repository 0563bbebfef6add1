import { resolve } from 'node:path'
import type { CliIo } from '../command'
import { SyncFailure } from '../../shared/domain/sync/faults'
import { message } from '../../shared/i18n/message'
import { nodeSyncEnvironment } from '../../main/services/sync/node-environment'
import { exportSyncPackage, type PackageSigner } from '../../main/services/sync/package-file'
import type { CliWords } from '../i18n'
import { parseSyncFlags, readNamedFile, transportFrom, usageErrorTo } from './sync-args'

const EXPORT_VALUES = [
  '--server',
  '--out',
  '--ca',
  '--cert',
  '--password',
  '--proxy',
  '--since',
  '--sign-key',
  '--sign-cert'
]

/** `sync export`: an offline package for a workstation that never reaches the extranet. */
export async function exportCommand(
  args: string[],
  io: CliIo,
  words: CliWords,
  usage: string
): Promise<number> {
  const flags = parseSyncFlags(args, EXPORT_VALUES, [])
  const usageError = usageErrorTo(io, words, usage)
  if ('code' in flags) return usageError(flags)
  const { values } = flags
  const out = values['--out']
  if (!out) return usageError(message('sync.cli.missingOut'))
  const since = values['--since']
  if (since !== undefined && !/^\d+$/.test(since)) {
    return usageError(message('sync.cli.badSince', { value: since }))
  }
  if ((values['--sign-key'] === undefined) !== (values['--sign-cert'] === undefined)) {
    return usageError(message('sync.cli.signPair'))
  }
  let signer: PackageSigner | undefined
  if (values['--sign-key'] && values['--sign-cert']) {
    const key = await readNamedFile(io, values['--sign-key'])
    const certificate = await readNamedFile(io, values['--sign-cert'])
    if (!Buffer.isBuffer(key)) return usageError(key)
    if (!Buffer.isBuffer(certificate)) return usageError(certificate)
    signer = { keyPem: key.toString('utf8'), certificatePem: certificate.toString('utf8') }
  }
  const opened = await transportFrom(values, io)
  if ('code' in opened) return usageError(opened)
  const { connection, transport } = opened
  try {
    const report = await exportSyncPackage({
      transport,
      env: nodeSyncEnvironment,
      server: connection.server,
      since: since === undefined ? null : Number(since),
      out: resolve(io.cwd, out),
      ...(signer ? { signer } : {}),
      onProgress: (done) => io.err(words.say(message('sync.cli.exporting', done)))
    })
    io.out(
      words.say(
        message('sync.cli.exported', {
          file: out,
          parts: report.parts,
          pages: report.pages,
          items: report.items,
          since: report.since,
          head: report.headSeq,
          bytes: report.bytes
        })
      )
    )
    return 0
  } catch (error) {
    if (!(error instanceof SyncFailure)) throw error
    io.err(words.say(message('sync.cli.failed', { reason: error.fault.message })))
    return 69
  } finally {
    await transport.close()
  }
}
