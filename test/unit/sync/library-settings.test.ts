import { mkdtempSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ConfigureLibraryInput } from '../../../src/shared/contract'
import type { SecretSealer } from '../../../src/main/services/secrets/secret-store'
import { createLibrarySettings } from '../../../src/main/services/sync/library-settings'
import { createSyncService } from '../../../src/main/services/sync/sync-service'
import { createExtranetPki, type ExtranetPki } from '../../support/extranet-pki'
import { startLibrary, type RunningLibrary } from '../library/support'

/**
 * 设置 → 电子证照库连接 as main keeps it: what a 系统管理员 enters is checked before anything is
 * kept (a wrong address, proxy, CA or certificate password is said at once, and the previous
 * connection stays), the client certificate is sealed like main's keys, and the next request goes
 * out over the new connection: here a library behind a private CA that asks for the client
 * certificate.
 */
let pki: ExtranetPki
let mutual: RunningLibrary

beforeAll(async () => {
  pki = createExtranetPki()
  mutual = await startLibrary({
    tls: {
      cert: pki.file('server.pem'),
      key: pki.file('server.key'),
      clientCa: pki.file('root.pem')
    }
  })
}, 60_000)

afterAll(async () => {
  await mutual?.close()
  pki?.remove()
})

/** A sealer that is not the identity: the stored file must not hold the secret in the clear. */
const reversing: SecretSealer = {
  protection: 'safeStorage',
  seal: (secret) => Buffer.from(secret).reverse(),
  unseal: (stored) => Buffer.from(stored).reverse()
}

const base64 = (bytes: Buffer) => bytes.toString('base64')
const folder = () => mkdtempSync(join(tmpdir(), 'library-settings-'))

function cityLibrary(overrides: Partial<Extract<ConfigureLibraryInput, { use: 'library' }>> = {}) {
  return {
    use: 'library' as const,
    server: mutual.url.replace('http://', 'https://'),
    proxy: null,
    ca: { name: 'xuchang-root.pem', base64: base64(pki.file('root.pem')) },
    certificate: {
      name: 'workstation-01.p12',
      base64: base64(pki.file('client.p12')),
      password: pki.p12Password
    },
    ...overrides
  }
}

describe('the library connection kept by main', () => {
  it('keeps the address, the CA and the sealed certificate, and reads them back after a restart', () => {
    const dataLocation = folder()
    const settings = createLibrarySettings(dataLocation, reversing)
    expect(settings.connection()).toBeNull()
    const connection = settings.configure(cityLibrary({ proxy: 'http://proxy.xuchang.test:3128' }))
    expect(connection).toMatchObject({
      server: mutual.url.replace('http://', 'https://'),
      proxy: 'http://proxy.xuchang.test:3128/',
      pfx: { passphrase: pki.p12Password }
    })
    expect(Buffer.from(connection!.pfx!.data)).toEqual(pki.file('client.p12'))
    expect(connection!.ca).toContain('-----BEGIN CERTIFICATE-----')
    expect(settings.files()).toEqual({ ca: 'xuchang-root.pem', certificate: 'workstation-01.p12' })

    const file = join(dataLocation, 'sync', 'library.json')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(statSync(join(dataLocation, 'sync')).mode & 0o777).toBe(0o700)
    const stored = readFileSync(file, 'utf8')
    // The password and the PKCS#12 are only in the sealed blob (the file name alone is readable).
    expect(Object.keys(JSON.parse(stored).certificate)).toEqual(['name', 'sealed'])
    expect(stored).not.toContain('passphrase')
    expect(stored).not.toContain(base64(pki.file('client.p12')).slice(0, 40))

    const restarted = createLibrarySettings(dataLocation, reversing)
    expect(restarted.connection()).toEqual(connection)
    expect(restarted.files()).toEqual(settings.files())
  })

  it('keeps a file it was told to keep, drops one it was given none for, and forgets it all for the 演示库', () => {
    const dataLocation = folder()
    const settings = createLibrarySettings(dataLocation)
    settings.configure(cityLibrary())
    const kept = settings.configure(cityLibrary({ ca: 'keep', certificate: null }))
    expect(kept?.ca).toContain('BEGIN CERTIFICATE')
    expect(kept?.pfx).toBeUndefined()
    expect(settings.files()).toEqual({ ca: 'xuchang-root.pem', certificate: null })
    expect(settings.configure({ use: 'embedded' })).toBeNull()
    expect(createLibrarySettings(dataLocation).connection()).toBeNull()
    // Nothing to keep after that: `keep` keeps nothing.
    expect(settings.configure(cityLibrary({ ca: 'keep', certificate: 'keep' }))).not.toHaveProperty(
      'ca'
    )
  })

  it.each([
    ['an address that is no URL', { server: 'library.xuchang' }, 'sync.settings.badAddress'],
    ['an ftp address', { server: 'ftp://library.xuchang.test' }, 'sync.settings.badAddress'],
    ['an https proxy', { proxy: 'https://proxy:3128' }, 'sync.settings.badProxy'],
    ['a SOCKS proxy', { proxy: 'socks5://proxy:1080' }, 'sync.settings.badProxy'],
    [
      'a CA file that is a key, not a certificate',
      { ca: { name: 'root.key', base64: 'LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0t' } },
      'sync.settings.badCa'
    ],
    [
      'a PKCS#12 with the wrong password',
      {
        certificate: {
          name: 'workstation-01.p12',
          base64: 'AAAA',
          password: 'wrong'
        }
      },
      'sync.settings.badCertificate'
    ]
  ])('refuses %s and keeps the connection it had', (_label, change, code) => {
    const dataLocation = folder()
    const settings = createLibrarySettings(dataLocation)
    const before = settings.configure(cityLibrary())
    expect(() => settings.configure(cityLibrary(change))).toThrow(
      expect.objectContaining({ value: expect.objectContaining({ code }) })
    )
    expect(createLibrarySettings(dataLocation).connection()).toEqual(before)
  })

  it('refuses the right PKCS#12 under a wrong password', () => {
    const settings = createLibrarySettings(folder())
    const wrong = cityLibrary({
      certificate: {
        name: 'workstation-01.p12',
        base64: base64(pki.file('client.p12')),
        password: 'not-the-password'
      }
    })
    expect(() => settings.configure(wrong)).toThrow(
      expect.objectContaining({
        value: { code: 'sync.settings.badCertificate', params: { file: 'workstation-01.p12' } }
      })
    )
    expect(settings.connection()).toBeNull()
  })
})

describe('the sync service with a configured library', () => {
  it('reaches the library behind the private CA with the client certificate from the next request on', async () => {
    const dataLocation = folder()
    const wantEmbedded = vi.fn()
    const service = createSyncService({
      settings: createLibrarySettings(dataLocation),
      wantEmbedded
    })
    service.useEmbedded('http://127.0.0.1:9')
    expect(service.status().source).toBe('embedded')
    const status = await service.configure(cityLibrary())
    expect(status).toMatchObject({
      source: 'configured',
      server: mutual.url.replace('http://', 'https://'),
      ca: 'xuchang-root.pem',
      clientCertificate: 'workstation-01.p12',
      preparing: null,
      failure: null
    })
    expect(await service.request({ route: 'info' })).toMatchObject({
      ok: true,
      text: expect.stringContaining('datasetId')
    })
    // Without the client certificate the same library closes the connection.
    await service.configure(cityLibrary({ certificate: null }))
    expect(await service.request({ route: 'info' })).toMatchObject({
      ok: false,
      fault: { kind: 'network', message: { code: 'sync.fault.closedWithoutCertificate' } }
    })
    expect(wantEmbedded).not.toHaveBeenCalled()
    // Back to the 演示库, which is already running here.
    expect(await service.configure({ use: 'embedded' })).toMatchObject({
      source: 'embedded',
      server: 'http://127.0.0.1:9',
      ca: null,
      clientCertificate: null
    })
    expect(wantEmbedded).not.toHaveBeenCalled()
    await service.close()
  }, 30_000)

  it('starts the 演示库 again when a workstation that had a library goes back to it', async () => {
    const dataLocation = folder()
    createLibrarySettings(dataLocation).configure(cityLibrary())
    const wantEmbedded = vi.fn()
    const service = createSyncService({
      settings: createLibrarySettings(dataLocation),
      wantEmbedded
    })
    expect(service.status().source).toBe('configured')
    await service.configure({ use: 'embedded' })
    expect(wantEmbedded).toHaveBeenCalledTimes(1)
    expect(service.status()).toMatchObject({ source: 'none', server: null })
    // While it is being filled, going back to it again does not start a second one.
    service.preparingEmbedded(100, 20_000)
    await service.configure(cityLibrary())
    await service.configure({ use: 'embedded' })
    expect(wantEmbedded).toHaveBeenCalledTimes(1)
  })

  it('says when the saved connection no longer reads, and starts anyway', () => {
    const dataLocation = folder()
    mkdirSync(join(dataLocation, 'sync'), { recursive: true })
    writeFileSync(join(dataLocation, 'sync', 'library.json'), '{"server": 42')
    const service = createSyncService({ settings: createLibrarySettings(dataLocation) })
    expect(service.status()).toMatchObject({
      source: 'none',
      failure: { code: 'sync.settings.unreadable' }
    })
  })
})
