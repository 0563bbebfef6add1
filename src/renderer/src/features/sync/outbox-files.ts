import type { CheckedReceipt, SealedOutbox, SealOutboxInput } from '@shared/contract'
import type { SyncState } from '@shared/domain/sync/ports'
import { openOutboxReceipt } from '@shared/domain/sync/outbox-package'
import type { WorkbenchDb } from '../../db/database'
import { queueAuditHead, workstationClientId } from '../../db/outbox'
import type { AuditRepository } from '../../db/repositories/audit'
import { DexieSyncStore, SYNC_STATE_KEY } from '../../db/sync-store'
import { recordRun } from './sync-run'

const FILE_STAMP = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23'
})

export interface OutboxPackageFile {
  text: string
  fileName: string
  mutations: number
  /** Who signed it (the workstation's client certificate); null: sealed only. */
  signer: string | null
}

/** Main seals the package, and signs it with the client certificate it keeps (`sync.outbox.seal`). */
export type OutboxSealer = (input: SealOutboxInput) => Promise<SealedOutbox>

/** Main checks a receipt's seal and signer against its CA (`sync.outbox.checkReceipt`). */
export type ReceiptChecker = (text: string) => Promise<CheckedReceipt>

/**
 * 导出待推送包: the outbox, oldest first, with the head of the 审计日志 queued last so the
 * library witnesses an offline workstation's log too, for a connected machine to push
 * (`npm run cli -- sync push`). The rows stay here until a receipt or a sync settles them, so
 * a package lost on the way loses nothing, and one pushed twice is applied once. Null when
 * nothing waits.
 */
export async function exportOutboxPackage(
  db: WorkbenchDb,
  now: Date,
  seal: OutboxSealer
): Promise<OutboxPackageFile | null> {
  const clientId = await workstationClientId(db)
  await queueAuditHead(db, clientId, now)
  const mutations = await db.outbox.orderBy('clientSeq').toArray()
  if (mutations.length === 0) return null
  const state = (await db.meta.get(SYNC_STATE_KEY))?.value as SyncState | undefined
  const sealed = await seal({
    clientId,
    datasetId: state?.datasetId ?? null,
    createdAt: now.toISOString(),
    mutations
  })
  // Named by the time in 北京时间, as the user reads the clock: 20261203-1400.
  const stamp = FILE_STAMP.format(now)
    .replace(/\D/g, '')
    .replace(/^(\d{8})/, '$1-')
  return {
    text: sealed.text,
    fileName: `outbox-${stamp}.ndjson`,
    mutations: mutations.length,
    signer: sealed.signer
  }
}

/** What a receipt settled here; both 0 when every row it answers was settled before. */
export interface ReceiptOutcome {
  applied: number
  conflicts: number
  /** Who signed the receipt (the courier's certificate); null: checksum only. */
  signer: string | null
}

/**
 * 导入推送回执: the library's answers to a package this workstation exported, settled exactly as
 * a push would settle them (rows leave the outbox, the library's versions and numbers are kept,
 * a conflict goes to the 冲突 list), then recorded as a run. Checked whole first (its signer by
 * main), and refused if it was made for another workstation; importing it twice changes nothing
 * the second time.
 */
export async function importOutboxReceipt(
  db: WorkbenchDb,
  audit: AuditRepository,
  receipt: { text: string; fileName: string },
  now: Date,
  check: ReceiptChecker
): Promise<ReceiptOutcome> {
  const { text, fileName } = receipt
  const { signer } = await check(text)
  const { results } = openOutboxReceipt(text, await workstationClientId(db))
  const waiting = new Set(
    (
      await db.outbox
        .where('mutationId')
        .anyOf(results.map((r) => r.mutationId))
        .toArray()
    ).map((m) => m.mutationId)
  )
  const settling = results.filter((r) => waiting.has(r.mutationId))
  if (settling.length === 0) return { applied: 0, conflicts: 0, signer }
  await new DexieSyncStore(db).recordResults(settling)
  const accepted = settling.filter((r) => r.status === 'applied' || r.status === 'duplicate')
  const outcome = {
    applied: accepted.length,
    conflicts: settling.length - accepted.length,
    signer
  }
  await recordRun(
    db,
    audit,
    {
      at: now.toISOString(),
      status: 'complete',
      bootstrapped: false,
      snapshotRows: 0,
      pulledItems: 0,
      pushed: outcome.applied,
      conflicts: outcome.conflicts,
      cursor: null,
      headSeq: null,
      error: null,
      package: fileName
    },
    null
  )
  return outcome
}
