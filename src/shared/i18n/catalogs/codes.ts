import type { Catalog } from '../catalog'

/**
 * The codes capability's words (codes under `codes.`): the kinds of code, the results and every
 * finding of the checks in src/shared/domain/codes (GB 32100, GB 11643, GB/T 2260, GB/T 36903,
 * GB/T 36904).
 */
export const codesCatalog: Catalog = {
  'zh-CN': {
    codes: {
      cli: {
        header: { code: '代码', kind: '类型', status: '结果', reason: '说明' },
        onlyWarning: '（警告）{reason}',
        summary: '共{total}个：有效{valid}，警告{warning}，无效{invalid}',
        missingSubcommand: '缺少子命令 check',
        unknownSubcommand: '未知子命令：{subcommand}',
        unknownOption: '未知选项：{option}',
        noCodes: '请至少给出一个代码'
      },
      kind: {
        uscc: '统一社会信用代码',
        citizenId: '公民身份号码',
        licenceIdentifier: '证照标识',
        licenceTypeCode: '证照类型代码',
        divisionCode: '行政区划代码',
        holderCode: '持证主体代码',
        unknown: '无法识别'
      },
      status: { valid: '有效', warning: '警告', invalid: '无效' },
      unrecognized:
        '无法识别：不是统一社会信用代码、公民身份号码、证照标识、证照类型代码或行政区划代码',
      citizenId: {
        birthDate: {
          invalid: '出生日期“{date}”不是有效日期',
          tooEarly: '出生日期“{date}”早于1900年',
          future: '出生日期“{date}”晚于今天'
        },
        address: '前两位“{province}”不是省级行政区划代码',
        legacy15: '15位旧号码，没有校验位，无法核验；应换用18位号码',
        format: '公民身份号码应为18位（前17位为数字，末位为数字或X）或15位数字',
        checksum: '校验位应为“{expected}”，实际为“{actual}”'
      },
      division: {
        format: '行政区划代码应为6位数字，实际为“{code}”',
        national: '{code} 表示全国（中央机关登记），不是具体的行政区划',
        province: '前两位“{province}”不是省级行政区划代码',
        structure: '地市位为00时区县位也应为00，实际为“{county}”',
        xuchangUnknown: '{code} 不在许昌市现行区划表中（可能是已撤销的历史代码，如原许昌县）',
        statisticalOnly: '{code}（{name}）是国家统计用代码，不是 GB/T 2260 行政区划代码',
        name: {
          xuchang: '许昌市',
          weidu: '魏都区',
          jianan: '建安区',
          yanling: '鄢陵县',
          xiangcheng: '襄城县',
          yuzhou: '禹州市',
          changge: '长葛市',
          economicZone: '许昌经济技术开发区'
        }
      },
      uscc: {
        length: '统一社会信用代码应为18位，实际为{length}位',
        alphabet: '含不允许的字符：{characters}（不使用 I、O、S、V、Z）',
        characterAt: '第{position}位“{character}”',
        division: {
          format: '第3–8位应为登记管理机关行政区划代码，实际为“{division}”',
          finding: '第3–8位登记管理机关行政区划代码：{reason}'
        },
        registrationDepartment: '第1位登记管理部门代码“{character}”未知',
        category: '第2位机构类别代码“{character}”不属于登记管理部门“{department}”',
        organizationCode: {
          checksum: '第9–17位组织机构代码校验位应为“{expected}”，实际为“{actual}”'
        },
        checksum:
          '校验位应为“{expected}”，实际为“{actual}”（早期试点地区的代码可能如此，请向发证单位核实）'
      },
      usccDepartment: {
        staffing: '机构编制',
        civilAffairs: '民政',
        industryAndCommerce: '工商',
        other: '其他',
        foreignAffairs: '外交',
        justice: '司法',
        culture: '文化',
        tourism: '旅游',
        religion: '宗教',
        tradeUnion: '工会',
        militaryCommission: '中央军委改革和编制办公室',
        agriculture: '农业'
      },
      licenceTypeCode: {
        length: '证照类型代码应为21位，实际为{length}位',
        definer: '证照定义机构代码：{reason}',
        sequence: '末3位顺序号应为数字，实际为“{sequence}”'
      },
      identifier: {
        typeCode: '证照类型代码：{reason}',
        issuerCode: '证照颁发机构代码：{reason}',
        serial: '流水号只能由数字和大写字母组成，实际为“{serial}”',
        version: '版本号应为3位数字，实际为“{version}”',
        versionZero: '版本号从001起，000 不应出现',
        lowercase: '证照标识应使用大写字母',
        root: '证照标识应以“{root}”开头',
        structure:
          '根标识之后应有5段（类型代码.颁发机构代码.流水号.版本号.校验位），实际为{count}段',
        checkFormat: '校验位应为1位数字或大写字母，实际为“{check}”',
        checksumUndefined: '含 0-9A-Z 以外的字符，无法计算校验位',
        checksum: '校验位应为“{expected}”，实际为“{actual}”'
      },
      holder: {
        codeType: '持证主体代码类型代码“{codeType}”不在 GB/T 36903 代码表中',
        codeTypeSpecific: '该代码是{kind}，代码类型应为{codeType}',
        category: '代码类型{codeType}（{label}）不适用于{category}',
        code: {
          empty: '持证主体代码为空',
          characters: '持证主体代码含空白或控制字符',
          length: '持证主体代码超过{max}个字符',
          shape: '{codeType}通常为{shape}'
        },
        shape: {
          passport: '5–20位字母或数字',
          taiwanPermit: '8位或10位数字',
          hongKongMacaoPermit: 'H或M加8位或10位数字'
        },
        invalid: '持证主体代码或名称不合格',
        name: { empty: '持证主体名称为空' },
        personalIdAsOrganization:
          '持证主体代码是（或与之只差一位的）公民身份号码，却登记为法人或其他组织的代码类型'
      }
    }
  },
  en: {
    codes: {
      cli: {
        header: { code: 'Code', kind: 'Kind', status: 'Result', reason: 'Explanation' },
        onlyWarning: '(warning) {reason}',
        summary: '{total} in all: {valid} valid, {warning} with warnings, {invalid} invalid',
        missingSubcommand: 'Missing subcommand check',
        unknownSubcommand: 'Unknown subcommand: {subcommand}',
        unknownOption: 'Unknown option: {option}',
        noCodes: 'Give at least one code'
      },
      kind: {
        uscc: 'Unified social credit code',
        citizenId: 'Citizen ID number',
        licenceIdentifier: 'Licence identifier',
        licenceTypeCode: 'Licence type code',
        divisionCode: 'Administrative division code',
        holderCode: 'Holder code',
        unknown: 'Unrecognised'
      },
      status: { valid: 'valid', warning: 'warning', invalid: 'invalid' },
      unrecognized:
        'Unrecognised: not a unified social credit code, citizen ID number, licence identifier, licence type code or administrative division code',
      citizenId: {
        birthDate: {
          invalid: 'The birth date “{date}” is not a real date',
          tooEarly: 'The birth date {date} is before 1900',
          future: 'The birth date {date} is after today'
        },
        address: 'The first two digits “{province}” are not a province-level division code',
        legacy15:
          'An old 15-digit number has no check digit and cannot be verified; the 18-digit number should be used',
        format: 'A citizen ID number has 18 characters (17 digits, then a digit or X) or 15 digits',
        checksum: 'The check character should be “{expected}”, not “{actual}”'
      },
      division: {
        format: 'An administrative division code has 6 digits, not “{code}”',
        national:
          '{code} stands for the whole country (registration by a central body), not for a division',
        province: 'The first two digits “{province}” are not a province-level division code',
        structure:
          'When the prefecture digits are 00 the county digits must be 00 too, not “{county}”',
        xuchangUnknown:
          '{code} is not in Xuchang’s current list of divisions (it may be a withdrawn code, such as the former Xuchang County)',
        statisticalOnly:
          '{code} ({name}) is a national statistics code, not a GB/T 2260 administrative division code',
        name: {
          xuchang: 'Xuchang City',
          weidu: 'Weidu District',
          jianan: 'Jian’an District',
          yanling: 'Yanling County',
          xiangcheng: 'Xiangcheng County',
          yuzhou: 'Yuzhou City',
          changge: 'Changge City',
          economicZone: 'Xuchang Economic and Technological Development Zone'
        }
      },
      uscc: {
        length: 'A unified social credit code has 18 characters, not {length}',
        alphabet: 'Characters not allowed: {characters} (I, O, S, V and Z are not used)',
        characterAt: '“{character}” at position {position}',
        division: {
          format:
            'Characters 3–8 should be the registration authority’s division code, not “{division}”',
          finding: 'Division code of the registration authority (characters 3–8): {reason}'
        },
        registrationDepartment:
          'The registration department code “{character}” (character 1) is unknown',
        category:
          'The organisation category code “{character}” (character 2) does not belong to the registration department “{department}”',
        organizationCode: {
          checksum:
            'The check character of the organisation code (characters 9–17) should be “{expected}”, not “{actual}”'
        },
        checksum:
          'The check character should be “{expected}”, not “{actual}” (codes from early pilot regions may be like this; please confirm with the issuer)'
      },
      usccDepartment: {
        staffing: 'staffing authorities',
        civilAffairs: 'civil affairs',
        industryAndCommerce: 'industry and commerce',
        other: 'other',
        foreignAffairs: 'foreign affairs',
        justice: 'justice',
        culture: 'culture',
        tourism: 'tourism',
        religion: 'religious affairs',
        tradeUnion: 'trade unions',
        militaryCommission: 'Reform and Organisation Office of the Central Military Commission',
        agriculture: 'agriculture'
      },
      licenceTypeCode: {
        length: 'A licence type code has 21 characters, not {length}',
        definer: 'Defining authority code: {reason}',
        sequence: 'The last 3 characters are a sequence number of digits, not “{sequence}”'
      },
      identifier: {
        typeCode: 'Licence type code: {reason}',
        issuerCode: 'Issuing authority code: {reason}',
        serial: 'The serial number may hold only digits and capital letters, not “{serial}”',
        version: 'The version has 3 digits, not “{version}”',
        versionZero: 'Versions start at 001; 000 should not occur',
        lowercase: 'A licence identifier is written in capital letters',
        root: 'A licence identifier starts with “{root}”',
        structure:
          'After the root there should be 5 parts (type code.issuer code.serial.version.check), not {count}',
        checkFormat: 'The check character is one digit or capital letter, not “{check}”',
        checksumUndefined:
          'It holds characters outside 0-9A-Z, so no check character can be computed',
        checksum: 'The check character should be “{expected}”, not “{actual}”'
      },
      holder: {
        codeType: 'The holder code type “{codeType}” is not in the GB/T 36903 code list',
        codeTypeSpecific: 'The code passes as {kind}, so its code type should be {codeType}',
        category:
          'Code type {codeType} ({label}) does not apply to the holder category “{category}”',
        code: {
          empty: 'The holder code is empty',
          characters: 'The holder code contains blanks or control characters',
          length: 'The holder code is longer than {max} characters',
          shape: '{codeType} numbers usually have {shape}'
        },
        shape: {
          passport: '5 to 20 letters or digits',
          taiwanPermit: '8 or 10 digits',
          hongKongMacaoPermit: 'H or M followed by 8 or 10 digits'
        },
        invalid: 'The holder’s code or name is not acceptable',
        name: { empty: 'The holder name is empty' },
        personalIdAsOrganization:
          'The holder code is (or is one character away from) a citizen ID number, but is filed under a code type for legal persons or other organisations'
      }
    }
  }
}
