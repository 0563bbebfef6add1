import { lookup as dnsLookup } from 'node:dns/promises'
import { isIP, type Socket } from 'node:net'
import { SyncFailure } from '../../../shared/domain/sync/faults'
import { SYNC_PROTOCOL_VERSION, SyncInfo } from '../../../shared/domain/sync/protocol'
import { instant, message } from '../../../shared/i18n/message'
import {
  failed,
  handshake,
  judgeClientCertificate,
  judgeServerCertificate,
  ok,
  openTcp,
  openTunnel,
  plainHttpStep,
  reasonOf,
  timed,
  type Handshake,
  type Step
} from './connection-probes'
import {
  checkClientCertificate,
  createHttpTransport,
  type LibraryConnection
} from './http-transport'

/**
 * 连接诊断: the road from this workstation to 市统一电子证照库 walked one step at a time, so that
 * an operator (or the extranet's help desk) reads which step fails and why, instead of one
 * "cannot connect": the address, the proxy tunnel, DNS, TCP, the TLS handshake with the server's
 * and the bureau's certificates, and the library's answer on the protocol.
 */
export type DiagnosisStepName =
  'address' | 'proxy' | 'dns' | 'tcp' | 'tls' | 'clientCertificate' | 'library'
export type { DiagnosisStatus } from './connection-probes'

export interface DiagnosisStep extends Step {
  step: DiagnosisStepName
}

export interface ConnectionDiagnosis {
  ok: boolean
  steps: DiagnosisStep[]
}

export interface DiagnosisOptions {
  /** DNS resolution (a seam for tests; the system resolver otherwise). */
  lookup?: (host: string) => Promise<string[]>
  now?: () => Date
  /** A certificate that ends within this many days is a warning. */
  expiryWarningDays?: number
}

async function systemLookup(host: string): Promise<string[]> {
  return (await dnsLookup(host, { all: true })).map((entry) => entry.address)
}

async function askLibrary(connection: LibraryConnection): Promise<Step> {
  const started = Date.now()
  let transport: ReturnType<typeof createHttpTransport>
  try {
    transport = createHttpTransport(connection)
  } catch (error) {
    if (error instanceof SyncFailure) return failed(error.fault.message)
    throw error
  }
  try {
    const body = await transport.info()
    const ms = Date.now() - started
    let parsed: ReturnType<typeof SyncInfo.safeParse>
    try {
      parsed = SyncInfo.safeParse(JSON.parse(body.text))
    } catch {
      return failed(message('sync.check.library.notLibrary'), ms)
    }
    if (!parsed.success) return failed(message('sync.check.library.notLibrary'), ms)
    const info = parsed.data
    if (info.minClientProtocol > SYNC_PROTOCOL_VERSION) {
      return failed(
        message('sync.check.library.protocol', {
          required: info.minClientProtocol,
          ours: SYNC_PROTOCOL_VERSION
        }),
        ms
      )
    }
    return ok(
      message('sync.check.library.ok', {
        datasetId: info.datasetId,
        protocol: info.protocol,
        headSeq: info.headSeq,
        // Shown in Beijing time like every other time; the library states it with an offset.
        serverTime: Number.isNaN(Date.parse(info.serverTime))
          ? info.serverTime
          : instant(new Date(info.serverTime).toISOString())
      }),
      ms
    )
  } catch (error) {
    if (!(error instanceof SyncFailure)) throw error
    const ms = Date.now() - started
    // /v1/sync/info takes no parameters: a library refuses it only when it is none.
    if (error.fault.kind === 'refused') return failed(message('sync.check.library.notLibrary'), ms)
    return failed(error.fault.message, ms)
  } finally {
    await transport.close()
  }
}

/** Walks the steps in order; after the first that fails, the rest are skipped. */
export async function diagnoseConnection(
  connection: LibraryConnection,
  options: DiagnosisOptions = {}
): Promise<ConnectionDiagnosis> {
  const lookup = options.lookup ?? systemLookup
  const now = (options.now ?? (() => new Date()))()
  const warnDays = options.expiryWarningDays ?? 30
  const timeoutMs = connection.timeouts?.connectMs ?? 10_000
  const steps: DiagnosisStep[] = []
  const order: DiagnosisStepName[] = [
    'address',
    'proxy',
    'dns',
    'tcp',
    'tls',
    'clientCertificate',
    'library'
  ]
  const record = (step: DiagnosisStepName, result: Step) => {
    steps.push({ step, ...result })
    return result.status !== 'failed'
  }
  const finish = (): ConnectionDiagnosis => {
    for (const step of order) {
      if (!steps.some((done) => done.step === step)) {
        steps.push({ step, status: 'skipped', said: message('sync.check.skipped') })
      }
    }
    steps.sort((a, b) => order.indexOf(a.step) - order.indexOf(b.step))
    return { ok: steps.every((step) => step.status !== 'failed'), steps }
  }

  let url: URL
  try {
    url = new URL(connection.server)
  } catch {
    url = new URL('invalid:')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    record('address', failed(message('sync.fault.address', { address: connection.server })))
    return finish()
  }
  const https = url.protocol === 'https:'
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
  const port = Number(url.port || (https ? 443 : 80))
  record(
    'address',
    ok(message('sync.check.address.ok', { host, port, scheme: https ? 'HTTPS' : 'HTTP' }))
  )

  try {
    checkClientCertificate(connection.pfx)
  } catch (error) {
    if (!(error instanceof SyncFailure)) throw error
    record('clientCertificate', failed(error.fault.message))
    return finish()
  }

  let socket: Socket | null = null
  try {
    if (connection.proxy) {
      const proxy = URL.canParse(connection.proxy) ? new URL(connection.proxy) : null
      if (proxy?.protocol !== 'http:') {
        record('proxy', failed(message('sync.check.proxy.address', { proxy: connection.proxy })))
        return finish()
      }
      const started = Date.now()
      let tunnel: Socket | { status: number }
      try {
        tunnel = await openTunnel(proxy, `${host}:${port}`, timeoutMs)
      } catch (error) {
        record(
          'proxy',
          failed(
            message('sync.check.proxy.unreachable', { proxy: proxy.host, reason: reasonOf(error) })
          )
        )
        return finish()
      }
      const ms = Date.now() - started
      if (!('write' in tunnel)) {
        record(
          'proxy',
          failed(
            message('sync.check.proxy.refused', { proxy: proxy.host, status: tunnel.status }),
            ms
          )
        )
        return finish()
      }
      socket = tunnel
      record(
        'proxy',
        ok(message('sync.check.proxy.ok', { proxy: proxy.host, target: `${host}:${port}` }), ms)
      )
      record('dns', { status: 'skipped', said: message('sync.check.dns.viaProxy') })
      record('tcp', { status: 'skipped', said: message('sync.check.tcp.viaProxy') })
    } else {
      record('proxy', { status: 'skipped', said: message('sync.check.proxy.none') })
      let address = host
      if (isIP(host)) record('dns', { status: 'skipped', said: message('sync.check.dns.ip') })
      else {
        const started = Date.now()
        let addresses: string[]
        try {
          addresses = await timed(lookup(host), timeoutMs, 'dns')
        } catch (error) {
          record('dns', failed(message('sync.check.dns.failed', { host, reason: reasonOf(error) })))
          return finish()
        }
        address = addresses[0] ?? host
        record(
          'dns',
          ok(
            message('sync.check.dns.ok', { host, addresses: addresses.join(', ') }),
            Date.now() - started
          )
        )
      }
      const started = Date.now()
      try {
        socket = await openTcp(address, port, timeoutMs)
      } catch (error) {
        record(
          'tcp',
          failed(message('sync.check.tcp.failed', { address, port, reason: reasonOf(error) }))
        )
        return finish()
      }
      record('tcp', ok(message('sync.check.tcp.ok', { address, port }), Date.now() - started))
    }

    if (!https) {
      socket.destroy()
      record('tls', plainHttpStep(host))
      record('clientCertificate', {
        status: 'skipped',
        said: message('sync.check.clientCertificate.plain')
      })
    } else {
      const started = Date.now()
      let found: Handshake
      try {
        found = await handshake(socket, host, connection, timeoutMs)
      } catch (error) {
        record('tls', failed(message('sync.check.tls.failed', { reason: reasonOf(error) })))
        return finish()
      }
      socket = null
      const ms = Date.now() - started
      if (!record('tls', judgeServerCertificate(found, host, now, warnDays, ms))) return finish()
      if (!connection.pfx) {
        record('clientCertificate', {
          status: 'skipped',
          said: message('sync.check.clientCertificate.none')
        })
      } else if (!record('clientCertificate', judgeClientCertificate(found, now, warnDays))) {
        return finish()
      }
    }
  } finally {
    socket?.destroy()
  }
  record('library', await askLibrary(connection))
  return finish()
}
