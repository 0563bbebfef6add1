import { CodedError, describeThrown, uploadResponseSchema, type FileRef } from '@shared/contract'
import { message, type ErrorValue } from '@shared/i18n/message'
import { browserModeToken } from './transport'

/**
 * Files travel by handle: the renderer uploads dropped bytes with `POST /files` and reads a
 * registered file back from `/files/<id>` — the app protocol in the desktop app, the Node host
 * (with the page token) in browser mode. Same paths in both.
 */
function withToken(path: string): string {
  if (window.api) return path
  const token = browserModeToken(window.location, window.sessionStorage)
  return token ? `${path}?token=${encodeURIComponent(token)}` : path
}

export function fileUrl(id: string): string {
  return withToken(`/files/${encodeURIComponent(id)}`)
}

/** An upload the host refused or that never arrived: its error value, said where it is shown. */
export class UploadError extends CodedError {
  constructor(error: ErrorValue, detail?: string) {
    super(error, detail)
    this.name = 'UploadError'
  }
}

export async function uploadFile(file: File): Promise<FileRef> {
  let response: Response
  try {
    response = await fetch(withToken('/files'), {
      method: 'POST',
      headers: { 'x-file-name': encodeURIComponent(file.name) },
      body: file
    })
  } catch (error) {
    throw new UploadError(message('errors.upload.failed'), describeThrown(error))
  }
  const parsed = uploadResponseSchema.safeParse(await response.json().catch(() => null))
  if (!parsed.success)
    throw new UploadError(message('errors.upload.failed'), `HTTP ${response.status}`)
  if ('error' in parsed.data) throw new UploadError(parsed.data.error, parsed.data.error.detail)
  return parsed.data
}

/** The bytes of `[0, byteLength)` of a registered file: the revision a signature covers. */
export async function fetchLeadingBytes(id: string, byteLength: number): Promise<Uint8Array> {
  const response = await fetch(fileUrl(id), { headers: { range: `bytes=0-${byteLength - 1}` } })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const bytes = new Uint8Array(await response.arrayBuffer())
  // A server that ignores Range sends the whole file: keep only the signed part.
  return bytes.length > byteLength ? bytes.slice(0, byteLength) : bytes
}
