import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { Readable } from 'node:stream'
import { CONTENT_SECURITY_POLICY, USER_FILE_CONTENT_SECURITY_POLICY } from './csp'
import type { FileRegistry } from './file-registry'

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream'
}

export function mimeTypeOf(path: string): string {
  return mimeTypes[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/** The path the request names inside root, or null when it would escape root. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const base = resolve(root)
  const target = resolve(base, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`)
  return target === base || target.startsWith(base + sep) ? target : null
}

function streamFile(path: string, start?: number, end?: number): ReadableStream {
  return Readable.toWeb(createReadStream(path, { start, end })) as ReadableStream
}

/** A built renderer asset (index.html for the root), as the app protocol and the host serve it. */
export async function serveStaticAsset(root: string, urlPath: string): Promise<Response> {
  const path = resolveInside(root, urlPath === '/' || urlPath === '' ? '/index.html' : urlPath)
  if (!path) return new Response('Forbidden', { status: 403 })
  const info = await stat(path).catch(() => null)
  if (!info?.isFile()) return new Response('Not found', { status: 404 })
  return new Response(streamFile(path), {
    headers: {
      'content-type': mimeTypeOf(path),
      'content-length': String(info.size),
      'x-content-type-options': 'nosniff',
      'content-security-policy': CONTENT_SECURITY_POLICY
    }
  })
}

/**
 * The bytes of a registered file (`/files/<id>`), with HTTP Range support so pdf.js can fetch a
 * 100 MB document in pieces.
 */
export async function serveRegisteredFile(
  registry: FileRegistry,
  id: string,
  rangeHeader: string | null
): Promise<Response> {
  const entry = registry.lookup(id)
  if (!entry) return new Response('Not found', { status: 404 })
  const info = await stat(entry.path).catch(() => null)
  if (!info?.isFile()) return new Response('Not found', { status: 404 })
  const headers: Record<string, string> = {
    'content-type': mimeTypeOf(entry.path),
    'accept-ranges': 'bytes',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'content-security-policy': USER_FILE_CONTENT_SECURITY_POLICY
  }
  const range = rangeHeader?.match(/^bytes=(\d*)-(\d*)$/)
  if (range && (range[1] || range[2])) {
    const size = info.size
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]))
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1
    if (start > end || start >= size) {
      return new Response(null, { status: 416, headers: { 'content-range': `bytes */${size}` } })
    }
    headers['content-range'] = `bytes ${start}-${end}/${size}`
    headers['content-length'] = String(end - start + 1)
    return new Response(streamFile(entry.path, start, end), { status: 206, headers })
  }
  headers['content-length'] = String(info.size)
  return new Response(streamFile(entry.path), { headers })
}
