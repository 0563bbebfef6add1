import { createHash } from 'node:crypto'
import {
  stateAfterAction,
  type LicenceState,
  type StatusAction,
  type StatusChange
} from '../shared/domain/licences/licence'
import type { LibraryStore } from './store'

export interface WriterOptions {
  seed: string
  /** Share of the live licences changed per tick; 1 % by default (SYNC.md §4.3). */
  fractionPerTick?: number
  /** Milliseconds between ticks; 1 s by default. */
  tickMs?: number
  /** Of the rows a tick changes, the share deleted rather than given a status change. */
  tombstoneShare?: number
}

export interface Writer {
  /** Runs one tick now; returns the rows it changed. */
  tick(): number
  /** Stops the timer; returns the rows changed since the start. */
  stop(): number
}

/** mulberry32 seeded from SHA-256 of the seed: the same seed changes the same rows. */
function seededRandom(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0)
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Art. 18 actions in the order tried; renew and change bump the 证照版本号. */
const ACTIONS: readonly StatusAction[] = [
  'suspend',
  'unsuspend',
  'pledge',
  'releasePledge',
  'renew',
  'change',
  'revoke',
  'cancel',
  'annul'
]

function nextVersion(version: unknown): string {
  const current = typeof version === 'string' && /^\d{3}$/.test(version) ? Number(version) : 1
  return String(Math.min(current + 1, 999)).padStart(3, '0')
}

/**
 * Writer mode: the issuers keep working while clients sync. Each tick, in one transaction,
 * about `fractionPerTick` of the live licences get an Art. 18 status change (appended to
 * `statusHistory`, with the state it leads to) or, now and then, a tombstone. Rows in a final
 * state (吊销/注销/废止) take no further action and are passed over.
 */
export function startWriter(store: LibraryStore, options: WriterOptions): Writer {
  const random = seededRandom(options.seed)
  const fraction = options.fractionPerTick ?? 0.01
  const tombstoneShare = options.tombstoneShare ?? 0.05
  let changed = 0

  function tick(): number {
    return store.transaction(() => {
      // Ids only: a tick reads the bodies of the few rows it changes, not of all of them.
      const ids = store.liveIds('licences')
      if (ids.length === 0) return 0
      const wanted = Math.max(1, Math.round(ids.length * fraction))
      const touched = new Set<string>()
      const now = new Date().toISOString()
      const updates: ({ id: string } & Record<string, unknown>)[] = []
      // Bounded so that a library of final states cannot keep a tick looping.
      for (let tries = 0; touched.size < wanted && tries < wanted * 20; tries++) {
        const id = ids[Math.floor(random() * ids.length)]
        if (id === undefined || touched.has(id)) continue
        if (random() < tombstoneShare) {
          store.remove('licences', id)
          touched.add(id)
          continue
        }
        const row = store.get('licences', id)
        if (!row) continue
        const state = row.data.state as LicenceState
        const applicable = ACTIONS.flatMap((action) => {
          const after = stateAfterAction(state, action)
          return after.ok ? [{ action, state: after.state }] : []
        })
        const pick = applicable[Math.floor(random() * applicable.length)]
        if (!pick) continue
        const bumps = pick.action === 'renew' || pick.action === 'change'
        const change: StatusChange = {
          action: pick.action,
          businessTime: now,
          recordedTime: now,
          ...(bumps ? { version: nextVersion(row.data.version) } : {})
        }
        const history = Array.isArray(row.data.statusHistory) ? row.data.statusHistory : []
        updates.push({
          ...row.data,
          id: row.id,
          state: pick.state,
          ...(bumps ? { version: change.version } : {}),
          statusHistory: [...history, change]
        })
        touched.add(row.id)
      }
      store.upsertMany('licences', updates)
      changed += touched.size
      return touched.size
    })
  }

  const timer = setInterval(tick, options.tickMs ?? 1000)
  // A writer alone must not keep a process alive that has nothing else to do.
  timer.unref()
  return {
    tick,
    stop() {
      clearInterval(timer)
      return changed
    }
  }
}
