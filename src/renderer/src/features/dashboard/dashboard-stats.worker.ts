/// <reference lib="webworker" />
import { fail } from '@shared/contract'
import { createPushTimelinessCounter } from '@shared/domain/dashboard/push-timeliness'
import { openWorkbenchDb } from '../../db/database'
import { readScanSettings } from '../../db/repositories/compliance'
import { workerFailed } from '../../workers/worker-errors'
import type { DashboardStatsEvent, DashboardStatsRequest } from './dashboard-stats-protocol'

/**
 * 总览 statistics that need every licence (push timeliness by month): a cursor over the licences
 * table off the UI thread, so the dashboard stays responsive at 1,000,000 licences. Judged with
 * the scan's settings (the Bureau's holidays and deadlines), as the findings are.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (message: MessageEvent<DashboardStatsRequest>) => {
  const post = (event: DashboardStatsEvent) => scope.postMessage(event)
  const db = await openWorkbenchDb({ name: message.data.dbName })
  try {
    const counter = createPushTimelinessCounter(await readScanSettings(db, message.data.today))
    if (!counter.ok) {
      post({ type: 'failed', error: fail(counter.error).error })
      return
    }
    await db.licences.each((licence) => counter.data.add(licence))
    post({ type: 'done', pushTimeliness: counter.data.result() })
  } catch (error) {
    post({ type: 'failed', error: workerFailed('dashboardStats', error) })
  } finally {
    db.close()
  }
}
