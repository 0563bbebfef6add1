import type { MonthlyPushTimeliness } from '@shared/domain/dashboard/push-timeliness'
import { DEFAULT_DB_NAME } from '../../db/database'
import type { DashboardStatsEvent, DashboardStatsRequest } from './dashboard-stats-protocol'

/** Push timeliness per month, computed by a worker over the whole licences table. */
export function computePushTimeliness(
  today: string,
  dbName = DEFAULT_DB_NAME
): Promise<MonthlyPushTimeliness[]> {
  const worker = new Worker(new URL('./dashboard-stats.worker.ts', import.meta.url), {
    type: 'module'
  })
  return new Promise((resolve, reject) => {
    worker.onmessage = (message: MessageEvent<DashboardStatsEvent>) => {
      worker.terminate()
      if (message.data.type === 'done') resolve(message.data.pushTimeliness)
      else reject(new Error(message.data.message))
    }
    worker.onerror = (error) => {
      worker.terminate()
      reject(new Error(error.message))
    }
    worker.postMessage({ dbName, today } satisfies DashboardStatsRequest)
  })
}
