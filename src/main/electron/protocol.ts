import { protocol } from 'electron'
import type { FileRegistry } from '../services/files/file-registry'
import type { UploadStore } from '../services/files/uploads'
import { serveRegisteredFile, serveStaticAsset } from '../services/files/responses'
import { APP_HOST, APP_SCHEME } from './origin'

/** Must run before the app is ready: app:// behaves like https (secure, fetch, streaming). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true }
    }
  ])
}

/**
 * app://workbench/... serves the built renderer; app://workbench/files/<id> streams a file the
 * user chose, by handle, and `POST app://workbench/files` stores a dropped file and answers its
 * id. The browser host serves the same paths.
 */
export function handleAppProtocol(
  rendererRoot: string,
  files: FileRegistry,
  uploads?: UploadStore
): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 })
    if (uploads && request.method === 'POST' && url.pathname === '/files') {
      return uploads.receive(request.body, {
        contentLength: request.headers.get('content-length'),
        fileName: request.headers.get('x-file-name')
      })
    }
    const fileMatch = url.pathname.match(/^\/files\/([\w-]{1,64})$/)
    if (fileMatch?.[1]) {
      return serveRegisteredFile(files, fileMatch[1], request.headers.get('range'))
    }
    return serveStaticAsset(rendererRoot, url.pathname)
  })
}
