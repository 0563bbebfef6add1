import type { Mutation } from '@shared/domain/sync/protocol'
import type { WorkbenchDb } from './database'

/** The bureau's own records that travel to the library as mutations (SYNC.md §4.1). */
export type BureauRecordTable = 'notices' | 'circulars'

/**
 * What this workstation keeps beside a bureau record to sync it: `rev` is the library's revision
 * the record will have once every change queued for it is applied (the next change's base);
 * `numberProvisional` marks a 发文字号 counted here while the library has not numbered it yet;
 * `numberRequested` that a queued change already asks the library for one.
 */
export interface OutboxFields {
  rev?: number
  numberProvisional?: boolean
  numberRequested?: boolean
}

/** Kept here or set by the library: never part of what is sent. */
const LOCAL_FIELDS = ['rev', 'numberProvisional', 'numberRequested', 'serverSeq', 'updatedAt']

/**
 * Writes a bureau record and queues its change for the library, in the caller's transaction
 * (which must include the table and `outbox`). Each change goes as its own mutation with a stable
 * id, based on the revision the previous queued change will give it, so a change another
 * workstation made meanwhile comes back as a conflict instead of being overwritten.
 *
 * The library allocates 发文字号 (two workstations offline would otherwise both issue
 * 〔2026〕7号): the first change that carries a number counted here sends it as null, and later
 * changes leave the number out until the library's own comes back.
 */
export async function writeBureauRecord<T extends { id: string }>(
  db: WorkbenchDb,
  table: BureauRecordTable,
  record: T & OutboxFields
): Promise<void> {
  const store = db.table<T & OutboxFields, string>(table)
  const before = await store.get(record.id)
  const baseRev = before?.rev ?? 0
  const payload = { ...record } as Record<string, unknown>
  for (const field of LOCAL_FIELDS) delete payload[field]
  const provisional = record.numberProvisional === true
  let numberRequested = before?.numberRequested === true
  if (provisional && !numberRequested) {
    payload['documentNumber'] = null
    numberRequested = true
  } else if (provisional) {
    delete payload['documentNumber']
  }
  const last = await db.outbox.orderBy('clientSeq').last()
  const mutation: Mutation = {
    mutationId: `m-${globalThis.crypto.randomUUID()}`,
    clientSeq: (last?.clientSeq ?? 0) + 1,
    table,
    op: baseRev === 0 ? 'create' : 'update',
    id: record.id,
    baseRev,
    payload
  }
  await db.outbox.add(mutation)
  await store.put({
    ...record,
    rev: baseRev + 1,
    ...(provisional ? { numberProvisional: true, numberRequested } : {})
  })
}

/** meta key: this working copy's id towards the library (every mutation's `clientId`). */
export const SYNC_CLIENT_KEY = 'sync.clientId'

/** This working copy's id towards the library, made on first use. */
export async function workstationClientId(db: WorkbenchDb): Promise<string> {
  const known = (await db.meta.get(SYNC_CLIENT_KEY))?.value
  if (typeof known === 'string') return known
  const id = `ws-${globalThis.crypto.randomUUID()}`
  await db.meta.put({ key: SYNC_CLIENT_KEY, value: id })
  return id
}

/** meta key: the seq of the newest audit entry sent to the library to witness. */
export const AUDIT_ANCHOR_KEY = 'sync.auditAnchor'

/**
 * Queues the head of the 审计日志 for the library to witness (存证), so that a log rewritten on
 * this workstation, even with main's key, no longer matches what the library holds. Each head
 * is a record of its own (`ah-<client>-<seq>`, created once, never updated), so a later head
 * cannot replace an earlier one. Nothing is queued when the log has not moved since the last
 * head but for the record of the run that sent it.
 */
export async function queueAuditHead(db: WorkbenchDb, clientId: string, now: Date): Promise<void> {
  await db.transaction('rw', [db.auditLog, db.outbox, db.meta], async () => {
    const head = await db.auditLog.orderBy('seq').last()
    if (!head) return
    const anchored = ((await db.meta.get(AUDIT_ANCHOR_KEY))?.value as number | undefined) ?? 0
    const onlyTheLastRun = head.seq === anchored + 1 && head.action === 'sync.run'
    if (head.seq <= anchored || onlyTheLastRun) return
    const last = await db.outbox.orderBy('clientSeq').last()
    await db.outbox.add({
      mutationId: `m-${globalThis.crypto.randomUUID()}`,
      clientSeq: (last?.clientSeq ?? 0) + 1,
      table: 'auditHeads',
      op: 'create',
      id: `ah-${clientId}-${head.seq}`,
      baseRev: 0,
      payload: {
        clientId,
        seq: head.seq,
        hash: head.hash,
        mac: head.mac ?? null,
        anchoredAt: now.toISOString()
      }
    })
    await db.meta.put({ key: AUDIT_ANCHOR_KEY, value: head.seq })
  })
}
