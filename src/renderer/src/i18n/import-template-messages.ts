/**
 * The words of a downloaded import template: its sheets, the 填写说明 and the dropdowns' error.
 * Column headers and example values are not here: the importer reads the headers in Chinese
 * whatever the language, and the example is data.
 */
export const importTemplateMessagesZhCN = {
  importTemplate: {
    dataSheet: '导入数据',
    instructionsSheet: '填写说明',
    title: '{kind}导入模板 · 填写说明',
    general: {
      sheet:
        '在第一个工作表“导入数据”中填写，每行一条记录；不要修改第 1 行的列名，带＊的列为必填。',
      example:
        '第 2 行是灰色斜体的示例行：原样保留时导入会忽略它；可以在它下面填写，也可以直接改写或删除它。',
      choices: '带下拉箭头的列只能填写下拉列表中的值。',
      dates: '日期写作 2026-01-05 或 2026年1月5日；时间写作 2026-01-05 09:30（北京时间）。',
      allOrNothing: '只要有一行不合格，整个文件都不会导入；工作台会列出每个有问题的行、列和原因。'
    },
    columns: {
      column: '列名',
      required: '是否必填',
      requirement: '填写要求',
      choices: '可选值',
      example: '示例'
    },
    required: '必填',
    optional: '选填',
    exampleNote: '示例行：原样保留时导入会忽略此行。请在下方填写，或直接改写、删除此行。',
    choiceErrorTitle: '不在可选值中',
    choiceError: '请从下拉列表中选择。',
    notes: {
      name: '正式全称（部门名称或证照名称）。',
      uscc: '部门的18位统一社会信用代码，用于识别部门，重复导入时按它更新。',
      divisionCode: '6位行政区划代码，如许昌市为 411000。',
      level: '机构级别，从下拉列表中选择；留空按地市级。',
      parentUscc: '上级部门的统一社会信用代码；上级部门须已导入或在同一文件中。',
      typeCode: '21位证照类型代码：证照定义机构的统一社会信用代码加3位顺序号。',
      licenceCategory: '证照类型，如许可证、执照、证明。',
      issuingAuthorityName: '证照颁发机构名称（第十一条第三项）。',
      holderCategory: '证照持有主体类型（第十一条第四项），从下拉列表中选择。',
      definerName: '确定该证照目录标准的机构名称。',
      definerCode: '证照定义机构的统一社会信用代码。',
      definerLevel: '证照定义机构级别，从下拉列表中选择。',
      itemName: '关联的政务服务事项名称；与事项代码同时填写或同时留空。',
      itemCode: '关联的政务服务事项代码；与事项名称同时填写或同时留空。',
      validityRange: '有效期限范围，写作 5/Y（5年）、6/M（6个月）、30/D（30天）或“长期”。',
      issuingAuthorityLevel: '证照颁发机构级别，从下拉列表中选择；留空按地市级。',
      issuerUscc: '颁发部门的统一社会信用代码；该部门须已导入。',
      superiorStandard: '是否执行国家或省级目录标准：是或否；留空按否。',
      identifier: '证照标识（GB/T 36904），用于识别证照，重复导入时按它更新。',
      number: '证照上印制的编号。',
      holderName: '持证主体的姓名或名称。',
      holderCodeType:
        '持证主体代码类型代码：001 统一社会信用代码，111 公民身份号码等；留空时按持证主体代码判断。',
      holderCode: '持证主体的统一社会信用代码或公民身份号码；公民身份号码导入后只保存脱敏值。',
      issueDate: '颁发日期。',
      validFrom: '起始日期；电子证照留空按颁发日期，用证授权留空表示不限起始。',
      validUntil: '截止日期，或“长期”；留空按长期。',
      state: '证照状态，从下拉列表中选择；留空按有效。',
      generationMode: '生成方式（第十三条），从下拉列表中选择；留空按线下生成。',
      completedAt: '业务办结时间；留空按颁发日期零时。',
      pushedAt: '推送至市统一电子证照库的时间；尚未推送的留空。',
      sealPresent: '是否加盖电子印章（第十七条）：是或否；留空按是。',
      areaCode: '所属区划的6位代码；留空按颁发部门的区划。',
      version: '3位版本号，如 001；留空取证照标识中的版本号。',
      unitUscc: '用证单位的统一社会信用代码；该部门须已导入。',
      unitName: '用证单位名称；填写时须与该统一社会信用代码的部门名称一致。',
      basis: '授权的文件或文号。'
    }
  }
}

export const importTemplateMessagesEn: typeof importTemplateMessagesZhCN = {
  importTemplate: {
    dataSheet: 'Data',
    instructionsSheet: 'Instructions',
    title: '{kind} import template · instructions',
    general: {
      sheet:
        'Fill in the first sheet, one record per row; do not change the column names in row 1. Columns marked ＊ are required.',
      example:
        'Row 2 is a grey italic example row: left as it is, the import skips it. Fill in below it, or type over or delete it.',
      choices: 'Columns with a dropdown arrow accept only the values in the dropdown.',
      dates:
        'Write dates as 2026-01-05 or 2026年1月5日 and times as 2026-01-05 09:30 (Beijing time).',
      allOrNothing:
        'If any row is wrong, nothing of the file is imported; the workbench lists every bad row, column and reason.'
    },
    columns: {
      column: 'Column',
      required: 'Required',
      requirement: 'What to enter',
      choices: 'Choices',
      example: 'Example'
    },
    required: 'required',
    optional: 'optional',
    exampleNote:
      'Example row: left as it is, the import skips it. Fill in below it, or type over or delete it.',
    choiceErrorTitle: 'Not one of the choices',
    choiceError: 'Please pick a value from the dropdown.',
    notes: {
      name: 'The official full name (of the department or of the licence).',
      uscc: 'The department’s 18-character USCC; it identifies the department, so a re-import updates it.',
      divisionCode: 'The 6-digit administrative division code, e.g. 411000 for Xuchang.',
      level: 'Authority level, from the dropdown; blank means municipal.',
      parentUscc:
        'The parent department’s USCC; the parent must be imported already or in the same file.',
      typeCode:
        'The 21-character licence type code: the defining authority’s USCC and a 3-digit sequence.',
      licenceCategory: 'Kind of licence, e.g. permit, business licence, certificate.',
      issuingAuthorityName: 'Name of the issuing authority (Art. 11 item 3).',
      holderCategory: 'Kind of holder (Art. 11 item 4), from the dropdown.',
      definerName: 'Name of the authority that set the catalog standard.',
      definerCode: 'USCC of the defining authority.',
      definerLevel: 'Level of the defining authority, from the dropdown.',
      itemName:
        'Name of the related government service item; fill in with its code or leave both blank.',
      itemCode:
        'Code of the related government service item; fill in with its name or leave both blank.',
      validityRange:
        'Validity range: 5/Y (5 years), 6/M (6 months), 30/D (30 days) or 长期 (permanent).',
      issuingAuthorityLevel:
        'Level of the issuing authority, from the dropdown; blank means municipal.',
      issuerUscc: 'USCC of the issuing department, which must be imported already.',
      superiorStandard:
        'Whether a national or provincial catalog standard applies: 是 or 否; blank means 否.',
      identifier:
        'Licence identifier (GB/T 36904); it identifies the licence, so a re-import updates it.',
      number: 'The number printed on the licence.',
      holderName: 'Name of the holder.',
      holderCodeType:
        'Holder code type: 001 USCC, 111 citizen ID number, …; blank means inferred from the holder code.',
      holderCode: 'The holder’s USCC or citizen ID number; an ID number is stored only masked.',
      issueDate: 'Date of issue.',
      validFrom:
        'Start date; for a licence blank means the issue date, for an authorisation no start limit.',
      validUntil: 'End date, or 长期 (permanent); blank means permanent.',
      state: 'Licence state, from the dropdown; blank means valid.',
      generationMode: 'Generation mode (Art. 13), from the dropdown; blank means offline.',
      completedAt: 'When the case was completed; blank means midnight of the issue date.',
      pushedAt: 'When the licence reached the city library; blank if not yet pushed.',
      sealPresent: 'Whether it carries an electronic seal (Art. 17): 是 or 否; blank means 是.',
      areaCode: '6-digit division code of its area; blank means the issuing department’s.',
      version: '3-digit version, e.g. 001; blank means the version in the identifier.',
      unitUscc: 'USCC of the using unit, which must be imported already.',
      unitName: 'Name of the using unit; if given, it must match the department with that USCC.',
      basis: 'The document or reference number that grants the authorisation.'
    }
  }
}
