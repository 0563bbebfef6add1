import { randomUUID } from 'node:crypto'
import { createWriteStream, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { describeThrown } from '../../../shared/contract/result'
import { message, type ErrorValue } from '../../../shared/i18n/message'
import type { FileRegistry } from './file-registry'

/** 单个上传文件的大小上限：200 MB（核验目标是 100 MB 的 PDF）。 */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024
/** What one run may hold in uploads at once: a batch of a few hundred licences, not a disk. */
export const MAX_UPLOAD_TOTAL_BYTES = 4 * 1024 * 1024 * 1024
export const MAX_UPLOAD_FILES = 2000

/** Upload folders are named after the process that owns them, so a later start can sweep. */
const FOLDER_PREFIX = 'workbench-uploads-'

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
  // Control characters, and the bidirectional controls that make `exe.pdf` of `fdp.exe`.
  const cleaned = (name.split(/[\\/]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim()
  return cleaned.slice(0, 200) || '未命名文件'
}

class TooLarge extends Error {}
class QuotaExceeded extends Error {}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Deletes the upload folders under `root` that a run which has since ended left behind (a crash,
 * a killed process): dropped licences hold personal data and must not outlive the run.
 */
export function sweepAbandonedUploads(root: string, isAlive = processIsAlive): string[] {
  let names: string[]
  try {
    names = readdirSync(root)
  } catch {
    return []
  }
  const swept: string[] = []
  for (const name of names) {
    const pid = Number(new RegExp(`^${FOLDER_PREFIX}(\\d+)-`).exec(name)?.[1])
    if (!Number.isInteger(pid) || pid <= 0 || isAlive(pid)) continue
    rmSync(join(root, name), { recursive: true, force: true })
    swept.push(name)
  }
  return swept
}

/**
 * Dropped files reach main as the body of `POST /files` (app protocol in the app, the host in
 * browser mode). The bytes go to a private temp folder under a random name; the renderer gets
 * back only an id, as it does for files chosen in the open dialog.
 */
export function createUploadStore(
  registry: FileRegistry,
  options: {
    maxBytes?: number
    maxTotalBytes?: number
    maxFiles?: number
    newName?: () => string
    /** Where upload folders go (the data folder's `uploads`); swept of dead runs' folders now. */
    root?: string
  } = {}
): UploadStore {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES
  const maxTotalBytes = options.maxTotalBytes ?? MAX_UPLOAD_TOTAL_BYTES
  const maxFiles = options.maxFiles ?? MAX_UPLOAD_FILES
  const newName = options.newName ?? randomUUID
  const root = options.root ?? tmpdir()
  mkdirSync(root, { recursive: true, mode: 0o700 })
  sweepAbandonedUploads(root)
  let folder: Promise<string> | undefined
  let folderPath: string | undefined
  let storedBytes = 0
  let storedFiles = 0
  const tooLarge = message('errors.upload.fileTooLarge', {
    limitMb: Math.round(maxBytes / 1024 / 1024)
  })
  const quotaExceeded = message('errors.upload.quotaExceeded', {
    files: maxFiles,
    limitMb: Math.round(maxTotalBytes / 1024 / 1024)
  })
  // Whatever way the process ends, the run's uploads go with it.
  const disposeOnExit = () => {
    if (folderPath) rmSync(folderPath, { recursive: true, force: true })
  }

  async function write(body: ReadableStream<Uint8Array>, path: string): Promise<number> {
    const out = createWriteStream(path, { flags: 'wx' })
    let size = 0
    try {
      for await (const chunk of body) {
        size += chunk.byteLength
        if (size > maxBytes) throw new TooLarge()
        if (storedBytes + size > maxTotalBytes) throw new QuotaExceeded()
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
      if (
        storedFiles >= maxFiles ||
        (declared !== null && storedBytes + declared > maxTotalBytes)
      ) {
        await body.cancel().catch(() => undefined)
        return uploadError(413, quotaExceeded, `${storedFiles} files, ${storedBytes} bytes stored`)
      }
      const name = displayNameOf(headers.fileName)
      folder ??= mkdtemp(join(root, `${FOLDER_PREFIX}${process.pid}-`)).then((path) => {
        process.once('exit', disposeOnExit)
        return (folderPath = path)
      })
      const extension = /\.pdf$/i.test(name) ? '.pdf' : '.bin'
      const path = join(await folder, `${newName()}${extension}`)
      try {
        const size = await write(body, path)
        storedBytes += size
        storedFiles += 1
        return json(201, { id: registry.register(path, name), name, size })
      } catch (error) {
        if (error instanceof TooLarge)
          return uploadError(413, tooLarge, `body over ${maxBytes} bytes`)
        if (error instanceof QuotaExceeded)
          return uploadError(413, quotaExceeded, `quota of ${maxTotalBytes} bytes reached`)
        return uploadError(500, message('errors.upload.failed'), describeThrown(error))
      }
    },
    dispose() {
      disposeOnExit()
      process.removeListener('exit', disposeOnExit)
      folder = folderPath = undefined
      storedBytes = storedFiles = 0
    }
  }
}
