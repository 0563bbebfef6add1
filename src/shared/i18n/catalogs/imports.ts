import type { Catalog } from '../catalog'

/**
 * The imports capability's words (codes under `imports.`): the columns of the four import files,
 * why a cell, a row or a whole file is refused (src/shared/domain/imports and the renderer's
 * spreadsheet reader). In Chinese the columns are named by the
 * headers the file must carry.
 */
export const importsCatalog: Catalog = {
  'zh-CN': {
    imports: {
      header: {
        departments: {
          name: '部门名称',
          uscc: '统一社会信用代码',
          divisionCode: '行政区划代码',
          level: '机构级别',
          parentUscc: '上级部门统一社会信用代码'
        },
        catalog: {
          name: '证照名称',
          typeCode: '证照类型代码',
          licenceCategory: '证照类型',
          issuingAuthorityName: '证照颁发机构',
          holderCategory: '持证主体类别',
          definerName: '证照定义机构',
          definerCode: '证照定义机构代码',
          definerLevel: '证照定义机构级别',
          itemName: '关联事项名称',
          itemCode: '关联事项代码',
          validityRange: '有效期限范围',
          issuingAuthorityLevel: '证照颁发机构级别',
          issuerUscc: '颁发部门统一社会信用代码',
          superiorStandard: '执行国家或省级标准'
        },
        licences: {
          identifier: '证照标识',
          typeCode: '证照类型代码',
          number: '证照编号',
          holderName: '持证主体',
          holderCodeType: '持证主体代码类型代码',
          holderCode: '持证主体代码',
          issuerUscc: '证照颁发机构代码',
          issueDate: '颁发日期',
          validFrom: '有效期起始日期',
          validUntil: '有效期截止日期',
          state: '证照状态',
          generationMode: '生成方式',
          completedAt: '办结时间',
          pushedAt: '推送时间',
          sealPresent: '电子印章',
          areaCode: '所属区划代码',
          version: '版本号'
        },
        usageAuthorizations: {
          typeCode: '证照类型代码',
          unitUscc: '用证单位统一社会信用代码',
          unitName: '用证单位名称',
          validFrom: '授权起始日期',
          validUntil: '授权截止日期',
          basis: '授权依据'
        }
      },
      field: {
        authorityLevel: '机构级别',
        holderCategory: '持证主体类别',
        licenceState: '证照状态',
        generationMode: '生成方式'
      },
      result: {
        columnsMissing: '文件缺少必填列',
        rowsInvalid: '文件中有不合格的行',
        empty: '文件中没有数据行'
      },
      error: {
        missingColumn: '缺少必填列“{column}”',
        required: '“{column}”为必填项',
        noDataRows: '文件中没有数据行',
        date: '“{text}”不是日期，应写作2026-01-05或2026年1月5日',
        dateInvalid: '“{text}”不是有效日期',
        instant: '“{text}”不是日期时间，应写作2026-01-05 09:30',
        time: '“{text}”的时间不存在',
        yesNo: '“{text}”应为“{yes}”或“{no}”',
        notAChoice: '{what}“{text}”不在可选值中：{choices}',
        validityRange: '有效期限范围“{text}”应写作5/Y、6/M、30/D或{permanent}',
        itemPair: '关联事项名称与代码应同时填写',
        duplicateUscc: '与第{row}行的统一社会信用代码重复',
        duplicateTypeCode: '与第{row}行的证照类型代码重复',
        duplicateIdentifier: '与第{row}行的证照标识重复',
        duplicateAuthorization: '与第{row}行的证照类型代码和用证单位重复',
        departmentNotFound: '未找到统一社会信用代码为“{uscc}”的部门，请先导入部门',
        issuerNotFound: '未找到统一社会信用代码为“{uscc}”的颁发部门，请先导入部门',
        parentNotFound: '未找到统一社会信用代码为“{uscc}”的上级部门',
        holderCodeTypeUnknown: '无法从持证主体代码判断其类型，请填写持证主体代码类型代码',
        validUntilBeforeFrom: '有效期截止日期早于起始日期',
        areaCode: '“{text}”不是6位区划代码',
        version: '版本号应为3位数字，实际为“{text}”',
        personalIdAsOrganization: '该代码是公民身份号码，持证主体代码类型代码应为111',
        typeNotInCatalog: '证照目录中没有证照类型代码为“{typeCode}”的证照，请先导入证照目录',
        unitNameMismatch: '用证单位名称“{given}”与该统一社会信用代码的部门“{name}”不一致',
        authorizationEndsBeforeStart: '授权截止日期早于起始日期'
      },
      csv: {
        unterminatedQuote: '第{row}行的引号没有结束：文件可能被截断或损坏'
      },
      file: {
        empty: '文件为空',
        noSheet: '文件中没有工作表或没有内容',
        noContent: '文件中没有内容',
        legacyXls: '不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV 后再导入',
        notSpreadsheet: '文件不是电子表格：请选择 Excel（.xlsx）或 CSV 文件',
        unreadableXlsx: 'Excel 文件无法读取：文件已损坏或不完整（可能被截断），请重新导出后再导入',
        unreadableCsv: 'CSV 文件无法读取：{reason}',
        readFailed:
          '读取文件时出错（{detail}），文件未导入：请检查文件后重试，或拆分为多个较小的文件',
        readerExited: '读取进程意外退出',
        tooLarge: '文件过大（{size} MB），超过 {limit} MB 的上限：请拆分为多个文件后分别导入',
        tooManyRows:
          '文件有 {count} 行数据，超过每个文件 {limit} 行的上限：请拆分为多个文件后分别导入',
        tooManyColumns:
          '文件有 {count} 列，超过 {limit} 列的上限：请使用导入模板，删除模板以外的列后再导入',
        tooManyCells:
          '文件有 {count} 个单元格，超过 {limit} 个的上限：请删除模板以外的列，或拆分为多个文件后分别导入',
        tooWideRanges:
          '文件中的合并单元格、数据验证、筛选或名称覆盖 {count} 个单元格，超过 {limit} 个的上限：请取消筛选以及整列、整行的合并与数据验证，或将数据复制到新的工作簿后再导入',
        bomb: '文件结构异常（{reason}），不像是正常的 Excel 文件，已拒绝导入：请在 Excel 中打开后另存为 .xlsx 或 CSV 再导入',
        bombReason: {
          zip64: '使用了 ZIP64 格式',
          entries: '包含 {count} 个压缩条目',
          inflated: '解压后超过 {limit} MB',
          ratio: '压缩比超过 {ratio}:1',
          declaredSize: '解压后的大小超过文件中声明的大小',
          sharedStrings: '共享字符串超过 {limit} 个'
        }
      }
    }
  },
  en: {
    imports: {
      header: {
        departments: {
          name: 'Department name',
          uscc: 'Unified social credit code',
          divisionCode: 'Administrative division code',
          level: 'Authority level',
          parentUscc: 'Parent department’s unified social credit code'
        },
        catalog: {
          name: 'Licence name',
          typeCode: 'Licence type code',
          licenceCategory: 'Licence category',
          issuingAuthorityName: 'Issuing authority',
          holderCategory: 'Holder category',
          definerName: 'Defining authority',
          definerCode: 'Defining authority code',
          definerLevel: 'Defining authority level',
          itemName: 'Related service item',
          itemCode: 'Related service item code',
          validityRange: 'Validity range',
          issuingAuthorityLevel: 'Issuing authority level',
          issuerUscc: 'Issuing department’s unified social credit code',
          superiorStandard: 'National or provincial standard applies'
        },
        licences: {
          identifier: 'Licence identifier',
          typeCode: 'Licence type code',
          number: 'Licence number',
          holderName: 'Holder',
          holderCodeType: 'Holder code type',
          holderCode: 'Holder code',
          issuerUscc: 'Issuing authority code',
          issueDate: 'Date of issue',
          validFrom: 'Valid from',
          validUntil: 'Valid until',
          state: 'Licence state',
          generationMode: 'Generation mode',
          completedAt: 'Case completed at',
          pushedAt: 'Pushed at',
          sealPresent: 'Electronic seal',
          areaCode: 'Area division code',
          version: 'Version'
        },
        usageAuthorizations: {
          typeCode: 'Licence type code',
          unitUscc: 'Using unit’s unified social credit code',
          unitName: 'Using unit',
          validFrom: 'Authorised from',
          validUntil: 'Authorised until',
          basis: 'Basis of the authorisation'
        }
      },
      field: {
        authorityLevel: 'Authority level',
        holderCategory: 'Holder category',
        licenceState: 'Licence state',
        generationMode: 'Generation mode'
      },
      result: {
        columnsMissing: 'Required columns are missing from the file',
        rowsInvalid: 'Rows of the file are not acceptable',
        empty: 'The file has no data rows'
      },
      error: {
        missingColumn: 'The required column “{column}” is missing',
        required: '“{column}” is required',
        noDataRows: 'The file has no data rows',
        date: '“{text}” is not a date; write it as 2026-01-05',
        dateInvalid: '“{text}” is not a real date',
        instant: '“{text}” is not a date and time; write it as 2026-01-05 09:30',
        time: 'The time in “{text}” does not exist',
        yesNo: '“{text}” should be {yes} (yes) or {no} (no)',
        notAChoice: '{what} “{text}” is not one of the choices: {choices}',
        validityRange:
          'The validity range “{text}” should be written as 5/Y, 6/M, 30/D or {permanent} (permanent)',
        itemPair: 'The related service item’s name and code go together: fill in both or neither',
        duplicateUscc: 'Same unified social credit code as row {row}',
        duplicateTypeCode: 'Same licence type code as row {row}',
        duplicateIdentifier: 'Same licence identifier as row {row}',
        duplicateAuthorization: 'Same licence type code and using unit as row {row}',
        departmentNotFound:
          'No department has the unified social credit code “{uscc}”; import the departments first',
        issuerNotFound:
          'No issuing department has the unified social credit code “{uscc}”; import the departments first',
        parentNotFound: 'No parent department has the unified social credit code “{uscc}”',
        holderCodeTypeUnknown:
          'The kind of holder code cannot be told from the code; fill in the holder code type',
        validUntilBeforeFrom: 'The end of validity is before its start',
        areaCode: '“{text}” is not a 6-digit division code',
        version: 'The version has 3 digits, not “{text}”',
        personalIdAsOrganization:
          'The code is a citizen ID number: its holder code type should be 111',
        typeNotInCatalog:
          'The licence catalog has no licence with the type code “{typeCode}”; import the catalog first',
        unitNameMismatch:
          'The using unit “{given}” does not match “{name}”, the department with that unified social credit code',
        authorizationEndsBeforeStart: 'The authorisation ends before it starts'
      },
      csv: {
        unterminatedQuote:
          'The quote opened in row {row} is never closed: the file may be truncated or damaged'
      },
      file: {
        empty: 'The file is empty',
        noSheet: 'The file has no worksheet or no content',
        noContent: 'The file has no content',
        legacyXls:
          'Old Excel files (.xls) are not supported; save the file as .xlsx or CSV in Excel and import that',
        notSpreadsheet: 'The file is not a spreadsheet: choose an Excel (.xlsx) or CSV file',
        unreadableXlsx:
          'The Excel file cannot be read: it is damaged or incomplete (perhaps truncated); export it again and import that',
        unreadableCsv: 'The CSV file cannot be read: {reason}',
        readFailed:
          'Reading the file failed ({detail}) and nothing was imported: check the file and try again, or split it into smaller files',
        readerExited: 'the reader stopped unexpectedly',
        tooLarge:
          'The file is too large ({size} MB), over the limit of {limit} MB: split it into several files and import each',
        tooManyRows:
          'The file has {count} data rows, over the limit of {limit} rows per file: split it into several files and import each',
        tooManyColumns:
          'The file has {count} columns, over the limit of {limit}: use the import template and delete the columns it does not have',
        tooManyCells:
          'The file has {count} cells, over the limit of {limit}: delete the columns the template does not have, or split the file',
        tooWideRanges:
          'Merged cells, data validation, filters or names in the file cover {count} cells, over the limit of {limit}: remove the filters and the whole-column or whole-row merges and validations, or copy the data into a new workbook',
        bomb: 'The file’s structure is abnormal ({reason}) and not like a normal Excel file, so it was refused: open it in Excel and save it as .xlsx or CSV again',
        bombReason: {
          zip64: 'it uses the ZIP64 format',
          entries: 'it holds {count} compressed entries',
          inflated: 'it unpacks to more than {limit} MB',
          ratio: 'it is compressed more than {ratio}:1',
          declaredSize: 'it unpacks to more than the size it declares',
          sharedStrings: 'it has more than {limit} shared strings'
        }
      }
    }
  }
}
