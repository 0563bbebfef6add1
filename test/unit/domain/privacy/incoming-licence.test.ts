import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  keyedHasher,
  mayHoldPersonalIds,
  protectIncomingLicence
} from '../../../../src/shared/domain/privacy'
import { COMPANY_USCC } from '../imports/fixtures'

/**
 * A licence body as a library of record sends it: a natural person's 公民身份号码 whole. What is
 * kept must never hold it; the masks follow the policy of privacy/mask.ts (an ID number keeps its
 * first 4 and last 2 characters, another document number its first and last 2) and the hashes
 * are Node's own HMAC-SHA-256 under the test key.
 */
// GB 11643-1999's own example (check X) and one of 魏都区 (411002), 1990-01-01, sequence 123.
const EXAMPLE = '11010519491231002X'
const WEIDU = '41100219900101123X'
const LEGACY = '411002900101123'
const key = new Uint8Array(32).fill(5)
const hash = keyedHasher(key)
const hmac = (code: string) => createHmac('sha256', key).update(code).digest('hex')
const today = { today: '2026-12-03' }

function body(holder: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    id: 'lic-1',
    number: '许建证字第 0001 号',
    holder: { name: '张三', codeHash: null, ...holder },
    ...extra
  }
}
const person = (code: string, codeType = '111') =>
  body({ category: 'naturalPerson', codeType, code })

describe('protectIncomingLicence: a natural person’s code', () => {
  it('masks an ID number and keeps main’s keyed hash of it', async () => {
    const kept = await protectIncomingLicence(person(WEIDU), hash, today)
    expect(kept['holder']).toEqual({
      category: 'naturalPerson',
      codeType: '111',
      name: '张三',
      code: '4110************3X',
      codeHash: hmac(WEIDU)
    })
  })

  it('hashes the code as a search would type it: blanks out, check character upper-cased', async () => {
    const kept = await protectIncomingLicence(person(' 11010519491231 002x '), hash, today)
    expect(kept['holder']).toMatchObject({ code: '1101************2X', codeHash: hmac(EXAMPLE) })
  })

  it('masks a legacy 15-digit number of type 111 and an invalid one as an ID number', async () => {
    const legacy = await protectIncomingLicence(person(LEGACY), hash, today)
    expect(legacy['holder']).toMatchObject({ code: '4110*********23', codeHash: hmac(LEGACY) })
    const mistyped = `${WEIDU.slice(0, 17)}5`
    const kept = await protectIncomingLicence(person(mistyped), hash, today)
    expect(kept['holder']).toMatchObject({ code: '4110************35', codeHash: hmac(mistyped) })
  })

  it('masks another document number as a document number, or as an ID number when it is one', async () => {
    const passport = await protectIncomingLicence(person('E12345678', '414'), hash, today)
    expect(passport['holder']).toMatchObject({ code: 'E******78', codeHash: hmac('E12345678') })
    const officer = await protectIncomingLicence(person(WEIDU, '999'), hash, today)
    expect(officer['holder']).toMatchObject({ code: '4110************3X' })
    const notAnId = `${WEIDU.slice(0, 17)}5`
    const other = await protectIncomingLicence(person(notAnId, '999'), hash, today)
    expect(other['holder']).toMatchObject({ code: `4${'*'.repeat(15)}35` })
  })

  it('without a key masks the code and keeps no hash', async () => {
    const kept = await protectIncomingLicence(person(WEIDU), null, today)
    expect(kept['holder']).toMatchObject({ code: '4110************3X', codeHash: null })
  })

  it('leaves a code the library already masked, and an empty one, as they came', async () => {
    const masked = body({
      category: 'naturalPerson',
      codeType: '111',
      code: '4110************3X',
      codeHash: hmac(WEIDU)
    })
    expect(await protectIncomingLicence(masked, hash, today)).toBe(masked)
    const blank = person('')
    expect(await protectIncomingLicence(blank, hash, today)).toBe(blank)
  })
})

describe('protectIncomingLicence: organisations and odd shapes', () => {
  it('keeps an organisation’s USCC in clear, without a hash', async () => {
    const company = body({ category: 'organization', codeType: '001', code: COMPANY_USCC })
    expect(await protectIncomingLicence(company, hash, today)).toBe(company)
  })

  it('masks an ID number filed as an organisation’s code', async () => {
    const filed = body({ category: 'organization', codeType: '099', code: WEIDU })
    const kept = await protectIncomingLicence(filed, hash, today)
    expect(kept['holder']).toMatchObject({ code: '4110************3X', codeHash: hmac(WEIDU) })
  })

  it('leaves a holder of an unexpected shape for the rules to report', async () => {
    const noHolder = { id: 'lic-2', number: 'A-1', holder: 'nobody' }
    expect(await protectIncomingLicence(noHolder, hash, today)).toBe(noHolder)
    const numericCode = body({ category: 'naturalPerson', codeType: '111', code: 411002 })
    expect(await protectIncomingLicence(numericCode, hash, today)).toBe(numericCode)
  })

  it('masks the 证照编号 and leaves a holder that is not a record as it came', async () => {
    for (const holder of [null, 'nobody', [WEIDU]]) {
      const kept = await protectIncomingLicence({ number: WEIDU, holder }, hash, today)
      expect(kept).toEqual({
        number: '4110************3X',
        holder,
        personalIdHashes: [hmac(WEIDU)]
      })
    }
  })
})

describe('protectIncomingLicence: ID numbers in the 证照编号 and the name', () => {
  it('masks them in place and adds their hashes to the ones already kept, once each', async () => {
    const earlier = hmac(EXAMPLE)
    const licence = body(
      { category: 'organization', codeType: '001', code: COMPANY_USCC, name: `张三${EXAMPLE}` },
      { number: `驾驶证 ${WEIDU}`, personalIdHashes: [earlier] }
    )
    const kept = await protectIncomingLicence(licence, hash, today)
    expect(kept['number']).toBe('驾驶证 4110************3X')
    expect(kept['holder']).toMatchObject({ name: '张三1101************2X', code: COMPANY_USCC })
    expect(kept['personalIdHashes']).toEqual([earlier, hmac(WEIDU)])
  })

  it('without a key masks them and keeps only the hashes already there', async () => {
    const licence = body(
      { category: 'organization', codeType: '001', code: COMPANY_USCC },
      { number: WEIDU }
    )
    const kept = await protectIncomingLicence(licence, null, today)
    expect(kept).toMatchObject({ number: '4110************3X', personalIdHashes: [] })
  })

  it('adds no 证照编号 to a body that had none', async () => {
    const licence = { id: 'lic-3', holder: { category: 'naturalPerson', name: `李四${WEIDU}` } }
    const kept = await protectIncomingLicence(licence, hash, today)
    expect(kept).not.toHaveProperty('number')
    expect(kept).toMatchObject({ holder: { name: '李四4110************3X' } })
  })
})

describe('mayHoldPersonalIds', () => {
  it('sends on a clear person’s code, an ID number filed as an organisation’s, or one in the text', () => {
    expect(mayHoldPersonalIds(person(WEIDU))).toBe(true)
    expect(mayHoldPersonalIds(person('E12345678', '414'))).toBe(true)
    expect(
      mayHoldPersonalIds(body({ category: 'organization', codeType: '099', code: WEIDU }))
    ).toBe(true)
    const company = { category: 'organization', codeType: '001', code: COMPANY_USCC }
    expect(mayHoldPersonalIds(body({ ...company, name: `张三${EXAMPLE}` }))).toBe(true)
    expect(mayHoldPersonalIds(body(company, { number: `驾驶证${WEIDU}` }))).toBe(true)
  })

  it('lets through at once what holds none: masked codes, organisations, short numbers', () => {
    expect(mayHoldPersonalIds(person('4110************3X'))).toBe(false)
    expect(mayHoldPersonalIds(person(''))).toBe(false)
    const company = { category: 'organization', codeType: '001', code: COMPANY_USCC }
    expect(mayHoldPersonalIds(body(company, { number: `许建字${'1'.repeat(16)}号` }))).toBe(false)
    expect(mayHoldPersonalIds({ number: 17, holder: { name: 42 } })).toBe(false)
  })
})
