import type { RpcResult } from '@shared/contract'

/**
 * How requests reach main. The client does not care which one it gets: the preload's IPC bridge
 * in the app, a WebSocket to the Node host in browser mode (both in transport.ts, which needs the
 * DOM; this port does not, so code tested in Node may name it).
 */
export interface Transport {
  readonly kind: 'ipc' | 'websocket'
  invoke(channel: string, payload: unknown): Promise<RpcResult<unknown>>
  on(event: string, listener: (payload: unknown) => void): () => void
}
