/**
 * What each code check tells the user, word for word: the reasons are shown in the import error
 * report, the licence browser and `codes check`. Inputs are built by hand; their check characters
 * were computed with a separate script from GB 11643, GB 32100 and GB 11714 (DOMAIN.md §1.4–1.6).
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
const invalid = (code: string, message: string): CodeReason => ({
  code,
  message,
  severity: 'invalid'
})
const warning = (code: string, message: string): CodeReason => ({
  code,
  message,
  severity: 'warning'
})

describe('公民身份号码 (GB 11643)', () => {
  const reasons = (code: string) => checkCitizenId(code, { today }).reasons

  it('names an impossible, too early or future birth date', () => {
    expect(reasons('110105194913310021')).toEqual([
      invalid('citizenId.birthDate.invalid', '出生日期“1949-13-31”不是有效日期')
    ])
    expect(reasons('110105189912310023')).toEqual([
      invalid('citizenId.birthDate.tooEarly', '出生日期“1899-12-31”早于1900年')
    ])
    expect(reasons('110105202601020022')).toEqual([
      invalid('citizenId.birthDate.future', '出生日期“2026-01-02”晚于今天')
    ])
    expect(checkCitizenId('110105202601010029', { today }).reasons).not.toContainEqual(
      expect.objectContaining({ code: 'citizenId.birthDate.future' })
    )
  })

  it('warns about an unknown province and a legacy 15-digit number', () => {
    expect(reasons('990105194912310023')).toEqual([
      warning('citizenId.address', '前两位“99”不是省级行政区划代码')
    ])
    expect(reasons('110105491231002')).toEqual([
      warning('citizenId.legacy15', '15位旧号码，没有校验位，无法核验；应换用18位号码')
    ])
    expect(reasons('110105491331002')).toEqual([
      invalid('citizenId.birthDate.invalid', '出生日期“1949-13-31”不是有效日期'),
      warning('citizenId.legacy15', '15位旧号码，没有校验位，无法核验；应换用18位号码')
    ])
  })

  it('names the expected check character and refuses other shapes', () => {
    expect(reasons('110105194912310021')).toEqual([
      invalid('citizenId.checksum', '校验位应为“X”，实际为“1”')
    ])
    for (const code of ['1101051949123100', '11010519491231002Y', '1101051949123100XX']) {
      expect(reasons(code), code).toEqual([
        invalid('citizenId.format', '公民身份号码应为18位（前17位为数字，末位为数字或X）或15位数字')
      ])
    }
  })
})

describe('统一社会信用代码 (GB 32100)', () => {
  const reasons = (code: string) => checkUscc(code).reasons

  it('names the length and every character outside its alphabet', () => {
    expect(reasons('1141100000567890')).toEqual([
      invalid('uscc.length', '统一社会信用代码应为18位，实际为16位')
    ])
    expect(reasons('11411000OO567890IY')).toEqual([
      invalid(
        'uscc.alphabet',
        '含不允许的字符：第9位“O”、第10位“O”、第17位“I”（不使用 I、O、S、V、Z）'
      )
    ])
    expect(reasons('114110A0005678902Y')).toEqual([
      invalid('uscc.division.format', '第3–8位应为登记管理机关行政区划代码，实际为“4110A0”')
    ])
  })

  it('warns about the registration department, the category and the division inside', () => {
    expect(reasons('B1411000005678902L')).toEqual([
      warning('uscc.registrationDepartment', '第1位登记管理部门代码“B”未知')
    ])
    expect(reasons('94411000005678902D')).toEqual([
      warning('uscc.category', '第2位机构类别代码“4”不属于登记管理部门“工商”')
    ])
    expect(reasons('11411099005678902C')).toEqual([
      warning(
        'uscc.division.xuchang.unknown',
        '第3–8位登记管理机关行政区划代码：411099 不在许昌市现行区划表中（可能是已撤销的历史代码，如原许昌县）'
      )
    ])
  })

  it('names the expected inner (GB 11714) and outer check characters', () => {
    expect(reasons('11411000005678901U')).toEqual([
      warning('uscc.organizationCode.checksum', '第9–17位组织机构代码校验位应为“2”，实际为“1”')
    ])
    expect(reasons('11411000005678902X')).toEqual([
      warning(
        'uscc.checksum',
        '校验位应为“Y”，实际为“X”（早期试点地区的代码可能如此，请向发证单位核实）'
      )
    ])
    expect(reasons('11411000005678902Y')).toEqual([])
  })
})

describe('行政区划代码 (GB/T 2260)', () => {
  const reasons = (code: string) => checkDivisionCode(code).reasons

  it('checks the structure everywhere and the current table within 许昌', () => {
    expect(reasons('41100')).toEqual([
      invalid('division.format', '行政区划代码应为6位数字，实际为“41100”')
    ])
    expect(reasons('100000')).toEqual([
      warning('division.national', '100000 表示全国（中央机关登记），不是具体的行政区划')
    ])
    expect(reasons('991000')).toEqual([
      invalid('division.province', '前两位“99”不是省级行政区划代码')
    ])
    expect(reasons('410012')).toEqual([
      invalid('division.structure', '地市位为00时区县位也应为00，实际为“12”')
    ])
    expect(reasons('411023')).toEqual([
      warning(
        'division.xuchang.unknown',
        '411023 不在许昌市现行区划表中（可能是已撤销的历史代码，如原许昌县）'
      )
    ])
    expect(reasons('411071')).toEqual([
      warning(
        'division.statisticalOnly',
        '411071（许昌经济技术开发区）是国家统计用代码，不是 GB/T 2260 行政区划代码'
      )
    ])
    for (const code of ['411000', '411002', '411081', '410000', '110105']) {
      expect(reasons(code), code).toEqual([])
    }
  })
})

describe('持证主体代码 against its code type (GB/T 36903)', () => {
  const reasons = (type: string, code: string, category?: 'naturalPerson' | 'organization') =>
    checkHolderCode(type, code, category, { today }).reasons

  it('refuses an unknown code type and a type of the other category', () => {
    expect(reasons('123', 'X1')).toEqual([
      invalid('holder.codeType', '持证主体代码类型代码“123”不在 GB/T 36903 代码表中')
    ])
    expect(reasons('001', '11411000005678902Y', 'naturalPerson')).toEqual([
      invalid('holder.category', '代码类型001（统一社会信用代码）不适用于自然人')
    ])
    expect(reasons('111', '11010519491231002X', 'organization')).toEqual([
      invalid('holder.category', '代码类型111（公民身份号码）不适用于法人和其他组织')
    ])
    expect(reasons('111', '11010519491231002X', 'naturalPerson')).toEqual([])
  })

  it('checks other documents for emptiness, blanks, length and their usual shape', () => {
    expect(reasons('414', '')).toEqual([invalid('holder.code.empty', '持证主体代码为空')])
    expect(reasons('414', 'E1 2345')).toEqual([
      invalid('holder.code.characters', '持证主体代码含空白或控制字符')
    ])
    expect(reasons('999', 'A'.repeat(65))).toEqual([
      invalid('holder.code.length', '持证主体代码超过64个字符')
    ])
    expect(reasons('999', 'A'.repeat(64))).toEqual([])
    expect(reasons('516', 'X12345678')).toEqual([
      warning('holder.code.shape', '港澳居民来往内地通行证通常为H或M加8位或10位数字')
    ])
    expect(reasons('511', '1234567')).toEqual([
      warning('holder.code.shape', '台湾居民来往大陆通行证通常为8位或10位数字')
    ])
    expect(reasons('414', 'E123')).toEqual([
      warning('holder.code.shape', '普通护照通常为5–20位字母或数字')
    ])
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
      warning('holder.codeType.specific', '该代码是统一社会信用代码，代码类型应为001')
    ])
    expect(reasons('999', '11010519491231002X')).toEqual([
      warning('holder.codeType.specific', '该代码是公民身份号码，代码类型应为111')
    ])
  })
})

describe('证照标识 (GB/T 36904) and 证照类型代码', () => {
  const vector = '1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F'
  const reasons = (code: string) => checkLicenceIdentifier(code).reasons

  it('accepts DOMAIN.md’s test vector and warns about lower case', () => {
    expect(reasons(vector)).toEqual([])
    expect(reasons(vector.replace('W032', 'w032'))).toEqual([
      warning('identifier.lowercase', '证照标识应使用大写字母')
    ])
  })

  it('names what is wrong with the root, the structure, the serial, the version and the check', () => {
    expect(reasons(vector.replace('1.2.156.3005.2.', '1.2.156.3005.3.'))).toEqual([
      invalid('identifier.root', '证照标识应以“1.2.156.3005.2.”开头')
    ])
    expect(reasons(vector.replace('.001.F', '.F'))).toEqual([
      invalid(
        'identifier.structure',
        '根标识之后应有5段（类型代码.颁发机构代码.流水号.版本号.校验位），实际为4段'
      )
    ])
    expect(reasons(vector.replace('2430599', '2430_99'))).toEqual([
      invalid('identifier.serial', '流水号只能由数字和大写字母组成，实际为“2430_99”'),
      invalid('identifier.checksum.undefined', '含 0-9A-Z 以外的字符，无法计算校验位')
    ])
    expect(reasons(vector.replace('.001.F', '.01.F'))).toContainEqual(
      invalid('identifier.version', '版本号应为3位数字，实际为“01”')
    )
    // Check characters of these variants computed with the separate script: 000 → H.
    expect(reasons(vector.replace('.001.F', '.000.H'))).toEqual([
      warning('identifier.version.zero', '版本号从001起，000 不应出现')
    ])
    expect(reasons(vector.replace('.001.F', '.001.FF'))).toEqual([
      invalid('identifier.checkFormat', '校验位应为1位数字或大写字母，实际为“FF”')
    ])
    expect(reasons(vector.replace('.001.F', '.001.G'))).toEqual([
      invalid('identifier.checksum', '校验位应为“F”，实际为“G”')
    ])
  })

  it('checks a type code as its definer’s USCC and a 3-digit sequence', () => {
    expect(checkLicenceTypeCode('11100000000013338W032').reasons).toEqual([])
    expect(checkLicenceTypeCode('11100000000013338W32').reasons).toEqual([
      invalid('licenceTypeCode.length', '证照类型代码应为21位，实际为20位')
    ])
    expect(checkLicenceTypeCode('11100000000013338W03A').reasons).toEqual([
      invalid('licenceTypeCode.sequence', '末3位顺序号应为数字，实际为“03A”')
    ])
    expect(checkLicenceTypeCode('11100000000013338X032').reasons).toEqual([
      warning(
        'uscc.checksum',
        '证照定义机构代码：校验位应为“W”，实际为“X”（早期试点地区的代码可能如此，请向发证单位核实）'
      )
    ])
  })
})

describe('checkCode', () => {
  it('says when it cannot tell what a code is', () => {
    expect(checkCode('abc')).toEqual({
      kind: 'unknown',
      status: 'invalid',
      normalized: 'ABC',
      reasons: [
        invalid(
          'code.unrecognized',
          '无法识别：不是统一社会信用代码、公民身份号码、证照标识、证照类型代码或行政区划代码'
        )
      ]
    })
  })
})
