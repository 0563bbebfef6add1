import { instant, message } from '../../i18n/message'
import type { AuditEntry } from '../licences/audit-entry'
import type { AuditChainProblem } from './chain-check'

/**
 * A head of this workstation's 审计日志 as the library witnessed it (存证): sent through the
 * outbox as a record of its own, which the library keeps and no later change replaces.
 */
export interface WitnessedAuditHead {
  seq: number
  hash: string
  mac: string | null
  /** When the workstation sent it. */
  anchoredAt: string
}

/**
 * The log against the heads the library witnessed. Main's keyed chain shows any rewrite made
 * without main's key; a witnessed head shows one made with it too (a workstation taken whole):
 * the entry at a witnessed place must still be the one the library was told of. `entryAt`
 * gives the stored entry at a seq; `lastSeq` is the newest stored.
 */
export function checkWitnessedHeads(
  heads: readonly WitnessedAuditHead[],
  entryAt: ReadonlyMap<number, Pick<AuditEntry, 'hash' | 'mac'>>,
  lastSeq: number
): AuditChainProblem[] {
  const problems: AuditChainProblem[] = []
  for (const head of [...heads].sort((a, b) => a.seq - b.seq)) {
    const at = instant(head.anchoredAt)
    const entry = entryAt.get(head.seq)
    if (!entry) {
      const kind = head.seq > lastSeq ? 'truncated' : 'deleted'
      problems.push({
        seq: head.seq,
        kind,
        ...message('audit.chain.witness.missing', { seq: head.seq, at })
      })
    } else if (entry.hash !== head.hash || (entry.mac ?? null) !== head.mac) {
      problems.push({
        seq: head.seq,
        kind: 'edited',
        ...message('audit.chain.witness.changed', { seq: head.seq, at })
      })
    }
  }
  return problems
}
