/**
 * Mutual TLS as a government extranet would run it (SYNC.md §3.2): a private root, a server
 * certificate for 127.0.0.1/localhost and a client certificate for clientAuth, all made by
 * `openssl` in a temporary directory at setup.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Agent } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SyncInfo } from '../../../src/shared/domain/sync/protocol'
import { call, startLibrary, type RunningLibrary } from './support'

let dir: string
let library: RunningLibrary
const pem = (name: string) => readFileSync(join(dir, name))

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' })
}

/** A key and a certificate signed by `ca` (or self-signed) with the given extensions. */
function issue(name: string, subject: string, extensions: string, ca: string | null): void {
  openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${name}.key`)
  openssl('req', '-new', '-key', `${name}.key`, '-subj', subject, '-out', `${name}.csr`)
  writeFileSync(join(dir, `${name}.ext`), extensions)
  const signer = ca
    ? ['-CA', `${ca}.pem`, '-CAkey', `${ca}.key`, '-CAcreateserial']
    : ['-signkey', `${name}.key`]
  openssl(
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    ...signer,
    '-days',
    '2',
    '-extfile',
    `${name}.ext`,
    '-out',
    `${name}.pem`
  )
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'library-pki-'))
  issue(
    'root',
    '/CN=Xuchang Test Government Root',
    'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n',
    null
  )
  issue(
    'server',
    '/CN=library.xuchang.test',
    'basicConstraints=CA:FALSE\nsubjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n',
    'root'
  )
  issue(
    'client',
    '/CN=workstation-01',
    'basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n',
    'root'
  )
  issue('rogue', '/CN=rogue', 'basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n', null)
  library = await startLibrary({
    tls: { cert: pem('server.pem'), key: pem('server.key'), clientCa: pem('root.pem') }
  })
})
afterAll(async () => {
  await library?.close()
  rmSync(dir, { recursive: true, force: true })
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
