import { ipcMain, type WebContents, type WebFrameMain } from 'electron'
import { fail, type EventName, type EventPayload } from '../../shared/contract'
import { message } from '../../shared/i18n/message'
import { validateEvent, type Dispatch } from '../ipc/dispatcher'
import { isTrustedRendererUrl } from './origin'

export const RPC_CHANNEL = 'rpc'
export const EVENT_CHANNEL = 'event'

/** Only the app's own top-level frame may call main; an iframe or a foreign page may not. */
export function isTrustedSenderFrame(
  frame: WebFrameMain | null | undefined,
  trustedOrigins: readonly string[]
): boolean {
  return !!frame && frame.parent === null && isTrustedRendererUrl(frame.url, trustedOrigins)
}

export function sendEvent<E extends EventName>(
  contents: WebContents,
  event: E,
  payload: EventPayload<E>
): void {
  if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event, validateEvent(event, payload))
}

/** The Electron transport of the one dispatcher: `ipcMain.handle('rpc')`. */
export function registerRpc(dispatch: Dispatch, trustedOrigins: readonly string[]): void {
  ipcMain.handle(RPC_CHANNEL, (event, channel: unknown, payload: unknown) => {
    if (!isTrustedSenderFrame(event.senderFrame, trustedOrigins)) {
      return fail(message('errors.rpc.forbiddenSender'), 'sender frame is not the app')
    }
    return dispatch(channel, payload, {
      // One window, one caller: its operator's session is kept under the webContents id.
      caller: `window:${event.sender.id}`,
      emit: (name, data) => sendEvent(event.sender, name, data)
    })
  })
}
