import 'fake-indexeddb/auto'
import { keyedHasher } from '../../../src/shared/domain/privacy'
import { openWorkbenchDb, type WorkbenchDb } from '../../../src/renderer/src/db/database'
import type { SchemaVersion } from '../../../src/renderer/src/db/migrations'
import { createRepositories } from '../../../src/renderer/src/db/repositories'
import type { RepositoryContext } from '../../../src/renderer/src/db/repositories/context'
import { auditMainFor } from './audit-main'

let counter = 0

/** A fresh database per test: fake-indexeddb keeps every name for the whole process. */
export function uniqueDbName(label: string): string {
  counter += 1
  return `test-${label}-${counter}-${Math.random().toString(36).slice(2)}`
}

export const TEST_HOLDER_KEY = new Uint8Array(32).fill(7)

export async function openTestDb(
  label: string,
  versions?: readonly SchemaVersion[]
): Promise<WorkbenchDb> {
  return openWorkbenchDb({ name: uniqueDbName(label), ...(versions ? { versions } : {}) })
}

/** Repositories over `db`, acting as 审计员张三 at a clock that advances a second per call. */
export function testRepositories(db: WorkbenchDb, actor = '审计员张三') {
  let tick = Date.parse('2026-11-27T01:00:00Z')
  const context: RepositoryContext = {
    db,
    actor: () => actor,
    now: () => new Date((tick += 1000)),
    // Main's hash, played by a key of the test's own.
    holderHash: keyedHasher(TEST_HOLDER_KEY),
    // Main's audit seal: the service itself, one per database (test/unit/db/audit-main.ts).
    auditSeal: auditMainFor(db).seal
  }
  return { context, ...createRepositories(context) }
}
