import {
  auditSealRequest,
  computeAuditHash,
  createAuditMac,
  GENESIS_HASH,
  GENESIS_MAC,
  sealedAuditEntry,
  type AuditAnchor,
  type AuditChainReport,
  type AuditEntry
} from '../../../../src/shared/domain/audit'

/** Builds audit logs as main writes them, and tampers with them as an attacker without the key. */

export const KEY = new Uint8Array(32).fill(42)
export const mac = createAuditMac(KEY)

/** What an attacker without the key does: the plain SHA-256 anyone can recompute. */
export async function rehash(entry: AuditEntry, prevHash: string): Promise<AuditEntry> {
  const next = { ...entry, prevHash }
  return { ...next, hash: await computeAuditHash(next) }
}

/** Recomputes every plain hash from `from` (an index) on, as an attacker covering tracks does. */
export async function rehashFrom(entries: AuditEntry[], from: number): Promise<AuditEntry[]> {
  const out = [...entries]
  for (let i = from; i < out.length; i++) {
    out[i] = await rehash(
      out[i] as AuditEntry,
      i === 0 ? GENESIS_HASH : (out[i - 1] as AuditEntry).hash
    )
  }
  return out
}

export async function keyedChain(length: number, start: AuditEntry[] = []): Promise<AuditEntry[]> {
  const entries = [...start]
  for (let i = 0; i < length; i++) {
    const prev = entries.at(-1) ?? null
    const request = auditSealRequest(prev, {
      actor: '张三 [auditor]',
      action: 'catalog.put',
      target: `catalog:cat-${i}`,
      details: { index: i, note: { zh: '更新底图' } }
    })
    const at = `2026-03-0${1 + (i % 9)}T08:00:00.000Z`
    const sealed = { at, actor: request.actor, mac: await mac({ ...request, at }) }
    entries.push(await sealedAuditEntry(prev, request, sealed))
  }
  return entries
}

/** An unkeyed log as the version before this one wrote it. */
export async function legacyChain(length: number): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = []
  for (let i = 0; i < length; i++) {
    const prev = entries.at(-1) ?? null
    const fields = {
      seq: i + 1,
      at: '2026-01-05T08:00:00.000Z',
      actor: '本机操作员',
      action: 'licence.put',
      target: 'licences',
      details: { count: i },
      prevHash: prev?.hash ?? GENESIS_HASH
    }
    entries.push({ ...fields, hash: await computeAuditHash(fields) })
  }
  return entries
}

export function anchorOf(
  entries: AuditEntry[],
  keyedFrom = 1,
  pending: string[] = []
): AuditAnchor {
  const last = entries.at(-1)
  return { count: last?.seq ?? 0, mac: last?.mac ?? GENESIS_MAC, keyedFrom, pending }
}

export const found = (report: AuditChainReport) =>
  report.problems.map(({ seq, kind, code, params }) => ({ seq, kind, code, params }))

export function renumber(entry: AuditEntry, seq: number): AuditEntry {
  return { ...entry, seq }
}
