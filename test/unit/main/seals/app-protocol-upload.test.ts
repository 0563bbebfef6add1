import { describe, expect, it, vi } from 'vitest'

const handle = vi.fn()
vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle } }))

const { handleAppProtocol } = await import('../../../../src/main/electron/protocol')
const { createFileRegistry } = await import('../../../../src/main/services/files/file-registry')
const { createUploadStore } = await import('../../../../src/main/services/files/uploads')

describe('app:// POST /files (drops in the desktop app)', () => {
  it('stores a dropped file and serves it back by id over the same protocol', async () => {
    const files = createFileRegistry()
    const uploads = createUploadStore(files, { maxBytes: 64 })
    handleAppProtocol('/nonexistent-renderer', files, uploads)
    const serve = handle.mock.calls[0]![1] as (request: Request) => Promise<Response>

    const posted = await serve(
      new Request('app://workbench/files', {
        method: 'POST',
        headers: { 'x-file-name': encodeURIComponent('营业执照.pdf') },
        body: '%PDF-1.7 dropped'
      })
    )
    expect(posted.status).toBe(201)
    const { id, name } = (await posted.json()) as { id: string; name: string }
    expect(name).toBe('营业执照.pdf')
    expect(await (await serve(new Request(`app://workbench/files/${id}`))).text()).toBe(
      '%PDF-1.7 dropped'
    )

    const tooLarge = await serve(
      new Request('app://workbench/files', { method: 'POST', body: 'x'.repeat(65) })
    )
    expect(tooLarge.status).toBe(413)
    expect(((await tooLarge.json()) as { error: { code: string } }).error.code).toBe(
      'errors.upload.fileTooLarge'
    )
    uploads.dispose()
  })
})
