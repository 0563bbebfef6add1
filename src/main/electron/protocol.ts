import { protocol } from 'electron'
import type { FileRegistry } from '../services/files/file-registry'
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
 * user chose, by handle. The browser host serves the same two paths.
 */
export function handleAppProtocol(rendererRoot: string, files: FileRegistry): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 })
    const fileMatch = url.pathname.match(/^\/files\/([\w-]{1,64})$/)
    if (fileMatch?.[1]) {
      return serveRegisteredFile(files, fileMatch[1], request.headers.get('range'))
    }
    return serveStaticAsset(rendererRoot, url.pathname)
  })
}
