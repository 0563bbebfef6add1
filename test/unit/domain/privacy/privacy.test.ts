import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  holderCodeHash,
  importHolderHashKey,
  keyedHasher,
  maskDocumentNumber,
  maskHolderCode,
  maskIdNumber,
  maskPersonName,
  toStoredHolder
} from '../../../../src/shared/domain/privacy'
import { computeCitizenIdCheck } from '../../../../src/shared/domain/codes'
import { LicenceHolder } from '../../../../src/shared/domain/licences'

const key = new TextEncoder().encode('test-only holder hash key, 32 b')
const hash = keyedHasher(key)
const idNumber = (() => {
  const first17 = '41100219900101123'
  return `${first17}${computeCitizenIdCheck(first17)}`
})()

describe('masks', () => {
  // GB 11643-1999: 6-digit address + 8-digit birth date + 3-digit sequence + check; its own example
  // is 11010519491231002X (北京市朝阳区, born 1949-12-31, sequence 002, check X). The legacy
  // 15-digit form drops the century and the check: 110105491231002.
  it('keeps only the first 4 and last 2 characters of an 18-digit ID number', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101************2X')
    expect(maskIdNumber('11010519491231002x')).toBe('1101************2X')
    expect(maskIdNumber(' 411002199001011234 ')).toBe('4110************34')
  })

  it('keeps the first 4 and last 2 of a 15-digit ID number too', () => {
    expect(maskIdNumber('110105491231002')).toBe('1101*********02')
    expect(maskIdNumber('411002900101123')).toBe('4110*********23')
  })

  it('narrows a mask made by the older rule (first 6, last 4) to the same result', () => {
    expect(maskIdNumber('411002********1238')).toBe('4110************38')
    expect(maskIdNumber('411002*****1123')).toBe('4110*********23')
    expect(maskDocumentNumber('E****5678')).toBe('E******78')
  })

  it('masks other document numbers, keeping the series letter and the last 2', () => {
    expect(maskDocumentNumber('E12345678')).toBe('E******78')
    expect(maskDocumentNumber('e12345678')).toBe('E******78')
    expect(maskDocumentNumber('H1234567')).toBe('H*****67')
    expect(maskDocumentNumber('1234567')).toBe('*******')
    expect(maskDocumentNumber('1234')).toBe('****')
    expect(maskDocumentNumber('')).toBe('')
    expect(maskIdNumber('E12345678')).toBe('E******78')
    expect(maskDocumentNumber(' E12345678 ')).toBe('E******78')
  })

  it('keeps only the first character of a name', () => {
    expect(maskPersonName('张三丰')).toBe('张**')
    expect(maskPersonName('李四')).toBe('李*')
    expect(maskPersonName('欧阳娜娜')).toBe('欧***')
    expect(maskPersonName('买买提·艾力')).toBe('买**·**')
    expect(maskPersonName('王')).toBe('*')
    expect(maskPersonName('𠀾明')).toBe('𠀾*')
    expect(maskPersonName(' 张三丰 ')).toBe('张**')
  })

  it('leaves the separators of transliterated and foreign names visible', () => {
    expect(maskPersonName('买买提•艾力')).toBe('买**•**')
    expect(maskPersonName('J. Smith')).toBe('J. *****')
    expect(maskPersonName('Anna Li')).toBe('A*** **')
  })
})

describe('holderCodeHash', () => {
  it('is HMAC-SHA-256 of the normalised code, in hex', async () => {
    const expected = createHmac('sha256', key).update('11010519491231002X').digest('hex')
    expect(await holderCodeHash(key, ' 11010519491231002x ')).toBe(expected)
  })

  it('gives the same hash with an imported CryptoKey and a different one under another key', async () => {
    const cryptoKey = await importHolderHashKey(key)
    // The key stays inside WebCrypto: it can sign, and cannot be exported back out.
    expect(cryptoKey.extractable).toBe(false)
    expect(cryptoKey.usages).toEqual(['sign'])
    expect(await holderCodeHash(cryptoKey, idNumber)).toBe(await holderCodeHash(key, idNumber))
    const otherKey = new TextEncoder().encode('another key')
    expect(await holderCodeHash(otherKey, idNumber)).not.toBe(await holderCodeHash(key, idNumber))
  })
})

describe('toStoredHolder', () => {
  const person = {
    category: 'naturalPerson' as const,
    codeType: '111',
    name: '张三丰',
    code: idNumber
  }

  it('stores a natural person’s ID masked with its keyed hash, never raw', async () => {
    const stored = await toStoredHolder(person, hash, { today: '2026-01-01' })
    expect(stored.ok).toBe(true)
    if (!stored.ok) return
    expect(stored.holder).toEqual({
      category: 'naturalPerson',
      codeType: '111',
      name: '张三丰',
      code: maskIdNumber(idNumber),
      codeHash: await holderCodeHash(key, idNumber)
    })
    expect(JSON.stringify(stored)).not.toContain(idNumber)
    expect(LicenceHolder.parse(stored.holder)).toEqual(stored.holder)
  })

  it('refuses an invalid ID number with coded reasons', async () => {
    const wrongCheck = `${idNumber.slice(0, 17)}${idNumber.endsWith('0') ? '1' : '0'}`
    const stored = await toStoredHolder({ ...person, code: wrongCheck }, hash, {
      today: '2026-01-01'
    })
    expect(stored).toEqual({
      ok: false,
      code: 'codes.holder.invalid',
      reasons: [expect.objectContaining({ code: 'codes.citizenId.checksum' })]
    })
    expect(JSON.stringify(stored)).not.toContain(wrongCheck)
  })

  it('refuses a 公民身份号码 filed as an organisation’s code, so it is never stored in clear', async () => {
    const filedAsOrganization = await toStoredHolder(
      { category: 'organization', codeType: '001', name: '某某商行', code: idNumber },
      hash,
      { today: '2026-01-01' }
    )
    expect(filedAsOrganization).toMatchObject({
      ok: false,
      reasons: [{ code: 'codes.holder.personalIdAsOrganization' }]
    })
    expect(JSON.stringify(filedAsOrganization)).not.toContain(idNumber)
  })

  it('refuses a code type that does not fit the category, and an empty name', async () => {
    const mismatch = await toStoredHolder({ ...person, codeType: '001' }, hash)
    expect(mismatch.ok).toBe(false)
    const unnamed = await toStoredHolder({ ...person, name: ' ' }, hash, { today: '2026-01-01' })
    expect(unnamed).toEqual({
      ok: false,
      code: 'codes.holder.invalid',
      reasons: [{ code: 'codes.holder.name.empty', severity: 'invalid' }]
    })
  })

  it('keeps the name trimmed', async () => {
    const stored = await toStoredHolder({ ...person, name: ' 张三丰 ' }, hash, {
      today: '2026-01-01'
    })
    expect(stored.ok && stored.holder.name).toBe('张三丰')
  })

  it('masks an 18-character document number as a document, not as an ID number', async () => {
    const other = await toStoredHolder(
      { ...person, codeType: '999', code: 'ABCDEFGHJK12345678' },
      hash
    )
    expect(other).toMatchObject({ ok: true, holder: { code: 'A***************78' } })
  })

  it('masks as an ID number a valid 公民身份号码 filed under another natural-person type', async () => {
    // A 军官证 (114) or 其他 (999) may carry the holder's ID number: it gets the ID mask.
    for (const codeType of ['114', '999']) {
      const stored = await toStoredHolder({ ...person, codeType, code: idNumber }, hash, {
        today: '2026-01-01'
      })
      expect(stored, codeType).toMatchObject({
        ok: true,
        holder: { code: `4110************${idNumber.slice(-2)}` }
      })
    }
    expect(maskHolderCode('11010519491231002X', { today: '2026-01-01' })).toBe('1101************2X')
    // One digit off: no longer an ID number, so the document mask.
    expect(maskHolderCode('11010519491231002Y')).toBe('1***************2Y')
    expect(maskHolderCode('11010519491231003X')).toBe('1***************3X')
    expect(maskHolderCode('E12345678')).toBe('E******78')
    // A legacy 15-digit number under another type is not told from a document number.
    expect(maskHolderCode('110105491231002')).toBe('1************02')
    // Born after `today`: not a valid ID number then, so the document mask.
    expect(maskHolderCode('11010519491231002X', { today: '1949-12-30' })).toBe('1***************2X')
  })

  it('masks a passport number too, and keeps an organisation’s USCC as it is', async () => {
    const passport = await toStoredHolder({ ...person, codeType: '414', code: 'e12345678' }, hash)
    expect(passport).toMatchObject({ ok: true, holder: { code: 'E******78' } })
    const oddPermit = await toStoredHolder({ ...person, codeType: '516', code: 'X12345678' }, hash)
    expect(oddPermit).toMatchObject({ ok: true, warnings: [{ code: 'codes.holder.code.shape' }] })
    expect(JSON.stringify(oddPermit)).not.toContain('X12345678')
    const company = await toStoredHolder(
      { category: 'organization', codeType: '001', name: '住建部', code: '11100000000013338W' },
      hash
    )
    expect(company).toMatchObject({
      ok: true,
      holder: { code: '11100000000013338W', codeHash: null },
      warnings: []
    })
  })
})

describe('ID numbers filed under an organisation code type are never stored in clear', () => {
  /** GB 11643-1999's own example, and a 15-digit number (no check digit) of someone born 1990-01-01. */
  const standardExample = '11010519491231002X'
  const legacy15 = '411002900101123'
  const asOrganization = (codeType: string, code: string) =>
    toStoredHolder({ category: 'organization', codeType, name: '某某商行', code }, hash, {
      today: '2026-01-01'
    })

  it('refuses a legacy 15-digit ID number under 001 and under 099', async () => {
    for (const codeType of ['001', '099']) {
      const stored = await asOrganization(codeType, legacy15)
      expect(stored.ok, codeType).toBe(false)
      expect(JSON.stringify(stored)).not.toContain(legacy15)
    }
    expect(await asOrganization('099', legacy15)).toEqual({
      ok: false,
      code: 'codes.holder.invalid',
      reasons: [{ code: 'codes.holder.personalIdAsOrganization', severity: 'invalid' }]
    })
  })

  it('refuses a valid ID number under 099 too, not only under 001 (the guard is by category)', async () => {
    expect(await asOrganization('099', standardExample)).toMatchObject({
      ok: false,
      reasons: [{ code: 'codes.holder.personalIdAsOrganization' }]
    })
  })

  it('refuses an 18-digit ID number with any one wrong digit, under 001 and 099', async () => {
    for (const codeType of ['001', '099']) {
      for (let index = 0; index < 18; index++) {
        for (const digit of '0123456789') {
          if (digit === standardExample[index]) continue
          const mistyped = `${standardExample.slice(0, index)}${digit}${standardExample.slice(index + 1)}`
          const stored = await asOrganization(codeType, mistyped)
          expect(stored.ok, `${codeType} ${mistyped}`).toBe(false)
          expect(JSON.stringify(stored)).not.toContain(mistyped)
        }
      }
    }
  })

  it('keeps an all-digit USCC in clear, even one digit away from an ID number', async () => {
    // Checked by hand against GB 32100 (MOD 31 over 17 characters, GB 11714 inside): 机构编制/机关,
    // division 132320; it differs from the valid ID number 111323201611073101 at position 10.
    const uscc = '111323201111073101'
    expect(await asOrganization('001', uscc)).toMatchObject({
      ok: true,
      holder: { code: uscc, codeHash: null }
    })
    expect(await asOrganization('001', '111323201611073101')).toMatchObject({ ok: false })
  })

  it('stores under 099 a code that is not shaped like an ID number', async () => {
    expect(await asOrganization('099', '411002-900101-123')).toMatchObject({ ok: true })
    expect(await asOrganization('099', '41100219900101123Y')).toMatchObject({ ok: true })
  })
})
