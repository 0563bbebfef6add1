import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { createFileRegistry } from '../../../src/main/services/files/file-registry'
import {
  resolveInside,
  serveRegisteredFile,
  serveStaticAsset
} from '../../../src/main/services/files/responses'

let root: string
let outside: string

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'files-test-'))
  root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  outside = join(base, 'secret.pdf')
  writeFileSync(outside, Buffer.from('%PDF-1.7 0123456789'))
})

describe('static assets', () => {
  it('serves index.html for the root and assets with their MIME type', async () => {
    const index = await serveStaticAsset(root, '/')
    expect(index.status).toBe(200)
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await index.text()).toContain('<title>x</title>')
    const script = await serveStaticAsset(root, '/assets/app.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('sends the Content-Security-Policy with every asset, workers included', async () => {
    const html = readFileSync(resolve(__dirname, '../../../src/renderer/index.html'), 'utf8')
    const meta = /content="([^"]*)"/.exec(html.slice(html.indexOf('Content-Security-Policy')))?.[1]
    for (const path of ['/', '/assets/app.js']) {
      const response = await serveStaticAsset(root, path)
      const policy = response.headers.get('content-security-policy')
      expect(policy).toBe(meta)
      expect(policy).toContain("script-src 'self';")
      expect(policy).toContain("worker-src 'self' blob:;")
    }
  })

  it.each([
    '/../secret.pdf',
    '/..%2fsecret.pdf',
    '/assets/../../secret.pdf',
    '/%00index.html',
    '/%E0%A4%A'
  ])('never serves anything outside the renderer root: %s', async (path) => {
    const response = await serveStaticAsset(root, path)
    expect([403, 404]).toContain(response.status)
  })

  it('resolves paths inside the root only', () => {
    expect(resolveInside(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'))
    expect(resolveInside(root, '/../x')).toBeNull()
    expect(resolveInside(root, '..%2f..%2fx')).toBeNull()
  })
})

describe('registered files', () => {
  it('streams a registered file by id, whole or by byte range', async () => {
    const files = createFileRegistry()
    const id = files.register(outside, 'secret.pdf')
    const whole = await serveRegisteredFile(files, id, null)
    expect(whole.status).toBe(200)
    expect(whole.headers.get('content-type')).toBe('application/pdf')
    // Opened directly in a browser, a user's file runs nothing.
    expect(whole.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
    expect(await whole.text()).toBe('%PDF-1.7 0123456789')

    const part = await serveRegisteredFile(files, id, 'bytes=9-12')
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe('bytes 9-12/19')
    expect(await part.text()).toBe('0123')

    const tail = await serveRegisteredFile(files, id, 'bytes=-3')
    expect(await tail.text()).toBe('789')

    expect((await serveRegisteredFile(files, id, 'bytes=100-')).status).toBe(416)
  })

  it('knows nothing of ids it did not hand out or has released', async () => {
    const files = createFileRegistry()
    expect((await serveRegisteredFile(files, 'made-up', null)).status).toBe(404)
    const id = files.register(outside, 'secret.pdf')
    files.release(id)
    expect((await serveRegisteredFile(files, id, null)).status).toBe(404)
  })
})
