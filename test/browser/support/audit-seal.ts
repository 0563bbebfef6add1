import { createAuditMac } from '@shared/domain/audit'
import type { AuditSealPort } from '@renderer/db/audit-seal'

/**
 * Main's audit seal for tests and benchmarks that run in the browser without main: keys each
 * entry with a key of the test's own, at the clock's time, as main would. Main's head checks are
 * tested against the real service in Node (test/unit/main/audit).
 */
export function localAuditSeal(key: Uint8Array = new Uint8Array(32).fill(9)): AuditSealPort {
  const mac = createAuditMac(key)
  return {
    async seal(request) {
      const at = new Date().toISOString()
      return { at, actor: request.actor, mac: await mac({ ...request, at }) }
    },
    commit: async () => undefined
  }
}
