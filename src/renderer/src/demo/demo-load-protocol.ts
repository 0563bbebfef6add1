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
    }
  | { type: 'cancel' }

/** Messages from the worker; exactly one `done` or `failed` (an error value) ends a run. */
export type DemoLoadEvent =
  | { type: 'progress'; phase: DemoLoadPhase; done: number; total: number }
  | { type: 'done'; outcome: DemoLoadOutcome }
  | { type: 'failed'; error: RpcError }
