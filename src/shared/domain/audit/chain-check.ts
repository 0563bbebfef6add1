import { message, type Message } from '../../i18n/message'
import type { AuditEntry } from '../licences/audit-entry'
import { computeAuditHash, GENESIS_HASH } from './hash-chain'
import { GENESIS_MAC, type AuditMac } from './mac'

/**
 * The ways a log can be tampered with that 校验完整性 tells apart:
 * - edited: an entry's content changed (its plain hash no longer matches);
 * - rehashed: an entry's content changed and the plain hashes recomputed (only its MAC is wrong);
 * - reordered: entries swapped places (each MAC still fits the place it was written at);
 * - deleted: entries missing in the middle, whether the rest were renumbered or not;
 * - truncated: the newest entries removed (the log ends before the head main recorded);
 * - inserted: an entry no MAC vouches for where none is missing, or a copy of another;
 * - wiped: the log is empty while main recorded entries.
 */
export type AuditTamperKind =
  'edited' | 'rehashed' | 'reordered' | 'deleted' | 'truncated' | 'inserted' | 'wiped'

/** One sign of tampering: where (the entry's stored seq), what kind, and what the auditor reads. */
export interface AuditChainProblem extends Message {
  seq: number
  kind: AuditTamperKind
}

/** What main keeps of a log outside it (its head file), to check the log against. */
export interface AuditAnchor {
  /** How many entries were written: the seq of the newest. */
  count: number
  /** The newest entry's MAC. */
  mac: string
  /** The seq of the first keyed entry (older ones were written unkeyed); null: none yet. */
  keyedFrom: number | null
  /** MACs issued for entry `count + 1` that were not yet confirmed written. */
  pending: readonly string[]
}

export interface AuditChainReport {
  ok: boolean
  problems: AuditChainProblem[]
  /** Entries read. */
  entries: number
  /**
   * The entry main had keyed and the log holds but main had not yet heard was written (a crash
   * between writing it and confirming it): main's head moves on to it.
   */
  advance: { seq: number; mac: string } | null
}

/** The keyed entries by their MAC and by the MAC they follow. */
interface Links {
  byMac: Map<string, Item>
  byPrevMac: Map<string, Item>
}

function linksOf(keyed: readonly Item[]): Links {
  const links: Links = { byMac: new Map(), byPrevMac: new Map() }
  for (const item of keyed) {
    if (item.mac !== undefined && !links.byMac.has(item.mac)) links.byMac.set(item.mac, item)
    if (item.prevMac !== undefined && !links.byPrevMac.has(item.prevMac))
      links.byPrevMac.set(item.prevMac, item)
  }
  return links
}

interface Item {
  seq: number
  keyed: boolean
  plainOk: boolean
  macOk: boolean
  hash: string
  prevHash: string
  mac: string | undefined
  prevMac: string | undefined
  /** The seq the entry was keyed at; null when no MAC vouches for it. */
  orig: number | null
  copy: boolean
  /** Kept only for keyed entries whose MAC fails at their own seq, to try other places. */
  entry: AuditEntry | undefined
}

const problem = (seq: number, kind: AuditTamperKind, said: Message): AuditChainProblem => ({
  seq,
  kind,
  ...said
})

function range(from: number, to: number): Message {
  return from === to
    ? message('audit.chain.range.one', { seq: from })
    : message('audit.chain.range.many', { from, to })
}

/** Consecutive numbers grouped: [3,4,5,9] → [[3,5],[9,9]]. */
function runs(numbers: readonly number[]): [number, number][] {
  const grouped: [number, number][] = []
  for (const n of numbers) {
    const last = grouped.at(-1)
    if (last && last[1] + 1 === n) last[1] = n
    else grouped.push([n, n])
  }
  return grouped
}

/**
 * 校验完整性 of one log against main's anchor, fed in pages in storage order (ascending seq) so
 * a log of any size is checked without holding it: each page is checked as it comes, only a few
 * hashes per entry are kept, and `finish` names what it found.
 */
export function createAuditChainCheck(mac: AuditMac, anchor: AuditAnchor) {
  const items: Item[] = []
  const keyedFrom = anchor.keyedFrom

  async function add(entries: readonly AuditEntry[]): Promise<void> {
    for (const entry of entries) {
      const keyed = keyedFrom !== null && entry.seq >= keyedFrom
      const plainOk = (await computeAuditHash(entry)) === entry.hash
      const macOk =
        keyed &&
        entry.mac !== undefined &&
        entry.prevMac !== undefined &&
        (await mac({ ...entry, prevMac: entry.prevMac })) === entry.mac
      items.push({
        seq: entry.seq,
        keyed,
        plainOk,
        macOk,
        hash: entry.hash,
        prevHash: entry.prevHash,
        mac: entry.mac,
        prevMac: entry.prevMac,
        orig: macOk ? entry.seq : null,
        copy: false,
        entry: keyed && !macOk ? entry : undefined
      })
    }
  }

  /**
   * Where a keyed entry whose MAC fails at its own seq was written: next to the entries it links
   * to, a seq away, or shifted as far as the log is short of main's count (one run
   * deleted and the rest renumbered). Null when no place fits: the entry was forged or edited.
   */
  async function placeOf(item: Item, links: Links, shift: number): Promise<number | null> {
    const entry = item.entry
    if (!entry?.mac || !entry.prevMac) return null
    const before = links.byMac.get(entry.prevMac)
    const after = links.byPrevMac.get(entry.mac)
    // A place that does not fit simply fails its MAC: no candidate needs ruling out first.
    const candidates = [
      before ? before.seq + 1 : null,
      after ? after.seq - 1 : null,
      entry.prevMac === GENESIS_MAC ? 1 : null,
      item.seq + shift,
      item.seq - 1,
      item.seq + 1
    ]
    for (const seq of candidates) {
      if (seq === null) continue
      if ((await mac({ ...entry, seq, prevMac: entry.prevMac })) === entry.mac) return seq
    }
    return null
  }

  function legacyProblems(legacy: readonly Item[], end: number): AuditChainProblem[] {
    const found: AuditChainProblem[] = []
    let prev: Item | null = null
    let expected = 1
    for (const item of legacy) {
      if (item.seq > expected) {
        found.push(
          problem(
            expected,
            'deleted',
            message('audit.chain.deleted', { range: range(expected, item.seq - 1) })
          )
        )
      } else if (item.prevHash !== (prev?.hash ?? GENESIS_HASH)) {
        found.push(
          problem(
            item.seq,
            'deleted',
            prev === null
              ? message('audit.chain.startDeleted', { seq: item.seq })
              : message('audit.chain.linkBroken', { seq: item.seq, prev: prev.seq })
          )
        )
      }
      if (!item.plainOk)
        found.push(problem(item.seq, 'edited', message('audit.chain.edited', { seq: item.seq })))
      prev = item
      expected = item.seq + 1
    }
    if (end >= expected) {
      found.push(
        problem(
          expected,
          'deleted',
          message('audit.chain.deleted', { range: range(expected, end) })
        )
      )
    }
    return found
  }

  async function finish(): Promise<AuditChainReport> {
    const legacy = items.filter((item) => !item.keyed)
    const keyed = items.filter((item) => item.keyed)
    const problems: AuditChainProblem[] = []
    if (items.length === 0 && anchor.count > 0) {
      problems.push(problem(1, 'wiped', message('audit.chain.wiped', { count: anchor.count })))
      return { ok: false, problems, entries: 0, advance: null }
    }
    const first = keyedFrom ?? Infinity
    problems.push(...legacyProblems(legacy, keyedFrom === null ? 0 : keyedFrom - 1))

    const advancing = keyed.find(
      (item) =>
        item.macOk && item.seq === anchor.count + 1 && anchor.pending.includes(item.mac ?? '')
    )
    const count = advancing ? anchor.count + 1 : anchor.count
    const shift = count - (keyed.at(-1)?.seq ?? count)
    const links = linksOf(keyed)
    for (const item of keyed) if (!item.macOk) item.orig = await placeOf(item, links, shift)

    // Places: reordered entries and copies of another entry are named as such.
    const present = new Set<number>()
    let highest = first - 1
    for (const item of keyed) {
      if (item.orig === null) continue
      if (present.has(item.orig)) {
        item.copy = true
        problems.push(
          problem(
            item.seq,
            'inserted',
            message('audit.chain.copied', { seq: item.seq, original: item.orig })
          )
        )
        continue
      }
      present.add(item.orig)
      if (item.orig < highest) {
        problems.push(
          problem(
            item.seq,
            'reordered',
            message('audit.chain.reordered', { seq: item.seq, original: item.orig })
          )
        )
      }
      highest = Math.max(highest, item.orig)
      if (item.orig > count) {
        problems.push(
          problem(
            item.seq,
            'inserted',
            message('audit.chain.beyondHead', { seq: item.seq, head: count })
          )
        )
      }
    }

    // Entries no MAC vouches for fill the places missing around them (edited, or rehashed when
    // their plain hash was recomputed); where none is missing they were inserted.
    const filled = new Set<number>()
    const missingBetween = (from: number, to: number): number[] => {
      const slots: number[] = []
      for (let seq = from + 1; seq < to; seq++) if (!present.has(seq)) slots.push(seq)
      return slots
    }
    const settle = (run: Item[], slots: number[]) => {
      // An edited entry keeps its place in the chain (the attacker cannot make a new MAC, so its
      // neighbours still point at it); an inserted one points at nothing and nothing at it.
      const linked = (item: Item) =>
        (item.mac !== undefined && links.byPrevMac.has(item.mac)) ||
        (item.prevMac !== undefined && links.byMac.has(item.prevMac))
      const ranked = [...run.filter(linked), ...run.filter((item) => !linked(item))]
      const open = [...slots]
      for (const item of ranked) {
        const own = open.indexOf(item.seq)
        const slot = own >= 0 ? own : open.length > 0 ? 0 : -1
        if (slot < 0) {
          problems.push(
            problem(item.seq, 'inserted', message('audit.chain.inserted', { seq: item.seq }))
          )
          continue
        }
        filled.add(open[slot] as number)
        open.splice(slot, 1)
        problems.push(
          item.plainOk
            ? problem(item.seq, 'rehashed', message('audit.chain.rehashed', { seq: item.seq }))
            : problem(item.seq, 'edited', message('audit.chain.edited', { seq: item.seq }))
        )
      }
    }
    let run: Item[] = []
    let last = first - 1
    for (const item of keyed) {
      if (item.copy) continue
      if (item.orig === null) {
        run.push(item)
        continue
      }
      settle(run, item.orig > last ? missingBetween(last, item.orig) : [])
      run = []
      last = Math.max(last, item.orig)
    }
    settle(run, missingBetween(last, count + 1))

    if (keyedFrom !== null) {
      const missing = missingBetween(first - 1, count + 1).filter((seq) => !filled.has(seq))
      let lastHeld = first - 1
      for (const seq of [...present, ...filled]) lastHeld = Math.max(lastHeld, seq)
      const deleted = missing.filter((seq) => seq < lastHeld)
      const truncated = missing.filter((seq) => seq > lastHeld)
      for (const [from, to] of runs(deleted)) {
        problems.push(
          problem(from, 'deleted', message('audit.chain.deleted', { range: range(from, to) }))
        )
      }
      const tail = truncated[0]
      if (tail !== undefined) {
        problems.push(
          problem(
            tail,
            'truncated',
            message('audit.chain.truncated', { range: range(tail, count), head: count })
          )
        )
      }
      const atHead = keyed.find((item) => item.orig === count && !item.copy)
      const headMac = advancing?.mac ?? anchor.mac
      if (atHead && atHead.mac !== headMac) {
        problems.push(
          problem(atHead.seq, 'edited', message('audit.chain.headMismatch', { seq: atHead.seq }))
        )
      }
      // The unkeyed entries are anchored by the MAC of the first keyed one, which covers the
      // plain hash of the last of them: rewriting and re-hashing them breaks that link.
      const firstKeyed = keyed.find((item) => item.orig === keyedFrom && !item.copy)
      const lastLegacy = legacy.find((item) => item.seq === keyedFrom - 1)
      if (firstKeyed && lastLegacy && firstKeyed.prevMac !== lastLegacy.hash) {
        problems.push(
          problem(
            lastLegacy.seq,
            'rehashed',
            message('audit.chain.legacyRehashed', { seq: keyedFrom })
          )
        )
      }
    }

    problems.sort((a, b) => a.seq - b.seq)
    return {
      ok: problems.length === 0,
      problems,
      entries: items.length,
      advance: advancing ? { seq: advancing.seq, mac: advancing.mac as string } : null
    }
  }

  return { add, finish }
}

export type AuditChainCheck = ReturnType<typeof createAuditChainCheck>

/** The whole log at once (main's own log, tests). */
export async function checkAuditChain(
  entries: readonly AuditEntry[],
  mac: AuditMac,
  anchor: AuditAnchor
): Promise<AuditChainReport> {
  const check = createAuditChainCheck(mac, anchor)
  await check.add(entries)
  return check.finish()
}
