import type { RpcError } from '@shared/contract'
import type { DemoLoadOptions, DemoLoadOutcome, DemoLoadPhase } from './demo-loader'

/** Messages to the demo-load worker. */
export type DemoLoadRequest =
  | {
      type: 'start'
      dbName: string
      options: DemoLoadOptions
      /** Clear the city first (系统 → 重置演示数据). */
      reset: boolean
      /** Recorded in the audit log as 操作人. */
      actor: string
      /** Main's audit seal, lent by the page (workers/audit-seal-relay); transferred. */
      auditPort: MessagePort
    }
  | { type: 'cancel' }
  /** The window's answer to a `hash` request: main's hashes, or why there are none. */
  | { type: 'hashed'; id: number; hashes: string[] }
  | { type: 'hashFailed'; id: number; error: RpcError }

/** Messages from the worker; exactly one `done` or `failed` (an error value) ends a run. */
export type DemoLoadEvent =
  | { type: 'progress'; phase: DemoLoadPhase; done: number; total: number }
  /** Holder codes to hash: a worker reaches main only through the window that started it. */
  | { type: 'hash'; id: number; codes: string[] }
  | { type: 'done'; outcome: DemoLoadOutcome }
  | { type: 'failed'; error: RpcError }
