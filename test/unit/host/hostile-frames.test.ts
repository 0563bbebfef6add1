import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { noSystemDialog } from '../../../src/host/dialogs'
import { isLoopbackRequest, startHost, type RunningHost } from '../../../src/host/server'
import type { DialogPort } from '../../../src/main/services/files/dialog-port'

/**
 * The browser-mode host on loopback, attacked one frame at a time: no frame may take it down for
 * the page that is using it (issue 12: a single frame killed it).
 */
let host: RunningHost<DialogPort>

beforeAll(async () => {
  host = await startHost({
    rendererRoot: mkdtempSync(join(tmpdir(), 'host-renderer-')),
    dataLocation: mkdtempSync(join(tmpdir(), 'host-data-')),
    dialogs: noSystemDialog
  })
})

afterAll(async () => {
  await host.close()
})

function connect(): Promise<WebSocket> {
  const url = new URL(host.url)
  const socket = new WebSocket(`ws://${url.host}/rpc?token=${host.token}`)
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket))
    socket.once('error', reject)
  })
}

function nextMessage(socket: WebSocket): Promise<unknown> {
  return new Promise((resolve) =>
    socket.once('message', (data) => resolve(JSON.parse(String(data))))
  )
}

function closeCode(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once('close', (code) => resolve(code)))
}

/** The host still answers a well-formed call on a fresh connection. */
async function stillServes(): Promise<void> {
  const socket = await connect()
  const answer = nextMessage(socket)
  socket.send(JSON.stringify({ id: 7, channel: 'system.ping', payload: { nonce: 'n-1' } }))
  expect(await answer).toMatchObject({ id: 7, result: { ok: true, data: { nonce: 'n-1' } } })
  socket.close()
}

describe('hostile frames at the browser-mode host', () => {
  it('closes a socket that sends a frame over 5 MiB (1009) and keeps serving', async () => {
    const socket = await connect()
    socket.on('error', () => {})
    const closed = closeCode(socket)
    socket.send('x'.repeat(5 * 1024 * 1024 + 1))
    expect(await closed).toBe(1009)
    await stillServes()
  })

  it('closes a socket that sends text that is not UTF-8 (1007) and keeps serving', async () => {
    const socket = await connect()
    socket.on('error', () => {})
    const closed = closeCode(socket)
    socket.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false })
    expect(await closed).toBe(1007)
    await stillServes()
  })

  it('answers a channel whose toString throws with errors.rpc.invalidInput and keeps serving', async () => {
    const socket = await connect()
    const answer = nextMessage(socket)
    socket.send('{"id":1,"channel":{"toString":null},"payload":{}}')
    expect(await answer).toEqual({
      id: 1,
      result: {
        ok: false,
        error: { code: 'errors.rpc.invalidInput', detail: 'channel is a object' }
      }
    })
    socket.close()
    await stillServes()
  })

  it('answers frames that are not requests without closing the socket', async () => {
    const socket = await connect()
    const frames: [string, string][] = [
      ['not json', 'not JSON'],
      ['null', 'missing id'],
      ['[]', 'missing id'],
      ['{"id":{}}', 'missing id']
    ]
    for (const [frame, detail] of frames) {
      const answer = nextMessage(socket)
      socket.send(frame)
      expect(await answer).toEqual({
        id: null,
        result: { ok: false, error: { code: 'errors.rpc.invalidInput', detail } }
      })
    }
    const answer = nextMessage(socket)
    socket.send(JSON.stringify({ id: 'a', channel: 'system.ping', payload: { nonce: 'n-2' } }))
    expect(await answer).toMatchObject({ id: 'a', result: { ok: true } })
    socket.close()
  })

  it.each([
    ['another site (Origin)', { origin: 'https://evil.example.com' }],
    ['a rebound name (Host)', { host: 'evil.example.com' }],
    ['a LAN address (Host)', { host: '192.168.1.10' }]
  ])('refuses the RPC socket to %s', async (_name, headers) => {
    const url = new URL(host.url)
    const socket = new WebSocket(`ws://${url.host}/rpc?token=${host.token}`, {
      headers: { ...headers, ...('host' in headers ? { host: `${headers.host}:${url.port}` } : {}) }
    })
    const refused = await new Promise<boolean>((resolve) => {
      socket.once('open', () => resolve(false))
      socket.once('error', () => resolve(true))
    })
    expect(refused).toBe(true)
    await stillServes()
  })

  it('serves pages only to loopback names, whatever the token', async () => {
    const url = new URL(host.url)
    const status = (headers: Record<string, string>) =>
      fetch(`${host.url}`, { headers }).then((response) => response.status)
    expect(await status({ origin: 'https://evil.example.com' })).toBe(403)
    expect(await status({ origin: `http://localhost:${url.port}` })).not.toBe(403)
    expect(isLoopbackRequest({ host: `localhost:${url.port}` }, Number(url.port))).toBe(true)
    expect(isLoopbackRequest({ host: `[::1]:${url.port}` }, Number(url.port))).toBe(true)
    expect(isLoopbackRequest({ host: `127.0.0.1:1` }, Number(url.port))).toBe(false)
    expect(isLoopbackRequest({}, Number(url.port))).toBe(false)
    expect(
      isLoopbackRequest(
        { host: `127.0.0.1:${url.port}`, origin: `http://127.0.0.1:${url.port}.evil.com` },
        Number(url.port)
      )
    ).toBe(false)
  })
})
