import type { Table } from 'dexie'
import {
  appendAuditEntry,
  verifyAuditChain,
  type AuditActionCode,
  type AuditChainVerdict,
  type AuditEntry,
  type AuditInput
} from '@shared/domain/audit'
import type { RepositoryContext } from './context'

/** Where the newest entry's seq and hash are kept outside the log, to detect tail deletions. */
const AUDIT_HEAD_KEY = 'audit.head'
const MAX_ATTEMPTS = 8

/** A change to record: its action must be one of AUDIT_ACTIONS, so the 审计日志 can name it. */
export type AuditedChange = Omit<AuditInput, 'actor' | 'action'> & { action: AuditActionCode }

/** The chain head moved between hashing and writing (another writer, e.g. the load worker). */
class AuditHeadMoved extends Error {}

export function createAuditRepository(context: RepositoryContext) {
  const { db } = context

  async function head(): Promise<AuditEntry | null> {
    return (await db.auditLog.orderBy('seq').last()) ?? null
  }

  /**
   * Runs `work` and appends its audit entry in one read-write transaction, so a change is never
   * stored without its entry nor an entry without its change. The hash is computed before the
   * transaction (WebCrypto would let an IndexedDB transaction commit early); if another writer
   * appended meanwhile, the whole step is retried on the new head.
   */
  async function recordChange<T>(
    tables: readonly Table[],
    change: AuditedChange,
    work: () => Promise<T>
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const previous = await head()
      const entry = await appendAuditEntry(
        previous,
        { ...change, actor: context.actor() },
        context.now()
      )
      try {
        return await db.transaction('rw', [...tables, db.auditLog, db.meta], async () => {
          const current = (await db.auditLog.orderBy('seq').last()) ?? null
          if (current?.hash !== previous?.hash) throw new AuditHeadMoved()
          const result = await work()
          await db.auditLog.add(entry)
          await db.meta.put({ key: AUDIT_HEAD_KEY, value: { seq: entry.seq, hash: entry.hash } })
          return result
        })
      } catch (error) {
        const moved = error instanceof AuditHeadMoved || (error as Error).name === 'ConstraintError'
        if (!moved || attempt >= MAX_ATTEMPTS) throw error
      }
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

    /** Checks the whole chain against the head recorded with the last append. */
    async verify(): Promise<AuditChainVerdict> {
      const entries = await db.auditLog.orderBy('seq').toArray()
      const recorded = (await db.meta.get(AUDIT_HEAD_KEY))?.value as
        { seq: number; hash: string } | undefined
      return verifyAuditChain(entries, recorded ? { expectedHead: recorded } : {})
    }
  }
}

export type AuditRepository = ReturnType<typeof createAuditRepository>
