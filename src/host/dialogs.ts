import type { DialogPort } from '../main/services/files/dialog-port'

/**
 * A browser has no system open dialog that could hand main a path: every request answers
 * `unavailable`, and the page asks for the files to be dropped instead.
 */
export const noSystemDialog: DialogPort = {
  open: async () => ({ outcome: 'unavailable' })
}
