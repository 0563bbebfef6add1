/// <reference lib="webworker" />
import { defaultWorkingDayCalendar } from '@shared/domain/calendar'
import { createPushTimelinessCounter } from '@shared/domain/dashboard/push-timeliness'
import { openWorkbenchDb } from '../../db/database'
import type { DashboardStatsEvent, DashboardStatsRequest } from './dashboard-stats-protocol'

/**
 * 总览 statistics that need every licence (push timeliness by month): a cursor over the licences
 * table off the UI thread, so the dashboard stays responsive at 1,000,000 licences.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (message: MessageEvent<DashboardStatsRequest>) => {
  const post = (event: DashboardStatsEvent) => scope.postMessage(event)
  const db = await openWorkbenchDb({ name: message.data.dbName })
  try {
    const counter = createPushTimelinessCounter(defaultWorkingDayCalendar, message.data.today)
    await db.licences.each((licence) => counter.add(licence))
    post({ type: 'done', pushTimeliness: counter.result() })
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  } finally {
    db.close()
  }
}
