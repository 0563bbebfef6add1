import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { fail, type EventName, type EventPayload } from '../shared/contract'
import { message } from '../shared/i18n/message'
import { composeMain, type CompositionOptions } from '../main/compose'
import type { EmbeddedLibrary } from '../main/services/sync/embedded-library'
import { validateEvent, type Dispatch } from '../main/ipc/dispatcher'
import type { DialogPort } from '../main/services/files/dialog-port'
import type { FileRegistry } from '../main/services/files/file-registry'
import { serveRegisteredFile, serveStaticAsset } from '../main/services/files/responses'
import { createSourceVerifyWorker } from './source-worker'

export interface HostOptions<D extends DialogPort> {
  /** The built renderer (`out/renderer`). */
  rendererRoot: string
  dataLocation: string
  /**
   * The open dialog: `noSystemDialog` for a user's browser; the e2e tests pass one that answers
   * with the paths they script.
   */
  dialogs: D
  port?: number
  token?: string
  /** The 演示库 (see CompositionOptions); e2e tests ask for a small city. */
  embeddedLibrary?: CompositionOptions['embeddedLibrary']
}

export interface RunningHost<D extends DialogPort> {
  url: string
  token: string
  files: FileRegistry
  dialogs: D
  /** Settles once the 演示库 answers (null when none was started or it failed). */
  library: Promise<EmbeddedLibrary | null>
  /** Pushes an event to every connected page, as main does to its window. */
  broadcast<E extends EventName>(event: E, payload: EventPayload<E>): void
  close(): Promise<void>
}

/**
 * Largest RPC message accepted: contract payloads are small JSON and big files go by handle; the
 * largest is a sync push of up to 500 mutations, which the library takes up to 4 MiB.
 */
export const MAX_MESSAGE_BYTES = 5 * 1024 * 1024

function tokenMatches(expected: string, given: string | null): boolean {
  if (!given) return false
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

const loopbackNames = ['127.0.0.1', 'localhost', '[::1]']

/**
 * Whether a request is addressed to this host by a loopback name (`Host`) and, when a browser
 * says where it comes from (`Origin`), comes from this host's own pages. A page on another site
 * cannot know the token; this also stops DNS rebinding, where another site's name resolves to
 * 127.0.0.1 and the browser would treat the host as that site.
 */
export function isLoopbackRequest(
  headers: { host?: string; origin?: string },
  port: number
): boolean {
  const allowed = loopbackNames.map((name) => `${name}:${port}`)
  if (!headers.host || !allowed.includes(headers.host.toLowerCase())) return false
  if (headers.origin === undefined) return true
  return allowed.some((name) => headers.origin?.toLowerCase() === `http://${name}`)
}

async function sendResponse(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers))
  if (response.body) {
    Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).pipe(res)
  } else {
    res.end()
  }
}

function handleSocket(
  socket: WebSocket,
  dispatch: Dispatch,
  sockets: Set<WebSocket>,
  sessions: { forget(caller: string): void }
): void {
  // The caller main knows this tab by: its operator's session lives as long as the socket.
  const caller = `socket:${randomBytes(12).toString('base64url')}`
  sockets.add(socket)
  socket.on('close', () => {
    sockets.delete(socket)
    sessions.forget(caller)
  })
  // A protocol error (a frame over the limit, text that is not UTF-8) closes this socket; without
  // a listener the 'error' event would take the whole host down with it.
  socket.on('error', () => socket.terminate())
  socket.on('message', (raw) => {
    let frame: unknown
    try {
      frame = JSON.parse(raw.toString())
    } catch {
      socket.send(
        JSON.stringify({
          id: null,
          result: fail(message('errors.rpc.invalidInput'), 'not JSON')
        })
      )
      return
    }
    const { id, channel, payload } = (frame ?? {}) as Record<string, unknown>
    if (typeof id !== 'number' && typeof id !== 'string') {
      socket.send(
        JSON.stringify({
          id: null,
          result: fail(message('errors.rpc.invalidInput'), 'missing id')
        })
      )
      return
    }
    // The dispatcher answers every failure with a coded value; should it ever reject, this caller
    // still gets an answer and the host keeps running.
    dispatch(channel, payload, {
      caller,
      emit: (event, data) => {
        socket.send(JSON.stringify({ event, payload: validateEvent(event, data) }))
      }
    })
      .catch(() => fail(message('errors.rpc.handlerFailed'), 'the request could not be handled'))
      .then((result) => socket.send(JSON.stringify({ id, result })))
  })
}

/**
 * The browser-mode host: serves the built renderer on loopback and bridges `window.api` over a
 * WebSocket to the dispatcher of the same composition root the Electron app uses. A random token
 * in the page URL guards the RPC socket, the uploads and the file streams against other local
 * pages.
 */
export async function startHost<D extends DialogPort>(
  options: HostOptions<D>
): Promise<RunningHost<D>> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const { files, uploads, operators, dispatch, library, close } = composeMain({
    mode: 'browser',
    dataLocation: options.dataLocation,
    dialogs: options.dialogs,
    createVerifyWorker: createSourceVerifyWorker,
    ...(options.embeddedLibrary === undefined ? {} : { embeddedLibrary: options.embeddedLibrary })
  })

  let port = 0
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (!isLoopbackRequest(req.headers, port)) {
      res.writeHead(403).end()
      return
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const fileMatch = url.pathname.match(/^\/files\/([\w-]{1,64})$/)
    const authorised = tokenMatches(token, url.searchParams.get('token'))
    const upload = req.method === 'POST' && url.pathname === '/files'
    const respond = upload
      ? authorised
        ? uploads.receive(Readable.toWeb(req) as ReadableStream<Uint8Array>, {
            contentLength: req.headers['content-length'] ?? null,
            fileName: (req.headers['x-file-name'] as string | undefined) ?? null
          })
        : Promise.resolve(new Response('Forbidden', { status: 403 }))
      : fileMatch?.[1]
        ? authorised
          ? serveRegisteredFile(files, fileMatch[1], req.headers.range ?? null)
          : Promise.resolve(new Response('Forbidden', { status: 403 }))
        : serveStaticAsset(options.rendererRoot, url.pathname)
    respond.then(
      (response) => sendResponse(res, response),
      () => res.writeHead(500).end()
    )
  })

  const sockets = new Set<WebSocket>()
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (
      !isLoopbackRequest(req.headers, port) ||
      url.pathname !== '/rpc' ||
      !tokenMatches(token, url.searchParams.get('token'))
    ) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => handleSocket(ws, dispatch, sockets, operators))
  })

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    files,
    dialogs: options.dialogs,
    library,
    broadcast(event, payload) {
      const data = JSON.stringify({ event, payload: validateEvent(event, payload) })
      for (const socket of sockets) socket.send(data)
    },
    close: async () => {
      for (const socket of sockets) socket.terminate()
      wss.close()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await close()
    }
  }
}
