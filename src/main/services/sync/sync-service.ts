import { randomUUID, X509Certificate } from 'node:crypto'
import { CodedError } from '../../../shared/contract/result'
import type { LibraryStatus, SyncAnswer, SyncRequest } from '../../../shared/contract/sync'
import { asSyncFault, SyncFailure } from '../../../shared/domain/sync/faults'
import { outboxPackageLines } from '../../../shared/domain/sync/outbox-package'
import { openSealedLines } from '../../../shared/domain/sync/sealed-lines'
import type { CheckedBody, SyncTransport } from '../../../shared/domain/sync/ports'
import { message, type Message } from '../../../shared/i18n/message'
import { diagnoseConnection } from './diagnose'
import type { LibrarySettings } from './library-settings'
import type { SyncService } from './sync-port'
import { checkPackageSignature, readSyncPackageFile, signerFor } from './package-file'
import { readPkcs12 } from './pkcs12'
import {
  createHttpTransport,
  type HttpSyncTransport,
  type LibraryConnection
} from './http-transport'

export interface SyncServiceOptions {
  /** The library the bureau configured, kept across starts; none: the 演示库 when there is one. */
  settings?: LibrarySettings
  diagnose?: typeof diagnoseConnection
  /** Starts the 演示库 when it is wanted again after a configured library was dropped. */
  wantEmbedded?: () => void
}

const noSettings: LibrarySettings = {
  connection: () => null,
  files: () => ({ ca: null, certificate: null }),
  configure: () => null
}

function answerOf(body: CheckedBody): SyncAnswer {
  return { ok: true, text: body.text, sha256: body.sha256 }
}

export function createSyncService(options: SyncServiceOptions = {}): SyncService {
  const settings = options.settings ?? noSettings
  let configured: LibraryConnection | null = null
  let settingsFailure: Message | null = null
  try {
    configured = settings.connection()
  } catch (error) {
    // A settings file that no longer reads (edited, or sealed by another keychain) is said; the
    // workstation falls back to the 演示库 rather than failing to start.
    console.error('[sync] library settings', error)
    settingsFailure = message('sync.settings.unreadable')
  }
  const diagnose = options.diagnose ?? diagnoseConnection
  let embedded: string | null = null
  let preparing: { done: number; total: number } | null = null
  let failure: Message | null = null
  let transport: HttpSyncTransport | null = null

  const connection = (): LibraryConnection | null =>
    configured ?? (embedded ? { server: embedded } : null)

  function currentTransport(): HttpSyncTransport {
    const target = connection()
    if (!target) {
      throw new SyncFailure({
        kind: 'refused',
        message: message(preparing ? 'sync.library.preparing' : 'sync.library.none')
      })
    }
    transport ??= createHttpTransport(target)
    return transport
  }

  /** The one package open at a time, by the id its summary gave. */
  let opened: { id: string; transport: SyncTransport } | null = null

  async function send(
    request: SyncRequest,
    wire: SyncTransport = currentTransport()
  ): Promise<SyncAnswer> {
    switch (request.route) {
      case 'info':
        return answerOf(await wire.info())
      case 'snapshotPart': {
        const bytes = await wire.snapshotPart(request.snapshotId, request.part)
        return { ok: true, base64: Buffer.from(bytes).toString('base64') }
      }
      case 'changes':
        return answerOf(await wire.changes(request))
      case 'mutations':
        return answerOf(await wire.mutations(request.batch, request.idempotencyKey))
      case 'digest':
        return answerOf(await wire.digest(request.table))
      case 'records':
        return answerOf(await wire.records(request.table, request.bucket))
    }
  }

  function status(): LibraryStatus {
    const target = connection()
    const files = configured ? settings.files() : { ca: null, certificate: null }
    return {
      source: configured ? 'configured' : embedded || preparing || failure ? 'embedded' : 'none',
      server: target?.server ?? null,
      proxy: target?.proxy ?? null,
      preparing: configured || embedded ? null : preparing,
      failure: configured ? null : (settingsFailure ?? (embedded ? null : failure)),
      ca: files.ca,
      clientCertificate: files.certificate
    }
  }

  return {
    status,
    async request(request) {
      try {
        return await send(request)
      } catch (error) {
        // Every fault goes back as a value: the engine decides to retry or to stop.
        return { ok: false, fault: asSyncFault(error) }
      }
    },
    async openPackage(path, fileName) {
      let read: Awaited<ReturnType<typeof readSyncPackageFile>>
      try {
        read = await readSyncPackageFile(path)
      } catch (error) {
        if (error instanceof SyncFailure) throw new CodedError(error.fault.message)
        throw error
      }
      let signer: string | null = null
      if (read.signature) {
        const ca = configured?.ca
        if (!ca) throw new CodedError(message('sync.package.needsCaSettings'))
        const problem = checkPackageSignature(read.signature, read.digest, ca)
        if (problem) throw new CodedError(problem)
        signer = new X509Certificate(read.signature.certificate).subject
      }
      opened = { id: randomUUID(), transport: read.transport }
      const { header } = read
      return {
        packageId: opened.id,
        fileName,
        server: header.server,
        createdAt: header.createdAt,
        datasetId: header.info.datasetId,
        since: header.since,
        headSeq: header.info.headSeq,
        signer
      }
    },
    async sealOutbox({ mutations, ...header }) {
      const pfx = configured?.pfx
      let signer: Awaited<ReturnType<typeof readPkcs12>> | null = null
      if (pfx) {
        try {
          signer = await readPkcs12(pfx.data, pfx.passphrase)
        } catch (error) {
          if (error instanceof SyncFailure) throw new CodedError(error.fault.message)
          throw error
        }
      }
      const lines = outboxPackageLines(header, mutations, signer ? signerFor(signer) : null)
      return {
        text: `${lines.join('\n')}\n`,
        signer: signer ? new X509Certificate(signer.certificatePem).subject : null
      }
    },
    async checkReceipt(text) {
      let opened: ReturnType<typeof openSealedLines>
      try {
        opened = openSealedLines(text)
      } catch (error) {
        if (error instanceof SyncFailure) throw new CodedError(error.fault.message)
        throw error
      }
      if (!opened.signature) return { signer: null }
      const ca = configured?.ca
      if (!ca) throw new CodedError(message('sync.receipt.needsCaSettings'))
      const problem = checkPackageSignature(
        opened.signature,
        opened.digest,
        ca,
        new Date(),
        'receipt'
      )
      if (problem) throw new CodedError(problem)
      return { signer: new X509Certificate(opened.signature.certificate).subject }
    },
    async packageRequest(packageId, request) {
      if (opened?.id !== packageId) {
        return { ok: false, fault: { kind: 'refused', message: message('sync.package.closed') } }
      }
      try {
        return await send(request, opened.transport)
      } catch (error) {
        return { ok: false, fault: asSyncFault(error) }
      }
    },
    async diagnose() {
      const target = connection()
      if (!target) {
        return {
          ok: false,
          steps: [
            {
              step: 'address',
              status: 'failed',
              said: message(preparing ? 'sync.library.preparing' : 'sync.library.none')
            }
          ]
        }
      }
      return diagnose(target)
    },
    preparingEmbedded(done, total) {
      preparing = { done, total }
    },
    useEmbedded(server) {
      embedded = server
      preparing = null
      failure = null
    },
    embeddedFailed(reason) {
      failure = reason
      preparing = null
    },
    async configure(input) {
      configured = settings.configure(input)
      settingsFailure = null
      // Started once: a 演示库 still being filled is not started a second time over the same file.
      if (!configured && !embedded && !preparing) options.wantEmbedded?.()
      // The next request goes out with the new address and keys, never over the old connection.
      const previous = transport
      transport = null
      await previous?.close()
      return status()
    },
    async close() {
      await transport?.close()
      transport = null
    }
  }
}
