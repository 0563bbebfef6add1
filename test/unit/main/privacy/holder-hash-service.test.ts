import 'fake-indexeddb/auto'
import { createHmac } from 'node:crypto'
import { mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createHolderHashService } from '../../../../src/main/services/privacy/holder-hash-service'
import { createSecretStore } from '../../../../src/main/services/secrets/secret-store'
import { HOLDER_KEY_SETTING } from '../../../../src/renderer/src/db/holder-key'
import type { WorkbenchDb } from '../../../../src/renderer/src/db/database'
import { mainHolderHash } from '../../../../src/renderer/src/session/holder-hash'
import type { ChannelInput, ChannelName } from '../../../../src/shared/contract'
import { openTestDb } from '../../db/support'

const folder = () => mkdtempSync(join(tmpdir(), 'holder-hash-'))
const LEGACY = 'ab'.repeat(32)
const legacyHmac = (code: string) =>
  createHmac('sha256', Buffer.from(LEGACY, 'hex')).update(code).digest('hex')

describe('main’s holder hash service', () => {
  it('hashes normalised codes with the holderHash secret, created once and kept user-only', () => {
    const data = folder()
    const service = createHolderHashService(createSecretStore(data))
    const [first, second] = service.hashCodes(['11010519491231002x', ' 11010519491231002X '])
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(second).toBe(first)
    const key = createSecretStore(data).secret('holderHash')
    expect(first).toBe(createHmac('sha256', key).update('11010519491231002X').digest('hex'))
    expect(readdirSync(join(data, 'secrets'))).toEqual(['holderHash.key'])
    expect(statSync(join(data, 'secrets', 'holderHash.key')).mode & 0o777).toBe(0o600)
    expect(service.hashCodes([])).toEqual([])
  })

  it('adopts a legacy key only when it has none, and never replaces one', () => {
    const data = folder()
    const service = createHolderHashService(createSecretStore(data))
    expect(service.adoptLegacyKey(LEGACY)).toBe('adopted')
    expect(service.hashCodes(['11010519491231002X'])).toEqual([legacyHmac('11010519491231002X')])
    expect(service.adoptLegacyKey(LEGACY)).toBe('same')
    expect(service.adoptLegacyKey('cd'.repeat(32))).toBe('kept')
    // Another process reading the same folder has the adopted key.
    expect(createSecretStore(data).secret('holderHash').toString('hex')).toBe(LEGACY)

    const fresh = createHolderHashService(createSecretStore(folder()))
    fresh.hashCodes(['x'])
    expect(fresh.adoptLegacyKey(LEGACY)).toBe('kept')
    expect(() => createSecretStore(folder()).adopt('holderHash', Buffer.alloc(16))).toThrow(
      'secret holderHash must be 32 bytes'
    )
  })
})

describe('the legacy key’s hand-over from IndexedDB to main', () => {
  let db: WorkbenchDb | undefined
  afterEach(() => db?.close())

  /** The RPC client, answered by main's service as the dispatcher would; calls are recorded. */
  function apiOver(service: ReturnType<typeof createHolderHashService>, calls: string[]) {
    return {
      async call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<never> {
        calls.push(channel)
        if (channel === 'privacy.adoptHolderKey') {
          const { key } = input as ChannelInput<'privacy.adoptHolderKey'>
          return { outcome: service.adoptLegacyKey(key) } as never
        }
        if (channel === 'privacy.hashCodes') {
          const { codes } = input as ChannelInput<'privacy.hashCodes'>
          return { hashes: service.hashCodes(codes) } as never
        }
        throw new Error(`unexpected ${channel}`)
      }
    }
  }

  it('hands the key to main before the first hash and deletes it, so old hashes still match', async () => {
    db = await openTestDb('handover')
    await db.settings.put({ key: HOLDER_KEY_SETTING, value: LEGACY })
    const calls: string[] = []
    const main = mainHolderHash(
      apiOver(createHolderHashService(createSecretStore(folder())), calls),
      db
    )
    expect(await main.hash('11010519491231002x')).toBe(legacyHmac('11010519491231002X'))
    expect(calls).toEqual(['privacy.adoptHolderKey', 'privacy.hashCodes'])
    expect(await db.settings.get(HOLDER_KEY_SETTING)).toBeUndefined()
    // Once only.
    await main.hash('11010519491231002X')
    expect(calls).toEqual(['privacy.adoptHolderKey', 'privacy.hashCodes', 'privacy.hashCodes'])
  })

  it('keeps the key when main cannot be reached, and hands it over on the next try', async () => {
    db = await openTestDb('handover-retry')
    await db.settings.put({ key: HOLDER_KEY_SETTING, value: LEGACY })
    const service = createHolderHashService(createSecretStore(folder()))
    let reachable = false
    const calls: string[] = []
    const api = apiOver(service, calls)
    const main = mainHolderHash(
      {
        call: (channel, input) =>
          reachable ? api.call(channel, input) : Promise.reject(new Error('main is gone'))
      },
      db
    )
    await expect(main.handOver()).rejects.toThrow('main is gone')
    expect((await db.settings.get(HOLDER_KEY_SETTING))?.value).toBe(LEGACY)
    reachable = true
    await main.handOver()
    expect(await db.settings.get(HOLDER_KEY_SETTING)).toBeUndefined()
    expect(service.hashCodes(['A'])).toEqual([legacyHmac('A')])
  })

  it('deletes a malformed key without asking main, and asks nothing when there is none', async () => {
    db = await openTestDb('handover-bad')
    await db.settings.put({ key: HOLDER_KEY_SETTING, value: 'not a key' })
    const calls: string[] = []
    const main = mainHolderHash(
      apiOver(createHolderHashService(createSecretStore(folder())), calls),
      db
    )
    await main.handOver()
    expect(await db.settings.get(HOLDER_KEY_SETTING)).toBeUndefined()
    expect(calls).toEqual([])
  })
})
