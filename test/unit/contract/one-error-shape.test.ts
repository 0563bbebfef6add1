/**
 * One error shape: whatever fails — a request at the dispatcher, an upload, a background worker,
 * the local schema — answers `{code, params}` with a code the shared catalogs define in zh-CN and
 * en, and the developer's detail (an exception's text, the field that failed) never reaches the
 * words a user reads. Expected words are the catalog's as a user reads them, written by hand.
 */
import { describe, expect, it, vi } from 'vitest'
import { createCliWords } from '../../../src/cli/i18n'
import { createDispatcher, type HandlerTable } from '../../../src/main/ipc/dispatcher'
import { createHandlers } from '../../../src/main/ipc/handlers'
import { createFileRegistry } from '../../../src/main/services/files/file-registry'
import { createUploadStore } from '../../../src/main/services/files/uploads'
import { checkSchemaVersions } from '../../../src/renderer/src/db/migrations'
import { schemaV1 } from '../../../src/renderer/src/db/schema'
import {
  workerCrashed,
  workerFailed,
  workerTasks,
  type WorkerTask
} from '../../../src/renderer/src/workers/worker-errors'
import {
  CodedError,
  codeSchema,
  rpcErrorCodes,
  type RpcError,
  type RpcResult
} from '../../../src/shared/contract'
import { lookup, sharedCatalog } from '../../../src/shared/i18n'
import { message } from '../../../src/shared/i18n/message'

const SECRET = 'ENOENT: /home/auditor/secret.db'

const context = { caller: 'test', emit: vi.fn() }

function dispatcherWith(overrides: Partial<HandlerTable>) {
  const handlers = {
    ...createHandlers({
      systemInfo: () => {
        throw new Error(SECRET)
      },
      now: () => new Date('2026-11-27T08:00:00Z')
    }),
    ...overrides
  }
  return createDispatcher(handlers, () => null)
}

/** Every way a request can fail at the dispatcher, each once. */
async function dispatcherFailures(): Promise<RpcError[]> {
  const dispatch = dispatcherWith({
    'system.ping': () => ({ nonce: 'n', receivedAt: 'yesterday' })
  })
  const results: RpcResult<unknown>[] = [
    await dispatch('system.format-disk', {}, context),
    await dispatch('system.ping', { nonce: 42 }, context),
    await dispatch('system.info', {}, context),
    await dispatch('system.ping', { nonce: 'n' }, context),
    await dispatch('seals.batchStatus', { batchId: 'b-1' }, context)
  ]
  return results.map((result) => {
    if (result.ok) throw new Error('expected a failure')
    return result.error
  })
}

async function uploadFailures(): Promise<RpcError[]> {
  const uploads = createUploadStore(createFileRegistry(), { maxBytes: 10 * 1024 * 1024 })
  const answers = [
    await uploads.receive(null, { contentLength: null, fileName: null }),
    await uploads.receive(new Blob(['x']).stream(), {
      contentLength: String(11 * 1024 * 1024),
      fileName: 'a.pdf'
    })
  ]
  uploads.dispose()
  return Promise.all(
    answers.map(async (answer) => ((await answer.json()) as { error: RpcError }).error)
  )
}

const tasks = Object.keys(workerTasks) as WorkerTask[]

const zh = createCliWords('zh-CN')
const en = createCliWords('en')

describe('one error shape', () => {
  it('the dispatcher answers each failure with its own code, in the order it checks', async () => {
    expect((await dispatcherFailures()).map((error) => error.code)).toEqual([
      'errors.rpc.unknownChannel',
      'errors.rpc.invalidInput',
      'errors.rpc.handlerFailed',
      'errors.rpc.invalidOutput',
      'errors.rpc.notFound'
    ])
  })

  it('every code the dispatcher, the uploads, the workers and the schema give is in the catalogs', async () => {
    const errors: RpcError[] = [
      ...(await dispatcherFailures()),
      ...(await uploadFailures()),
      ...tasks.flatMap((task) => [
        workerFailed(task, new Error(SECRET)),
        workerCrashed(task, { message: SECRET })
      ]),
      checkSchemaVersions([{ ...schemaV1, version: 2 }])!
    ]
    const codes = [...new Set([...errors.map((error) => error.code), ...rpcErrorCodes])]
    expect(codes.sort()).toEqual([
      'errors.rpc.forbiddenSender',
      'errors.rpc.handlerFailed',
      'errors.rpc.invalidInput',
      'errors.rpc.invalidOutput',
      'errors.rpc.notFound',
      'errors.rpc.timeout',
      'errors.rpc.transportClosed',
      'errors.rpc.unknownChannel',
      'errors.schema.versionOrder',
      'errors.upload.badRequest',
      'errors.upload.fileTooLarge',
      'errors.worker.crashed',
      'errors.worker.failed'
    ])
    for (const code of codes) {
      expect(codeSchema.safeParse(code).success, code).toBe(true)
      expect(lookup(sharedCatalog['zh-CN'], code), code).toBeTypeOf('string')
      expect(lookup(sharedCatalog.en, code), code).toBeTypeOf('string')
    }
  })

  it('a thrown exception becomes errors.rpc.handlerFailed; its text stays out of the words', async () => {
    const dispatch = dispatcherWith({})
    const result = await dispatch('system.info', {}, context)
    expect(result).toEqual({
      ok: false,
      error: { code: 'errors.rpc.handlerFailed', detail: 'handler for system.info failed' }
    })
    if (result.ok) return
    expect(zh.say(result.error)).toBe('主程序处理请求时出错，请稍后重试；如仍失败请联系技术支持。')
    expect(en.say(result.error)).toBe(
      'The main program failed to handle the request; please retry or contact support.'
    )
  })

  it('no error’s detail, nor its code, is in the words a user reads', async () => {
    const errors = [
      ...(await dispatcherFailures()),
      ...(await uploadFailures()),
      ...tasks.flatMap((task) => [
        workerFailed(task, new Error(SECRET)),
        workerCrashed(task, { message: SECRET })
      ])
    ]
    for (const error of errors) {
      expect(error.detail, error.code).toBeTruthy()
      for (const words of [zh.say(error), en.say(error)]) {
        expect(words, error.code).not.toContain(error.detail)
        expect(words, error.code).not.toContain(error.code)
        expect(words, error.code).not.toContain('secret')
        expect(words, error.code).not.toMatch(/[{}]/)
      }
    }
  })

  it('a CodedError thrown by a handler passes through with its code and params', async () => {
    const dispatch = dispatcherWith({
      'system.info': () => {
        throw new CodedError(message('errors.upload.fileTooLarge', { limitMb: 200 }), SECRET)
      }
    })
    const result = await dispatch('system.info', {}, context)
    expect(result).toEqual({
      ok: false,
      error: { code: 'errors.upload.fileTooLarge', params: { limitMb: 200 }, detail: SECRET }
    })
    if (result.ok) return
    expect(zh.say(result.error)).toBe('文件超过 200 MB 的上限，无法核验。')
    expect(en.say(result.error)).toBe('The file exceeds the 200 MB limit and cannot be verified.')
  })
})

describe('the words of the errors, in zh-CN and en', () => {
  it('RPC failures', () => {
    expect(zh.say(message('errors.rpc.unknownChannel'))).toBe(
      '请求的功能不存在，可能是界面与主程序版本不一致。'
    )
    expect(en.say(message('errors.rpc.transportClosed'))).toBe(
      'The connection to the main program was lost; reload the page or restart the app.'
    )
    expect(zh.say(message('errors.rpc.forbiddenSender'))).toBe('请求来源未经授权，已被拒绝。')
  })

  it('a dropped file that could not be uploaded, named', () => {
    const refusal = message('errors.upload.ofFile', {
      name: '营业执照.pdf',
      error: message('errors.upload.badRequest')
    })
    expect(zh.say(refusal)).toBe('营业执照.pdf：没有收到文件内容，请重新拖入。')
    expect(en.say(refusal)).toBe(
      '营业执照.pdf: No file content arrived; please drop the file again.'
    )
  })

  it('a background job that failed or died names the job', () => {
    expect(workerFailed('complianceScan', new Error(SECRET))).toEqual({
      code: 'errors.worker.failed',
      params: { task: { code: 'errors.task.complianceScan' } },
      detail: SECRET
    })
    expect(zh.say(workerFailed('complianceScan', 'x'))).toBe(
      '合规检查失败，请重试；如仍失败请联系技术支持。'
    )
    expect(en.say(workerFailed('sync', 'x'))).toBe(
      'Sync failed; please retry, and contact support if it fails again.'
    )
    expect(workerCrashed('dashboardStats', {})).toEqual({
      code: 'errors.worker.crashed',
      params: { task: { code: 'errors.task.dashboardStats' } },
      detail: 'worker error event'
    })
    expect(zh.say(workerCrashed('sync', { message: '' }))).toBe(
      '同步失败：后台进程意外退出，请重试；如仍失败请联系技术支持。'
    )
    expect(en.say(workerCrashed('dashboardStats', { message: 'x' }))).toBe(
      'The overview statistics failed: the background process stopped unexpectedly; please retry, and contact support if it fails again.'
    )
  })

  it('a worker’s own coded error keeps its code', () => {
    const own = new CodedError(message('errors.rpc.notFound'), 'gone')
    expect(workerFailed('sync', own)).toEqual({ code: 'errors.rpc.notFound', detail: 'gone' })
  })

  it('the local schema out of order', () => {
    const problem = checkSchemaVersions([{ ...schemaV1, version: 2 }])!
    expect(zh.say(problem)).toBe('第1个数据结构版本应为 v1，实际为 v2')
    expect(en.say(problem)).toBe('Data schema version 1 should be v1, but is v2.')
  })
})
