/**
 * What each code check tells the user: every reason's code and parameters, which the import error
 * report, the compliance findings and `codes check` put into words. Inputs are built by hand; their
 * check characters were computed with a separate script from GB 11643, GB 32100 and GB 11714
 * (DOMAIN.md §1.4–1.6). The words themselves are checked in words.test.ts.
 */
import { describe, expect, it } from 'vitest'
import {
  checkCitizenId,
  checkCode,
  checkDivisionCode,
  checkHolderCode,
  checkLicenceIdentifier,
  checkLicenceTypeCode,
  checkUscc,
  type CodeReason
} from '../../../../src/shared/domain/codes'

const today = '2026-01-01'
type Params = NonNullable<CodeReason['params']>
const invalid = (code: string, params?: Params): CodeReason =>
  params === undefined ? { code, severity: 'invalid' } : { code, params, severity: 'invalid' }
const warning = (code: string, params?: Params): CodeReason =>
  params === undefined ? { code, severity: 'warning' } : { code, params, severity: 'warning' }
const inner = (code: string, params?: Params) =>
  params === undefined ? { code } : { code, params }

describe('公民身份号码 (GB 11643)', () => {
  const reasons = (code: string) => checkCitizenId(code, { today }).reasons

  it('names an impossible, too early or future birth date', () => {
    // 1949-13-31 is no date, so it is quoted as written rather than as a day.
    expect(reasons('110105194913310021')).toEqual([
      invalid('codes.citizenId.birthDate.invalid', { date: '1949-13-31' })
    ])
    expect(reasons('110105189912310023')).toEqual([
      invalid('codes.citizenId.birthDate.tooEarly', { date: { day: '1899-12-31' } })
    ])
    expect(reasons('110105202601020022')).toEqual([
      invalid('codes.citizenId.birthDate.future', { date: { day: '2026-01-02' } })
    ])
    expect(checkCitizenId('110105202601010029', { today }).reasons).not.toContainEqual(
      expect.objectContaining({ code: 'codes.citizenId.birthDate.future' })
    )
  })

  it('warns about an unknown province and a legacy 15-digit number', () => {
    expect(reasons('990105194912310023')).toEqual([
      warning('codes.citizenId.address', { province: '99' })
    ])
    expect(reasons('110105491231002')).toEqual([warning('codes.citizenId.legacy15')])
    expect(reasons('110105491331002')).toEqual([
      invalid('codes.citizenId.birthDate.invalid', { date: '1949-13-31' }),
      warning('codes.citizenId.legacy15')
    ])
  })

  it('names the expected check character and refuses other shapes', () => {
    expect(reasons('110105194912310021')).toEqual([
      invalid('codes.citizenId.checksum', { expected: 'X', actual: '1' })
    ])
    for (const code of ['1101051949123100', '11010519491231002Y', '1101051949123100XX']) {
      expect(reasons(code), code).toEqual([invalid('codes.citizenId.format')])
    }
  })
})

describe('统一社会信用代码 (GB 32100)', () => {
  const reasons = (code: string) => checkUscc(code).reasons
  const at = (position: number, character: string) =>
    inner('codes.uscc.characterAt', { position, character })

  it('names the length and every character outside its alphabet', () => {
    expect(reasons('1141100000567890')).toEqual([invalid('codes.uscc.length', { length: 16 })])
    expect(reasons('11411000OO567890IY')).toEqual([
      invalid('codes.uscc.alphabet', {
        characters: { list: [at(9, 'O'), at(10, 'O'), at(17, 'I')] }
      })
    ])
    expect(reasons('114110A0005678902Y')).toEqual([
      invalid('codes.uscc.division.format', { division: '4110A0' })
    ])
  })

  it('warns about the registration department, the category and the division inside', () => {
    expect(reasons('B1411000005678902L')).toEqual([
      warning('codes.uscc.registrationDepartment', { character: 'B' })
    ])
    // 9 is 工商 (GB 32100 Table 1), whose categories are 1, 2 and 3.
    expect(reasons('94411000005678902D')).toEqual([
      warning('codes.uscc.category', {
        character: '4',
        department: inner('codes.usccDepartment.industryAndCommerce')
      })
    ])
    // 411099 is no division of 许昌 in force: a finding about the division, within the USCC.
    expect(reasons('11411099005678902C')).toEqual([
      warning('codes.uscc.division.finding', {
        reason: inner('codes.division.xuchangUnknown', { code: '411099' })
      })
    ])
  })

  it('names the expected inner (GB 11714) and outer check characters', () => {
    expect(reasons('11411000005678901U')).toEqual([
      warning('codes.uscc.organizationCode.checksum', { expected: '2', actual: '1' })
    ])
    expect(reasons('11411000005678902X')).toEqual([
      warning('codes.uscc.checksum', { expected: 'Y', actual: 'X' })
    ])
    expect(reasons('11411000005678902Y')).toEqual([])
  })

  it('names the registration departments GB 32100 lists, by their own messages', () => {
    // 机构编制 1, 民政 5, 工商 9 (categories checked), 其他 Y; the rest as reported in practice.
    const department = (first: string) =>
      checkUscc(`${first}4411000005678902D`).reasons.find((r) => r.code === 'codes.uscc.category')
        ?.params?.department
    expect(department('1')).toEqual(inner('codes.usccDepartment.staffing'))
    expect(department('5')).toEqual(inner('codes.usccDepartment.civilAffairs'))
    expect(department('9')).toEqual(inner('codes.usccDepartment.industryAndCommerce'))
  })
})

describe('行政区划代码 (GB/T 2260)', () => {
  const reasons = (code: string) => checkDivisionCode(code).reasons

  it('checks the structure everywhere and the current table within 许昌', () => {
    expect(reasons('41100')).toEqual([invalid('codes.division.format', { code: '41100' })])
    expect(reasons('100000')).toEqual([warning('codes.division.national', { code: '100000' })])
    expect(reasons('991000')).toEqual([invalid('codes.division.province', { province: '99' })])
    expect(reasons('410012')).toEqual([invalid('codes.division.structure', { county: '12' })])
    // 411023 was 许昌县, withdrawn in 2016 when it became 建安区 (411003).
    expect(reasons('411023')).toEqual([
      warning('codes.division.xuchangUnknown', { code: '411023' })
    ])
    expect(reasons('411071')).toEqual([
      warning('codes.division.statisticalOnly', {
        code: '411071',
        name: inner('codes.division.name.economicZone')
      })
    ])
    for (const code of ['411000', '411002', '411081', '410000', '110105']) {
      expect(reasons(code), code).toEqual([])
    }
  })
})

describe('持证主体代码 against its code type (GB/T 36903)', () => {
  const reasons = (type: string, code: string, category?: 'naturalPerson' | 'organization') =>
    checkHolderCode(type, code, category, { today }).reasons
  const typeName = (type: string) => inner(`licences.holderCodeType.type${type}`)

  it('refuses an unknown code type and a type of the other category', () => {
    expect(reasons('123', 'X1')).toEqual([invalid('codes.holder.codeType', { codeType: '123' })])
    expect(reasons('001', '11411000005678902Y', 'naturalPerson')).toEqual([
      invalid('codes.holder.category', {
        codeType: '001',
        label: typeName('001'),
        category: inner('licences.holderCategory.naturalPerson')
      })
    ])
    expect(reasons('111', '11010519491231002X', 'organization')).toEqual([
      invalid('codes.holder.category', {
        codeType: '111',
        label: typeName('111'),
        category: inner('licences.holderCategory.organization')
      })
    ])
    expect(reasons('111', '11010519491231002X', 'naturalPerson')).toEqual([])
  })

  it('checks other documents for emptiness, blanks, length and their usual shape', () => {
    expect(reasons('414', '')).toEqual([invalid('codes.holder.code.empty')])
    expect(reasons('414', 'E1 2345')).toEqual([invalid('codes.holder.code.characters')])
    expect(reasons('999', 'A'.repeat(65))).toEqual([
      invalid('codes.holder.code.length', { max: 64 })
    ])
    expect(reasons('999', 'A'.repeat(64))).toEqual([])
    expect(reasons('516', 'X12345678')).toEqual([
      warning('codes.holder.code.shape', {
        codeType: typeName('516'),
        shape: inner('codes.holder.shape.hongKongMacaoPermit')
      })
    ])
    expect(reasons('511', '1234567')).toEqual([
      warning('codes.holder.code.shape', {
        codeType: typeName('511'),
        shape: inner('codes.holder.shape.taiwanPermit')
      })
    ])
    for (const type of ['411', '412', '413', '414']) {
      expect(reasons(type, 'E123'), type).toEqual([
        warning('codes.holder.code.shape', {
          codeType: typeName(type),
          shape: inner('codes.holder.shape.passport')
        })
      ])
    }
    for (const [type, code] of [
      ['516', 'H12345678'],
      ['516', 'M1234567890'],
      ['511', '12345678'],
      ['511', '1234567890'],
      ['414', 'E1234']
    ]) {
      expect(reasons(type!, code!), `${type} ${code}`).toEqual([])
    }
  })

  it('warns when a catch-all type hides a code that has its own type', () => {
    expect(reasons('099', '11411000005678902Y')).toEqual([
      warning('codes.holder.codeTypeSpecific', { codeType: '001', kind: typeName('001') })
    ])
    expect(reasons('999', '11010519491231002X')).toEqual([
      warning('codes.holder.codeTypeSpecific', { codeType: '111', kind: typeName('111') })
    ])
  })
})

describe('证照标识 (GB/T 36904) and 证照类型代码', () => {
  const vector = '1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F'
  const reasons = (code: string) => checkLicenceIdentifier(code).reasons

  it('accepts DOMAIN.md’s test vector and warns about lower case', () => {
    expect(reasons(vector)).toEqual([])
    expect(reasons(vector.replace('W032', 'w032'))).toEqual([warning('codes.identifier.lowercase')])
  })

  it('names what is wrong with the root, the structure, the serial, the version and the check', () => {
    expect(reasons(vector.replace('1.2.156.3005.2.', '1.2.156.3005.3.'))).toEqual([
      invalid('codes.identifier.root', { root: '1.2.156.3005.2.' })
    ])
    expect(reasons(vector.replace('.001.F', '.F'))).toEqual([
      invalid('codes.identifier.structure', { count: 4 })
    ])
    expect(reasons(vector.replace('2430599', '2430_99'))).toEqual([
      invalid('codes.identifier.serial', { serial: '2430_99' }),
      invalid('codes.identifier.checksumUndefined')
    ])
    expect(reasons(vector.replace('.001.F', '.01.F'))).toContainEqual(
      invalid('codes.identifier.version', { version: '01' })
    )
    // Check characters of these variants computed with the separate script: 000 → H.
    expect(reasons(vector.replace('.001.F', '.000.H'))).toEqual([
      warning('codes.identifier.versionZero')
    ])
    expect(reasons(vector.replace('.001.F', '.001.FF'))).toEqual([
      invalid('codes.identifier.checkFormat', { check: 'FF' })
    ])
    expect(reasons(vector.replace('.001.F', '.001.G'))).toEqual([
      invalid('codes.identifier.checksum', { expected: 'F', actual: 'G' })
    ])
  })

  it('names the part an embedded code’s finding is about', () => {
    // The issuer's USCC with its check character J changed to K: a warning inside the identifier.
    const issuer = checkLicenceIdentifier(
      vector.replace('541J.2430599.001.F', '541K.2430599.001.F')
    ).reasons
    expect(issuer).toContainEqual(
      warning('codes.identifier.issuerCode', {
        reason: inner('codes.uscc.checksum', { expected: 'J', actual: 'K' })
      })
    )
    // The type code's definer with W changed to X: nested twice.
    expect(checkLicenceIdentifier(vector.replace('338W032', '338X032')).reasons).toContainEqual(
      warning('codes.identifier.typeCode', {
        reason: inner('codes.licenceTypeCode.definer', {
          reason: inner('codes.uscc.checksum', { expected: 'W', actual: 'X' })
        })
      })
    )
  })

  it('checks a type code as its definer’s USCC and a 3-digit sequence', () => {
    expect(checkLicenceTypeCode('11100000000013338W032').reasons).toEqual([])
    expect(checkLicenceTypeCode('11100000000013338W32').reasons).toEqual([
      invalid('codes.licenceTypeCode.length', { length: 20 })
    ])
    expect(checkLicenceTypeCode('11100000000013338W03A').reasons).toEqual([
      invalid('codes.licenceTypeCode.sequence', { sequence: '03A' })
    ])
    expect(checkLicenceTypeCode('11100000000013338X032').reasons).toEqual([
      warning('codes.licenceTypeCode.definer', {
        reason: inner('codes.uscc.checksum', { expected: 'W', actual: 'X' })
      })
    ])
  })
})

describe('checkCode', () => {
  it('says when it cannot tell what a code is', () => {
    expect(checkCode('abc')).toEqual({
      kind: 'unknown',
      status: 'invalid',
      normalized: 'ABC',
      reasons: [invalid('codes.unrecognized')]
    })
  })
})
