import { X509Certificate } from 'node:crypto'
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { CodedError } from '../../../shared/contract/result'
import type { ConfigureLibraryInput } from '../../../shared/contract/sync'
import { SyncFailure } from '../../../shared/domain/sync/faults'
import { message } from '../../../shared/i18n/message'
import { userFileSealer, type SecretSealer } from '../secrets/secret-store'
import { checkClientCertificate, type LibraryConnection } from './http-transport'

/**
 * 电子证照库连接 as this installation keeps it: `<dataLocation>/sync/library.json`, mode 0600 in a
 * 0700 folder, written by rename. The client certificate (PKCS#12 and its password) is sealed
 * like main's keys (safeStorage with the system keychain where there is one); the address, the
 * proxy and the CA are not secrets and stay readable.
 */
const StoredLibrary = z.object({
  server: z.string(),
  proxy: z.string().nullable(),
  ca: z.object({ name: z.string(), pem: z.string() }).nullable(),
  certificate: z.object({ name: z.string(), sealed: z.string() }).nullable()
})
type StoredLibrary = z.infer<typeof StoredLibrary>

const SealedCertificate = z.object({ pfx: z.string(), passphrase: z.string() })

export interface LibrarySettings {
  /** The configured library, or null: the 演示库 when there is one. */
  connection(): LibraryConnection | null
  /** What the 设置 page shows: names of the files, never their contents or the password. */
  files(): { ca: string | null; certificate: string | null }
  /** Checks and keeps a new connection (or forgets it with `use: 'embedded'`). */
  configure(input: ConfigureLibraryInput): LibraryConnection | null
}

const settingsError = (code: string, params?: Record<string, string>) =>
  new CodedError(message(code, params))

function checkedServer(address: string): string {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    throw settingsError('sync.settings.badAddress', { address })
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw settingsError('sync.settings.badAddress', { address })
  }
  return url.origin + url.pathname.replace(/\/+$/, '')
}

function checkedProxy(proxy: string | null): string | null {
  if (proxy === null || proxy.trim() === '') return null
  let url: URL
  try {
    url = new URL(proxy)
  } catch {
    throw settingsError('sync.settings.badProxy', { proxy })
  }
  if (url.protocol !== 'http:') throw settingsError('sync.settings.badProxy', { proxy })
  return url.href
}

/** A CA file as PEM: one or more certificates in PEM, or one in DER; anything else is refused. */
function caPem(name: string, bytes: Buffer): string {
  const text = bytes.toString('latin1')
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)
  try {
    if (blocks) {
      for (const block of blocks) new X509Certificate(block)
      return `${blocks.join('\n')}\n`
    }
    return new X509Certificate(bytes).toString()
  } catch {
    throw settingsError('sync.settings.badCa', { file: name })
  }
}

function checkedCertificate(name: string, pfx: Buffer, passphrase: string): void {
  try {
    checkClientCertificate({ data: new Uint8Array(pfx), passphrase })
  } catch (error) {
    if (error instanceof SyncFailure) {
      throw settingsError('sync.settings.badCertificate', { file: name })
    }
    throw error
  }
}

export function createLibrarySettings(
  dataLocation: string,
  sealer: SecretSealer = userFileSealer
): LibrarySettings {
  const folder = join(dataLocation, 'sync')
  const path = join(folder, 'library.json')

  function read(): StoredLibrary | null {
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    return StoredLibrary.parse(JSON.parse(text))
  }

  function write(stored: StoredLibrary | null): void {
    if (stored === null) {
      rmSync(path, { force: true })
      return
    }
    mkdirSync(folder, { recursive: true, mode: 0o700 })
    const temporary = `${path}.${process.pid}.tmp`
    writeFileSync(temporary, JSON.stringify(stored), { mode: 0o600 })
    chmodSync(temporary, 0o600)
    renameSync(temporary, path)
  }

  function toConnection(stored: StoredLibrary | null): LibraryConnection | null {
    if (!stored) return null
    const connection: LibraryConnection = { server: stored.server }
    if (stored.proxy) connection.proxy = stored.proxy
    if (stored.ca) connection.ca = stored.ca.pem
    if (stored.certificate) {
      const sealed = SealedCertificate.parse(
        JSON.parse(sealer.unseal(Buffer.from(stored.certificate.sealed, 'base64')).toString('utf8'))
      )
      connection.pfx = {
        data: new Uint8Array(Buffer.from(sealed.pfx, 'base64')),
        passphrase: sealed.passphrase
      }
    }
    return connection
  }

  /** Read on first use; a file that does not read throws there, and is replaced by the next save. */
  let cached: StoredLibrary | null | undefined
  const stored = (): StoredLibrary | null => (cached === undefined ? (cached = read()) : cached)
  const storedOrNone = (): StoredLibrary | null => {
    try {
      return stored()
    } catch {
      return null
    }
  }
  return {
    connection: () => toConnection(stored()),
    files: () => {
      const current = storedOrNone()
      return { ca: current?.ca?.name ?? null, certificate: current?.certificate?.name ?? null }
    },
    configure(input) {
      const current = storedOrNone()
      if (input.use === 'embedded') {
        write(null)
        cached = null
        return null
      }
      const ca =
        input.ca === 'keep'
          ? (current?.ca ?? null)
          : input.ca
            ? {
                name: input.ca.name,
                pem: caPem(input.ca.name, Buffer.from(input.ca.base64, 'base64'))
              }
            : null
      let certificate: StoredLibrary['certificate'] = null
      if (input.certificate === 'keep') certificate = current?.certificate ?? null
      else if (input.certificate) {
        const pfx = Buffer.from(input.certificate.base64, 'base64')
        checkedCertificate(input.certificate.name, pfx, input.certificate.password)
        const secret = JSON.stringify({
          pfx: pfx.toString('base64'),
          passphrase: input.certificate.password
        })
        certificate = {
          name: input.certificate.name,
          sealed: sealer.seal(Buffer.from(secret, 'utf8')).toString('base64')
        }
      }
      const next: StoredLibrary = {
        server: checkedServer(input.server),
        proxy: checkedProxy(input.proxy),
        ca,
        certificate
      }
      write(next)
      cached = next
      return toConnection(next)
    }
  }
}
