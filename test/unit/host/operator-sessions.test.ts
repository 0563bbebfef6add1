import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { noSystemDialog } from '../../../src/host/dialogs'
import { startHost, type RunningHost } from '../../../src/host/server'
import type { DialogPort } from '../../../src/main/services/files/dialog-port'

/** Each browser tab's socket is its own caller: signing in on one signs in nobody else. */
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

async function tab() {
  const url = new URL(host.url)
  const socket = new WebSocket(`ws://${url.host}/rpc?token=${host.token}`)
  await new Promise((resolve, reject) => {
    socket.once('open', resolve)
    socket.once('error', reject)
  })
  let id = 0
  return {
    socket,
    send(frame: Record<string, unknown>): Promise<unknown> {
      const sent = ++id
      return new Promise((resolve) => {
        const listen = (data: unknown) => {
          const answer = JSON.parse(String(data)) as { id: number; result: unknown }
          if (answer.id !== sent) return
          socket.off('message', listen)
          resolve(answer.result)
        }
        socket.on('message', listen)
        socket.send(JSON.stringify({ id: sent, ...frame }))
      })
    }
  }
}

describe('operator sessions over the browser-mode host', () => {
  it('keeps the session on the socket that signed in, whatever caller a frame claims', async () => {
    const first = await tab()
    const second = await tab()
    expect(
      await first.send({
        channel: 'operators.setup',
        payload: { name: '王管理', unit: '数据资源科', password: 'admin-password-1' }
      })
    ).toMatchObject({ ok: true, data: { name: '王管理' } })
    expect(await first.send({ channel: 'system.info', payload: {} })).toMatchObject({ ok: true })
    const refused = { ok: false, error: { code: 'errors.auth.signInRequired' } }
    expect(await second.send({ channel: 'system.info', payload: {} })).toMatchObject(refused)
    // A frame cannot name itself another caller: the host, not the frame, says who calls.
    for (const caller of ['socket:1', 'window:1', 'socket:first'])
      expect(await second.send({ channel: 'system.info', payload: {}, caller })).toMatchObject(
        refused
      )
    first.socket.close()
    second.socket.close()
  })

  it('forgets a closed tab: a new socket must sign in', async () => {
    const next = await tab()
    expect(await next.send({ channel: 'operators.status', payload: {} })).toMatchObject({
      ok: true,
      data: { setupRequired: false, session: null }
    })
    next.socket.close()
  })
})
