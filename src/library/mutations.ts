import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import { message, type Message } from '../shared/i18n/message'
import {
  BureauTable,
  type Mutation,
  type MutationBatch,
  type MutationResponse,
  type MutationResult
} from '../shared/domain/sync/protocol'
import { createDocumentNumbering } from './document-numbers'
import { recordOf, type RecordCore, type StoredRow } from './records'

export type MutationOutcome =
  { ok: true; response: MutationResponse } | { ok: false; error: { code: 'IDEMPOTENCY_MISMATCH' } }

/** Fields the library sets on every record; a client's values for them are ignored. */
const SERVER_FIELDS = ['id', 'rev', 'deleted', 'serverSeq', 'updatedAt'] as const

function clientFields(payload: Record<string, unknown>): Record<string, unknown> {
  const data = { ...payload }
  for (const field of SERVER_FIELDS) delete data[field]
  return data
}

function rejected(mutation: Mutation, why: Message): MutationResult {
  const error = { code: why.code, params: { ...why.params } }
  return { mutationId: mutation.mutationId, status: 'rejected', error }
}

/**
 * A workstation's audit head is a witness (存证): it may only add its own, named after its own
 * client id and seq, and never change or remove one, or a rewritten log could rewrite its
 * witnesses too.
 */
function auditHeadProblem(clientId: string, mutation: Mutation): Message | null {
  if (mutation.op !== 'create') return message('sync.rejected.auditHeadChanged')
  const { payload } = mutation
  if (
    payload['clientId'] !== clientId ||
    mutation.id !== `ah-${clientId}-${String(payload['seq'])}`
  )
    return message('sync.rejected.auditHeadOther', { id: mutation.id })
  return null
}

function conflict(mutation: Mutation, row: StoredRow): MutationResult {
  return {
    mutationId: mutation.mutationId,
    status: 'conflict',
    rev: row.rev,
    record: recordOf(row)
  }
}

/**
 * `POST /v1/mutations` (SYNC.md §4.1): one transaction per batch, mutations in clientSeq order,
 * so a later mutation sees what an earlier one of the same batch wrote. Receipts are kept for
 * the mutations that changed the library: a replay of one answers `duplicate` with what it
 * did. A conflict or a rejection changed nothing and is simply decided again, the same way,
 * so that a client never mistakes a lost conflict for an acknowledgement.
 */
export function createMutationApplier(db: Database.Database, core: RecordCore) {
  const number = createDocumentNumbering(db)
  const findBatch = db.prepare(
    'SELECT body_sha256 AS sha256, response FROM batches WHERE idempotency_key = ?'
  )
  const saveBatch = db.prepare(
    'INSERT INTO batches (idempotency_key, body_sha256, response) VALUES (?, ?, ?)'
  )
  const findReceipt = db
    .prepare('SELECT result FROM receipts WHERE client_id = ? AND mutation_id = ?')
    .pluck()
  const saveReceipt = db.prepare(
    'INSERT INTO receipts (client_id, mutation_id, result) VALUES (?, ?, ?)'
  )

  function applyOne(clientId: string, mutation: Mutation): MutationResult {
    const { mutationId, table, op, id } = mutation
    // The library's own tables change only at their issuers; the bureau writes its own records.
    if (!BureauTable.safeParse(table).success) {
      return rejected(mutation, message('sync.rejected.readOnlyTable', { table }))
    }
    const witness = table === 'auditHeads' ? auditHeadProblem(clientId, mutation) : null
    if (witness) return rejected(mutation, witness)
    const receipt = findReceipt.get(clientId, mutationId) as string | undefined
    if (receipt !== undefined) {
      return { ...(JSON.parse(receipt) as MutationResult), status: 'duplicate' }
    }
    const current = core.get(table, id)
    let data: Record<string, unknown>
    if (op === 'create') {
      // Creates are keyed by the client's id: an id already taken (even by a tombstone) is theirs.
      if (current) return conflict(mutation, current)
      data = clientFields(mutation.payload)
    } else {
      if (!current) return rejected(mutation, message('sync.rejected.unknownRecord', { table, id }))
      if (current.deleted === 1 || current.rev !== mutation.baseRev) {
        return conflict(mutation, current)
      }
      data =
        op === 'update'
          ? { ...clientFields(recordOf(current)), ...clientFields(mutation.payload) }
          : clientFields(recordOf(current))
    }
    if (op !== 'delete') {
      const numbered = number(table, data)
      if (!numbered.ok) return rejected(mutation, numbered.error)
      data = numbered.record
    }
    const written = core.put(table, id, data, op === 'delete')
    const result: MutationResult = {
      mutationId,
      status: 'applied',
      rev: written.rev,
      seq: written.seq,
      record: written.record
    }
    saveReceipt.run(clientId, mutationId, JSON.stringify(result))
    return result
  }

  return function applyMutations(batch: MutationBatch, idempotencyKey: string): MutationOutcome {
    // The parsed batch re-encoded: a retry of the same batch hashes the same, whatever its spacing.
    const bodySha256 = createHash('sha256').update(JSON.stringify(batch)).digest('hex')
    return db.transaction((): MutationOutcome => {
      const stored = findBatch.get(idempotencyKey) as
        { sha256: string; response: string } | undefined
      if (stored) {
        if (stored.sha256 !== bodySha256)
          return { ok: false, error: { code: 'IDEMPOTENCY_MISMATCH' } }
        return { ok: true, response: JSON.parse(stored.response) as MutationResponse }
      }
      const ordered = [...batch.mutations].sort((a, b) => a.clientSeq - b.clientSeq)
      const results = ordered.map((mutation) => applyOne(batch.clientId, mutation))
      const response: MutationResponse = {
        results,
        lastClientSeq: ordered.at(-1)?.clientSeq ?? 0
      }
      saveBatch.run(idempotencyKey, bodySha256, JSON.stringify(response))
      return { ok: true, response }
    })()
  }
}
