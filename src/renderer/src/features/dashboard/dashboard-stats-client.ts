import type { MonthlyPushTimeliness } from '@shared/domain/dashboard/push-timeliness'
import { CodedError } from '@shared/contract'
import { DEFAULT_DB_NAME } from '../../db/database'
import { workerCrashed } from '../../workers/worker-errors'
import type { DashboardStatsEvent, DashboardStatsRequest } from './dashboard-stats-protocol'

/**
 * Push timeliness per month, computed by a worker over the whole licences table. A failure
 * rejects with a CodedError carrying the worker's error value.
 */
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
      else reject(new CodedError(message.data.error, message.data.error.detail))
    }
    worker.onerror = (event) => {
      worker.terminate()
      const error = workerCrashed('dashboardStats', event)
      reject(new CodedError(error, error.detail))
    }
    worker.postMessage({ dbName, today } satisfies DashboardStatsRequest)
  })
}
