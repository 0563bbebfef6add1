import { fail, type RpcResult } from '@shared/contract'
import { message } from '@shared/i18n/message'
import type { Transport } from './transport-port'

export type { Transport }

export function createIpcTransport(api: PreloadApi): Transport {
  return {
    kind: 'ipc',
    invoke: (channel, payload) => api.invoke(channel, payload) as Promise<RpcResult<unknown>>,
    on: (event, listener) => api.on(event, listener)
  }
}

const REQUEST_TIMEOUT_MS = 120_000

/** Browser mode: the same messages as IPC, framed as JSON over one loopback WebSocket. */
export function createWebSocketTransport(url: string): Transport {
  let nextId = 1
  const pending = new Map<number, (result: RpcResult<unknown>) => void>()
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  let socket: Promise<WebSocket> | null = null

  function failAll(): void {
    for (const resolve of pending.values())
      resolve(fail(message('errors.rpc.transportClosed'), 'connection lost'))
    pending.clear()
    socket = null
  }

  function connect(): Promise<WebSocket> {
    socket ??= new Promise((resolve, reject) => {
      const ws = new WebSocket(url)
      ws.onopen = () => resolve(ws)
      ws.onerror = () => reject(new Error('websocket error'))
      ws.onclose = failAll
      ws.onmessage = (frame) => {
        const data = JSON.parse(String(frame.data)) as {
          id?: number
          result?: RpcResult<unknown>
          event?: string
          payload?: unknown
        }
        if (typeof data.id === 'number' && data.result) {
          pending.get(data.id)?.(data.result)
          pending.delete(data.id)
        } else if (data.event) {
          listeners.get(data.event)?.forEach((listener) => listener(data.payload))
        }
      }
    })
    socket.catch(() => {
      socket = null
    })
    return socket
  }

  return {
    kind: 'websocket',
    async invoke(channel, payload) {
      let ws: WebSocket
      try {
        ws = await connect()
      } catch {
        return fail(message('errors.rpc.transportClosed'), 'cannot connect to host')
      }
      const id = nextId++
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id)
          resolve(fail(message('errors.rpc.timeout'), `${channel} timed out`))
        }, REQUEST_TIMEOUT_MS)
        pending.set(id, (result) => {
          clearTimeout(timer)
          resolve(result)
        })
        ws.send(JSON.stringify({ id, channel, payload }))
      })
    },
    on(event, listener) {
      void connect().catch(() => undefined)
      let set = listeners.get(event)
      if (!set) listeners.set(event, (set = new Set()))
      set.add(listener)
      return () => set.delete(listener)
    }
  }
}

/** The page's token in browser mode, from `?token=` (kept for reloads in sessionStorage). */
export function browserModeToken(location: Location, storage: Storage): string | null {
  const fromUrl = new URLSearchParams(location.search).get('token')
  if (fromUrl) storage.setItem('workbench.token', fromUrl)
  return fromUrl ?? storage.getItem('workbench.token')
}

export function detectTransport(): Transport {
  if (window.api) return createIpcTransport(window.api)
  const token = browserModeToken(window.location, window.sessionStorage) ?? ''
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws'
  return createWebSocketTransport(
    `${scheme}://${window.location.host}/rpc?token=${encodeURIComponent(token)}`
  )
}
