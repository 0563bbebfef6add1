import { createServer } from 'node:http'
import { connect } from 'node:net'

/**
 * A CONNECT proxy as on the extranet, on loopback: it tunnels to the host:port asked for, or
 * refuses with 403 while `refuse` is set. `tunnels` lists the targets it was asked for.
 */
export interface ConnectProxy {
  url: string
  tunnels: string[]
  refuse: boolean
  close(): Promise<void>
}

export async function startConnectProxy(): Promise<ConnectProxy> {
  const server = createServer((_, response) => response.writeHead(405).end())
  const proxy: ConnectProxy = {
    url: '',
    tunnels: [],
    refuse: false,
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  }
  server.on('connect', (req, socket, head) => {
    proxy.tunnels.push(req.url ?? '')
    if (proxy.refuse) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    const [host, port] = (req.url ?? '').split(':')
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(socket)
      socket.pipe(upstream)
    })
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (typeof address !== 'object' || address === null) throw new Error('no proxy address')
  proxy.url = `http://127.0.0.1:${address.port}`
  return proxy
}
