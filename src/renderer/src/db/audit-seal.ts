import type { ChannelInput, ChannelOutput } from '@shared/contract'

/** What main answers when asked to key an entry: the time and 操作人 it recorded, and the MAC. */
export type AuditSealed = ChannelOutput<'audit.seal'>
export type AuditSealRequest = ChannelInput<'audit.seal'>

/**
 * Main's side of every audit entry the working copy writes: main keys the entry (HMAC with a key
 * the renderer never holds) before the write, and is told once it is written. The renderer's
 * pages use the api client; a worker uses a port the page lends it (workers/audit-seal-relay).
 */
export interface AuditSealPort {
  seal(request: AuditSealRequest): Promise<AuditSealed>
  commit(seq: number, mac: string): Promise<void>
}

/** The port over the typed api client (`audit.seal`, `audit.commit`). */
export function apiAuditSealPort(api: {
  call(channel: 'audit.seal', input: AuditSealRequest): Promise<AuditSealed>
  call(channel: 'audit.commit', input: { seq: number; mac: string }): Promise<unknown>
}): AuditSealPort {
  return {
    seal: (request) => api.call('audit.seal', request),
    commit: async (seq, mac) => {
      await api.call('audit.commit', { seq, mac })
    }
  }
}
