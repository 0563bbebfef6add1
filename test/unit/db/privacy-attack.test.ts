import 'fake-indexeddb/auto'
import { createHmac } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createHolderHashService } from '../../../src/main/services/privacy/holder-hash-service'
import { createSecretStore } from '../../../src/main/services/secrets/secret-store'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import { HOLDER_KEY_SETTING } from '../../../src/renderer/src/db/holder-key'
import { createRepositories } from '../../../src/renderer/src/db/repositories'
import { holderNameForView } from '../../../src/renderer/src/features/licences/licence-display'
import { mainHolderHash } from '../../../src/renderer/src/session/holder-hash'
import type { ChannelInput, ChannelName } from '../../../src/shared/contract'
import { computeCitizenIdCheck } from '../../../src/shared/domain/codes'
import type { Licence } from '../../../src/shared/domain/licences'
import { ISSUER, LICENCE_HEADERS, personRow } from '../domain/imports/fixtures'
import { openTestDb, testRepositories } from './support'

/** A 魏都区 woman born 1985-03-12 (sequence 124: even, female), the check by GB 11643. */
const VICTIM = `41100219850312124${computeCitizenIdCheck('41100219850312124')}`
/** A driving licence numbered by its holder's ID number (another person, born 1992-07-09). */
const DRIVER = `41102519920709201${computeCitizenIdCheck('41102519920709201')}`
/** The key an older installation kept in IndexedDB, next to the hashes. */
const LEGACY_KEY = '5a'.repeat(32)

const hmac = (key: Buffer, code: string) => createHmac('sha256', key).update(code).digest('hex')

/** Every string in a value, however deeply nested. */
function strings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value)
  else if (Array.isArray(value)) value.forEach((item) => strings(item, into))
  else if (value instanceof Uint8Array || value instanceof ArrayBuffer)
    into.push(Buffer.from(value as Uint8Array).toString('hex'))
  else if (value !== null && typeof value === 'object')
    Object.values(value).forEach((item) => strings(item, into))
  return into
}

/** Everything an attacker can read: every row of every table, and the (masked) export. */
async function attackerView(db: WorkbenchDb, licences: Licence[]): Promise<string[]> {
  const rows: unknown[] = []
  for (const table of db.tables) rows.push(...(await table.toArray()))
  const exported = licences.map((l) => [l.number, holderNameForView(l), l.holder.code])
  return strings([rows, exported])
}

/** Every value in the data that could be a 32-byte key: hex, base64, or raw bytes (as hex). */
function candidateKeys(texts: string[]): Buffer[] {
  const keys: Buffer[] = []
  for (const text of texts) {
    for (const hex of text.match(/[0-9a-fA-F]{64}/g) ?? []) keys.push(Buffer.from(hex, 'hex'))
    for (const b64 of text.match(/[A-Za-z0-9+/]{43}=/g) ?? []) keys.push(Buffer.from(b64, 'base64'))
  }
  return keys
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECKS = '10X98765432'

/** Every day from 1900-01-01 up to `last`, as YYYYMMDD. */
function birthDates(last: string): string[] {
  const days: string[] = []
  for (let t = Date.UTC(1900, 0, 1); ; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10)
    if (day > last) return days
    days.push(day.replaceAll('-', ''))
  }
}

/**
 * The ID numbers a mask leaves possible: `known` is what the mask shows (and what the attacker
 * may know besides: here the county, to be generous), `*` hidden; every valid birth date and
 * sequence is tried and the GB 11643 check must hold.
 */
function candidatesFor(pattern: string, today: string): string[] {
  const found: string[] = []
  // The sequence digits the mask hides are tried, those it shows are kept.
  const sequences: string[] = []
  for (let n = 0; n < 1000; n++) {
    const digits = String(n).padStart(3, '0')
    if ([...pattern.slice(14, 17)].every((c, i) => c === '*' || c === digits[i]))
      sequences.push(digits)
  }
  for (const date of birthDates(today)) {
    const head = `${pattern.slice(0, 6)}${date}`
    let headSum = 0
    for (let i = 0; i < 14; i++) headSum += Number(head[i]) * (WEIGHTS[i] ?? 0)
    for (const sequence of sequences) {
      let sum = headSum
      for (let i = 0; i < 3; i++) sum += Number(sequence[i]) * (WEIGHTS[14 + i] ?? 0)
      const check = CHECKS[sum % 11]
      if (pattern[17] === '*' || pattern[17] === check) found.push(`${head}${sequence}${check}`)
    }
  }
  return found
}

describe('the attack of issue 12: recover an ID number from what is stored and exported', () => {
  let db: WorkbenchDb | undefined
  afterEach(() => db?.close())

  it('leaves no stored key and over 10^4 candidates that nothing stored can tell apart', async () => {
    db = await openTestDb('attack')
    // An installation from before: its key in IndexedDB, handed to main at the first hash.
    await db.settings.put({ key: HOLDER_KEY_SETTING, value: LEGACY_KEY })
    const secrets = createSecretStore(mkdtempSync(join(tmpdir(), 'attack-')))
    const service = createHolderHashService(secrets)
    const api = {
      call: async <C extends ChannelName>(channel: C, input: ChannelInput<C>) =>
        (channel === 'privacy.adoptHolderKey'
          ? { outcome: service.adoptLegacyKey((input as { key: string }).key) }
          : { hashes: service.hashCodes((input as { codes: string[] }).codes) }) as never
    }
    const holderHash = mainHolderHash(api, db).hash
    // The test's repositories (clock, actor, audit), hashing through main as the app does.
    const repos = createRepositories({ ...testRepositories(db).context, holderHash })
    await db.departments.put(ISSUER)
    const driving = personRow('D0001', DRIVER)
    driving[2] = DRIVER
    expect(
      await repos.imports.licences(
        { headers: LICENCE_HEADERS, rows: [personRow('K0001', VICTIM), driving] },
        'persons.csv'
      )
    ).toEqual({ ok: true, written: 2 })

    const licences = (await repos.licences.query({}, { limit: 10 })).rows
    const texts = await attackerView(db, licences)
    const everything = texts.join('\n')
    // Neither number is anywhere, nor a mask of the old kind (first 6 and last 4 kept).
    for (const id of [VICTIM, DRIVER]) expect(everything).not.toContain(id)
    expect(texts.filter((text) => /\d{6}\*{8}[\dX]{4}/.test(text))).toEqual([])

    const victim = licences.find((l) => l.number === 'JZK0001')!
    const driver = licences.find((l) => l.number !== 'JZK0001')!
    expect(victim.holder.code).toBe(`4110************${VICTIM.slice(-2)}`)
    expect(driver.number).toBe(`4110************${DRIVER.slice(-2)}`)

    // No key in the data: no value stored or exported, taken as a key, reproduces a stored hash.
    const mainKey = secrets.secret('holderHash')
    expect(victim.holder.codeHash).toBe(hmac(mainKey, VICTIM)) // main's key would (control)
    expect(driver.personalIdHashes).toEqual([hmac(mainKey, DRIVER)])
    const keys = candidateKeys(texts)
    expect(keys.length).toBeGreaterThan(0) // the hashes themselves are there to be tried
    for (const key of keys) {
      expect(hmac(key, VICTIM)).not.toBe(victim.holder.codeHash)
      expect(hmac(key, DRIVER)).not.toBe(driver.personalIdHashes?.[0])
    }
    expect(await db.settings.get(HOLDER_KEY_SETTING)).toBeUndefined()
    // Whoever has the full number still finds the licences, through main's hash.
    const byId = async (id: string) =>
      (await repos.licences.query({ search: id.toLowerCase() }, { limit: 5 })).rows.map((l) => l.id)
    expect(await byId(VICTIM)).toEqual([victim.id])
    expect(await byId(DRIVER)).toEqual([driver.id])

    // The brute force the issue describes, given the county too: over 10^4 numbers fit the mask.
    const known = `${VICTIM.slice(0, 6)}${'*'.repeat(10)}${VICTIM.slice(-2)}`
    expect(victim.holder.code.slice(0, 4)).toBe(known.slice(0, 4))
    const candidates = candidatesFor(known, '2026-11-27')
    expect(candidates).toContain(VICTIM)
    expect(candidates.length).toBeGreaterThan(10_000)
  }, 60_000)

  it('would have singled the person out under the old mask with the key beside it (the control)', () => {
    // 411002********1248: first 6 and last 4; only the birth date hidden.
    const oldMask = `${VICTIM.slice(0, 6)}${'*'.repeat(8)}${VICTIM.slice(-4)}`
    const candidates = candidatesFor(oldMask, '2026-11-27')
    expect(candidates.length).toBeLessThan(10_000)
    const key = Buffer.from(LEGACY_KEY, 'hex')
    const stored = hmac(key, VICTIM)
    expect(candidates.filter((id) => hmac(key, id) === stored)).toEqual([VICTIM])
  })
})
