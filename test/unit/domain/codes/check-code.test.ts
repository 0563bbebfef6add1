import { describe, expect, it } from 'vitest'
import { checkCode } from '../../../../src/shared/domain/codes'

const options = { today: '2026-01-01' }

describe('checkCode', () => {
  it.each([
    ['11100000000013338W', 'uscc', 'valid'],
    ['11010519491231002x', 'citizenId', 'valid'],
    ['411002900101123', 'citizenId', 'warning'],
    [
      '1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F',
      'licenceIdentifier',
      'valid'
    ],
    ['11100000MB03271699001', 'licenceTypeCode', 'valid'],
    ['411071', 'divisionCode', 'warning'],
    ['hello', 'unknown', 'invalid']
  ])('recognises %s as %s (%s)', (code, kind, status) => {
    expect(checkCode(code, options)).toMatchObject({ kind, status })
  })

  it('reads an 18-digit string with a passing USCC check as a USCC', () => {
    expect(checkCode('124110001000000088', options)).toMatchObject({
      kind: 'uscc',
      status: 'valid'
    })
  })

  it('reads a mistyped 公民身份号码 as an invalid ID, not as a USCC with a checksum warning', () => {
    expect(checkCode('110105194912310021', options)).toMatchObject({
      kind: 'citizenId',
      status: 'invalid'
    })
  })

  it('reads an all-digit USCC with a legacy checksum as a USCC when no birth date fits', () => {
    // 124110001000000088 with its check digit changed; 10000000 is no birth date.
    const checked = checkCode('124110001000000087', options)
    expect(checked).toMatchObject({ kind: 'uscc', status: 'warning' })
    expect(checked.reasons.map((reason) => reason.code)).toEqual(['codes.uscc.checksum'])
  })

  // Check characters recomputed by hand per GB 32100, GB 11714 and GB 11643 (outside this code):
  // 114101199001010266 passes GB 32100 and GB 11714 but fails GB 11643's check digit;
  // 114101199001010010 and 124110001000000070 fail all three.
  it('reads an 18-digit string whose USCC check passes as a USCC, even when it also looks like an ID', () => {
    expect(checkCode('114101199001010266', options)).toMatchObject({
      kind: 'uscc',
      status: 'valid'
    })
  })

  it('reads an 18-digit string that passes both checks as the 公民身份号码 it also is', () => {
    // 114101195001150902 passes GB 11643, GB 32100 and GB 11714 (computed by hand).
    expect(checkCode('114101195001150902', options)).toMatchObject({
      kind: 'citizenId',
      status: 'valid'
    })
  })

  it('gives a tie (both readings wrong only in their check characters) to the 公民身份号码', () => {
    const checked = checkCode('114101199001010010', options)
    expect(checked).toMatchObject({ kind: 'citizenId', status: 'invalid' })
    expect(checked.reasons.map((reason) => reason.code)).toEqual(['codes.citizenId.checksum'])
  })

  it('reads a USCC with both check characters wrong as a USCC when no birth date fits', () => {
    const checked = checkCode('124110001000000070', options)
    expect(checked.kind).toBe('uscc')
    expect(checked.reasons.map((reason) => reason.code)).toEqual([
      'codes.uscc.organizationCode.checksum',
      'codes.uscc.checksum'
    ])
  })

  it('trims blanks around a code and ignores nothing inside it', () => {
    expect(checkCode(' 124110001000000088\t', options)).toMatchObject({
      kind: 'uscc',
      status: 'valid',
      normalized: '124110001000000088'
    })
    expect(checkCode('A11010519491231002X', options).kind).toBe('unknown')
    expect(checkCode('11010519491231002XA', options).kind).toBe('unknown')
  })

  it('treats any dotted string as an identifier attempt', () => {
    expect(checkCode('1.2.3', options)).toMatchObject({
      kind: 'licenceIdentifier',
      status: 'invalid'
    })
  })
})
