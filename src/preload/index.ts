import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'

/**
 * The whole surface the renderer gets: one request function and one event subscription. The
 * raw ipcRenderer never crosses the bridge, so a compromised page cannot reach other channels.
 */
const api = {
  invoke: (channel: string, payload: unknown): Promise<unknown> =>
    ipcRenderer.invoke('rpc', channel, payload),
  on: (event: string, listener: (payload: unknown) => void): (() => void) => {
    const forward = (_event: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (name === event) listener(payload)
    }
    ipcRenderer.on('event', forward)
    return () => ipcRenderer.removeListener('event', forward)
  }
}

contextBridge.exposeInMainWorld('api', api)
