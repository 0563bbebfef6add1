import { randomUUID } from 'node:crypto'
import { createWriteStream, rmSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { describeThrown } from '../../../shared/contract/result'
import { message, type ErrorValue } from '../../../shared/i18n/message'
import type { FileRegistry } from './file-registry'

/** 单个上传文件的大小上限：200 MB（核验目标是 100 MB 的 PDF）。 */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024

export interface UploadHeaders {
  /** `content-length`, when the client sent one. */
  contentLength: string | null
  /** `x-file-name`: the dropped file's name, percent-encoded (display only, never a path). */
  fileName: string | null
}

export interface UploadStore {
  /** Stores a `POST /files` body in the upload folder and registers it: `201 {id,name,size}`. */
  receive(body: ReadableStream<Uint8Array> | null, headers: UploadHeaders): Promise<Response>
  /** Deletes every stored upload, synchronously: it runs while the app quits. */
  dispose(): void
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store'
    }
  })
}

/** `{ error: {code, params, detail} }`, as the contract's uploadResponseSchema describes it. */
function uploadError(status: number, error: ErrorValue, detail: string): Response {
  return json(status, { error: { ...error, detail } })
}

/** The name to show for an upload: the last path segment, printable, at most 200 characters. */
export function displayNameOf(encoded: string | null): string {
  let name: string
  try {
    name = decodeURIComponent(encoded ?? '')
  } catch {
    name = ''
  }
  // eslint-disable-next-line no-control-regex
  const cleaned = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim()
  return cleaned.slice(0, 200) || '未命名文件'
}

class TooLarge extends Error {}

/**
 * Dropped files reach main as the body of `POST /files` (app protocol in the app, the host in
 * browser mode). The bytes go to a private temp folder under a random name; the renderer gets
 * back only an id, as it does for files chosen in the open dialog.
 */
export function createUploadStore(
  registry: FileRegistry,
  options: { maxBytes?: number; newName?: () => string } = {}
): UploadStore {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES
  const newName = options.newName ?? randomUUID
  let folder: Promise<string> | undefined
  let folderPath: string | undefined
  const tooLarge = message('errors.upload.fileTooLarge', {
    limitMb: Math.round(maxBytes / 1024 / 1024)
  })

  async function write(body: ReadableStream<Uint8Array>, path: string): Promise<number> {
    const out = createWriteStream(path, { flags: 'wx' })
    let size = 0
    try {
      for await (const chunk of body) {
        size += chunk.byteLength
        if (size > maxBytes) throw new TooLarge()
        if (!out.write(chunk))
          await new Promise<void>((resolve) => out.once('drain', () => resolve()))
      }
      out.end()
      await finished(out)
      return size
    } catch (error) {
      out.destroy()
      await rm(path, { force: true })
      throw error
    }
  }

  return {
    async receive(body, headers) {
      if (!body) return uploadError(400, message('errors.upload.badRequest'), 'no request body')
      const declared = headers.contentLength === null ? null : Number(headers.contentLength)
      if (declared !== null && Number.isFinite(declared) && declared > maxBytes) {
        await body.cancel().catch(() => undefined)
        return uploadError(413, tooLarge, `content-length ${declared} over ${maxBytes}`)
      }
      const name = displayNameOf(headers.fileName)
      folder ??= mkdtemp(join(tmpdir(), 'workbench-uploads-')).then((path) => (folderPath = path))
      const extension = /\.pdf$/i.test(name) ? '.pdf' : '.bin'
      const path = join(await folder, `${newName()}${extension}`)
      try {
        const size = await write(body, path)
        return json(201, { id: registry.register(path, name), name, size })
      } catch (error) {
        if (error instanceof TooLarge)
          return uploadError(413, tooLarge, `body over ${maxBytes} bytes`)
        return uploadError(500, message('errors.upload.failed'), describeThrown(error))
      }
    },
    dispose() {
      if (folderPath) rmSync(folderPath, { recursive: true, force: true })
      folder = folderPath = undefined
    }
  }
}
