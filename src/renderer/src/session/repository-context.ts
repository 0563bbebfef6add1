import type { WorkbenchDb } from '../db/database'
import { settingsHolderKeyProvider } from '../db/holder-key'
import type { RepositoryContext } from '../db/repositories/context'

/** Who the audit log records as acting; the workstation has one operator account for now. */
export const LOCAL_OPERATOR = '本机操作员'

/**
 * The one way the renderer and its workers build what repositories need: the store's own
 * holder-hash key, the wall clock, and the acting operator (a worker is told who started it).
 */
export function createRepositoryContext(
  db: WorkbenchDb,
  actor: () => string = () => LOCAL_OPERATOR
): RepositoryContext {
  return { db, actor, now: () => new Date(), holderKeys: settingsHolderKeyProvider(db) }
}
