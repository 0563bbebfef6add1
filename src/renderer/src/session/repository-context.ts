import type { WorkbenchDb } from '../db/database'
import { settingsHolderKeyProvider } from '../db/holder-key'
import type { RepositoryContext } from '../db/repositories/context'
import { currentActor } from './operator'

/**
 * The one way the renderer and its workers build what repositories need: the store's own
 * holder-hash key, the wall clock, and the acting operator (a worker is told who started it).
 */
export function createRepositoryContext(
  db: WorkbenchDb,
  actor: () => string = currentActor
): RepositoryContext {
  return { db, actor, now: () => new Date(), holderKeys: settingsHolderKeyProvider(db) }
}
