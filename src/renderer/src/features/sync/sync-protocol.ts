import type { RpcError } from '@shared/contract'
import type { SyncProgress } from '@shared/domain/sync/engine'
import type { SyncOutcome } from './sync-run'

export type SyncWorkerRequest =
  | {
      type: 'start'
      dbName: string
      actor: string
      resync: boolean
      verify: boolean
      /** The offline package's file name, when the run applies one (pull only). */
      fromPackage: string | null
      /** Main's audit seal, lent by the page (workers/audit-seal-relay). */
      auditPort: MessagePort
      /** Main's `sync.request`, lent by the page (sync-relay). */
      transportPort: MessagePort
      /** Main's holder hash, lent by the page (workers/holder-hash-relay). */
      holderHashPort: MessagePort
    }
  | { type: 'cancel' }

export type SyncWorkerEvent =
  | { type: 'progress'; progress: SyncProgress }
  | { type: 'done'; outcome: SyncOutcome }
  | { type: 'failed'; error: RpcError }
