import type { HolderCodeHasher } from '@shared/domain/privacy'
import { runSync, type SyncProgress, type SyncReport } from '@shared/domain/sync/engine'
import { asSyncFault, type SyncFaultKind } from '@shared/domain/sync/faults'
import { gatedStore, personalDataGate } from '@shared/domain/sync/incoming'
import type { SyncEnvironment, SyncTransport } from '@shared/domain/sync/ports'
import type { Message } from '@shared/i18n/message'
import type { WorkbenchDb } from '../../db/database'
import type { AuditRepository } from '../../db/repositories/audit'
import { queueAuditHead, workstationClientId } from '../../db/outbox'
import { DexieSyncStore, SYNC_STATE_KEY } from '../../db/sync-store'

/** meta key: the latest runs, newest first, for the 同步 page. */
export const SYNC_HISTORY_KEY = 'sync.history'
const HISTORY_LENGTH = 50

export type SyncOutcome =
  | { status: 'complete'; report: SyncReport }
  | { status: 'cancelled' }
  | { status: 'failed'; kind: SyncFaultKind; error: Message }

/** One run as the 同步 page lists it. */
export interface SyncHistoryEntry {
  at: string
  status: SyncOutcome['status']
  bootstrapped: boolean
  snapshotRows: number
  pulledItems: number
  pushed: number
  conflicts: number
  cursor: number | null
  headSeq: number | null
  error: Message | null
  /** The offline package the run applied; null for a run with the library. */
  package: string | null
}

export interface WorkbenchSyncOptions {
  db: WorkbenchDb
  audit: AuditRepository
  transport: SyncTransport
  /** Main's keyed hash of holder codes (see personalDataGate). */
  holderHash: HolderCodeHasher
  env: SyncEnvironment
  signal?: AbortSignal
  onProgress?: (progress: SyncProgress) => void
  /** 重新同步: forget the cursor and bootstrap again (the outbox and 冲突 stay). */
  resync?: boolean
  /** 核对: compare digests after pulling and repair what differs. */
  verify?: boolean
  /** 导入离线同步包: the package's file name; the run only pulls (a package takes no outbox). */
  fromPackage?: string

  now?: () => Date
}

export async function readSyncHistory(db: WorkbenchDb): Promise<SyncHistoryEntry[]> {
  return ((await db.meta.get(SYNC_HISTORY_KEY))?.value as SyncHistoryEntry[] | undefined) ?? []
}

function historyEntry(
  outcome: SyncOutcome,
  at: Date,
  fromPackage: string | null
): SyncHistoryEntry {
  const report = outcome.status === 'complete' ? outcome.report : null
  return {
    at: at.toISOString(),
    status: outcome.status,
    bootstrapped: report?.bootstrapped ?? false,
    snapshotRows: report?.snapshotRows ?? 0,
    pulledItems: report?.pulledItems ?? 0,
    pushed: report ? report.pushed.applied + report.pushed.duplicate : 0,
    conflicts: report ? report.pushed.conflict + report.pushed.rejected : 0,
    cursor: report?.cursor ?? null,
    headSeq: report?.headSeq ?? null,
    error: outcome.status === 'failed' ? outcome.error : null,
    package: fromPackage
  }
}

/**
 * 同步 of the working copy with the library: the engine over the store in IndexedDB, then the
 * run in the history and the 审计日志 (who synced, what came and went). A fault ends the run
 * with its words; a cancelled run (暂停) resumes where its last transaction left it.
 */
export async function runWorkbenchSync(options: WorkbenchSyncOptions): Promise<SyncOutcome> {
  const { db, audit } = options
  const now = options.now ?? (() => new Date())
  const clientId = await workstationClientId(db)
  if (options.resync) {
    await audit.recordChange(
      [db.meta],
      { action: 'sync.resync', target: 'sync', details: {} },
      () => db.meta.delete(SYNC_STATE_KEY)
    )
  }
  // A package only pulls; the head waits for the next sync with the library.
  if (options.fromPackage === undefined) await queueAuditHead(db, clientId, now())
  let outcome: SyncOutcome
  try {
    const report = await runSync({
      clientId,
      transport: options.transport,
      store: gatedStore(new DexieSyncStore(db), personalDataGate(options.holderHash)),
      env: options.env,
      verify: options.verify ?? false,
      pullOnly: options.fromPackage !== undefined,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {})
    })
    outcome = { status: 'complete', report }
  } catch (error) {
    const fault = asSyncFault(error)
    outcome =
      fault.kind === 'cancelled'
        ? { status: 'cancelled' }
        : { status: 'failed', kind: fault.kind, error: fault.message }
  }
  const entry = historyEntry(outcome, now(), options.fromPackage ?? null)
  await recordRun(db, audit, entry, outcome.status === 'failed' ? outcome.kind : null)
  return outcome
}

/** A run in the 同步 page's history and in the 审计日志, in one step. */
export async function recordRun(
  db: WorkbenchDb,
  audit: AuditRepository,
  entry: SyncHistoryEntry,
  faultKind: SyncFaultKind | null
): Promise<void> {
  await audit.recordChange(
    [db.meta],
    {
      action: 'sync.run',
      target: 'sync',
      details: {
        syncOutcome: entry.status,
        bootstrapped: entry.bootstrapped,
        snapshotRows: entry.snapshotRows,
        pulledItems: entry.pulledItems,
        pushed: entry.pushed,
        conflicts: entry.conflicts,
        cursor: entry.cursor,
        ...(entry.package === null ? {} : { package: entry.package }),
        ...(faultKind === null ? {} : { faultKind })
      }
    },
    async () => {
      const history = await readSyncHistory(db)
      await db.meta.put({
        key: SYNC_HISTORY_KEY,
        value: [entry, ...history].slice(0, HISTORY_LENGTH)
      })
    }
  )
}
