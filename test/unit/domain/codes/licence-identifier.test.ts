import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildLicenceIdentifier,
  checkLicenceIdentifier,
  checkLicenceTypeCode,
  computeLicenceIdentifierCheck,
  mod37_36Check,
  MOD37_36_ALPHABET
} from '../../../../src/shared/domain/codes'
import { identifierParts, singleSubstitutions } from './arbitraries'

const VECTORS = [
  '1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0',
  '1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F'
]

const reasonCodes = (code: string) =>
  checkLicenceIdentifier(code).reasons.map((reason) => reason.code)

describe('证照标识', () => {
  it.each(VECTORS)('accepts the DOMAIN.md test vector %s', (identifier) => {
    expect(checkLicenceIdentifier(identifier)).toEqual({
      kind: 'licenceIdentifier',
      status: 'valid',
      reasons: [],
      normalized: identifier
    })
  })

  it('computes the vectors’ check characters and builds them back', () => {
    const parts = {
      typeCode: '11100000000013338W032',
      issuerCode: '11220000013544541J',
      serial: '2430599',
      version: '001'
    }
    expect(computeLicenceIdentifierCheck(parts)).toBe('F')
    expect(buildLicenceIdentifier(parts)).toEqual({ ok: true, identifier: VECTORS[1] })
    expect(
      computeLicenceIdentifierCheck({
        ...parts,
        typeCode: '11100000000013338W009',
        issuerCode: '11330105002500287C',
        serial: '2025052201',
        version: '002'
      })
    ).toBe('0')
  })

  it('reports a mismatched check character rather than failing', () => {
    const wrong = VECTORS[1]!.replace(/F$/, 'G')
    const checked = checkLicenceIdentifier(wrong)
    expect(checked.status).toBe('invalid')
    expect(checked.reasons).toEqual([
      {
        code: 'codes.identifier.checksum',
        params: { expected: 'F', actual: 'G' },
        severity: 'invalid'
      }
    ])
  })

  it('reports a GUID-like serial whose characters have no defined check', () => {
    const guid = '1.2.156.3005.2.11100000000013338W032.11220000013544541J.6F9619FF-8B86-D011.001.A'
    expect(reasonCodes(guid)).toEqual([
      'codes.identifier.serial',
      'codes.identifier.checksumUndefined'
    ])
  })

  it('rejects a wrong root, missing segments and a 2-digit version', () => {
    expect(reasonCodes('1.2.156.3005.1.11100000000013338W032.11220000013544541J.1.001.F')).toEqual([
      'codes.identifier.root'
    ])
    expect(reasonCodes('1.2.156.3005.2.11100000000013338W032.11220000013544541J.001.F')).toEqual([
      'codes.identifier.structure'
    ])
    const twoDigit = '1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.01.F'
    expect(reasonCodes(twoDigit)).toContain('codes.identifier.version')
  })

  it('warns about lower case and about an embedded USCC with a legacy checksum', () => {
    const lower = VECTORS[1]!.replace('W032', 'w032')
    expect(checkLicenceIdentifier(lower).status).toBe('warning')
    expect(checkLicenceIdentifier(lower).normalized).toBe(VECTORS[1])
    const parts = {
      typeCode: '11100000000013338W032',
      issuerCode: '11220000013544541K',
      serial: 'A1',
      version: '001'
    }
    const built = buildLicenceIdentifier(parts)
    expect(built.ok).toBe(true)
    if (built.ok) {
      expect(checkLicenceIdentifier(built.identifier).status).toBe('warning')
      expect(reasonCodes(built.identifier)).toEqual(['codes.identifier.issuerCode'])
    }
  })

  it('refuses to build from parts that would be invalid', () => {
    const built = buildLicenceIdentifier({
      typeCode: '11100000000013338W032',
      issuerCode: '11220000013544541J',
      serial: 'abc',
      version: '1'
    })
    expect(built.ok).toBe(false)
    if (!built.ok) {
      expect(built.reasons.map((reason) => reason.code)).toEqual([
        'codes.identifier.serial',
        'codes.identifier.version'
      ])
    }
  })

  it('builds an identifier that passes for every generated set of valid parts', () => {
    fc.assert(
      fc.property(identifierParts, (parts) => {
        const built = buildLicenceIdentifier(parts)
        return built.ok && checkLicenceIdentifier(built.identifier).status === 'valid'
      })
    )
  })

  it('MOD 37,36 changes the check under every single substitution within 0-9A-Z', () => {
    fc.assert(
      fc.property(identifierParts, (parts) => {
        const payload = `${parts.typeCode}${parts.issuerCode}${parts.serial}${parts.version}`
        const original = mod37_36Check(payload)
        for (const mutated of singleSubstitutions(payload, MOD37_36_ALPHABET)) {
          expect(mod37_36Check(mutated)).not.toBe(original)
        }
      }),
      { numRuns: 30 }
    )
  })

  it('flags every single-character substitution of a valid identifier', () => {
    fc.assert(
      fc.property(identifierParts, (parts) => {
        const built = buildLicenceIdentifier(parts)
        if (!built.ok) throw new Error('generated parts must build')
        for (const mutated of singleSubstitutions(built.identifier, `${MOD37_36_ALPHABET}.-`)) {
          expect(checkLicenceIdentifier(mutated).status, mutated).not.toBe('valid')
        }
      }),
      { numRuns: 15 }
    )
  })
})

describe('证照类型代码', () => {
  it.each(['11100000000013338W032', '11100000MB03271699001'])('accepts %s', (code) => {
    expect(checkLicenceTypeCode(code).status).toBe('valid')
  })

  it('requires a 3-digit sequence after the definer’s code, and 21 characters', () => {
    expect(checkLicenceTypeCode('11100000000013338W03A').reasons.map((r) => r.code)).toEqual([
      'codes.licenceTypeCode.sequence'
    ])
    expect(checkLicenceTypeCode('11100000000013338W03').status).toBe('invalid')
  })

  it('passes on the definer’s legacy checksum as a warning', () => {
    const checked = checkLicenceTypeCode('11100000000013338X032')
    expect(checked.status).toBe('warning')
    expect(checked.reasons).toEqual([
      {
        code: 'codes.licenceTypeCode.definer',
        params: {
          reason: { code: 'codes.uscc.checksum', params: { expected: 'W', actual: 'X' } }
        },
        severity: 'warning'
      }
    ])
  })
})
