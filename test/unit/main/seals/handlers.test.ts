import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { createDispatcher } from '../../../../src/main/ipc/dispatcher'
import { createHandlers } from '../../../../src/main/ipc/handlers'
import type { DialogPort } from '../../../../src/main/services/files/dialog-port'
import { getTestPki } from '../../../fixtures/pki'
import { serviceWith, sourcePool } from './support'

const pool = sourcePool(1)
afterAll(() => pool.close())
const context = { caller: 'test', emit: vi.fn() }

function folderWithFiles(): string {
  const root = mkdtempSync(join(tmpdir(), 'pick-test-'))
  mkdirSync(join(root, '2026', '十一月'), { recursive: true })
  writeFileSync(join(root, 'a.pdf'), '%PDF-1.7')
  writeFileSync(join(root, 'notes.txt'), 'not a pdf')
  writeFileSync(join(root, '2026', '十一月', 'B.PDF'), '%PDF-1.7 b')
  writeFileSync(join(root, 'root.pem'), getTestPki().rsaRoot.certPem)
  return root
}

function dispatcherWith(answer: Awaited<ReturnType<DialogPort['open']>>) {
  const { files, trustStore, service } = serviceWith(pool)
  const dialogs: DialogPort = { open: vi.fn(async () => answer) }
  const dispatch = createDispatcher(
    createHandlers({
      systemInfo: () => {
        throw new Error('unused')
      },
      now: () => new Date(),
      seals: { files, dialogs, service, trustStore }
    }),
    () => null
  )
  return { dispatch, files, dialogs }
}

describe('seal channels through the dispatcher', () => {
  it('registers a picked folder’s PDFs recursively and hands out ids and names, never paths', async () => {
    const folder = folderWithFiles()
    const { dispatch, files } = dispatcherWith({ outcome: 'picked', paths: [folder] })
    const result = await dispatch('seals.pickFiles', { mode: 'folder', purpose: 'pdf' }, context)
    expect(result.ok).toBe(true)
    const data = (result as { data: { files: { id: string; name: string }[]; folderName: string } })
      .data
    expect(data.files.map((file) => file.name)).toEqual(['B.PDF', 'a.pdf'])
    expect(data.folderName).toBe(folder.split('/').pop())
    expect(JSON.stringify(data)).not.toContain(tmpdir())
    expect(files.lookup(data.files[1]!.id)?.path).toBe(join(folder, 'a.pdf'))
  })

  it('passes on a cancelled dialog and a host without one', async () => {
    for (const outcome of ['canceled', 'unavailable'] as const) {
      const { dispatch } = dispatcherWith({ outcome })
      expect(await dispatch('seals.pickFiles', { mode: 'files', purpose: 'pdf' }, context)).toEqual(
        { ok: true, data: { outcome } }
      )
    }
  })

  it('imports trust material by file id and rejects malformed requests before any handler runs', async () => {
    const folder = folderWithFiles()
    const { dispatch, files } = dispatcherWith({ outcome: 'canceled' })
    const pem = files.register(join(folder, 'root.pem'), 'root.pem')
    const text = files.register(join(folder, 'notes.txt'), 'notes.txt')
    const imported = await dispatch('seals.trustStore.import', { fileIds: [pem, text] }, context)
    expect(imported).toMatchObject({
      ok: true,
      data: {
        results: [
          { fileName: 'root.pem', problem: null, duplicates: 0 },
          { fileName: 'notes.txt', problem: 'seals.trustImport.noMaterial', added: [] }
        ]
      }
    })
    const listed = await dispatch('seals.trustStore.list', {}, context)
    expect((listed as { data: { entries: unknown[] } }).data.entries).toHaveLength(1)

    const bad = [
      ['seals.trustStore.remove', { id: '../../etc/passwd' }],
      ['seals.verifyFile', { fileId: '/etc/passwd' }],
      ['seals.startBatch', { fileIds: [] }],
      ['seals.pickFiles', { mode: 'files', purpose: 'pdf', path: '/tmp' }]
    ] as const
    for (const [channel, payload] of bad) {
      expect((await dispatch(channel, payload, context)).ok).toBe(false)
    }
    expect(await dispatch('seals.verifyFile', { fileId: 'unknown' }, context)).toMatchObject({
      ok: false,
      error: { code: 'errors.rpc.notFound' }
    })
    // A password is a string of at most 1024 characters (checked before the file is looked up).
    for (const password of ['x'.repeat(1025), 42]) {
      expect(
        await dispatch('seals.verifyFile', { fileId: 'unknown', password }, context)
      ).toMatchObject({ ok: false, error: { code: 'errors.rpc.invalidInput' } })
    }
    expect(
      await dispatch('seals.verifyFile', { fileId: 'unknown', password: 'x'.repeat(1024) }, context)
    ).toMatchObject({ ok: false, error: { code: 'errors.rpc.notFound' } })
  })
})
