import type { MonthlyPushTimeliness } from '@shared/domain/dashboard/push-timeliness'

export interface DashboardStatsRequest {
  dbName: string
  today: string
}

export type DashboardStatsEvent =
  { type: 'done'; pushTimeliness: MonthlyPushTimeliness[] } | { type: 'failed'; message: string }
