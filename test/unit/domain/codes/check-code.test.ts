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

  it('treats any dotted string as an identifier attempt', () => {
    expect(checkCode('1.2.3', options)).toMatchObject({
      kind: 'licenceIdentifier',
      status: 'invalid'
    })
  })
})
