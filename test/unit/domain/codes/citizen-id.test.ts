import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkCitizenId,
  computeCitizenIdCheck,
  isOneCharacterFromCitizenId,
  mod11_2Check
} from '../../../../src/shared/domain/codes'
import { singleSubstitutions, validCitizenId } from './arbitraries'

const today = '2026-01-01'
const check = (code: string) => checkCitizenId(code, { today })
const reasonCodes = (code: string) => check(code).reasons.map((reason) => reason.code)

describe('checkCitizenId', () => {
  it('accepts the standard’s own example and normalises a lower-case x', () => {
    expect(check('11010519491231002X')).toEqual({
      kind: 'citizenId',
      status: 'valid',
      reasons: [],
      normalized: '11010519491231002X'
    })
    expect(check('11010519491231002x').normalized).toBe('11010519491231002X')
    expect(check('11010519491231002x').status).toBe('valid')
  })

  it('uses the GB 11643 weights', () => {
    expect(computeCitizenIdCheck('11010519491231002')).toBe('X')
    // One in position 1 carries weight 7: 7 mod 11 → "10X98765432"[7] = 5.
    expect(mod11_2Check('10000000000000000')).toBe('5')
    expect(mod11_2Check('00000000000000001')).toBe('X')
  })

  it('rejects a wrong check character, naming the expected one', () => {
    const checked = check('110105194912310021')
    expect(checked.status).toBe('invalid')
    expect(checked.reasons).toEqual([
      {
        code: 'codes.citizenId.checksum',
        params: { expected: 'X', actual: '1' },
        severity: 'invalid'
      }
    ])
  })

  it('rejects birth dates that are not real, in the future or before 1900', () => {
    const withDate = (date: string) => {
      const first17 = `411002${date}123`
      return `${first17}${computeCitizenIdCheck(first17)}`
    }
    expect(reasonCodes(withDate('20230229'))).toEqual(['codes.citizenId.birthDate.invalid'])
    expect(reasonCodes(withDate('20240229'))).toEqual([])
    expect(reasonCodes(withDate('20260102'))).toEqual(['codes.citizenId.birthDate.future'])
    expect(reasonCodes(withDate('18991231'))).toEqual(['codes.citizenId.birthDate.tooEarly'])
  })

  it('accepts a legacy 15-digit number with a warning, checking its 19YYMMDD birth date', () => {
    const legacy = check('411002900101123')
    expect(legacy.status).toBe('warning')
    expect(legacy.reasons.map((reason) => reason.code)).toEqual(['codes.citizenId.legacy15'])
    expect(reasonCodes('411002900231123')).toContain('codes.citizenId.birthDate.invalid')
    expect(check('411002900231123').status).toBe('invalid')
  })

  it('warns about an address code outside any province', () => {
    const first17 = '99000019900101123'
    expect(reasonCodes(`${first17}${computeCitizenIdCheck(first17)}`)).toEqual([
      'codes.citizenId.address'
    ])
  })

  it('rejects other lengths and misplaced X', () => {
    expect(reasonCodes('1101051949123100')).toEqual(['codes.citizenId.format'])
    expect(reasonCodes('1101051949123X0021')).toEqual(['codes.citizenId.format'])
  })

  it('accepts every generated valid number', () => {
    fc.assert(fc.property(validCitizenId, (code) => check(code).status === 'valid'))
  })

  it('MOD 11-2 changes the check under every single digit substitution', () => {
    fc.assert(
      fc.property(validCitizenId, (code) => {
        for (const mutated of singleSubstitutions(code.slice(0, 17), '0123456789')) {
          expect(mod11_2Check(mutated)).not.toBe(code[17])
        }
      })
    )
  })

  it('flags every single-character substitution of a valid number', () => {
    fc.assert(
      fc.property(validCitizenId, (code) => {
        for (const mutated of singleSubstitutions(code, '0123456789XA ')) {
          expect(check(mutated).status, mutated).not.toBe('valid')
        }
      })
    )
  })
})

describe('isOneCharacterFromCitizenId', () => {
  const example = '11010519491231002X'
  const near = (code: string) => isOneCharacterFromCitizenId(code, { today })

  it('finds the number behind every single mistyped character of the standard’s example', () => {
    for (const mistyped of singleSubstitutions(example, '0123456789')) {
      expect(near(mistyped), mistyped).toBe(true)
    }
    expect(near('11010519491231002x'.replace('0', '9'))).toBe(true)
  })

  it('is false for the valid number itself: no single substitution turns one valid number into another', () => {
    expect(near(example)).toBe(false)
  })

  it('is false for what is not shaped like an 18-digit number', () => {
    for (const code of [
      '110105194912310',
      '11010519491231002',
      '1101051949123100XX',
      'A1010519491231002X'
    ]) {
      expect(near(code), code).toBe(false)
    }
  })

  it('is false when no single change gives a valid number (checked with a separate script)', () => {
    // Born in "9025": the digit that makes it 2025 leaves the check character wrong.
    expect(near('110105902512310020')).toBe(false)
    // The check character that fits belongs to a birth date after TODAY.
    expect(near('11010520261231002X')).toBe(false)
  })
})
