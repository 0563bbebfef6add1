import { randomBytes } from 'node:crypto'
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The keys main keeps and the renderer never sees. */
export const secretNames = [
  /** 审计日志的消息认证码密钥 (HMAC-SHA-256 over each entry). */
  'auditMac',
  /** 持证主体代码的密钥 (HMAC-SHA-256 of full ID numbers, for exact lookups). */
  'holderHash'
] as const
export type SecretName = (typeof secretNames)[number]

/**
 * How a secret is protected at rest. `safeStorage`: encrypted by Electron with the operating
 * system's keychain (DPAPI on Windows, libsecret/kwallet on Linux). `userFile`: a file only the
 * user can read (browser mode, and desktops without a keychain); 系统信息 says which.
 */
export type SecretProtection = 'safeStorage' | 'userFile'

/** Encrypts and decrypts a secret for storage, e.g. Electron's safeStorage. */
export interface SecretSealer {
  protection: SecretProtection
  seal(secret: Buffer): Buffer
  unseal(stored: Buffer): Buffer
}

/** No encryption: the file's mode is the protection. */
export const userFileSealer: SecretSealer = {
  protection: 'userFile',
  seal: (secret) => Buffer.from(secret.toString('hex')),
  unseal: (stored) => Buffer.from(stored.toString('utf8').trim(), 'hex')
}

export interface SecretStore {
  protection: SecretProtection
  /** The named 32-byte secret, created the first time it is asked for and kept from then on. */
  secret(name: SecretName): Buffer
  /**
   * Keeps `secret` as `name` when no such secret exists yet (an older installation handing over
   * a key it kept elsewhere); an existing secret is never replaced.
   */
  adopt(name: SecretName, secret: Buffer): 'adopted' | 'same' | 'kept'
}

const SECRET_BYTES = 32

/**
 * Secrets in `<dataLocation>/secrets/<name>.key`, mode 0600 in a 0700 folder, written by rename
 * so that a crash never leaves half a key. A key that cannot be read back is an error, never
 * silently replaced: a new audit key would make the whole log look forged, a new holder key
 * would make every stored hash unsearchable.
 */
export function createSecretStore(
  dataLocation: string,
  sealer: SecretSealer = userFileSealer
): SecretStore {
  const folder = join(dataLocation, 'secrets')
  const cache = new Map<SecretName, Buffer>()
  function read(path: string): Buffer | undefined {
    try {
      return readFileSync(path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
  }
  function load(name: SecretName): Buffer | undefined {
    const cached = cache.get(name)
    if (cached) return cached
    const stored = read(join(folder, `${name}.key`))
    if (!stored) return undefined
    const secret = sealer.unseal(stored)
    if (secret.length !== SECRET_BYTES) throw new Error(`secret ${name} is unreadable`)
    cache.set(name, secret)
    return secret
  }
  function keep(name: SecretName, secret: Buffer): Buffer {
    const path = join(folder, `${name}.key`)
    mkdirSync(folder, { recursive: true, mode: 0o700 })
    chmodSync(folder, 0o700)
    const temporary = `${path}.${process.pid}.tmp`
    writeFileSync(temporary, sealer.seal(secret), { mode: 0o600, flag: 'wx' })
    renameSync(temporary, path)
    cache.set(name, secret)
    return secret
  }
  return {
    protection: sealer.protection,
    secret(name) {
      return load(name) ?? keep(name, randomBytes(SECRET_BYTES))
    },
    adopt(name, secret) {
      if (secret.length !== SECRET_BYTES) throw new Error(`secret ${name} must be 32 bytes`)
      const existing = load(name)
      if (existing) return existing.equals(secret) ? 'same' : 'kept'
      keep(name, Buffer.from(secret))
      return 'adopted'
    }
  }
}
