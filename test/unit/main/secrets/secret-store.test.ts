import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  createSecretStore,
  type SecretSealer
} from '../../../../src/main/services/secrets/secret-store'

const dataLocation = () => mkdtempSync(join(tmpdir(), 'secrets-'))

describe('secret store (keys main keeps)', () => {
  it('creates each secret once, 32 random bytes, and gives the same one after a restart', () => {
    const where = dataLocation()
    const first = createSecretStore(where)
    const audit = first.secret('auditMac')
    const holder = first.secret('holderHash')
    expect(audit).toHaveLength(32)
    expect(audit.equals(holder)).toBe(false)
    const again = createSecretStore(where)
    expect(again.secret('auditMac').equals(audit)).toBe(true)
    expect(again.secret('holderHash').equals(holder)).toBe(true)
  })

  it('keeps them readable by the user only (0600 in a 0700 folder)', () => {
    const where = dataLocation()
    createSecretStore(where).secret('auditMac')
    expect(statSync(join(where, 'secrets')).mode & 0o777).toBe(0o700)
    expect(statSync(join(where, 'secrets', 'auditMac.key')).mode & 0o777).toBe(0o600)
  })

  it('stores what the sealer makes of the secret (safeStorage in the app), never the secret', () => {
    const where = dataLocation()
    const xor: SecretSealer = {
      protection: 'safeStorage',
      seal: (secret) => Buffer.from(secret.map((byte) => byte ^ 0x5a)),
      unseal: (stored) => Buffer.from(stored.map((byte) => byte ^ 0x5a))
    }
    const store = createSecretStore(where, xor)
    expect(store.protection).toBe('safeStorage')
    const secret = store.secret('holderHash')
    const onDisk = readFileSync(join(where, 'secrets', 'holderHash.key'))
    expect(onDisk.equals(secret)).toBe(false)
    expect(onDisk.includes(Buffer.from(secret.toString('hex')))).toBe(false)
    expect(createSecretStore(where, xor).secret('holderHash').equals(secret)).toBe(true)
  })

  it('refuses a damaged key instead of quietly making a new one', () => {
    const where = dataLocation()
    createSecretStore(where).secret('auditMac')
    writeFileSync(join(where, 'secrets', 'auditMac.key'), 'abcd')
    expect(() => createSecretStore(where).secret('auditMac')).toThrow(/unreadable/)
  })
})
