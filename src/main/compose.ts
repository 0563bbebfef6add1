import { join } from 'node:path'
import type { Worker } from 'node:worker_threads'
import { createDispatcher, type Dispatch } from './ipc/dispatcher'
import { createHandlers } from './ipc/handlers'
import { createAuditService } from './services/audit/audit-service'
import { auditedHandlers } from './services/audit/audited-channels'
import type { DialogPort } from './services/files/dialog-port'
import { createFileRegistry, type FileRegistry } from './services/files/file-registry'
import { createUploadStore, type UploadStore } from './services/files/uploads'
import { createOperatorService, type OperatorService } from './services/operators/operator-service'
import { createHolderHashService } from './services/privacy/holder-hash-service'
import { createSealCapability } from './services/seals/capability'
import { createSecretStore, type SecretSealer } from './services/secrets/secret-store'
import {
  EMBEDDED_DEMO_LICENCES,
  startEmbeddedLibrary,
  type EmbeddedLibrary
} from './services/sync/embedded-library'
import { createLibrarySettings } from './services/sync/library-settings'
import type { SyncService } from './services/sync/sync-port'
import { createSyncService } from './services/sync/sync-service'
import { createDocumentsService } from './services/documents/documents-service'
import { describeSystem, type RuntimeFacts } from './services/system/system-info'
import { message } from '../shared/i18n/message'
import { actorOf } from '../shared/domain/operators'

export interface CompositionOptions {
  /** Which front end the handlers serve: the Electron window or a browser on loopback. */
  mode: RuntimeFacts['mode']
  /** The installation's data folder (Electron's userData, or the host's data folder). */
  dataLocation: string
  /** The open dialog: the system dialog in the app; none in browser mode (tests script one). */
  dialogs: DialogPort
  /** Starts a seal verification worker: the chunk electron-vite built, or the TypeScript source. */
  createVerifyWorker: () => Worker
  now?: () => Date
  /**
   * How main's keys are sealed at rest: Electron's safeStorage in the app when the system has a
   * keychain; left out (browser mode, no keychain), a file only the user can read.
   */
  sealer?: SecretSealer
  /**
   * The 演示库 started on loopback with the demo city when no library is configured (the file
   * lives in the data folder); `false` or left out starts none.
   */
  embeddedLibrary?: { licences?: number; seed?: string } | false
}

export interface ComposedMain {
  files: FileRegistry
  uploads: UploadStore
  /** The operators and their sessions: a transport tells it when a caller goes away. */
  operators: OperatorService
  /** The one dispatcher both transports (IPC and the host's WebSocket) hand messages to. */
  dispatch: Dispatch
  sync: SyncService
  /** Settles once the 演示库 answers (null: none started, or it could not start). */
  library: Promise<EmbeddedLibrary | null>
  /** Deletes the stored uploads at once (the app may be quitting) and stops the workers. */
  close(): Promise<void>
}

/**
 * The one composition root of main: the services and the handler table, built the same way for
 * the Electron app (src/main/electron/app.ts) and the browser-mode host (src/host/), so the two
 * transports cannot drift apart in what they wire.
 */
export function composeMain(options: CompositionOptions): ComposedMain {
  const now = options.now ?? (() => new Date())
  const startedAt = now()
  const files = createFileRegistry()
  const uploads = createUploadStore(files, { root: join(options.dataLocation, 'uploads') })
  const seals = createSealCapability({
    files,
    dialogs: options.dialogs,
    dataLocation: options.dataLocation,
    createWorker: options.createVerifyWorker,
    now
  })
  const operators = createOperatorService({ dataLocation: options.dataLocation, now })
  // The keys main keeps (audit MAC, holder hash), sealed by safeStorage where the app has it.
  const secrets = createSecretStore(options.dataLocation, options.sealer)
  const audit = createAuditService({
    dataLocation: options.dataLocation,
    secrets,
    now,
    // The operator signed in on the caller names the audit entries (keepAlive answers who that
    // is; an audited action is activity too). Not signed in or locked: null.
    identify: (caller) => operators.keepAlive(caller).then(actorOf, () => null)
  })
  const holderHashes = createHolderHashService(secrets)
  let library: Promise<EmbeddedLibrary | null> = Promise.resolve(null)
  const wantEmbedded = () => {
    library = startDemoLibrary(options, sync, (code) =>
      Promise.resolve(holderHashes.hashCodes([code])[0] as string)
    )
  }
  const sync = createSyncService({
    settings: createLibrarySettings(options.dataLocation, options.sealer),
    wantEmbedded
  })
  // A workstation that syncs with the city's library needs no 演示库 until it goes back to it.
  if (sync.status().source !== 'configured') wantEmbedded()
  const plainHandlers = createHandlers({
    now,
    seals,
    operators,
    holderHashes,
    audit,
    sync,
    documents: createDocumentsService({
      dataLocation: options.dataLocation,
      sealer: options.sealer,
      now
    }),
    systemInfo: () =>
      describeSystem({
        mode: options.mode,
        dataLocation: options.dataLocation,
        versions: process.versions,
        platform: process.platform,
        startedAt,
        keyProtection: secrets.protection
      })
  })
  const handlers = auditedHandlers(plainHandlers, audit, () => seals.trustStore.list())
  return {
    files,
    uploads,
    operators,
    dispatch: createDispatcher(handlers, operators.refusal, (channel, error) =>
      console.error(`[rpc] ${channel}`, error)
    ),
    sync,
    get library() {
      return library
    },
    async close() {
      const closing = seals.close()
      uploads.dispose()
      await Promise.all([closing, sync.close(), library.then((running) => running?.close())])
    }
  }
}

/** The 演示库 on a first start: filled once into the data folder, then served on loopback. */
async function startDemoLibrary(
  options: CompositionOptions,
  sync: SyncService,
  holderHash: (code: string) => Promise<string>
): Promise<EmbeddedLibrary | null> {
  if (!options.embeddedLibrary) return null
  const wanted = options.embeddedLibrary
  const licences = wanted.licences ?? EMBEDDED_DEMO_LICENCES
  // One file per city: another size or seed is another 演示库, never a mix of two.
  const seed = (wanted.seed ?? 'default').replace(/[^\w-]/g, '_')
  const file = join(options.dataLocation, 'demo-library', `demo-${seed}-${licences}.sqlite`)
  sync.preparingEmbedded(0, licences)
  try {
    const running = await startEmbeddedLibrary({
      file,
      licences,
      ...(wanted.seed ? { seed: wanted.seed } : {}),
      holderHash,
      onProgress: (done, total) => sync.preparingEmbedded(done, total)
    })
    sync.useEmbedded(running.url)
    return running
  } catch (error) {
    console.error('[sync] embedded library', error)
    sync.embeddedFailed(
      message('sync.library.embeddedFailed', {
        reason: error instanceof Error ? error.message : String(error)
      })
    )
    return null
  }
}
