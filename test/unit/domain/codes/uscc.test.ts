import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkUscc,
  computeOrganizationCodeCheck,
  computeUsccCheck,
  USCC_ALPHABET
} from '../../../../src/shared/domain/codes'
import { singleSubstitutions, validUscc } from './arbitraries'

const reasonCodes = (code: string) => checkUscc(code).reasons.map((reason) => reason.code)

describe('checkUscc', () => {
  it.each([
    '11100000000013338W', // 住建部
    '11100000MB03271699', // definer of 不动产权证
    '11330105002500287C',
    '11220000013544541J',
    '124110001000000088' // all digits
  ])('accepts the real or constructed code %s', (code) => {
    expect(checkUscc(code)).toEqual({
      kind: 'uscc',
      status: 'valid',
      reasons: [],
      normalized: code
    })
  })

  it('normalises case and surrounding blanks', () => {
    expect(checkUscc(' 11100000mb03271699 ').normalized).toBe('11100000MB03271699')
    expect(checkUscc(' 11100000mb03271699 ').status).toBe('valid')
  })

  it('reports a failed checksum on a legal structure as a warning, naming the expected check', () => {
    const checked = checkUscc('11100000000013338X')
    expect(checked.status).toBe('warning')
    expect(checked.reasons).toEqual([
      {
        code: 'codes.uscc.checksum',
        params: { expected: 'W', actual: 'X' },
        severity: 'warning'
      }
    ])
  })

  it('reports a failed GB 11714 inner check as a warning', () => {
    // Position 17 changed and the outer check recomputed so only the inner check fails.
    const first17 = '1110000000001333' + '9'
    const code = `${first17}${computeUsccCheck(first17)}`
    expect(reasonCodes(code)).toEqual(['codes.uscc.organizationCode.checksum'])
    expect(checkUscc(code).status).toBe('warning')
  })

  it('rejects the wrong length and letters outside the alphabet', () => {
    expect(reasonCodes('1110000000001333W')).toEqual(['codes.uscc.length'])
    const withO = checkUscc('11100000O00013338W')
    expect(withO.status).toBe('invalid')
    expect(withO.reasons[0]?.params?.characters).toEqual({
      list: [{ code: 'codes.uscc.characterAt', params: { position: 9, character: 'O' } }]
    })
  })

  it('rejects letters where the registration division code belongs', () => {
    expect(reasonCodes('1110A000000013338W')).toEqual(['codes.uscc.division.format'])
  })

  it('warns about an unknown registration department, a mismatched category and an implausible division', () => {
    const withFirst = (prefix: string) => {
      const first17 = `${prefix}000000013338`.padEnd(17, '0').slice(0, 17)
      return `${first17}${computeUsccCheck(first17)}`
    }
    expect(reasonCodes(withFirst('B1100000'))).toContain('codes.uscc.registrationDepartment')
    expect(reasonCodes(withFirst('94100000'))).toContain('codes.uscc.category')
    expect(reasonCodes(withFirst('11990000'))).toContain('codes.uscc.division.finding')
    expect(checkUscc(withFirst('11990000')).reasons[0]?.params?.reason).toEqual({
      code: 'codes.division.province',
      params: { province: '99' }
    })
    expect(checkUscc(withFirst('11990000')).status).toBe('warning')
  })

  it('computes the GB 11714 check with 10 → X and 11 → 0', () => {
    expect(computeOrganizationCodeCheck('00001333')).toBe('8')
    expect(computeOrganizationCodeCheck('MB032716')).toBe('9')
    // Sums 0, 2, 4, 12 and 30 (A = 10 at weight 3).
    const bodies = ['00000000', '00000001', '00000010', '00000006', 'A0000000']
    const checks = bodies.map((body) => computeOrganizationCodeCheck(body))
    expect(checks).toEqual(['0', '9', '7', 'X', '3'])
  })

  it('accepts every generated valid code', () => {
    fc.assert(fc.property(validUscc, (code) => checkUscc(code).status === 'valid'))
  })

  it('MOD 31 changes the check character under every single substitution within the alphabet', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        const first17 = code.slice(0, 17)
        for (const mutated of singleSubstitutions(first17, USCC_ALPHABET)) {
          expect(computeUsccCheck(mutated)).not.toBe(code[17])
        }
      }),
      { numRuns: 50 }
    )
  })

  it('flags every single-character substitution of a valid code', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        for (const mutated of singleSubstitutions(code, `${USCC_ALPHABET}IOSVZ-`)) {
          expect(checkUscc(mutated).status, mutated).not.toBe('valid')
        }
      }),
      { numRuns: 50 }
    )
  })
})
