import { request as httpRequest } from 'node:http'
import { isIP, connect as tcpConnect, type Socket } from 'node:net'
import { checkServerIdentity, connect as tlsConnect, type PeerCertificate } from 'node:tls'
import { message, type Message } from '../../../shared/i18n/message'
import type { LibraryConnection } from './http-transport'

/*
 * The probes of 连接诊断 (diagnose.ts) and how their findings read. A probe that runs out of time
 * destroys its socket: a diagnosis leaves nothing connecting behind it.
 */
const DAY_MS = 86_400_000

export const reasonOf = (error: unknown): string => {
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error)
}

const isoDay = (text: string): string => {
  const time = Date.parse(text)
  return Number.isNaN(time) ? text : new Date(time).toISOString().slice(0, 10)
}

/** `CN=…` of a certificate's subject or issuer, or its organisation when it has no CN. */
function nameOf(entity: PeerCertificate['subject'] | undefined): string {
  const pick = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
  return pick(entity?.CN) ?? pick(entity?.O) ?? '?'
}

const timeout = (what: string) => Object.assign(new Error(what), { code: 'ETIMEDOUT' })

/** A DNS answer within the time: the lookup itself cannot be cancelled, and holds no socket. */
export function timed<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(timeout(what)), timeoutMs)
    work.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error))
    )
  })
}

export function openTcp(host: string, port: number, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = tcpConnect({ host, port })
    socket.setTimeout(timeoutMs, () => socket.destroy(timeout('tcp')))
    socket.once('connect', () => {
      socket.setTimeout(0)
      resolve(socket)
    })
    socket.on('error', (error) => (socket.destroy(), reject(error)))
  })
}

/** A CONNECT tunnel through the proxy to host:port; its status when the proxy refuses. */
export function openTunnel(
  proxy: URL,
  target: string,
  timeoutMs: number
): Promise<Socket | { status: number }> {
  return new Promise((resolve, reject) => {
    const auth =
      proxy.username !== ''
        ? {
            'proxy-authorization': `Basic ${Buffer.from(
              `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
            ).toString('base64')}`
          }
        : undefined
    const req = httpRequest({
      host: proxy.hostname,
      port: Number(proxy.port || 80),
      method: 'CONNECT',
      path: target,
      headers: { host: target, ...auth }
    })
    req.once('connect', (response, socket) => {
      if (response.statusCode === 200) resolve(socket)
      else {
        socket.destroy()
        resolve({ status: response.statusCode ?? 0 })
      }
    })
    req.setTimeout(timeoutMs, () => req.destroy(timeout('proxy')))
    req.on('error', reject)
    req.end()
  })
}

export interface Handshake {
  protocol: string
  peer: PeerCertificate
  local: PeerCertificate | null
  authorizationError: string | null
}

export function handshake(
  socket: Socket,
  host: string,
  connection: LibraryConnection,
  timeoutMs: number
): Promise<Handshake> {
  return new Promise((resolve, reject) => {
    // Verified below, step by step, to say which part of the chain or name does not hold.
    const secure = tlsConnect({
      socket,
      ...(isIP(host) ? {} : { servername: host }),
      rejectUnauthorized: false,
      ...(connection.ca ? { ca: connection.ca } : {}),
      ...(connection.pfx
        ? { pfx: Buffer.from(connection.pfx.data), passphrase: connection.pfx.passphrase }
        : {})
    })
    secure.once('secureConnect', () => {
      socket.setTimeout(0)
      const local = secure.getCertificate()
      resolve({
        protocol: secure.getProtocol() ?? '?',
        peer: secure.getPeerCertificate(),
        local: local && 'subject' in local ? (local as PeerCertificate) : null,
        authorizationError: secure.authorizationError ? String(secure.authorizationError) : null
      })
      secure.destroy()
    })
    // On the raw socket: a TLS socket wrapping one that is already connected never times out.
    socket.setTimeout(timeoutMs, () => secure.destroy(timeout('tls')))
    // A timeout can be reported twice (the TLS socket and the one it wraps): listen to every one.
    secure.on('error', (error) => (secure.destroy(), reject(error)))
  })
}

export type DiagnosisStatus = 'ok' | 'warning' | 'failed' | 'skipped'

/** What one step found. */
export interface Step {
  status: DiagnosisStatus
  said: Message
  /** How long the step took, for the network steps. */
  ms?: number
}
export const ok = (said: Message, ms?: number): Step => ({
  status: 'ok',
  said,
  ...(ms === undefined ? {} : { ms })
})
export const failed = (said: Message, ms?: number): Step => ({
  status: 'failed',
  said,
  ...(ms === undefined ? {} : { ms })
})

export function judgeServerCertificate(
  found: Handshake,
  host: string,
  now: Date,
  warnDays: number,
  ms: number
): Step {
  const { peer } = found
  const subject = nameOf(peer.subject)
  const issuer = nameOf(peer.issuer)
  const validTo = isoDay(peer.valid_to)
  if (found.authorizationError === 'CERT_HAS_EXPIRED') {
    return failed(message('sync.check.tls.expired', { subject, validTo }), ms)
  }
  if (found.authorizationError === 'CERT_NOT_YET_VALID') {
    return failed(
      message('sync.check.tls.notYetValid', { subject, validFrom: isoDay(peer.valid_from) }),
      ms
    )
  }
  if (
    found.authorizationError === 'ERR_TLS_CERT_ALTNAME_INVALID' ||
    checkServerIdentity(host, peer)
  ) {
    return failed(
      message('sync.check.tls.hostname', { subject, host, names: peer.subjectaltname ?? subject }),
      ms
    )
  }
  if (found.authorizationError) {
    return failed(
      message('sync.check.tls.untrusted', { subject, issuer, code: found.authorizationError }),
      ms
    )
  }
  const days = Math.floor((Date.parse(peer.valid_to) - now.getTime()) / DAY_MS)
  const said = message('sync.check.tls.ok', {
    protocol: found.protocol,
    subject,
    issuer,
    validTo,
    days
  })
  return days < warnDays ? { status: 'warning', said, ms } : ok(said, ms)
}

export function judgeClientCertificate(found: Handshake, now: Date, warnDays: number): Step {
  if (!found.local) return failed(message('sync.check.clientCertificate.unused'))
  const subject = nameOf(found.local.subject)
  const validTo = isoDay(found.local.valid_to)
  const ends = Date.parse(found.local.valid_to)
  if (ends < now.getTime())
    return failed(message('sync.check.clientCertificate.expired', { subject, validTo }))
  const days = Math.floor((ends - now.getTime()) / DAY_MS)
  const said = message('sync.check.clientCertificate.ok', { subject, validTo, days })
  return days < warnDays ? { status: 'warning', said } : ok(said)
}

/** Plain HTTP: harmless on this machine's loopback, a warning on any network. */
export function plainHttpStep(host: string): Step {
  const loopback = host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)
  return { status: loopback ? 'skipped' : 'warning', said: message('sync.check.tls.plain') }
}
