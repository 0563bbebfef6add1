import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { noSystemDialog } from '../../../src/host/dialogs'
import { startHost, type RunningHost } from '../../../src/host/server'
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
  it('closes a socket that sends a frame over 1 MiB (1009) and keeps serving', async () => {
    const socket = await connect()
    socket.on('error', () => {})
    const closed = closeCode(socket)
    socket.send('x'.repeat(1024 * 1024 + 1))
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

  it('answers a channel whose toString throws with errors.rpc.unknownChannel and keeps serving', async () => {
    const socket = await connect()
    const answer = nextMessage(socket)
    socket.send('{"id":1,"channel":{"toString":null},"payload":{}}')
    expect(await answer).toEqual({
      id: 1,
      result: {
        ok: false,
        error: { code: 'errors.rpc.unknownChannel', detail: 'unknown channel: (object)' }
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
})
