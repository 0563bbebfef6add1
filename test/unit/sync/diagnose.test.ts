import { createServer, type Server } from 'node:http'
import { createServer as createNetServer, type AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/index'
import type { CliIo } from '../../../src/cli/command'
import {
  diagnoseConnection,
  type ConnectionDiagnosis,
  type DiagnosisOptions
} from '../../../src/main/services/sync/diagnose'
import { plainHttpStep } from '../../../src/main/services/sync/connection-probes'
import type { LibraryConnection } from '../../../src/main/services/sync/http-transport'
import { startConnectProxy, type ConnectProxy } from '../../support/connect-proxy'
import { createExtranetPki, type ExtranetPki } from '../../support/extranet-pki'
import { startLibrary, type RunningLibrary } from '../library/support'

/**
 * 连接诊断 as the extranet's help desk uses it: each way the road to the library can be broken
 * is named at the step where it breaks, and the steps after it are not tried.
 */
let pki: ExtranetPki
let mutual: RunningLibrary
let expired: RunningLibrary
let plain: RunningLibrary
let impostor: Server
let impostorAnswer: { status: number; body: string } = { status: 404, body: 'not found' }
let proxy: ConnectProxy

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

beforeAll(async () => {
  pki = createExtranetPki()
  mutual = await startLibrary({
    tls: {
      cert: pki.file('server.pem'),
      key: pki.file('server.key'),
      clientCa: pki.file('root.pem')
    }
  })
  expired = await startLibrary({
    tls: { cert: pki.file('expired-server.pem'), key: pki.file('expired-server.key') }
  })
  plain = await startLibrary()
  impostor = createServer((_, response) =>
    response
      .writeHead(impostorAnswer.status, { 'content-type': 'application/json' })
      .end(impostorAnswer.body)
  )
  await listen(impostor)
  proxy = await startConnectProxy()
}, 60_000)

afterAll(async () => {
  await Promise.all([mutual?.close(), expired?.close(), plain?.close()])
  impostor?.closeAllConnections()
  await new Promise((resolve) => impostor?.close(resolve))
  await proxy?.close()
  pki?.remove()
})

const ca = () => pki.file('root.pem').toString()
const clientCertificate = () => ({ data: pki.file('client.p12'), passphrase: pki.p12Password })
const portOf = (url: string) => new URL(url).port
/** The PKI's certificates live two days: "expires soon" is not what most cases are about. */
const noExpiryWarning: DiagnosisOptions = { expiryWarningDays: 0 }

function statuses(diagnosis: ConnectionDiagnosis): Record<string, string> {
  return Object.fromEntries(diagnosis.steps.map((step) => [step.step, step.status]))
}
const said = (diagnosis: ConnectionDiagnosis, step: string) =>
  diagnosis.steps.find((entry) => entry.step === step)?.said

async function diagnose(connection: LibraryConnection, options = noExpiryWarning) {
  return diagnoseConnection(connection, options)
}

describe('连接诊断: the whole road when all is right', () => {
  it('walks address, TCP, TLS, the bureau’s certificate and the library, naming who is who', async () => {
    const diagnosis = await diagnose({ server: mutual.url, ca: ca(), pfx: clientCertificate() })
    expect(diagnosis.ok).toBe(true)
    expect(statuses(diagnosis)).toEqual({
      address: 'ok',
      proxy: 'skipped',
      dns: 'skipped',
      tcp: 'ok',
      tls: 'ok',
      clientCertificate: 'ok',
      library: 'ok'
    })
    expect(said(diagnosis, 'tls')?.params).toMatchObject({
      subject: 'library.xuchang.test',
      issuer: 'Xuchang Test Government Root',
      protocol: 'TLSv1.3'
    })
    expect(said(diagnosis, 'clientCertificate')?.params).toMatchObject({
      subject: 'workstation-01'
    })
    expect(said(diagnosis, 'library')?.code).toBe('sync.check.library.ok')
    expect(diagnosis.steps.map((step) => step.step)).toEqual([
      'address',
      'proxy',
      'dns',
      'tcp',
      'tls',
      'clientCertificate',
      'library'
    ])
  })

  it('resolves a name, and warns of a certificate that ends within the warning period', async () => {
    const diagnosis = await diagnoseConnection(
      { server: `https://localhost:${portOf(mutual.url)}`, ca: ca(), pfx: clientCertificate() },
      { lookup: async () => ['127.0.0.1'], expiryWarningDays: 30 }
    )
    expect(diagnosis.ok).toBe(true)
    expect(said(diagnosis, 'dns')?.params).toEqual({ host: 'localhost', addresses: '127.0.0.1' })
    expect(statuses(diagnosis)).toMatchObject({ tls: 'warning', clientCertificate: 'warning' })
  })

  it('goes through the proxy’s tunnel, and names the proxy when it refuses', async () => {
    const through = await diagnose({
      server: mutual.url,
      ca: ca(),
      pfx: clientCertificate(),
      proxy: proxy.url
    })
    expect(statuses(through)).toMatchObject({
      proxy: 'ok',
      dns: 'skipped',
      tcp: 'skipped',
      library: 'ok'
    })
    proxy.refuse = true
    try {
      const refused = await diagnose({
        server: mutual.url,
        ca: ca(),
        pfx: clientCertificate(),
        proxy: proxy.url
      })
      expect(refused.ok).toBe(false)
      expect(said(refused, 'proxy')).toEqual({
        code: 'sync.check.proxy.refused',
        params: { proxy: new URL(proxy.url).host, status: 403 }
      })
      expect(statuses(refused)).toMatchObject({ tls: 'skipped', library: 'skipped' })
    } finally {
      proxy.refuse = false
    }
  })

  it('says plain HTTP on loopback needs no TLS, and warns of it anywhere else', async () => {
    const local = await diagnose({ server: plain.url })
    expect(local.ok).toBe(true)
    expect(statuses(local)).toMatchObject({ tls: 'skipped', library: 'ok' })
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', 'localhost']) {
      expect(plainHttpStep(host).status).toBe('skipped')
    }
    for (const host of ['library.xuchang.test', '10.41.10.2', '128.0.0.1']) {
      expect(plainHttpStep(host)).toEqual({
        status: 'warning',
        said: { code: 'sync.check.tls.plain' }
      })
    }
  })
})

describe('连接诊断: each break named where it is', () => {
  it('an address that is not http(s)', async () => {
    const diagnosis = await diagnose({ server: 'ftp://library.xuchang.test' })
    expect(statuses(diagnosis)).toMatchObject({
      address: 'failed',
      tcp: 'skipped',
      library: 'skipped'
    })
    expect(said(diagnosis, 'address')?.code).toBe('sync.fault.address')
  })

  it('a proxy address that is no URL', async () => {
    const diagnosis = await diagnose({ server: mutual.url, proxy: 'proxy.gov.test:8080:x' })
    expect(said(diagnosis, 'proxy')).toEqual({
      code: 'sync.check.proxy.address',
      params: { proxy: 'proxy.gov.test:8080:x' }
    })
    expect(statuses(diagnosis)).toMatchObject({ tls: 'skipped', library: 'skipped' })
  })

  it('a server that accepts and never answers the handshake: timed out, and its socket closed', async () => {
    let closed!: () => void
    const socketClosed = new Promise<void>((resolve) => (closed = resolve))
    const silent = createNetServer((socket) => socket.resume().on('close', closed))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    try {
      const port = (silent.address() as AddressInfo).port
      const diagnosis = await diagnose({
        server: `https://127.0.0.1:${port}`,
        timeouts: { connectMs: 300 }
      })
      expect(statuses(diagnosis)).toMatchObject({ tcp: 'ok', tls: 'failed', library: 'skipped' })
      expect(said(diagnosis, 'tls')).toEqual({
        code: 'sync.check.tls.failed',
        params: { reason: 'ETIMEDOUT' }
      })
      await socketClosed
    } finally {
      await new Promise((resolve) => silent.close(resolve))
    }
  })

  it('a name DNS does not know', async () => {
    const diagnosis = await diagnoseConnection(
      { server: 'https://library.xuchang.test:8443' },
      {
        lookup: async () => {
          throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })
        }
      }
    )
    expect(said(diagnosis, 'dns')).toEqual({
      code: 'sync.check.dns.failed',
      params: { host: 'library.xuchang.test', reason: 'ENOTFOUND' }
    })
    expect(statuses(diagnosis)).toMatchObject({ dns: 'failed', tcp: 'skipped' })
  })

  it('a port where nothing listens', async () => {
    const closed = createServer()
    const port = await listen(closed)
    await new Promise((resolve) => closed.close(resolve))
    const diagnosis = await diagnose({ server: `https://127.0.0.1:${port}` })
    expect(said(diagnosis, 'tcp')).toEqual({
      code: 'sync.check.tcp.failed',
      params: { address: '127.0.0.1', port, reason: 'ECONNREFUSED' }
    })
    expect(statuses(diagnosis)).toMatchObject({ tls: 'skipped', library: 'skipped' })
  })

  it('a server certificate from a CA that was not configured, or from another province’s', async () => {
    for (const trusted of [undefined, pki.file('other-root.pem').toString()]) {
      const diagnosis = await diagnose({
        server: mutual.url,
        pfx: clientCertificate(),
        ...(trusted ? { ca: trusted } : {})
      })
      expect(statuses(diagnosis)).toMatchObject({ tls: 'failed', library: 'skipped' })
      expect(said(diagnosis, 'tls')).toMatchObject({
        code: 'sync.check.tls.untrusted',
        params: { subject: 'library.xuchang.test', issuer: 'Xuchang Test Government Root' }
      })
    }
  })

  it('a server certificate that expired, with the day it ended', async () => {
    const diagnosis = await diagnose({ server: expired.url, ca: ca() })
    // issued by test/support/extranet-pki.ts with -enddate 20200201000000Z
    expect(said(diagnosis, 'tls')).toEqual({
      code: 'sync.check.tls.expired',
      params: { subject: 'library.xuchang.test', validTo: '2020-02-01' }
    })
  })

  it('a server certificate issued for another name', async () => {
    const diagnosis = await diagnoseConnection(
      {
        server: `https://library.other.test:${portOf(mutual.url)}`,
        ca: ca(),
        pfx: clientCertificate()
      },
      { lookup: async () => ['127.0.0.1'], expiryWarningDays: 0 }
    )
    expect(said(diagnosis, 'tls')).toMatchObject({
      code: 'sync.check.tls.hostname',
      params: { host: 'library.other.test', names: 'IP Address:127.0.0.1, DNS:localhost' }
    })
  })

  it('no client certificate where the library asks for one; a PKCS#12 that does not open', async () => {
    const without = await diagnose({ server: mutual.url, ca: ca() })
    expect(statuses(without)).toMatchObject({
      tls: 'ok',
      clientCertificate: 'skipped',
      library: 'failed'
    })
    expect(said(without, 'library')?.code).toBe('sync.fault.closedWithoutCertificate')

    const wrong = await diagnose({
      server: mutual.url,
      ca: ca(),
      pfx: { data: pki.file('client.p12'), passphrase: 'not-it' }
    })
    expect(statuses(wrong)).toMatchObject({
      clientCertificate: 'failed',
      tcp: 'skipped',
      library: 'skipped'
    })
    expect(said(wrong, 'clientCertificate')?.code).toBe('sync.fault.clientCertificate')
  })

  it('a server that answers but is no library, and a library that needs a newer workbench', async () => {
    const server = `http://127.0.0.1:${(impostor.address() as AddressInfo).port}`
    impostorAnswer = { status: 404, body: 'not found' }
    expect(said(await diagnose({ server }), 'library')?.code).toBe('sync.check.library.notLibrary')
    impostorAnswer = { status: 200, body: '{"hello":"world"}' }
    expect(said(await diagnose({ server }), 'library')?.code).toBe('sync.check.library.notLibrary')
    const info = (await (await fetch(`${plain.url}/v1/sync/info`)).json()) as object
    impostorAnswer = {
      status: 200,
      body: JSON.stringify({ ...info, protocol: 2, minClientProtocol: 2 })
    }
    const newer = await diagnose({ server })
    expect(newer.ok).toBe(false)
    expect(said(newer, 'library')).toEqual({
      code: 'sync.check.library.protocol',
      params: { required: 2, ours: 1 }
    })
  })
})

describe('sync check on the command line', () => {
  function captureIo(): CliIo & { stdout: () => string } {
    let stdout = ''
    return {
      out: (line) => (stdout += `${line}\n`),
      err: (line) => (stdout += `${line}\n`),
      cwd: pki.dir,
      stdout: () => stdout
    }
  }

  it('prints one line per step and exits 0 when the road is clear, 69 when it is not', async () => {
    const io = captureIo()
    const args = [
      'sync',
      'check',
      '--server',
      mutual.url,
      '--ca',
      'root.pem',
      '--cert',
      'client.p12',
      '--password',
      pki.p12Password
    ]
    expect(await runCli(args, io)).toBe(0)
    expect(io.stdout()).toMatch(
      /(通过|注意) TLS 握手：TLSv1\.3；服务器证书“library\.xuchang\.test”由“Xuchang Test Government Root”签发/
    )
    expect(io.stdout()).toContain('连接诊断通过')

    const failing = captureIo()
    expect(
      await runCli(
        ['sync', 'check', '--server', expired.url, '--ca', 'root.pem', '--json'],
        failing
      )
    ).toBe(69)
    const report = JSON.parse(failing.stdout()) as {
      ok: boolean
      steps: { step: string; status: string; text: string }[]
    }
    expect(report.ok).toBe(false)
    expect(report.steps.find((step) => step.step === 'tls')).toMatchObject({
      status: 'failed',
      text: '服务器证书“library.xuchang.test”已于 2020-02-01 过期，请联系证照库管理员更换证书'
    })
  })
})
