import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runSync } from '../../../src/shared/domain/sync/engine'
import { SyncFailure } from '../../../src/shared/domain/sync/faults'
import type { SyncEnvironment } from '../../../src/shared/domain/sync/ports'
import { createHttpTransport } from '../../../src/main/services/sync/http-transport'
import { createNodeSyncEnvironment } from '../../../src/main/services/sync/node-environment'
import { MemoryStore } from '../domain/sync/memory-store'
import { ScriptedTransport } from '../domain/sync/scripted-transport'

/**
 * Whatever answers at the library's address may be hostile or broken: a gzip bomb (a few KB
 * that inflate to gigabytes), an endless body, a length announced beyond any page. The
 * workstation refuses each with a reason and stays within its bounds; nothing is written.
 */
const MiB = 1024 * 1024
/** 64 MiB of zeros gzip to about 64 KB: past a 1 MiB bound by far once inflated. */
const bomb = gzipSync(Buffer.alloc(64 * MiB), { level: 9 })
const limits = { bodyBytes: MiB, textBytes: MiB }

let server: Server
let base: string
let answer: (path: string) => { headers: Record<string, string>; body: Buffer | 'endless' }

beforeAll(async () => {
  server = createServer((request, response) => {
    const { headers, body } = answer(request.url ?? '')
    response.writeHead(200, headers)
    if (body !== 'endless') {
      response.end(body)
      return
    }
    // Chunked, without a length, for as long as the client keeps reading.
    const chunk = Buffer.alloc(64 * 1024, 0x20)
    const pump = () => {
      while (response.write(chunk)) if (response.destroyed) return
    }
    response.on('drain', pump)
    response.on('close', () => response.off('drain', pump))
    pump()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
})

async function refusal(work: Promise<unknown>): Promise<SyncFailure> {
  const error = await work.then(
    () => null,
    (e: unknown) => e
  )
  if (!(error instanceof SyncFailure)) throw new Error(`expected a refusal, got ${String(error)}`)
  return error
}

describe('a hostile or broken answer at the library’s address', () => {
  it('a page that is a gzip bomb is refused at the bound, not inflated', async () => {
    answer = () => ({
      headers: { 'content-encoding': 'gzip', 'content-type': 'application/json' },
      body: bomb
    })
    const transport = createHttpTransport({ server: base, limits })
    const failure = await refusal(transport.changes({ since: 0, limit: 1000, epoch: 1 }))
    await transport.close()
    expect(failure.fault).toMatchObject({
      kind: 'corrupt',
      message: { code: 'sync.fault.tooLarge', params: { limit: 1 } }
    })
  })

  it('a body that never ends, or announces more than the bound, is cut off', async () => {
    for (const body of ['endless', Buffer.alloc(2 * MiB)] as const) {
      answer = () => ({ headers: { 'content-type': 'application/json' }, body })
      const transport = createHttpTransport({ server: base, limits })
      const failure = await refusal(transport.info())
      await transport.close()
      expect(failure.fault.message).toEqual({ code: 'sync.fault.tooLarge', params: { limit: 1 } })
    }
  })

  it('answers within the bounds pass', async () => {
    answer = () => ({
      headers: { 'content-encoding': 'gzip', 'content-type': 'application/json' },
      body: gzipSync(Buffer.from('{"ok":true}'))
    })
    const transport = createHttpTransport({ server: base, limits })
    expect((await transport.info()).text).toBe('{"ok":true}')
    await transport.close()
  })
})

describe('a snapshot part that is a gzip bomb with a matching checksum', () => {
  it('is refused by the gunzip bound, after the retries, and nothing is written', async () => {
    const environment = createNodeSyncEnvironment(MiB)
    await expect(environment.gunzip(gzipSync(Buffer.from('{"a":1}\n')))).resolves.toEqual(
      new Uint8Array(Buffer.from('{"a":1}\n'))
    )
    // The library declares the bomb's own size and SHA-256: the checksum proves nothing here.
    const library = new ScriptedTransport({ headSeq: 1 })
    library.snapshot('snap-1', 1, [[{ table: 'licences', id: 'a', rev: 1, seq: 1, data: {} }]])
    library.partBytes = () => new Uint8Array(bomb)
    library.snapshot('snap-1', 1, [[{ table: 'licences', id: 'a', rev: 1, seq: 1, data: {} }]])
    const store = new MemoryStore()
    const env: SyncEnvironment = { ...environment, sleep: async () => undefined }
    const failure = await refusal(
      runSync({ clientId: 'ws', transport: library, store, env, maxAttempts: 2 })
    )
    expect(failure.fault.message).toEqual({ code: 'sync.fault.tooLarge', params: { limit: 1 } })
    expect(store.live('licences').size).toBe(0)
    expect(store.state?.cursor ?? null).toBeNull()
  })
})
