import type { RpcError } from '@shared/contract'
import type { MonthlyPushTimeliness } from '@shared/domain/dashboard/push-timeliness'

export interface DashboardStatsRequest {
  dbName: string
  today: string
}

/** The worker's one answer; a failure is an error value (the settings' own, or the worker's). */
export type DashboardStatsEvent =
  { type: 'done'; pushTimeliness: MonthlyPushTimeliness[] } | { type: 'failed'; error: RpcError }
