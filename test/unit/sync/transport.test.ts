import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runSync } from '../../../src/shared/domain/sync/engine'
import { SyncFailure } from '../../../src/shared/domain/sync/faults'
import type { SyncEnvironment } from '../../../src/shared/domain/sync/ports'
import {
  createHttpTransport,
  type LibraryConnection
} from '../../../src/main/services/sync/http-transport'
import { nodeSyncEnvironment } from '../../../src/main/services/sync/node-environment'
import { startConnectProxy, type ConnectProxy } from '../../support/connect-proxy'
import { createExtranetPki, type ExtranetPki } from '../../support/extranet-pki'
import { MemoryStore } from '../domain/sync/memory-store'
import { startLibrary, type RunningLibrary } from '../library/support'

/**
 * The extranet as a workstation meets it (SYNC.md §3.2): the library behind the government's
 * private CA, asking for the bureau's client certificate, reached through a CONNECT proxy. What a
 * user must get is a sync that works when all is right, and a reason they can act on when not.
 */
let pki: ExtranetPki
let mutual: RunningLibrary
let expired: RunningLibrary
let proxy: ConnectProxy

const env: SyncEnvironment = { ...nodeSyncEnvironment, sleep: async () => undefined }

async function failureOf(connection: LibraryConnection): Promise<SyncFailure> {
  const transport = createHttpTransport(connection)
  try {
    await runSync({ clientId: 'ws', transport, store: new MemoryStore(), env, maxAttempts: 2 })
  } catch (error) {
    if (error instanceof SyncFailure) return error
    throw error
  } finally {
    await transport.close()
  }
  throw new Error('the sync succeeded')
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
  proxy = await startConnectProxy()
}, 60_000)

afterAll(async () => {
  await mutual?.close()
  await expired?.close()
  await proxy?.close()
  pki?.remove()
})

const clientCertificate = () => ({ data: pki.file('client.p12'), passphrase: pki.p12Password })

describe('the library behind the government CA, with the bureau’s client certificate', () => {
  it('syncs with the CA and the PKCS#12 certificate, directly and through the proxy', async () => {
    for (const proxied of [false, true]) {
      const transport = createHttpTransport({
        server: mutual.url,
        ca: pki.file('root.pem').toString(),
        pfx: clientCertificate(),
        ...(proxied ? { proxy: proxy.url } : {})
      })
      const report = await runSync({ clientId: 'ws', transport, store: new MemoryStore(), env })
      await transport.close()
      expect(report.bootstrapped).toBe(true)
    }
    expect(proxy.tunnels).toContain(new URL(mutual.url).host)
  })

  it('names a certificate problem instead of retrying: unknown CA, another province’s CA', async () => {
    for (const ca of [undefined, pki.file('other-root.pem').toString()]) {
      const failure = await failureOf({
        server: mutual.url,
        pfx: clientCertificate(),
        ...(ca ? { ca } : {})
      })
      expect(failure.fault.kind).toBe('tls')
      expect(failure.fault.message.code).toBe('sync.fault.tls')
    }
  })

  it('says the library’s certificate has expired', async () => {
    const failure = await failureOf({ server: expired.url, ca: pki.file('root.pem').toString() })
    expect(failure.fault.message).toEqual({
      code: 'sync.fault.tls',
      params: { code: 'CERT_HAS_EXPIRED' }
    })
  })

  it('fails without a client certificate; says at once that a PKCS#12 does not open', async () => {
    const without = await failureOf({ server: mutual.url, ca: pki.file('root.pem').toString() })
    expect(without.fault.message.code).toBe('sync.fault.closedWithoutCertificate')
    for (const pfx of [
      { data: pki.file('client.p12'), passphrase: 'not-it' },
      { data: pki.file('client.pem'), passphrase: pki.p12Password }
    ]) {
      const failure = (() => {
        try {
          createHttpTransport({ server: mutual.url, pfx })
        } catch (error) {
          return error
        }
      })()
      expect(failure).toBeInstanceOf(SyncFailure)
      expect((failure as SyncFailure).fault.message.code).toBe('sync.fault.clientCertificate')
    }
  })

  it('reports a proxy that refuses the tunnel as the proxy’s doing', async () => {
    proxy.refuse = true
    try {
      const failure = await failureOf({
        server: mutual.url,
        ca: pki.file('root.pem').toString(),
        pfx: clientCertificate(),
        proxy: proxy.url
      })
      expect(failure.fault.kind).toBe('proxy')
    } finally {
      proxy.refuse = false
    }
  })

  it('refuses an address that is not http(s) before sending anything', () => {
    expect(() => createHttpTransport({ server: 'ftp://library.xuchang.test' })).toThrow(SyncFailure)
  })
})
