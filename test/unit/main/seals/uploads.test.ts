import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFileRegistry } from '../../../../src/main/services/files/file-registry'
import { serveRegisteredFile } from '../../../../src/main/services/files/responses'
import {
  createUploadStore,
  displayNameOf,
  sweepAbandonedUploads
} from '../../../../src/main/services/files/uploads'

function streamOf(...chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk)
      controller.close()
    }
  })
}

const header = (name: string, length: number | null = null) => ({
  fileName: encodeURIComponent(name),
  contentLength: length === null ? null : String(length)
})

describe('POST /files (dropped files)', () => {
  it('stores the body, registers it and serves the same bytes back from /files/<id>', async () => {
    const registry = createFileRegistry()
    const uploads = createUploadStore(registry)
    const body = new TextEncoder().encode('%PDF-1.7 dropped licence')
    const response = await uploads.receive(streamOf(body), header('营业执照.pdf', body.length))
    expect(response.status).toBe(201)
    const ref = (await response.json()) as { id: string; name: string; size: number }
    expect(ref).toMatchObject({ name: '营业执照.pdf', size: body.length })
    expect(registry.lookup(ref.id)?.path).toMatch(/\.pdf$/)
    const served = await serveRegisteredFile(registry, ref.id, 'bytes=0-4')
    expect(await served.text()).toBe('%PDF-')
    uploads.dispose()
    expect(existsSync(registry.lookup(ref.id)!.path)).toBe(false)
  })

  it('refuses a body over the limit, announced or streamed, and leaves no file behind', async () => {
    const registry = createFileRegistry()
    const uploads = createUploadStore(registry, { maxBytes: 10 })
    const announced = await uploads.receive(streamOf(new Uint8Array(5)), header('big.pdf', 11))
    expect(announced.status).toBe(413)
    expect(await announced.json()).toEqual({
      error: {
        code: 'errors.upload.fileTooLarge',
        params: { limitMb: 0 },
        detail: 'content-length 11 over 10'
      }
    })

    const streamed = await uploads.receive(
      streamOf(new Uint8Array(6), new Uint8Array(6)),
      header('sneaky.pdf')
    )
    expect(streamed.status).toBe(413)
    expect(await streamed.json()).toEqual({
      error: {
        code: 'errors.upload.fileTooLarge',
        params: { limitMb: 0 },
        detail: 'body over 10 bytes'
      }
    })
    const stored = await uploads.receive(streamOf(new Uint8Array(3)), header('ok.pdf'))
    const { id } = (await stored.json()) as { id: string }
    expect(readdirSync(dirname(registry.lookup(id)!.path))).toHaveLength(1)
    uploads.dispose()
  })

  it('names the 200 MB limit of the default store in the error', async () => {
    const uploads = createUploadStore(createFileRegistry())
    const response = await uploads.receive(
      streamOf(new Uint8Array(1)),
      header('huge.pdf', 200 * 1024 * 1024 + 1)
    )
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({
      error: {
        code: 'errors.upload.fileTooLarge',
        params: { limitMb: 200 },
        detail: 'content-length 209715201 over 209715200'
      }
    })
  })

  it('uses the name for display only: no path, no control characters', () => {
    expect(displayNameOf(encodeURIComponent('../../etc/passwd'))).toBe('passwd')
    expect(displayNameOf(encodeURIComponent('C:\\证照\\a\u0000b.pdf'))).toBe('ab.pdf')
    expect(displayNameOf('%E0%A4%A')).toBe('未命名文件')
    expect(displayNameOf(null)).toBe('未命名文件')
  })

  it('strips the bidirectional controls that disguise a name (exe.pdf shown for fdp.exe)', () => {
    expect(displayNameOf(encodeURIComponent('invoice\u202Efdp.exe'))).toBe('invoicefdp.exe')
    expect(displayNameOf(encodeURIComponent('a\u2066b\u2069\u200F\u061C\u0085c.pdf'))).toBe(
      'abc.pdf'
    )
  })

  it('answers a request without a body with a coded error', async () => {
    const uploads = createUploadStore(createFileRegistry())
    const response = await uploads.receive(null, header('x.pdf'))
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: { code: 'errors.upload.badRequest', detail: 'no request body' }
    })
  })

  it('keeps a quota per run, by file count and by bytes, and counts nothing refused', async () => {
    const uploads = createUploadStore(createFileRegistry(), { maxFiles: 2, maxTotalBytes: 10 })
    expect((await uploads.receive(streamOf(new Uint8Array(4)), header('a.pdf'))).status).toBe(201)
    const overBytes = await uploads.receive(streamOf(new Uint8Array(7)), header('b.pdf'))
    expect(overBytes.status).toBe(413)
    expect(await overBytes.json()).toMatchObject({
      error: { code: 'errors.upload.quotaExceeded', params: { files: 2, limitMb: 0 } }
    })
    const announced = await uploads.receive(streamOf(new Uint8Array(1)), header('c.pdf', 7))
    expect(announced.status).toBe(413)
    expect((await uploads.receive(streamOf(new Uint8Array(6)), header('d.pdf'))).status).toBe(201)
    const overCount = await uploads.receive(streamOf(new Uint8Array(0)), header('e.pdf'))
    expect(overCount.status).toBe(413)
    uploads.dispose()
    expect((await uploads.receive(streamOf(new Uint8Array(4)), header('f.pdf'))).status).toBe(201)
    uploads.dispose()
  })

  it('sweeps on start the upload folders of runs that have ended, and only those', () => {
    const root = mkdtempSync(join(tmpdir(), 'uploads-root-'))
    const dead = join(root, 'workbench-uploads-999999-abc')
    const alive = join(root, `workbench-uploads-${process.pid}-def`)
    const other = join(root, 'not-ours')
    for (const dir of [dead, alive, other]) {
      mkdirSync(dir)
      writeFileSync(join(dir, 'licence.pdf'), 'personal data')
    }
    expect(sweepAbandonedUploads(root, (pid) => pid === process.pid)).toEqual([
      'workbench-uploads-999999-abc'
    ])
    expect([existsSync(dead), existsSync(alive), existsSync(other)]).toEqual([false, true, true])
    createUploadStore(createFileRegistry(), { root })
    expect(existsSync(alive)).toBe(true)
  })

  it('keeps its uploads under the given root, and removes them when the process exits', async () => {
    const root = mkdtempSync(join(tmpdir(), 'uploads-root-'))
    const registry = createFileRegistry()
    const uploads = createUploadStore(registry, { root })
    const response = await uploads.receive(streamOf(new Uint8Array(3)), header('x.pdf'))
    const { id } = (await response.json()) as { id: string }
    const folder = dirname(registry.lookup(id)!.path)
    expect(dirname(folder)).toBe(root)
    expect(folder).toContain(`workbench-uploads-${process.pid}-`)
    process.emit('exit', 0)
    expect(existsSync(folder)).toBe(false)
  })
})
