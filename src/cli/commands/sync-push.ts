import { X509Certificate } from 'node:crypto'
import { writeFile, rename } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { CliIo } from '../command'
import { Attempts, DEFAULT_MAX_ATTEMPTS } from '../../shared/domain/sync/attempts'
import { SyncFailure } from '../../shared/domain/sync/faults'
import {
  openOutboxPackage,
  outboxReceiptLines,
  packageOutbox
} from '../../shared/domain/sync/outbox-package'
import { readInfo } from '../../shared/domain/sync/engine'
import { push } from '../../shared/domain/sync/push'
import type { Signer } from '../../shared/domain/sync/sealed-lines'
import { message, type Message } from '../../shared/i18n/message'
import type { LibraryConnection } from '../../main/services/sync/http-transport'
import { nodeSyncEnvironment } from '../../main/services/sync/node-environment'
import { checkPackageSignature, signerFor } from '../../main/services/sync/package-file'
import { readPkcs12 } from '../../main/services/sync/pkcs12'
import type { CliWords } from '../i18n'
import { parseSyncFlags, readNamedFile, transportFrom, usageErrorTo } from './sync-args'

const PUSH_VALUES = ['--server', '--in', '--receipt', '--ca', '--cert', '--password', '--proxy']
const PUSH_SWITCHES = ['--require-signed']

type SignerVerdict = { refused: Message } | { said: Message }

/**
 * Whose outbox this is: a signed package is pushed only when its signer checks out against the
 * government CA given with `--ca`; an unsigned one only without `--require-signed`, and said.
 */
function judgeSigner(
  opened: ReturnType<typeof openOutboxPackage>,
  ca: string | undefined,
  requireSigned: boolean
): SignerVerdict {
  const { signature, digest } = opened
  if (!signature) {
    return requireSigned
      ? { refused: message('sync.outbox.requireSigned') }
      : { said: message('sync.outbox.unsigned') }
  }
  if (!ca) return { refused: message('sync.outbox.needsCa') }
  const problem = checkPackageSignature(signature, digest, ca, new Date(), 'outbox')
  if (problem) return { refused: problem }
  return {
    said: message('sync.outbox.signedBy', {
      subject: new X509Certificate(signature.certificate).subject
    })
  }
}

/** The receipt signed with the courier's own client certificate, when it can sign. */
async function receiptSigner(
  connection: LibraryConnection,
  warn: (said: Message) => void
): Promise<Signer | null> {
  if (!connection.pfx) return null
  try {
    return signerFor(await readPkcs12(connection.pfx.data, connection.pfx.passphrase))
  } catch (error) {
    if (!(error instanceof SyncFailure)) throw error
    warn(message('sync.cli.receiptUnsigned', { reason: error.fault.message }))
    return null
  }
}

/**
 * `sync push`: a connected machine pushes an offline workstation's 待推送包 to the library and
 * writes the library's answers to a 推送回执 for that workstation to import. Pushing the same
 * package again is harmless: the library knows the batches and mutations it took and applies
 * nothing twice. A package made against another dataset (another city's library, or a test one)
 * is not pushed at all.
 */
export async function pushCommand(
  args: string[],
  io: CliIo,
  words: CliWords,
  usage: string,
  exitFailed: number
): Promise<number> {
  const flags = parseSyncFlags(args, PUSH_VALUES, PUSH_SWITCHES)
  const usageError = usageErrorTo(io, words, usage)
  if ('code' in flags) return usageError(flags)
  const { values } = flags
  const input = values['--in']
  const receipt = values['--receipt']
  if (!input || !receipt) return usageError(message('sync.cli.pushFiles'))
  const text = await readNamedFile(io, input)
  if (!Buffer.isBuffer(text)) return usageError(text)
  let outboxFile: ReturnType<typeof openOutboxPackage>
  try {
    outboxFile = openOutboxPackage(text.toString('utf8'))
  } catch (error) {
    if (!(error instanceof SyncFailure)) throw error
    io.err(words.say(message('sync.cli.failed', { reason: error.fault.message })))
    return exitFailed
  }
  const road = await transportFrom(values, io)
  if ('code' in road) return usageError(road)
  const { connection, transport } = road
  const verdict = judgeSigner(outboxFile, connection.ca, flags.switches.has('--require-signed'))
  if ('refused' in verdict) {
    io.err(words.say(verdict.refused))
    await transport.close()
    return exitFailed
  }
  io.out(words.say(verdict.said))
  const sign = await receiptSigner(connection, (said) => io.err(words.say(said)))
  const { outbox, results } = packageOutbox(outboxFile.mutations)
  const writeReceipt = async () => {
    const lines = outboxReceiptLines(
      {
        clientId: outboxFile.header.clientId,
        packageSha256: outboxFile.digest,
        server: connection.server,
        createdAt: new Date().toISOString()
      },
      results,
      sign
    )
    // Written whole under another name first, then renamed: never half a receipt.
    const out = resolve(io.cwd, receipt)
    await writeFile(`${out}.partial`, `${lines.join('\n')}\n`, { mode: 0o600 })
    await rename(`${out}.partial`, out)
  }
  const attempts = new Attempts(nodeSyncEnvironment, DEFAULT_MAX_ATTEMPTS, undefined)
  let pushing = false
  try {
    const { datasetId } = await readInfo(transport, attempts)
    const made = outboxFile.header.datasetId
    if (made !== null && made !== datasetId) {
      io.err(words.say(message('sync.cli.otherDataset', { made, library: datasetId })))
      return exitFailed
    }
    pushing = true
    const counts = await push(
      outboxFile.header.clientId,
      transport,
      outbox,
      attempts,
      () => undefined
    )
    await writeReceipt()
    io.out(words.say(message('sync.cli.pushed', { file: receipt, ...counts })))
    return 0
  } catch (error) {
    if (!(error instanceof SyncFailure)) throw error
    if (!pushing) {
      io.err(words.say(message('sync.cli.failed', { reason: error.fault.message })))
      return exitFailed
    }
    // What the library did answer is kept: the workstation settles those rows, the rest wait.
    await writeReceipt()
    io.err(
      words.say(
        message('sync.cli.pushFailed', {
          reason: error.fault.message,
          answered: results.length,
          total: outboxFile.mutations.length,
          file: receipt
        })
      )
    )
    return exitFailed
  } finally {
    await transport.close()
  }
}
