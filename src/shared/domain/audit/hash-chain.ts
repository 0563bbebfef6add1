import { z } from 'zod'
import { message, type Message } from '../../i18n/message'
import { AuditAction, AuditDetails, AuditEntry, IsoDateTime } from '../licences'
import { canonicalJson } from './canonical-json'

/** prevHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64)

export const AuditInput = z.object({
  actor: z.string().min(1),
  action: AuditAction,
  target: z.string(),
  details: AuditDetails
})
export type AuditInput = z.infer<typeof AuditInput>

type HashedFields = Omit<AuditEntry, 'hash'>

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** SHA-256 over the canonical JSON of every field but `hash`. */
export async function computeAuditHash(entry: HashedFields): Promise<string> {
  const { seq, at, actor, action, target, details, prevHash } = entry
  const canonical = canonicalJson({ seq, at, actor, action, target, details, prevHash })
  const digest = await globalThis.crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(canonical)
  )
  return toHex(digest)
}

/**
 * The entry that follows `prev` (null for the first). Invalid input is a programming error and
 * throws: details that are not JSON-safe would hash differently after a storage round trip.
 */
export async function appendAuditEntry(
  prev: AuditEntry | null,
  input: AuditInput,
  now: Date | string
): Promise<AuditEntry> {
  const { actor, action, target, details } = AuditInput.parse(input)
  const at = IsoDateTime.parse(typeof now === 'string' ? now : now.toISOString())
  const fields: HashedFields = {
    seq: prev === null ? 1 : prev.seq + 1,
    at,
    actor,
    action,
    target,
    details,
    prevHash: prev === null ? GENESIS_HASH : prev.hash
  }
  return { ...fields, hash: await computeAuditHash(fields) }
}

export type AuditTamperKind = 'edited' | 'reordered' | 'deleted' | 'inserted'

/**
 * One sign of tampering: where and what kind, and what the auditor reads, as a message
 * (`audit.chain.edited` with the entry's seq …).
 */
export interface AuditChainProblem extends Message {
  /** The entry the problem is found at; for a deletion, the first missing seq. */
  seq: number
  kind: AuditTamperKind
}

function problem(seq: number, kind: AuditTamperKind, found: Message): AuditChainProblem {
  return { seq, kind, ...found }
}

export type AuditChainVerdict = { ok: true } | { ok: false; problems: AuditChainProblem[] }

export interface AuditChainOptions {
  /**
   * The head last recorded outside the log (e.g. in settings or a printed report). Without it,
   * deleting the newest entries cannot be told apart from their never having been written.
   */
  expectedHead?: { seq: number; hash: string }
}

interface CheckedEntry {
  entry: AuditEntry
  intact: boolean
}

/** Picks the entry that belongs in the chain among those sharing one seq; the rest were inserted. */
function pickLinked(
  candidates: CheckedEntry[],
  prevHash: string,
  nextPrevHash: string | undefined
): CheckedEntry {
  const linksBack = (c: CheckedEntry) => c.intact && c.entry.prevHash === prevHash
  return (
    candidates.find((c) => linksBack(c) && nextPrevHash === c.entry.hash) ??
    candidates.find(linksBack) ??
    (candidates[0] as CheckedEntry)
  )
}

function reorderProblems(entries: readonly AuditEntry[]): AuditChainProblem[] {
  const problems: AuditChainProblem[] = []
  for (let i = 1; i < entries.length; i++) {
    const before = entries[i - 1] as AuditEntry
    const entry = entries[i] as AuditEntry
    if (entry.seq < before.seq) {
      problems.push(
        problem(
          entry.seq,
          'reordered',
          message('audit.chain.reordered', { seq: entry.seq, before: before.seq })
        )
      )
    }
  }
  return problems
}

function missingRange(from: number, to: number): Message {
  return from === to
    ? message('audit.chain.range.one', { seq: from })
    : message('audit.chain.range.many', { from, to })
}

/**
 * Checks a log against its hash chain. Entries are taken in the order given (storage order);
 * each tamper kind is reported at the entry where it shows.
 */
export async function verifyAuditChain(
  entries: readonly AuditEntry[],
  options: AuditChainOptions = {}
): Promise<AuditChainVerdict> {
  const problems = reorderProblems(entries)
  const checked: CheckedEntry[] = await Promise.all(
    entries.map(async (entry) => ({
      entry,
      intact: (await computeAuditHash(entry)) === entry.hash
    }))
  )
  const bySeq = new Map<number, CheckedEntry[]>()
  for (const item of checked) {
    bySeq.set(item.entry.seq, [...(bySeq.get(item.entry.seq) ?? []), item])
  }
  const seqs = [...bySeq.keys()].sort((a, b) => a - b)

  let prev = { seq: 0, hash: GENESIS_HASH }
  for (const [index, seq] of seqs.entries()) {
    const candidates = bySeq.get(seq) ?? []
    const nextSeq = seqs[index + 1]
    // What the following entry (or, for the newest, the recorded head) says this one hashed to.
    const nextPrevHash =
      nextSeq === undefined
        ? options.expectedHead?.seq === seq
          ? options.expectedHead.hash
          : undefined
        : bySeq.get(nextSeq)?.[0]?.entry.prevHash
    const linked = pickLinked(candidates, prev.hash, nextPrevHash)
    if (candidates.length > 1) {
      problems.push(
        problem(
          seq,
          'inserted',
          message('audit.chain.inserted', {
            seq,
            count: candidates.length,
            extra: candidates.length - 1
          })
        )
      )
    }
    const { entry } = linked
    if (!linked.intact) {
      problems.push(problem(seq, 'edited', message('audit.chain.edited', { seq })))
    }
    if (seq > prev.seq + 1) {
      problems.push(
        problem(
          prev.seq + 1,
          'deleted',
          message('audit.chain.missing', { range: missingRange(prev.seq + 1, seq - 1) })
        )
      )
    } else if (entry.prevHash !== prev.hash) {
      problems.push(
        problem(
          seq,
          'deleted',
          prev.seq === 0
            ? message('audit.chain.startDeleted', { seq })
            : message('audit.chain.linkBroken', { seq, prev: prev.seq })
        )
      )
    }
    prev = { seq, hash: entry.hash }
  }

  const head = options.expectedHead
  if (head) {
    const atHead = bySeq.get(head.seq)
    // The newest seq present comes before the head's: the head and what led to it are gone.
    if (prev.seq < head.seq) {
      problems.push(
        problem(
          prev.seq + 1,
          'deleted',
          message('audit.chain.tailMissing', {
            range: missingRange(prev.seq + 1, head.seq),
            head: head.seq
          })
        )
      )
    } else if (atHead !== undefined && !atHead.some((c) => c.entry.hash === head.hash)) {
      problems.push(
        problem(head.seq, 'edited', message('audit.chain.headMismatch', { seq: head.seq }))
      )
    }
  }
  return problems.length === 0 ? { ok: true } : { ok: false, problems }
}
