import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AuditCheckOutcome } from '../../../src/shared/contract'
import { createAuditService } from '../../../src/main/services/audit/audit-service'
import { createSecretStore } from '../../../src/main/services/secrets/secret-store'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import type { AuditSealPort } from '../../../src/renderer/src/db/audit-seal'
import { checkAuditLog } from '../../../src/renderer/src/features/audit/audit-check'
import type { AuditChainProblem, AuditEntry } from '../../../src/shared/domain/audit'

/**
 * Main's audit service as the app wires it (its own data folder, key and head file), called in
 * process where the app calls it over RPC. One per working copy, so that two writers on one
 * database share one main, as in the app.
 */
export function testAuditMain(dataLocation = mkdtempSync(join(tmpdir(), 'audit-main-'))) {
  let tick = Date.parse('2026-11-27T01:00:00Z')
  const service = createAuditService({
    dataLocation,
    secrets: createSecretStore(dataLocation),
    now: () => new Date((tick += 1000))
  })
  const seal: AuditSealPort = {
    seal: (request) => service.seal('window:1', request),
    commit: async (seq, mac) => {
      await service.commit({ seq, mac })
    }
  }
  /**
   * 校验完整性 as the page runs it: the log in pages to main, main's verdict back, then the heads
   * the library witnessed (none unless a test gives them).
   */
  function check(
    pages: AsyncIterable<AuditEntry[]>,
    witness: () => Promise<AuditChainProblem[]> = async () => []
  ): Promise<AuditCheckOutcome> {
    const api = {
      call: (channel: string, input: never) =>
        channel === 'audit.check.page' ? service.checkPage(input) : service.checkFinish(input)
    }
    return checkAuditLog(api as Parameters<typeof checkAuditLog>[0], pages, witness)
  }
  return { dataLocation, service, seal, check }
}

export type TestAuditMain = ReturnType<typeof testAuditMain>

const mains = new WeakMap<WorkbenchDb, TestAuditMain>()

export function auditMainFor(db: WorkbenchDb): TestAuditMain {
  let main = mains.get(db)
  if (!main) {
    main = testAuditMain()
    mains.set(db, main)
  }
  return main
}

/** The problems 校验完整性 finds in the working copy's log and main's own, as [seq, kind]. */
export async function auditProblems(
  db: WorkbenchDb,
  pages: AsyncIterable<AuditEntry[]>
): Promise<[number, string][]> {
  const outcome = await auditMainFor(db).check(pages)
  return [...outcome.workbench.problems, ...outcome.main.problems].map((p) => [p.seq, p.kind])
}
