/**
 * The RPC contract is the wall between the sandboxed renderer and main: what it lets through is
 * what main will act on. Expected answers are the rules written here by hand (DESIGN.md: files by
 * handle only, never a path; bounded batches; strict payloads).
 */
import { describe, expect, it } from 'vitest'
import {
  batchIdSchema,
  channels,
  events,
  fileIdSchema,
  isChannelName,
  isEventName,
  MAX_BATCH_FILES,
  pickFilesInputSchema,
  pickFilesOutputSchema,
  pingInputSchema,
  startBatchInputSchema,
  systemInfoSchema,
  trustImportInputSchema,
  trustListOutputSchema,
  trustRemoveInputSchema,
  uploadResponseSchema,
  verifyFileInputSchema
} from '../../../src/shared/contract'

const accepts = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success

describe('the file-id pattern of the contract (files travel by handle, never by path)', () => {
  it('accepts handles of letters, digits, _ and -, up to 64 characters', () => {
    for (const id of ['f', 'file-1', 'A_b-9', 'x'.repeat(64)]) {
      expect(accepts(fileIdSchema, id), id).toBe(true)
    }
  })

  it('refuses paths, dots, blanks, other scripts and empty or over-long handles', () => {
    for (const id of [
      '',
      'x'.repeat(65),
      '../etc/passwd',
      'a/b',
      'C:\\Windows',
      'report.pdf',
      'a b',
      'file\n',
      '文件',
      '-'.repeat(64) + '/'
    ]) {
      expect(accepts(fileIdSchema, id), JSON.stringify(id)).toBe(false)
    }
  })

  it('applies the pattern wherever a file handle comes in', () => {
    expect(accepts(verifyFileInputSchema, { fileId: '../secret.pdf' })).toBe(false)
    expect(accepts(startBatchInputSchema, { fileIds: ['ok', 'not/ok'] })).toBe(false)
    expect(accepts(trustImportInputSchema, { fileIds: ['root.cer'] })).toBe(false)
    expect(accepts(uploadResponseSchema, { id: '../x', name: 'a.pdf', size: 1 })).toBe(false)
  })
})

describe('payload bounds', () => {
  it('takes batches of 1 to 5,000 files, and batch ids shaped like file handles', () => {
    expect(MAX_BATCH_FILES).toBe(5000)
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `f${i}`)
    expect(accepts(startBatchInputSchema, { fileIds: ids(1) })).toBe(true)
    expect(accepts(startBatchInputSchema, { fileIds: ids(5000), batchId: 'b-1' })).toBe(true)
    expect(accepts(startBatchInputSchema, { fileIds: [] })).toBe(false)
    expect(accepts(startBatchInputSchema, { fileIds: ids(5001) })).toBe(false)
    for (const batchId of ['', 'b/1', 'b.1', 'x'.repeat(65)]) {
      expect(accepts(batchIdSchema, batchId), batchId).toBe(false)
    }
    expect(accepts(batchIdSchema, 'x'.repeat(64))).toBe(true)
  })

  it('imports 1 to 100 trust files at a time', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`)
    expect(accepts(trustImportInputSchema, { fileIds: ids(1) })).toBe(true)
    expect(accepts(trustImportInputSchema, { fileIds: ids(100) })).toBe(true)
    expect(accepts(trustImportInputSchema, { fileIds: [] })).toBe(false)
    expect(accepts(trustImportInputSchema, { fileIds: ids(101) })).toBe(false)
  })

  it('removes trust entries only by their kind and SHA-256 id', () => {
    const hex = 'ab'.repeat(32)
    expect(accepts(trustRemoveInputSchema, { id: `certificate-${hex}` })).toBe(true)
    expect(accepts(trustRemoveInputSchema, { id: `crl-${hex}` })).toBe(true)
    for (const id of [
      `key-${hex}`,
      `certificate-${hex.toUpperCase()}`,
      `certificate-${hex}0`,
      `certificate-${hex.slice(1)}`,
      `x-certificate-${hex}`,
      `crl-${'g'.repeat(64)}`
    ]) {
      expect(accepts(trustRemoveInputSchema, { id }), id).toBe(false)
    }
  })

  it('bounds a ping nonce to 1–64 characters and a PDF password to 1024', () => {
    expect(accepts(pingInputSchema, { nonce: 'a' })).toBe(true)
    expect(accepts(pingInputSchema, { nonce: 'n'.repeat(64) })).toBe(true)
    expect(accepts(pingInputSchema, { nonce: '' })).toBe(false)
    expect(accepts(pingInputSchema, { nonce: 'n'.repeat(65) })).toBe(false)
    expect(accepts(verifyFileInputSchema, { fileId: 'f', password: 'p'.repeat(1024) })).toBe(true)
    expect(accepts(verifyFileInputSchema, { fileId: 'f', password: 'p'.repeat(1025) })).toBe(false)
    expect(accepts(verifyFileInputSchema, { fileId: 'f', password: '' })).toBe(true)
  })

  it('opens the file dialog only for PDFs or trust material, as files or a folder', () => {
    for (const mode of ['files', 'folder']) {
      for (const purpose of ['pdf', 'trust']) {
        expect(accepts(pickFilesInputSchema, { mode, purpose }), `${mode} ${purpose}`).toBe(true)
      }
    }
    expect(accepts(pickFilesInputSchema, { mode: 'drive', purpose: 'pdf' })).toBe(false)
    expect(accepts(pickFilesInputSchema, { mode: 'files', purpose: 'exe' })).toBe(false)
  })
})

describe('answers main may give', () => {
  it('a dialog is picked, canceled or unavailable', () => {
    expect(accepts(pickFilesOutputSchema, { outcome: 'canceled' })).toBe(true)
    expect(accepts(pickFilesOutputSchema, { outcome: 'unavailable' })).toBe(true)
    expect(
      accepts(pickFilesOutputSchema, {
        outcome: 'picked',
        files: [{ id: 'f1', name: 'a.pdf', size: 10 }],
        folderName: null
      })
    ).toBe(true)
    expect(accepts(pickFilesOutputSchema, { outcome: 'picked' })).toBe(false)
    expect(accepts(pickFilesOutputSchema, { outcome: 'lost' })).toBe(false)
  })

  it('an upload answers with a file handle or one of its three error values', () => {
    expect(accepts(uploadResponseSchema, { id: 'f1', name: 'a.pdf', size: 0 })).toBe(true)
    for (const code of ['errors.upload.fileTooLarge', 'errors.upload.failed']) {
      expect(accepts(uploadResponseSchema, { error: { code } }), code).toBe(true)
    }
    expect(
      accepts(uploadResponseSchema, {
        error: { code: 'errors.upload.fileTooLarge', params: { limitMb: 200 }, detail: 'body' }
      })
    ).toBe(true)
    expect(accepts(uploadResponseSchema, { error: { code: 'errors.upload.badRequest' } })).toBe(
      true
    )
    expect(accepts(uploadResponseSchema, { error: { code: 'errors.rpc.notFound' } })).toBe(false)
    expect(accepts(uploadResponseSchema, { error: { code: 'FILE_TOO_LARGE' } })).toBe(false)
    expect(
      accepts(uploadResponseSchema, { error: { code: 'errors.upload.failed', detail: 7 } })
    ).toBe(false)
    expect(
      accepts(uploadResponseSchema, { error: { code: 'errors.upload.failed', params: 'x' } })
    ).toBe(false)
    expect(accepts(uploadResponseSchema, { error: {} })).toBe(false)
    expect(accepts(uploadResponseSchema, {})).toBe(false)
  })

  it('a trust store lists certificates and CRLs, told apart by their kind', () => {
    const crl = {
      kind: 'crl',
      id: `crl-${'0'.repeat(64)}`,
      sourceName: 'root.crl',
      importedAt: '2026-11-27T08:00:00.000Z',
      crl: {
        issuer: 'CN=Test Root',
        thisUpdate: '2026-11-01T00:00:00Z',
        nextUpdate: null,
        revokedCount: 2,
        sha256Fingerprint: '0'.repeat(64)
      }
    }
    expect(accepts(trustListOutputSchema, { entries: [crl] })).toBe(true)
    expect(accepts(trustListOutputSchema, { entries: [{ ...crl, kind: 'certificate' }] })).toBe(
      false
    )
    expect(accepts(trustListOutputSchema, { entries: [{ ...crl, kind: 'key' }] })).toBe(false)
  })

  it('system information names the host mode, desktop or browser', () => {
    const info = {
      appName: '证照治理工作台',
      appVersion: '0.1.0',
      dataSchemaVersion: 2,
      dataLocation: '/data',
      runtime: {
        mode: 'desktop',
        node: '20.20.2',
        electron: '44.11.0',
        chromium: null,
        platform: 'linux'
      },
      startedAt: '2026-11-27T00:00:00.000Z'
    }
    expect(accepts(systemInfoSchema, info)).toBe(true)
    expect(
      accepts(systemInfoSchema, { ...info, runtime: { ...info.runtime, mode: 'browser' } })
    ).toBe(true)
    expect(
      accepts(systemInfoSchema, { ...info, runtime: { ...info.runtime, mode: 'server' } })
    ).toBe(false)
    expect(accepts(systemInfoSchema, { ...info, runtime: { ...info.runtime, node: 20 } })).toBe(
      false
    )
    expect(accepts(systemInfoSchema, { ...info, appName: undefined })).toBe(false)
    expect(accepts(systemInfoSchema, { ...info, dataSchemaVersion: 0 })).toBe(false)
    expect(accepts(systemInfoSchema, { ...info, startedAt: 'today' })).toBe(false)
  })
})

describe('channel and event names', () => {
  it('knows exactly the channels of the app, and nothing from Object.prototype', () => {
    expect(Object.keys(channels).sort()).toEqual([
      'audit.check.finish',
      'audit.check.page',
      'audit.commit',
      'audit.mainLog',
      'audit.seal',
      'documents.issue',
      'documents.issued.file',
      'documents.issued.list',
      'documents.render',
      'documents.seal.configure',
      'documents.seal.status',
      'operators.authorize',
      'operators.changePassword',
      'operators.create',
      'operators.keepAlive',
      'operators.list',
      'operators.resetPassword',
      'operators.setEnabled',
      'operators.setup',
      'operators.signIn',
      'operators.signOut',
      'operators.status',
      'operators.update',
      'privacy.adoptHolderKey',
      'privacy.hashCodes',
      'seals.batchStatus',
      'seals.cancelBatch',
      'seals.pickFiles',
      'seals.startBatch',
      'seals.trustStore.import',
      'seals.trustStore.list',
      'seals.trustStore.remove',
      'seals.verifyFile',
      'sync.configure',
      'sync.diagnose',
      'sync.library',
      'sync.outbox.checkReceipt',
      'sync.outbox.seal',
      'sync.package.open',
      'sync.package.request',
      'sync.request',
      'system.info',
      'system.ping'
    ])
    expect(isChannelName('system.ping')).toBe(true)
    for (const name of ['toString', '__proto__', 'constructor', 'system', 42, null]) {
      expect(isChannelName(name), String(name)).toBe(false)
    }
  })

  it('knows the events main pushes, and validates their payloads', () => {
    expect(isEventName('task.progress')).toBe(true)
    expect(isEventName('seals.batchProgress')).toBe(true)
    for (const name of ['toString', 'hasOwnProperty', 'task', 7]) {
      expect(isEventName(name), String(name)).toBe(false)
    }
    const progress = events['task.progress']
    expect(accepts(progress, { taskId: 't', label: '导入', done: 3, total: null })).toBe(true)
    expect(accepts(progress, { taskId: 't', label: '导入', done: -1, total: 5 })).toBe(false)
    expect(accepts(progress, { taskId: 't', label: '导入', done: 1.5, total: 5 })).toBe(false)
  })
})
