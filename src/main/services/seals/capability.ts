import { join } from 'node:path'
import type { Worker } from 'node:worker_threads'
import type { DialogPort } from '../files/dialog-port'
import type { FileRegistry } from '../files/file-registry'
import { createSealService, type SealService } from './seal-service'
import { createTrustStore, type TrustStore } from './trust-store'
import { createVerifyPool } from './worker-pool'

export interface SealCapabilityOptions {
  files: FileRegistry
  dialogs: DialogPort
  /** The installation's data folder; the trust store lives in `trust-store/` under it. */
  dataLocation: string
  createWorker: () => Worker
  now?: () => Date
  poolSize?: number
}

/** 印章核验 wired the same way by the Electron app and the browser host. */
export function createSealCapability(options: SealCapabilityOptions): {
  files: FileRegistry
  dialogs: DialogPort
  service: SealService
  trustStore: TrustStore
  close(): Promise<void>
} {
  const now = options.now ?? (() => new Date())
  const pool = createVerifyPool({
    createWorker: options.createWorker,
    ...(options.poolSize !== undefined ? { size: options.poolSize } : {})
  })
  const trustStore = createTrustStore(join(options.dataLocation, 'trust-store'), now)
  return {
    files: options.files,
    dialogs: options.dialogs,
    trustStore,
    service: createSealService({ files: options.files, trustStore, pool, now }),
    close: () => pool.close()
  }
}
