import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { CodedError } from '../../../shared/contract'
import type { AuditCheckOutcome } from '../../../shared/contract/audit'
import {
  auditSealRequest,
  checkAuditChain,
  createAuditChainCheck,
  createAuditMac,
  sealedAuditEntry,
  UNIDENTIFIED_ACTOR,
  type AuditActionCode,
  type AuditChainCheck,
  type AuditChainReport,
  type AuditDetails,
  type AuditEntry,
  type AuditMac,
  type AuditMacFields
} from '../../../shared/domain/audit'
import { instant, message } from '../../../shared/i18n/message'
import type { SecretStore } from '../secrets/secret-store'
import {
  AUDIT_FOLDER,
  EMPTY_HEADS,
  HEAD_FILE,
  openHeadFile,
  type AuditHeads,
  type HeadFile
} from './head-file'
import { openMainLog } from './main-log'

export interface AuditServiceOptions {
  /** The installation's data folder: the head file and main's log live in `audit/` there. */
  dataLocation: string
  /** Main's secrets; the audit key is `auditMac`, and never leaves main. */
  secrets: Pick<SecretStore, 'secret'>
  now: () => Date
  /**
   * SEAM (operators): the 操作人 of a caller as the log stores it (`actorOf(identity)` of the
   * operator signed in on that caller), or null when main does not know. Main records its own
   * knowledge over what the renderer claims; without it (a host that wires no operators, tests)
   * the renderer's claim is kept, and main's own entries name the caller as UNIDENTIFIED_ACTOR.
   */
  identify?: (caller: string) => Promise<string | null>
}

/** How many checks may be open at once, and how long one lives between pages. */
const MAX_CHECKS = 4
const CHECK_TTL_MS = 10 * 60_000
const MAX_PENDING = 16

type SealRequest = Omit<AuditMacFields, 'at'>

interface OpenCheck {
  check: AuditChainCheck
  lastSeq: number
  touched: number
}

function refuse(code: Parameters<typeof message>[0], params: Record<string, number>): never {
  throw new CodedError(message(code, params))
}

/** A report as the renderer receives it: what was found, not main's bookkeeping. */
function forRenderer(report: AuditChainReport): AuditCheckOutcome['main'] {
  return { ok: report.ok, problems: report.problems, entries: report.entries }
}

/**
 * 审计日志 in main: keys each entry of the workbench log (the renderer's IndexedDB) with
 * HMAC-SHA-256 and main's key, anchors the newest seq and MAC in `audit/head.json` at every
 * append, checks the log for tampering (校验完整性, the key never leaves main), and keeps its
 * own MAC-chained log of what it changes itself.
 *
 * A crash between main's answer and the renderer's write (prepare/commit): main answers `seal`
 * with the MAC but does not move its head; it keeps the MAC as pending for that seq, and moves
 * the head when the renderer confirms the write (`commit`), when the next `seal` continues from
 * a pending MAC (the confirmation was lost), or when 校验完整性 finds the pending entry in the
 * log (the renderer crashed after writing). A pending entry never written (crash before the
 * write, or a change whose transaction failed) is simply not there: the head never counted it,
 * so the log is not taken for truncated. Moving the head at `seal` instead would make every
 * failed transaction look like a deleted entry; moving it only on `commit` would make a crash
 * after the write look like an inserted one. Several writers (the window, a worker) may hold
 * MACs for the same seq at once: the first written wins, the others retry on the new head.
 *
 * Main's own log is written by main alone, entry then head: after a crash between the two, the
 * one entry beyond the head that extends it with a valid MAC is taken as written when main next
 * starts.
 */
export function createAuditService(options: AuditServiceOptions) {
  // The key is read on first use, so a host starts (and says what is wrong) even when it is not.
  let keyed: { mac: AuditMac; heads: HeadFile } | undefined
  // Whether main had keyed before: a head file missing beside an existing key was deleted.
  let keyExisted = false
  const open = () => {
    if (!keyed) {
      keyExisted = existsSync(join(options.dataLocation, 'secrets', 'auditMac.key'))
      const key = options.secrets.secret('auditMac')
      keyed = { mac: createAuditMac(key), heads: openHeadFile(options.dataLocation, key) }
    }
    return keyed
  }
  const mac: AuditMac = (fields) => open().mac(fields)
  const heads: Pick<HeadFile, 'read' | 'write'> = {
    read: () => open().heads.read(),
    write: (next) => open().heads.write(next)
  }
  const mainLog = openMainLog(options.dataLocation)
  const checks = new Map<string, OpenCheck>()
  let state: Promise<{ heads: AuditHeads; lastMain: AuditEntry | null }> | undefined
  let queue: Promise<unknown> = Promise.resolve()

  async function load(): Promise<{ heads: AuditHeads; lastMain: AuditEntry | null }> {
    const read = await heads.read()
    let stored = read ?? EMPTY_HEADS
    if (read === null && keyExisted) {
      stored = { ...EMPTY_HEADS, lost: [options.now().toISOString()] }
      await heads.write(stored)
    }
    const entries = await mainLog.read()
    let lastMain = entries.find((entry) => entry.seq === stored.main.count) ?? null
    const extra = entries.at(-1)
    if (
      extra?.seq === stored.main.count + 1 &&
      extra.prevMac === stored.main.mac &&
      extra.mac !== undefined &&
      (await mac({ ...extra, prevMac: extra.prevMac })) === extra.mac
    ) {
      const next = { ...stored, main: { count: extra.seq, mac: extra.mac } }
      await heads.write(next)
      return { heads: next, lastMain: extra }
    }
    if (stored.main.count === 0) lastMain = null
    return { heads: stored, lastMain }
  }

  /** One change of the heads at a time, so two appends never both extend the same head. */
  function exclusive<T>(
    work: (current: { heads: AuditHeads; lastMain: AuditEntry | null }) => Promise<T>
  ): Promise<T> {
    const run = queue.then(async () => work(await (state ??= load())))
    queue = run.catch(() => undefined)
    return run
  }

  async function save(
    current: { heads: AuditHeads; lastMain: AuditEntry | null },
    next: AuditHeads
  ): Promise<void> {
    await heads.write(next)
    current.heads = next
  }

  async function actorOf(caller: string, claimed: string): Promise<string> {
    return (await options.identify?.(caller)) ?? claimed
  }

  function dropStaleChecks(now: number): void {
    for (const [id, open] of checks) if (now - open.touched > CHECK_TTL_MS) checks.delete(id)
  }

  return {
    headPath: join(options.dataLocation, AUDIT_FOLDER, HEAD_FILE),
    mainLogPath: mainLog.path,

    /** Keys the entry the renderer is about to write, if it extends the log main anchors. */
    seal(caller: string, request: SealRequest) {
      return exclusive(async (current) => {
        let log = current.heads.workbench
        const first = log.keyedFrom === null && log.count === 0
        if (first) {
          // The first keyed entry: the log may hold unkeyed entries from before this version,
          // which it continues (prevMac is the last one's plain hash), or be empty.
          if (request.seq === 1 && request.prevMac !== EMPTY_HEADS.workbench.mac)
            refuse('audit.append.notHead', { expected: 1, seq: request.seq })
        } else if (request.seq === log.count + 2 && log.pending.includes(request.prevMac)) {
          // The entry keyed last was written, its confirmation lost: the head moves to it.
          log = { ...log, count: log.count + 1, mac: request.prevMac, pending: [] }
        } else if (request.seq !== log.count + 1 || request.prevMac !== log.mac) {
          refuse('audit.append.notHead', { expected: log.count + 1, seq: request.seq })
        }
        const at = options.now().toISOString()
        const actor = await actorOf(caller, request.actor)
        const sealed = await mac({ ...request, at, actor })
        const next = first
          ? {
              count: request.seq - 1,
              mac: request.prevMac,
              keyedFrom: request.seq,
              keyedAt: at,
              pending: [sealed]
            }
          : { ...log, pending: [...log.pending, sealed].slice(-MAX_PENDING) }
        await save(current, { ...current.heads, workbench: next })
        return { at, actor, mac: sealed }
      })
    },

    /** The renderer wrote the entry keyed with `mac`: main's head moves to it. */
    commit(input: { seq: number; mac: string }) {
      return exclusive(async (current) => {
        const log = current.heads.workbench
        if (input.seq === log.count && input.mac === log.mac) return { committed: true }
        if (input.seq !== log.count + 1 || !log.pending.includes(input.mac))
          refuse('audit.append.notPending', { seq: input.seq })
        await save(current, {
          ...current.heads,
          workbench: { ...log, count: input.seq, mac: input.mac, pending: [] }
        })
        return { committed: true }
      })
    },

    /** One page of the workbench log, in ascending seq; the first page opens a check. */
    async checkPage(input: { checkId: string | null; entries: AuditEntry[] }) {
      const now = options.now().getTime()
      dropStaleChecks(now)
      let id = input.checkId
      let open = id === null ? undefined : checks.get(id)
      if (id !== null && !open) throw new CodedError(message('audit.check.unknown'))
      if (!open) {
        const { heads: anchored } = await exclusive(async (current) => current)
        if (checks.size >= MAX_CHECKS) {
          const oldest = [...checks.entries()].sort((a, b) => a[1].touched - b[1].touched)[0]
          if (oldest) checks.delete(oldest[0])
        }
        id = randomBytes(16).toString('hex')
        open = {
          check: createAuditChainCheck(mac, anchored.workbench),
          lastSeq: 0,
          touched: now
        }
        checks.set(id, open)
      }
      for (const entry of input.entries) {
        if (entry.seq <= open.lastSeq) throw new CodedError(message('audit.check.pageOrder'))
        open.lastSeq = entry.seq
      }
      open.touched = now
      await open.check.add(input.entries)
      return { checkId: id as string }
    },

    /** What the check found in the workbench log, and in main's own log. */
    async checkFinish(input: { checkId: string }): Promise<AuditCheckOutcome> {
      const open = checks.get(input.checkId)
      if (!open) throw new CodedError(message('audit.check.unknown'))
      checks.delete(input.checkId)
      const workbench = await open.check.finish()
      return exclusive(async (current) => {
        const log = current.heads.workbench
        const advance = workbench.advance
        if (advance && advance.seq === log.count + 1 && log.pending.includes(advance.mac)) {
          await save(current, {
            ...current.heads,
            workbench: { ...log, count: advance.seq, mac: advance.mac, pending: [] }
          })
        }
        const mainHead = current.heads.main
        const main = await checkAuditChain(await mainLog.read(), mac, {
          count: mainHead.count,
          mac: mainHead.mac,
          keyedFrom: 1,
          pending: []
        })
        const anchored = current.heads.workbench
        const lost = current.heads.lost.map((at) => ({
          seq: 0,
          kind: 'wiped' as const,
          ...message('audit.chain.anchorLost', { at: instant(at) })
        }))
        return {
          workbench: forRenderer({
            ...workbench,
            ok: workbench.ok && lost.length === 0,
            problems: [...lost, ...workbench.problems]
          }),
          main: forRenderer(main),
          keyedFrom:
            anchored.keyedFrom === null || anchored.keyedAt === null
              ? null
              : { seq: anchored.keyedFrom, at: anchored.keyedAt }
        }
      })
    },

    /**
     * Appends to main's own log what main changed on a caller's request, so that a change made
     * by calling main directly (not through the workbench's pages) leaves a record too.
     */
    record(caller: string, action: AuditActionCode, target: string, details: AuditDetails) {
      return exclusive(async (current) => {
        const actor = (await options.identify?.(caller)) ?? UNIDENTIFIED_ACTOR
        const head = current.heads.main
        // Continues main's head even if the file lost its newest lines: the check names them.
        const request = {
          ...auditSealRequest(null, { actor, action, target, details }),
          seq: head.count + 1,
          prevMac: head.mac
        }
        const at = options.now().toISOString()
        const entry = await sealedAuditEntry(current.lastMain, request, {
          at,
          actor,
          mac: await mac({ ...request, at })
        })
        await mainLog.append(entry)
        await save(current, {
          ...current.heads,
          main: { count: entry.seq, mac: entry.mac as string }
        })
        current.lastMain = entry
        return entry
      })
    },

    /** Main's own entries, newest first, `limit` of them older than `beforeSeq`. */
    async mainEntries(input: { limit: number; beforeSeq?: number }): Promise<AuditEntry[]> {
      const before = input.beforeSeq ?? Infinity
      return (await mainLog.read())
        .filter((entry) => entry.seq < before)
        .reverse()
        .slice(0, input.limit)
    }
  }
}

export type AuditService = ReturnType<typeof createAuditService>
