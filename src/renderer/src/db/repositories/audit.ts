import type { Table } from 'dexie'
import {
  auditSealRequest,
  checkWitnessedHeads,
  sealedAuditEntry,
  type AuditChainProblem,
  type AuditActionCode,
  type AuditEntry,
  type AuditInput
} from '@shared/domain/audit'
import { SYNC_CLIENT_KEY } from '../outbox'
import type { RepositoryContext } from './context'

const MAX_ATTEMPTS = 8

/** A change to record: its action must be one of AUDIT_ACTIONS, so the 审计日志 can name it. */
export type AuditedChange = Omit<AuditInput, 'actor' | 'action'> & { action: AuditActionCode }

/** The chain head moved between keying and writing (another writer, e.g. a worker). */
class AuditHeadMoved extends Error {}

/** Entries per page sent to main for 校验完整性, and the bytes a page may take (RPC: 1 MiB). */
export const CHECK_PAGE_ENTRIES = 500
const CHECK_PAGE_BYTES = 512 * 1024

export function createAuditRepository(context: RepositoryContext) {
  const { db } = context

  async function head(): Promise<AuditEntry | null> {
    return (await db.auditLog.orderBy('seq').last()) ?? null
  }

  /**
   * Runs `work` and appends its audit entry in one read-write transaction, so a change is never
   * stored without its entry nor an entry without its change. Main keys the entry first (an
   * IndexedDB transaction cannot wait for a call to main: it would commit early), then the
   * transaction checks that no other writer appended meanwhile — if one did, the whole step is
   * retried on the new head — and main is told the entry is written. If that word is lost
   * (a crash, a closed window), main learns it from the next entry or from 校验完整性.
   */
  async function recordChange<T>(
    tables: readonly Table[],
    change: AuditedChange,
    work: () => Promise<T>
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const previous = await head()
      const request = auditSealRequest(previous, { ...change, actor: context.actor() })
      let entry: AuditEntry
      try {
        entry = await sealedAuditEntry(previous, request, await context.auditSeal.seal(request))
      } catch (error) {
        // Main refuses an entry that does not extend its head: another writer may have appended
        // since this one read the head (retry), or the log was cut short (say so).
        const moved = (await head())?.seq !== previous?.seq
        if (!moved || attempt >= MAX_ATTEMPTS) throw error
        continue
      }
      let result: T
      try {
        result = await db.transaction('rw', [...tables, db.auditLog, db.meta], async () => {
          const current = (await db.auditLog.orderBy('seq').last()) ?? null
          if (current?.hash !== previous?.hash) throw new AuditHeadMoved()
          const done = await work()
          await db.auditLog.add(entry)
          return done
        })
      } catch (error) {
        const moved = error instanceof AuditHeadMoved || (error as Error).name === 'ConstraintError'
        if (!moved || attempt >= MAX_ATTEMPTS) throw error
        continue
      }
      await context.auditSeal.commit(entry.seq, entry.mac as string).catch((error: unknown) => {
        // The entry and its change are stored; main moves its head on the next entry instead.
        console.warn('audit.commit', error)
      })
      return result
    }
  }

  return {
    recordChange,

    /** Newest first, `limit` entries older than `beforeSeq` (the keyset of the 审计日志 view). */
    async list(options: { limit: number; beforeSeq?: number }): Promise<AuditEntry[]> {
      const range =
        options.beforeSeq === undefined
          ? db.auditLog.orderBy('seq')
          : db.auditLog.where('seq').below(options.beforeSeq)
      return range.reverse().limit(options.limit).toArray()
    },

    /**
     * The whole log in ascending seq, in pages that each stay well under the RPC message limit
     * (1 MiB): at most CHECK_PAGE_ENTRIES entries and about 512 KiB of JSON. For 校验完整性,
     * which main runs (the key never leaves it).
     */
    async *pages(): AsyncGenerator<AuditEntry[]> {
      let after = 0
      for (;;) {
        const batch = await db.auditLog
          .where('seq')
          .above(after)
          .limit(CHECK_PAGE_ENTRIES)
          .toArray()
        if (batch.length === 0) return
        let page: AuditEntry[] = []
        let bytes = 0
        for (const entry of batch) {
          const size = JSON.stringify(entry).length * 3
          if (page.length > 0 && bytes + size > CHECK_PAGE_BYTES) {
            yield page
            page = []
            bytes = 0
          }
          page.push(entry)
          bytes += size
        }
        yield page
        after = (batch.at(-1) as AuditEntry).seq
      }
    },

    /**
     * This workstation's log against the heads the library witnessed (as of the last sync):
     * empty when it never synced.
     */
    async witnessProblems(): Promise<AuditChainProblem[]> {
      const clientId = (await db.meta.get(SYNC_CLIENT_KEY))?.value
      if (typeof clientId !== 'string') return []
      const heads = await db.auditHeads.where('clientId').equals(clientId).toArray()
      if (heads.length === 0) return []
      const stored = await db.auditLog.bulkGet(heads.map((head) => head.seq))
      const entryAt = new Map<number, AuditEntry>()
      for (const entry of stored) if (entry) entryAt.set(entry.seq, entry)
      const lastSeq = (await db.auditLog.orderBy('seq').last())?.seq ?? 0
      return checkWitnessedHeads(heads, entryAt, lastSeq)
    }
  }
}

export type AuditRepository = ReturnType<typeof createAuditRepository>
