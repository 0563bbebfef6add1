import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildLicenceIdentifier,
  checkLicenceIdentifier,
  checkUscc
} from '../../../../src/shared/domain/codes'
import { CodeValidity } from '../../../../src/shared/domain/compliance'
import { identifierParts, validUscc } from '../codes/arbitraries'
import { uscc } from './fixtures'

/** Characters a mutation may put in: the code alphabets, and what breaks them. */
const MUTATIONS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz. -〔'

const mutated = (code: string) =>
  fc
    .tuple(fc.nat({ max: code.length - 1 }), fc.constantFrom(...MUTATIONS), fc.boolean())
    .map(([index, char, insert]) =>
      insert
        ? `${code.slice(0, index)}${char}${code.slice(index)}`
        : `${code.slice(0, index)}${char}${code.slice(index + 1)}`
    )

describe('CodeValidity agrees with the full code checkers', () => {
  it('on 证照标识, valid and mutated, with and without the licence’s own type and issuer codes', () => {
    const codes = new CodeValidity()
    const identifiers = identifierParts.chain((parts) => {
      const built = buildLicenceIdentifier(parts)
      const identifier = built.ok ? built.identifier : ''
      return fc.tuple(fc.constant(parts), fc.oneof(fc.constant(identifier), mutated(identifier)))
    })
    fc.assert(
      fc.property(identifiers, ([parts, identifier]) => {
        const expected = checkLicenceIdentifier(identifier).status === 'valid'
        expect(codes.isValidIdentifier(identifier, parts.typeCode, parts.issuerCode)).toBe(expected)
        expect(codes.isValidIdentifier(identifier)).toBe(expected)
      }),
      { numRuns: 3000 }
    )
  })

  it('on 统一社会信用代码, including 许昌 divisions the checker only warns about', () => {
    const codes = new CodeValidity()
    const xuchang = fc
      .tuple(
        fc.constantFrom('411000', '411002', '411071', '411023', '411099'),
        fc.stringMatching(/^[0-9A-HJ-NP-RTUWXY]{8}$/)
      )
      .map(([division, body]) => uscc(`91${division}`, body))
    fc.assert(
      fc.property(
        fc.oneof(validUscc, xuchang).chain((code) => fc.oneof(fc.constant(code), mutated(code))),
        (code) => {
          expect(codes.isValidUscc(code)).toBe(checkUscc(code).status === 'valid')
        }
      ),
      { numRuns: 3000 }
    )
  })

  it('treats version 000 as the checker does (a warning, so not valid)', () => {
    const parts = {
      typeCode: `${uscc('11411000', '41600001')}001`,
      issuerCode: uscc('11411000', '41600001'),
      serial: '2026001',
      version: '000'
    }
    const built = buildLicenceIdentifier(parts)
    if (!built.ok) throw new Error('version 000 should build, with a warning')
    expect(checkLicenceIdentifier(built.identifier).status).toBe('warning')
    expect(
      new CodeValidity().isValidIdentifier(built.identifier, parts.typeCode, parts.issuerCode)
    ).toBe(false)
  })

  it('treats a wrong check character as not valid, though the checker calls it a warning', () => {
    const good = uscc('91411002', 'MA4K0P2Q')
    const bad = `${good.slice(0, 17)}${good.endsWith('0') ? '1' : '0'}`
    expect(checkUscc(bad).status).toBe('warning')
    expect(new CodeValidity().isValidUscc(bad)).toBe(false)
    expect(new CodeValidity().isValidUscc(good)).toBe(true)
  })
})
