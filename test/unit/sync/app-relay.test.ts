import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { CodedError, type SyncAnswer, type SyncRequest } from '../../../src/shared/contract'
import { message } from '../../../src/shared/i18n/message'
import { runSync } from '../../../src/shared/domain/sync/engine'
import { SyncFailure } from '../../../src/shared/domain/sync/faults'
import type { SyncEnvironment } from '../../../src/shared/domain/sync/ports'
import { composeMain } from '../../../src/main/compose'
import {
  startEmbeddedLibrary,
  type EmbeddedLibrary
} from '../../../src/main/services/sync/embedded-library'
import { nodeSyncEnvironment } from '../../../src/main/services/sync/node-environment'
import { createSyncService } from '../../../src/main/services/sync/sync-service'
import {
  borrowSyncTransport,
  lendSyncTransport
} from '../../../src/renderer/src/features/sync/sync-relay'
import { createBrowserSyncEnvironment } from '../../../src/renderer/src/features/sync/browser-environment'
import { MemoryStore } from '../domain/sync/memory-store'

/**
 * The app's road to the library: the renderer's engine asks through a port, the page relays to
 * main's `sync.request`, main makes the request with the connection it holds. What a user must
 * get is the same copy of the library as over a direct connection, and a fault they can read,
 * whichever hop fails.
 */
const env: SyncEnvironment = { ...nodeSyncEnvironment, sleep: async () => undefined }
const running: EmbeddedLibrary[] = []
afterAll(async () => Promise.all(running.map((library) => library.close())))

function folder(label: string): string {
  return mkdtempSync(join(tmpdir(), `sync-relay-${label}-`))
}

async function embedded(file: string, licences = 400): Promise<EmbeddedLibrary> {
  const library = await startEmbeddedLibrary({ file, licences, seed: 'relay-test' })
  running.push(library)
  return library
}

/** The engine's transport as the worker has it: through a port to the page, then to `call`. */
function relayed(call: (request: SyncRequest) => Promise<SyncAnswer>) {
  return borrowSyncTransport(lendSyncTransport(call))
}

async function libraryCounts(url: string): Promise<{ rows: number }> {
  const info = (await (await fetch(`${url}/v1/sync/info`)).json()) as {
    snapshot: { parts: { rows: number }[] }
  }
  return { rows: info.snapshot.parts.reduce((sum, part) => sum + part.rows, 0) }
}

describe('the 演示库 and main’s relay', () => {
  it('bootstraps through the relay to every row the library holds, and a second start reuses the file', async () => {
    const file = join(folder('bootstrap'), 'demo.sqlite')
    const library = await embedded(file, 2500)
    const service = createSyncService()
    service.useEmbedded(library.url)
    expect(service.status()).toMatchObject({ source: 'embedded', server: library.url })
    const store = new MemoryStore()
    const report = await runSync({
      clientId: 'ws-relay',
      transport: relayed((request) => service.request(request)),
      store,
      env
    })
    const { rows } = await libraryCounts(library.url)
    expect(report.bootstrapped).toBe(true)
    expect(report.snapshotRows).toBe(rows)
    expect([...store.rows.values()].filter((row) => !row.deleted)).toHaveLength(rows)
    expect(store.state?.cursor).toBe(report.headSeq)
    // Several parts: the first sync's progress moves in steps a user sees.
    const info = (await (await fetch(`${library.url}/v1/sync/info`)).json()) as {
      datasetId: string
      snapshot: { parts: unknown[] }
    }
    expect(info.snapshot.parts.length).toBeGreaterThan(1)

    await library.close()
    running.splice(running.indexOf(library), 1)
    const filled = statSync(file).mtimeMs
    const again = await embedded(file, 2500)
    const second = (await (await fetch(`${again.url}/v1/sync/info`)).json()) as {
      datasetId: string
    }
    expect(second.datasetId).toBe(info.datasetId)
    expect(statSync(file).mtimeMs).toBe(filled)
    await service.close()
  }, 60_000)

  it('leaves no library file when the first fill is interrupted', async () => {
    const dir = folder('interrupted')
    const file = join(dir, 'demo.sqlite')
    await expect(
      startEmbeddedLibrary({
        file,
        licences: 400,
        onProgress: () => {
          throw new Error('the workstation was shut down')
        }
      })
    ).rejects.toThrow('shut down')
    expect(existsSync(file)).toBe(false)
    expect(readdirSync(dir)).toEqual([])
  })

  it('says the 演示库 is still being prepared, or that there is no library, as a fault the engine stops on', async () => {
    const service = createSyncService()
    expect(service.status()).toMatchObject({ source: 'none', server: null })
    expect(await service.request({ route: 'info' })).toEqual({
      ok: false,
      fault: { kind: 'refused', message: message('sync.library.none') }
    })
    service.preparingEmbedded(1200, 20_000)
    expect(service.status()).toMatchObject({
      source: 'embedded',
      server: null,
      preparing: { done: 1200, total: 20_000 }
    })
    expect(await service.request({ route: 'info' })).toMatchObject({
      ok: false,
      fault: { kind: 'refused', message: { code: 'sync.library.preparing' } }
    })
    expect(await service.diagnose()).toMatchObject({
      ok: false,
      steps: [{ step: 'address', status: 'failed', said: { code: 'sync.library.preparing' } }]
    })
    service.embeddedFailed(message('sync.library.embeddedFailed', { reason: 'disk full' }))
    expect(service.status()).toMatchObject({
      source: 'embedded',
      preparing: null,
      failure: { code: 'sync.library.embeddedFailed', params: { reason: 'disk full' } }
    })
  })

  it('brings a library that does not answer back as a network fault, retried and then reported', async () => {
    const service = createSyncService()
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    service.useEmbedded('http://127.0.0.1:9')
    const answer = await service.request({ route: 'info' })
    expect(answer).toMatchObject({ ok: false, fault: { kind: 'network' } })
    const sleep = vi.fn(async () => undefined)
    const failure = await runSync({
      clientId: 'ws-down',
      transport: relayed((request) => service.request(request)),
      store: new MemoryStore(),
      env: { ...env, sleep },
      maxAttempts: 3
    }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(SyncFailure)
    expect((failure as SyncFailure).fault.kind).toBe('network')
    expect(sleep).toHaveBeenCalledTimes(2)
    await service.close()
  })

  it('stops at once, with main’s own words, when main refuses the call (signed out, locked)', async () => {
    const call = vi.fn(async (): Promise<SyncAnswer> => {
      throw new CodedError(message('errors.auth.locked'), 'idle lock')
    })
    const failure = await runSync({
      clientId: 'ws-locked',
      transport: relayed(call),
      store: new MemoryStore(),
      env,
      maxAttempts: 5
    }).catch((error: unknown) => error)
    expect((failure as SyncFailure).fault).toMatchObject({
      kind: 'auth',
      message: { code: 'errors.auth.locked' }
    })
    expect(call).toHaveBeenCalledTimes(1)
  })

  it('refuses a snapshot part that answers with text, as unreadable', async () => {
    const transport = relayed(async () => ({ ok: true, text: 'not bytes', sha256: null }))
    await expect(transport.snapshotPart('snap-1', 0)).rejects.toMatchObject({
      fault: { kind: 'corrupt', message: { code: 'sync.fault.unreadable' } }
    })
    const bytes = relayed(async () => ({ ok: true, base64: 'AAEC' }))
    await expect(bytes.info()).rejects.toMatchObject({ fault: { kind: 'corrupt' } })
    expect(Array.from(await bytes.snapshotPart('snap-1', 0))).toEqual([0, 1, 2])
  })
})

describe('the worker’s gunzip', () => {
  it('inflates a part, and refuses one that inflates past its bound (a gzip bomb)', async () => {
    const gunzip = createBrowserSyncEnvironment(1024 * 1024).gunzip
    const text = new TextEncoder().encode('{"table":"licences"}\n'.repeat(100))
    expect(await gunzip(new Uint8Array(gzipSync(text)))).toEqual(text)
    const bomb = new Uint8Array(gzipSync(Buffer.alloc(8 * 1024 * 1024)))
    expect(bomb.byteLength).toBeLessThan(16 * 1024)
    await expect(gunzip(bomb)).rejects.toMatchObject({
      fault: { kind: 'corrupt', message: { code: 'sync.fault.tooLarge', params: { limit: 1 } } }
    })
  })

  it('stops waiting when the run is cancelled', async () => {
    const { sleep } = createBrowserSyncEnvironment()
    const controller = new AbortController()
    const waiting = sleep(60_000, controller.signal)
    controller.abort(new Error('暂停'))
    await expect(waiting).rejects.toThrow('暂停')
    await expect(sleep(10, controller.signal)).rejects.toThrow('暂停')
  })
})

describe('the composition root with the 演示库', () => {
  it('fills and serves the 演示库 from the data folder, and answers sync.library only to the signed-in', async () => {
    const dataLocation = folder('compose')
    const main = composeMain({
      mode: 'browser',
      dataLocation,
      dialogs: { open: async () => ({ outcome: 'canceled' }) },
      createVerifyWorker: () => {
        throw new Error('no PDF is verified here')
      },
      embeddedLibrary: { licences: 300, seed: 'compose/../test' }
    })
    const context = { caller: 'window:1', emit: vi.fn() }
    expect(await main.dispatch('sync.library', {}, context)).toMatchObject({
      ok: false,
      error: { code: 'errors.auth.signInRequired' }
    })
    const library = await main.library
    expect(library).not.toBeNull()
    // A seed is never a path: the file stays in the data folder's own directory.
    const files = readdirSync(join(dataLocation, 'demo-library'))
    expect(files.filter((name) => name.endsWith('.sqlite'))).toEqual([
      'demo-compose____test-300.sqlite'
    ])
    await main.dispatch(
      'operators.setup',
      { name: '王管理', unit: '数据资源科', password: 'correct horse battery' },
      context
    )
    expect(await main.dispatch('sync.library', {}, context)).toMatchObject({
      ok: true,
      data: { source: 'embedded', server: library?.url, preparing: null }
    })
    const info = await main.dispatch('sync.request', { route: 'info' }, context)
    expect(info).toMatchObject({
      ok: true,
      data: { ok: true, text: expect.stringContaining('datasetId') }
    })
    expect(
      await main.dispatch('sync.request', { route: 'info', server: 'http://evil' }, context)
    ).toMatchObject({ ok: false, error: { code: 'errors.rpc.invalidInput' } })
    expect(
      await main.dispatch('sync.request', { route: 'admin', path: '/v1/etc' }, context)
    ).toMatchObject({ ok: false, error: { code: 'errors.rpc.invalidInput' } })
    await main.close()
  }, 60_000)
})
