import type { Attempts } from './attempts'
import { readChecked, sha256Hex } from './checked'
import { SyncFailure } from './faults'
import type { SyncLocalStore, SyncTransport } from './ports'
import {
  MAX_MUTATIONS_PER_BATCH,
  MutationResponse,
  type Mutation,
  type MutationResult,
  type MutationStatus
} from './protocol'

export type PushCounts = Record<MutationStatus, number>

/**
 * The key of a batch is its composition, so resending the same outbox rows after a lost answer
 * is recognised; after a crash the rows may batch differently, and then the library's receipts
 * per mutation id answer `duplicate` instead.
 */
export function idempotencyKey(clientId: string, mutations: readonly Mutation[]): string {
  return sha256Hex(`${clientId}\n${mutations.map((m) => m.mutationId).join('\n')}`)
}

/**
 * 推送: the outbox in clientSeq order, ≤ 500 per batch, until it is empty. A batch the library
 * refuses as a whole (400/422) is sent again one mutation at a time, so one bad mutation is set
 * aside with its reason and the others still go.
 */
export async function push(
  clientId: string,
  transport: SyncTransport,
  store: Pick<SyncLocalStore, 'pendingMutations' | 'recordResults'>,
  attempts: Attempts,
  onProgress: (counts: PushCounts) => void
): Promise<PushCounts> {
  const counts: PushCounts = { applied: 0, duplicate: 0, conflict: 0, rejected: 0 }
  let batchLimit = MAX_MUTATIONS_PER_BATCH
  for (;;) {
    attempts.throwIfCancelled()
    const batch = await store.pendingMutations(batchLimit)
    if (batch.length === 0) return counts
    let results: MutationResult[]
    try {
      results = await attempts.run(async () => {
        const body = await transport.mutations(
          { clientId, mutations: batch },
          idempotencyKey(clientId, batch)
        )
        return readChecked(body, MutationResponse).results
      })
    } catch (error) {
      if (!(error instanceof SyncFailure) || error.fault.kind !== 'refused') throw error
      if (batch.length > 1) {
        batchLimit = 1
        continue
      }
      results = [rejectedAsWhole(batch[0] as Mutation, error)]
    }
    const sent = new Set(batch.map((m) => m.mutationId))
    const answered = results.filter((r) => sent.has(r.mutationId))
    // A library that answers none of what was sent would otherwise be asked forever.
    if (answered.length === 0) throw unanswered()
    await store.recordResults(answered)
    for (const result of answered) counts[result.status] += 1
    onProgress(counts)
  }
}

function rejectedAsWhole(mutation: Mutation, error: SyncFailure): MutationResult {
  return {
    mutationId: mutation.mutationId,
    status: 'rejected',
    error: { code: error.fault.message.code, params: { ...error.fault.message.params } }
  }
}

function unanswered(): SyncFailure {
  return new SyncFailure({
    kind: 'refused',
    message: { code: 'sync.fault.unanswered' }
  })
}
