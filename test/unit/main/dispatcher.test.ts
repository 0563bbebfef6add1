import { describe, expect, it, vi } from 'vitest'
import { CodedError } from '../../../src/shared/contract'
import { message } from '../../../src/shared/i18n/message'
import { createDispatcher, type HandlerTable } from '../../../src/main/ipc/dispatcher'
import { createHandlers } from '../../../src/main/ipc/handlers'

const systemInfo = {
  appName: '证照治理工作台',
  appVersion: '0.1.0',
  dataSchemaVersion: 1,
  dataLocation: '/data',
  runtime: {
    mode: 'browser' as const,
    node: '20.20.2',
    electron: null,
    chromium: null,
    platform: 'linux'
  },
  startedAt: '2026-11-27T00:00:00.000Z'
}

const context = { caller: 'test', emit: vi.fn() }

function dispatcherWith(overrides: Partial<HandlerTable> = {}, report = vi.fn()) {
  const handlers = {
    ...createHandlers({
      systemInfo: () => systemInfo,
      now: () => new Date('2026-11-27T08:00:00Z')
    }),
    ...overrides
  }
  return { dispatch: createDispatcher(handlers, () => null, report), report }
}

describe('RPC dispatcher', () => {
  it('routes a valid request to its handler and returns ok data', async () => {
    const { dispatch } = dispatcherWith()
    expect(await dispatch('system.ping', { nonce: 'abc' }, context)).toEqual({
      ok: true,
      data: { nonce: 'abc', receivedAt: '2026-11-27T08:00:00.000Z' }
    })
    expect(await dispatch('system.info', {}, context)).toEqual({ ok: true, data: systemInfo })
    // A request without a payload (the renderer's invoke('system.info')) is an empty one.
    expect(await dispatch('system.info', undefined, context)).toEqual({
      ok: true,
      data: systemInfo
    })
  })

  it.each([
    ['an unknown channel', 'system.format-disk'],
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    ['toString', 'toString']
  ])('rejects %s with errors.rpc.unknownChannel', async (_label, channel) => {
    const { dispatch } = dispatcherWith()
    const result = await dispatch(channel, {}, context)
    expect(result).toMatchObject({ ok: false, error: { code: 'errors.rpc.unknownChannel' } })
    expect(!result.ok && result.error.params).toBeUndefined()
  })

  it.each([
    ['a wrong type', { nonce: 42 }],
    ['a missing field', {}],
    ['an extra field', { nonce: 'a', admin: true }],
    ['an over-long string', { nonce: 'x'.repeat(65) }],
    ['a non-object', 'nonce'],
    ['an array', ['nonce']],
    ['a prototype-polluting key', JSON.parse('{"nonce":"a","__proto__":{"admin":true}}')]
  ])(
    'rejects %s with errors.rpc.invalidInput, the field in the detail',
    async (_label, payload) => {
      const { dispatch } = dispatcherWith()
      const result = await dispatch('system.ping', payload, context)
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('errors.rpc.invalidInput')
        expect(result.error.params).toBeUndefined()
        expect(result.error.detail?.length).toBeGreaterThan(0)
      }
      expect(({} as Record<string, unknown>)['admin']).toBeUndefined()
    }
  )

  it('names the channel it does not know in the detail, cut to 80 characters', async () => {
    const { dispatch } = dispatcherWith()
    expect(await dispatch('system.format-disk', {}, context)).toEqual({
      ok: false,
      error: { code: 'errors.rpc.unknownChannel', detail: 'unknown channel: system.format-disk' }
    })
    const long = await dispatch(`x${'y'.repeat(99)}`, {}, context)
    expect(!long.ok && long.error.detail).toBe(`unknown channel: x${'y'.repeat(79)}`)
  })

  it('refuses a channel that is no string as invalid input, naming its type only, even one whose toString throws', async () => {
    const { dispatch } = dispatcherWith()
    const hostile = { toString: null }
    expect(await dispatch(hostile, {}, context)).toEqual({
      ok: false,
      error: { code: 'errors.rpc.invalidInput', detail: 'channel is a object' }
    })
    const missing = await dispatch(undefined, {}, context)
    expect(missing).toEqual({
      ok: false,
      error: { code: 'errors.rpc.invalidInput', detail: 'channel is a undefined' }
    })
  })

  it('says which fields failed, the payload itself as (root), at most five', async () => {
    const { dispatch } = dispatcherWith()
    const wrongType = await dispatch('system.ping', { nonce: 42 }, context)
    expect(!wrongType.ok && wrongType.error.detail).toMatch(/^nonce: \S/)
    const notAnObject = await dispatch('system.ping', 'nonce', context)
    expect(!notAnObject.ok && notAnObject.error.detail).toMatch(/^\(root\): \S/)
    const sevenBadIds = await dispatch(
      'seals.startBatch',
      { fileIds: ['a/1', 'a/2', 'a/3', 'a/4', 'a/5', 'a/6', 'a/7'] },
      context
    )
    expect(!sevenBadIds.ok && sevenBadIds.error.detail?.split('; ')).toEqual([
      expect.stringMatching(/^fileIds\.0: /),
      expect.stringMatching(/^fileIds\.1: /),
      expect.stringMatching(/^fileIds\.2: /),
      expect.stringMatching(/^fileIds\.3: /),
      expect.stringMatching(/^fileIds\.4: /)
    ])
  })

  it('answers the seal channels with errors.rpc.notFound in a host without them', async () => {
    const { dispatch, report } = dispatcherWith()
    expect(await dispatch('seals.batchStatus', { batchId: 'b-1' }, context)).toEqual({
      ok: false,
      error: { code: 'errors.rpc.notFound', detail: 'seal inspection is not wired in this host' }
    })
    expect(report).not.toHaveBeenCalled()
  })

  it('answers operators, holder hashes and the audit log with errors.rpc.notFound in a host without them', async () => {
    const { dispatch, report } = dispatcherWith()
    const notWired = async (channel: string, payload: unknown, detail: string) =>
      expect(await dispatch(channel, payload, context)).toEqual({
        ok: false,
        error: { code: 'errors.rpc.notFound', detail }
      })
    await notWired('operators.status', {}, 'operators are not wired in this host')
    await notWired(
      'privacy.hashCodes',
      { codes: ['x'] },
      'holder hashes are not wired in this host'
    )
    await notWired('audit.mainLog', { limit: 10 }, 'the audit log is not wired in this host')
    await notWired('sync.library', {}, 'sync is not wired in this host')
    await notWired('sync.request', { route: 'info' }, 'sync is not wired in this host')
    await notWired('documents.seal.status', {}, 'documents are not wired in this host')
    expect(report).not.toHaveBeenCalled()
  })

  it('hands each sync request to main’s sync service as validated, and its answer back', async () => {
    const status = {
      source: 'embedded' as const,
      server: 'http://127.0.0.1:4100',
      proxy: null,
      preparing: null,
      failure: null,
      ca: null,
      clientCertificate: null
    }
    const sync = {
      status: vi.fn(() => status),
      request: vi.fn(async () => ({ ok: true as const, text: '{}', sha256: null })),
      diagnose: vi.fn(async () => ({ ok: true, steps: [] })),
      preparingEmbedded: vi.fn(),
      useEmbedded: vi.fn(),
      embeddedFailed: vi.fn(),
      configure: vi.fn(async () => status),
      openPackage: vi.fn(),
      packageRequest: vi.fn(async () => ({ ok: true as const, text: '{}', sha256: null })),
      sealOutbox: vi.fn(async () => ({ text: '', signer: null })),
      checkReceipt: vi.fn(async () => ({ signer: null })),
      close: vi.fn(async () => undefined)
    }
    const handlers = createHandlers({
      systemInfo: () => systemInfo,
      now: () => new Date('2026-11-27T08:00:00Z'),
      sync
    })
    const dispatch = createDispatcher(handlers, () => null, vi.fn())
    expect(await dispatch('sync.library', {}, context)).toEqual({ ok: true, data: status })
    expect(await dispatch('sync.diagnose', {}, context)).toEqual({
      ok: true,
      data: { ok: true, steps: [] }
    })
    const changes = { route: 'changes', since: 12, limit: 2000, epoch: 1 }
    expect(await dispatch('sync.request', changes, context)).toEqual({
      ok: true,
      data: { ok: true, text: '{}', sha256: null }
    })
    expect(sync.request).toHaveBeenCalledWith(changes)
    // A request the protocol does not have never reaches the service.
    expect(
      await dispatch(
        'sync.request',
        { route: 'changes', since: -1, limit: 2000, epoch: 1 },
        context
      )
    ).toMatchObject({ ok: false, error: { code: 'errors.rpc.invalidInput' } })
    expect(sync.request).toHaveBeenCalledTimes(1)
    // A package is opened by a file handle main gave out; any other is not found.
    const packageRequest = { packageId: '0b0e7c9e-5d1a-4f8e-9a51-3d2f0c6e8b11', request: changes }
    await dispatch('sync.package.request', packageRequest, context)
    expect(sync.packageRequest).toHaveBeenCalledWith(packageRequest.packageId, changes)
    // The outbox goes to main to be sealed and signed; a receipt to be checked before settling.
    const outbox = {
      clientId: 'ws-1',
      datasetId: null,
      createdAt: '2026-12-03T06:00:00.000Z',
      mutations: [
        {
          mutationId: 'm-1',
          clientSeq: 1,
          table: 'notices',
          op: 'create',
          id: 'notice-1',
          baseRev: 0,
          payload: {}
        }
      ]
    }
    expect(await dispatch('sync.outbox.seal', outbox, context)).toEqual({
      ok: true,
      data: { text: '', signer: null }
    })
    expect(sync.sealOutbox).toHaveBeenCalledWith(outbox)
    expect(await dispatch('sync.outbox.checkReceipt', { text: 'r' }, context)).toEqual({
      ok: true,
      data: { signer: null }
    })
    expect(sync.checkReceipt).toHaveBeenCalledWith('r')
  })

  it('opens an offline package only by a file handle main registered', async () => {
    const sync = { openPackage: vi.fn(async () => ({})) }
    const files = { lookup: vi.fn(() => undefined) }
    const handlers = createHandlers({
      systemInfo: () => systemInfo,
      now: () => new Date('2026-11-27T08:00:00Z'),
      sync: sync as never,
      seals: { files } as never
    })
    const dispatch = createDispatcher(handlers, () => null, vi.fn())
    expect(await dispatch('sync.package.open', { fileId: 'f-1' }, context)).toEqual({
      ok: false,
      error: { code: 'errors.rpc.notFound', detail: 'no such file handle' }
    })
    expect(sync.openPackage).not.toHaveBeenCalled()
  })

  it('asks the access guard first: its refusal is the answer, named with the caller', async () => {
    const handler = vi.fn()
    const guard = vi.fn(() => message('errors.auth.forbidden'))
    const dispatch = createDispatcher(
      {
        ...createHandlers({
          systemInfo: () => systemInfo,
          now: () => new Date('2026-11-27T08:00:00Z')
        }),
        'system.info': handler
      } as never,
      guard
    )
    const caller = `socket:${'x'.repeat(100)}`
    expect(await dispatch('system.info', {}, { caller, emit: vi.fn() })).toEqual({
      ok: false,
      error: {
        code: 'errors.auth.forbidden',
        detail: `system.info refused to socket:${'x'.repeat(73)}`
      }
    })
    expect(guard).toHaveBeenCalledWith(caller, 'signedIn')
    expect(handler).not.toHaveBeenCalled()
  })

  it('turns a failing access check into errors.rpc.handlerFailed and reports it', async () => {
    const report = vi.fn()
    const failure = new Error('operators file unreadable')
    const dispatch = createDispatcher(
      createHandlers({ systemInfo: () => systemInfo, now: () => new Date('2026-11-27T08:00:00Z') }),
      () => {
        throw failure
      },
      report
    )
    expect(await dispatch('system.info', {}, context)).toEqual({
      ok: false,
      error: { code: 'errors.rpc.handlerFailed', detail: 'access check for system.info failed' }
    })
    expect(report).toHaveBeenCalledWith('system.info', failure)
  })

  it('turns a handler exception into errors.rpc.handlerFailed without leaking its message', async () => {
    const { dispatch, report } = dispatcherWith({
      'system.info': () => {
        throw new Error('ENOENT: /home/secret/path')
      }
    })
    const result = await dispatch('system.info', {}, context)
    expect(result).toEqual({
      ok: false,
      error: { code: 'errors.rpc.handlerFailed', detail: 'handler for system.info failed' }
    })
    expect(JSON.stringify(result)).not.toContain('secret')
    expect(report).toHaveBeenCalledOnce()
    expect(report).toHaveBeenCalledWith('system.info', expect.any(Error))
  })

  it('passes a CodedError through with its own code and params, its text as the detail', async () => {
    const { dispatch, report } = dispatcherWith({
      'system.info': async () => {
        throw new CodedError(message('errors.rpc.notFound'), 'no such record')
      },
      'system.ping': () => {
        throw new CodedError(message('errors.upload.fileTooLarge', { limitMb: 200 }))
      }
    })
    expect(await dispatch('system.info', {}, context)).toEqual({
      ok: false,
      error: { code: 'errors.rpc.notFound', detail: 'no such record' }
    })
    expect(await dispatch('system.ping', { nonce: 'n' }, context)).toEqual({
      ok: false,
      error: {
        code: 'errors.upload.fileTooLarge',
        params: { limitMb: 200 },
        detail: 'errors.upload.fileTooLarge'
      }
    })
    expect(report).not.toHaveBeenCalled()
  })

  it('refuses to return output that breaks the contract', async () => {
    const { dispatch, report } = dispatcherWith({
      'system.ping': () => ({ nonce: 'a', receivedAt: 'yesterday' })
    })
    const result = await dispatch('system.ping', { nonce: 'a' }, context)
    expect(result).toMatchObject({ ok: false, error: { code: 'errors.rpc.invalidOutput' } })
    expect(!result.ok && result.error.detail).toMatch(/^receivedAt: \S/)
    expect(report).toHaveBeenCalledOnce()
  })

  it('survives a handler that rejects with a non-Error value', async () => {
    const { dispatch } = dispatcherWith({
      'system.info': () => Promise.reject('boom')
    })
    expect(await dispatch('system.info', {}, context)).toEqual({
      ok: false,
      error: { code: 'errors.rpc.handlerFailed', detail: 'handler for system.info failed' }
    })
  })
})
