import { errorOf, fail, type RpcError } from '@shared/contract'
import { message } from '@shared/i18n/message'

/**
 * The background jobs that run in a Web Worker, as a failure names them (`{task}失败…`). A
 * worker posts its failure as an error value like any other boundary: `{code, params}`, with the
 * exception's text only as `detail`, for the console.
 */
export const workerTasks = {
  complianceScan: message('errors.task.complianceScan'),
  sync: message('errors.task.sync'),
  dashboardStats: message('errors.task.dashboardStats')
}

export type WorkerTask = keyof typeof workerTasks

/**
 * What a worker posts when its job threw: a CodedError keeps its own code and params, anything
 * else is `errors.worker.failed`.
 */
export function workerFailed(task: WorkerTask, thrown: unknown): RpcError {
  return errorOf(thrown, message('errors.worker.failed', { task: workerTasks[task] }))
}

/**
 * What a client answers when its worker died before answering (an `error` event: a script that
 * would not load, memory that ran out): `errors.worker.crashed`.
 */
export function workerCrashed(task: WorkerTask, event: { message?: string }): RpcError {
  const detail = event.message || 'worker error event'
  return fail(message('errors.worker.crashed', { task: workerTasks[task] }), detail).error
}
