import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

const registerSchemesAsPrivileged = vi.fn()
const handle = vi.fn()
vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged, handle } }))

const { handleAppProtocol, registerAppScheme } =
  await import('../../../../src/main/electron/protocol')
const { createFileRegistry } = await import('../../../../src/main/services/files/file-registry')

describe('app:// protocol', () => {
  it('registers app:// as a secure standard scheme instead of file://', () => {
    registerAppScheme()
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true }
      }
    ])
  })

  it('serves the renderer and registered files, and nothing for other hosts', async () => {
    const root = mkdtempSync(join(tmpdir(), 'protocol-test-'))
    writeFileSync(join(root, 'index.html'), '<!doctype html>')
    const pdf = join(root, '..', `${Date.now()}-doc.pdf`)
    writeFileSync(pdf, '%PDF-1.7')
    const files = createFileRegistry()
    const id = files.register(pdf, 'doc.pdf')
    handleAppProtocol(root, files)
    const serve = handle.mock.calls[0]![1] as (request: Request) => Promise<Response>

    expect(await (await serve(new Request('app://workbench/index.html'))).text()).toBe(
      '<!doctype html>'
    )
    expect(await (await serve(new Request(`app://workbench/files/${id}`))).text()).toBe('%PDF-1.7')
    expect((await serve(new Request('app://workbench/files/unknown'))).status).toBe(404)
    expect((await serve(new Request('app://elsewhere/index.html'))).status).toBe(404)
  })
})
