import type { DialogPort, OpenDialogAnswer } from '../../../src/main/services/files/dialog-port'

/**
 * The open dialog of browser mode as the e2e tests drive it: the answers a test queues with
 * `answerNext`, in order, and then `unavailable`, as the product's port always answers.
 */
export interface ScriptedDialogPort extends DialogPort {
  answerNext(answer: OpenDialogAnswer): void
}

export function createScriptedDialogPort(): ScriptedDialogPort {
  const queued: OpenDialogAnswer[] = []
  return {
    answerNext: (answer) => void queued.push(answer),
    open: async () => queued.shift() ?? { outcome: 'unavailable' }
  }
}
