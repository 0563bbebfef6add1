import type { Message } from '@shared/i18n/message'
import type { WorkbenchDb } from '../../db/database'

/** One entry of the 冲突 list: what this workstation sent against what the library kept. */
export interface ConflictRow {
  mutationId: string
  table: string
  id: string
  status: 'conflict' | 'rejected'
  /** The sent change, as JSON for the reader. */
  local: string
  library: string | null
  error: Message | null
}

const CONFLICTS_SHOWN = 200

export async function readConflicts(db: WorkbenchDb): Promise<ConflictRow[]> {
  const rows = await db.syncConflicts.limit(CONFLICTS_SHOWN).toArray()
  return rows.map((row) => ({
    mutationId: row.mutationId,
    table: row.table,
    id: row.mutation.id,
    status: row.status,
    local: JSON.stringify(row.mutation.payload, null, 2),
    library: row.library ? JSON.stringify(row.library, null, 2) : null,
    error: row.error
      ? { code: row.error.code, params: row.error.params as Message['params'] }
      : null
  }))
}
