/**
 * Mutual TLS as a government extranet would run it (SYNC.md §3.2): a private root, a server
 * certificate for 127.0.0.1/localhost and a client certificate for clientAuth, all made by
 * `openssl` in a temporary directory at setup.
 */
import { Agent } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SyncInfo } from '../../../src/shared/domain/sync/protocol'
import { createExtranetPki, type ExtranetPki } from '../../support/extranet-pki'
import { call, startLibrary, type RunningLibrary } from './support'

let pki: ExtranetPki
let library: RunningLibrary
const pem = (name: string) => pki.file(name)

beforeAll(async () => {
  pki = createExtranetPki()
  library = await startLibrary({
    tls: { cert: pem('server.pem'), key: pem('server.key'), clientCa: pem('root.pem') }
  })
})
afterAll(async () => {
  await library?.close()
  pki?.remove()
})

describe('mTLS', () => {
  it('serves https and refuses a client without a certificate or with a stranger’s', async () => {
    expect(library.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    const anonymous = new Agent({ connect: { ca: pem('root.pem') } })
    await expect(call(`${library.url}/v1/sync/info`, { dispatcher: anonymous })).rejects.toThrow()
    await anonymous.close()
    const rogue = new Agent({
      connect: { ca: pem('root.pem'), cert: pem('rogue.pem'), key: pem('rogue.key') }
    })
    await expect(call(`${library.url}/v1/sync/info`, { dispatcher: rogue })).rejects.toThrow()
    await rogue.close()
  })

  it('answers a client whose certificate the city’s root signed', async () => {
    const workstation = new Agent({
      connect: { ca: pem('root.pem'), cert: pem('client.pem'), key: pem('client.key') }
    })
    const answer = await call(`${library.url}/v1/sync/info`, { dispatcher: workstation })
    expect(answer.status).toBe(200)
    expect(SyncInfo.parse(answer.json()).protocol).toBe(1)
    const byName = await call(library.url.replace('127.0.0.1', 'localhost') + '/v1/sync/info', {
      dispatcher: workstation
    })
    expect(byName.status).toBe(200)
    await workstation.close()
  })
})
