import { describe, expect, it } from 'vitest'
import { checkHolderCode } from '../../../../src/shared/domain/codes'

const options = { today: '2026-01-01' }
const reasonCodes = (codeType: string, code: string, category?: 'naturalPerson' | 'organization') =>
  checkHolderCode(codeType, code, category, options).reasons.map((reason) => reason.code)

describe('checkHolderCode', () => {
  it('checks 001 as a USCC and 111 as a 公民身份号码', () => {
    expect(checkHolderCode('001', '11100000000013338W', 'organization', options)).toMatchObject({
      kind: 'uscc',
      status: 'valid'
    })
    expect(checkHolderCode('111', '11010519491231002x', 'naturalPerson', options)).toMatchObject({
      kind: 'citizenId',
      status: 'valid',
      normalized: '11010519491231002X'
    })
    expect(reasonCodes('111', '11100000000013338W')).toEqual(['codes.citizenId.format'])
    expect(reasonCodes('001', '11010519491231002X')).toContain('codes.uscc.checksum')
  })

  it('rejects a code type outside GB/T 36903 and one that contradicts the holder category', () => {
    expect(reasonCodes('112', 'E12345678')).toEqual(['codes.holder.codeType'])
    expect(reasonCodes('001', '11100000000013338W', 'naturalPerson')).toEqual([
      'codes.holder.category'
    ])
    expect(checkHolderCode('414', 'E12345678', 'organization', options).status).toBe('invalid')
  })

  it('requires other documents to be non-empty and free of blanks', () => {
    expect(reasonCodes('414', '  ')).toEqual(['codes.holder.code.empty'])
    expect(reasonCodes('999', 'AB 123')).toEqual(['codes.holder.code.characters'])
    expect(reasonCodes('999', 'A'.repeat(65))).toEqual(['codes.holder.code.length'])
  })

  it('warns when a passport or permit number does not have the usual shape', () => {
    expect(checkHolderCode('414', 'E12345678', undefined, options).status).toBe('valid')
    expect(checkHolderCode('516', 'H12345678', undefined, options).status).toBe('valid')
    expect(reasonCodes('516', 'X12345678')).toEqual(['codes.holder.code.shape'])
    expect(reasonCodes('511', '1234')).toEqual(['codes.holder.code.shape'])
    // The whole number has the shape, not a part of it.
    expect(reasonCodes('414', '-E12345678')).toEqual(['codes.holder.code.shape'])
    expect(reasonCodes('414', 'E12345678-')).toEqual(['codes.holder.code.shape'])
    expect(reasonCodes('414', 'E'.repeat(21))).toEqual(['codes.holder.code.shape'])
    expect(reasonCodes('511', '12345678')).toEqual([])
    expect(reasonCodes('511', 'A12345678')).toEqual(['codes.holder.code.shape'])
    expect(reasonCodes('511', '123456789')).toEqual(['codes.holder.code.shape'])
    expect(reasonCodes('516', 'M1234567890')).toEqual([])
    expect(reasonCodes('516', 'XH12345678')).toEqual(['codes.holder.code.shape'])
    expect(reasonCodes('516', 'H123456789')).toEqual(['codes.holder.code.shape'])
  })

  it('warns when a catch-all type hides a code with its own type', () => {
    expect(reasonCodes('099', '11100000000013338W')).toEqual(['codes.holder.codeTypeSpecific'])
    expect(reasonCodes('999', '11010519491231002X')).toEqual(['codes.holder.codeTypeSpecific'])
    // Only the catch-all types, and only for a code that passes its own check.
    expect(reasonCodes('099', 'ZX-2026-001')).toEqual([])
    expect(reasonCodes('999', 'ZX-2026-001')).toEqual([])
    expect(reasonCodes('999', '11100000000013338W')).toEqual([])
    expect(reasonCodes('099', '11010519491231002X')).toEqual([])
    expect(checkHolderCode('118', '士字第0123456号', 'naturalPerson', options).status).toBe('valid')
  })
})
