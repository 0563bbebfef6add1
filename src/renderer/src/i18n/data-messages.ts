/** Messages of the data backbone's pages: loading, 总览, 证照查询, 数据管理. */
export const dataMessagesZhCN = {
  dashboard: {
    title: '总览',
    kpi: {
      licences: '电子证照',
      departments: '签发单位',
      catalog: '证照目录',
      catalogComplete: '目录登记完整率',
      pushOnTime: '推送及时率',
      computing: '计算中…',
      none: '无可计算的数据'
    },
    clickHint: '点击图表中的柱或扇区，可在“证照查询”中查看对应的证照。',
    licences: '证照数',
    byDepartment: '各签发单位证照数量（前 15）',
    byType: '各类证照数量（前 15）',
    byState: '证照状态',
    catalogCompleteness: '目录登记完整率最低的单位（第十一条五项）',
    pushTimeliness: '按办结月份的推送及时情况（第十三条）',
    onTime: '按时推送',
    late: '逾期推送或未推送',
    pending: '未到期限',
    onTimeRate: '及时率'
  },
  imports: {
    title: '数据管理',
    usage: '用证记录',
    kind: {
      departments: '部门',
      catalog: '证照目录',
      licences: '电子证照',
      usageAuthorizations: '用证授权'
    },
    importTitle: '从 Excel 或 CSV 导入',
    importIntro:
      '文件会逐行校验（统一社会信用代码、身份证号、证照标识、日期等）。只要有一行不合格，就列出所有不合格的行，且不写入任何数据。请先导入部门和证照目录，再导入电子证照和用证授权；合规检查按用证授权判断用证是否超出授权范围（第二十八条）。',
    importKind: '导入内容',
    template: '下载导入模板',
    templateFile: '{kind}导入模板.xlsx',
    onlyExample:
      '{name} 中只有模板自带的示例行，没有可导入的数据，未写入任何内容。请在示例行下方填写数据（或改写示例行）后再导入。',
    drop: '把 .xlsx 或 .csv 文件拖到这里，或按此处选择文件',
    importing: '正在导入 {name}…',
    imported: '已从 {name} 导入 {count} 条记录，并记入审计日志。',
    fileError: '无法读取 {name}，未写入任何数据',
    rowErrors: '{name} 中有 {count} 处不合格，未写入任何数据。请改正后重新导入：',
    row: '行号',
    column: '列',
    reason: '原因',
    wholeRow: '整行',
    reset: '重置演示数据',
    resetIntro:
      '清空本机的部门、目录、证照、用证记录与异议，并重新生成许昌市演示数据。审计日志与设置保留，重置本身记入审计日志。',
    resetConfirm: '本机工作副本中的数据将被清空并重新生成演示数据。确定继续吗？',
    resetConfirmButton: '清空并重新生成',
    cancel: '取消'
  },
  licences: {
    title: '证照查询',
    count: '共 {count} 张',
    countAtLeast: '已显示 {count} 张，向下滚动加载更多',
    firstPageMs: '首页用时 {ms} 毫秒',
    export: '导出 Excel',
    exportTruncated: '结果超过 {count} 张，只导出了前 {count} 张，请缩小筛选范围。',
    exportSheet: '电子证照',
    exportFile: '证照查询-{day}.xlsx',
    exportColumn: { typeCode: '证照类型代码', validUntil: '有效期至' },
    loading: '正在查询…',
    empty: '没有符合条件的电子证照',
    filter: {
      department: '颁发单位',
      type: '证照类型',
      state: '状态',
      mode: '生成方式',
      issued: '颁发日期',
      from: '起',
      to: '止',
      search: '搜索',
      searchPlaceholder: '证照编号、持证主体名称或完整代码',
      any: '全部',
      apply: '查询',
      reset: '清空条件'
    },
    column: {
      number: '证照编号',
      type: '证照类型',
      holder: '持证主体',
      issuer: '颁发单位',
      issueDate: '颁发日期',
      state: '状态',
      mode: '生成方式'
    },
    detail: {
      identifier: '证照标识',
      holderCategory: '持证主体类别',
      holderCode: '持证主体代码',
      unmask: '显示完整姓名（记入审计日志）',
      validity: '有效期',
      validityRange: '{from} 至 {until}',
      permanent: '长期',
      version: '版本号',
      completedAt: '业务办结时间',
      pushedAt: '推送至市证照库',
      notPushed: '尚未推送',
      seal: '电子印章',
      qrCode: '二维码有效期',
      areaCode: '管辖属地编码',
      yes: '有',
      no: '无',
      history: '状态变化（第十八条）',
      issued: '业务办结，生成电子证照',
      recorded: '入库时间 {time}',
      delayHours: '延迟 {hours} 小时',
      delayDays: '延迟 {days} 天',
      delayNote: '（{delay}）',
      codeType: '（{type}）',
      reasonNote: '：{reason}',
      usage: '最近用证记录',
      noUsage: '暂无用证记录',
      usedAt: '用证时间',
      usingUnit: '用证单位',
      channel: '渠道',
      result: '结果'
    }
  },
  demo: {
    loadingTitle: '正在加载演示数据',
    loadingIntro:
      '首次启动时，工作台会在本机生成并写入许昌市演示数据（部门、证照目录、电子证照、用证记录与异议），之后可离线使用。',
    phase: {
      starting: '准备中…',
      reset: '清空本地数据',
      reference: '写入部门与证照目录',
      licences: '写入电子证照、用证记录与异议',
      complete: '完成'
    },
    pause: '暂停',
    pausedTitle: '演示数据加载已暂停',
    pausedIntro:
      '已写入的数据会保留，继续时从中断处接着写入；加载完成前，数据页面不显示不完整的数据。',
    resume: '继续加载',
    failedTitle: '演示数据加载失败',
    retry: '重试'
  }
}

export const dataMessagesEn: typeof dataMessagesZhCN = {
  dashboard: {
    title: 'Overview',
    kpi: {
      licences: 'Licences',
      departments: 'Issuers',
      catalog: 'Catalog entries',
      catalogComplete: 'Catalog completeness',
      pushOnTime: 'Pushed on time',
      computing: 'computing…',
      none: 'nothing to compute from'
    },
    clickHint: 'Click a bar or slice to see those licences in the licence browser.',
    licences: 'Licences',
    byDepartment: 'Licences by issuer (top 15)',
    byType: 'Licences by type (top 15)',
    byState: 'Licence states',
    catalogCompleteness: 'Least complete catalogs (Art. 11 items)',
    pushTimeliness: 'Push timeliness by month of completion (Art. 13)',
    onTime: 'On time',
    late: 'Late or not pushed',
    pending: 'Not yet due',
    onTimeRate: 'On-time rate'
  },
  imports: {
    title: 'Data management',
    usage: 'Usage records',
    kind: {
      departments: 'Departments',
      catalog: 'Catalog',
      licences: 'Licences',
      usageAuthorizations: 'Usage authorisations'
    },
    importTitle: 'Import from Excel or CSV',
    importIntro:
      'Every row is validated (credit codes, ID numbers, identifiers, dates…). If any row fails, every failing row is listed and nothing is written. Import departments and the catalog first, then licences and usage authorisations; the compliance scan judges each use against the usage authorisations (Art. 28).',
    importKind: 'What to import',
    template: 'Download template',
    templateFile: '{kind} import template.xlsx',
    onlyExample:
      '{name} holds only the template’s example row, so there is nothing to import and nothing was written. Fill in your data below the example row (or type over it) and import again.',
    drop: 'Drop an .xlsx or .csv file here, or press to choose one',
    importing: 'Importing {name}…',
    imported: 'Imported {count} records from {name}; recorded in the audit log.',
    fileError: 'Cannot read {name}; nothing was written',
    rowErrors: '{name} has {count} problem(s); nothing was written. Correct them and import again:',
    row: 'Row',
    column: 'Column',
    reason: 'Reason',
    wholeRow: 'whole row',
    reset: 'Reset demo data',
    resetIntro:
      'Clears departments, catalog, licences, usage records and objections on this workstation and generates the Xuchang demo city again. The audit log and settings are kept; the reset itself is audited.',
    resetConfirm:
      'The local working copy will be cleared and the demo data generated again. Continue?',
    resetConfirmButton: 'Clear and regenerate',
    cancel: 'Cancel'
  },
  licences: {
    title: 'Licence browser',
    count: '{count} licences',
    countAtLeast: '{count} shown; scroll for more',
    firstPageMs: 'first page in {ms} ms',
    export: 'Export to Excel',
    exportTruncated:
      'More than {count} results: only the first {count} were exported; narrow the filter.',
    exportSheet: 'Licences',
    exportFile: 'licences-{day}.xlsx',
    exportColumn: { typeCode: 'Licence type code', validUntil: 'Valid until' },
    loading: 'Searching…',
    empty: 'No licences match',
    filter: {
      department: 'Issuer',
      type: 'Type',
      state: 'State',
      mode: 'Generation',
      issued: 'Issued',
      from: 'From',
      to: 'To',
      search: 'Search',
      searchPlaceholder: 'Licence number, holder name or full code',
      any: 'Any',
      apply: 'Search',
      reset: 'Clear'
    },
    column: {
      number: 'Number',
      type: 'Type',
      holder: 'Holder',
      issuer: 'Issuer',
      issueDate: 'Issued',
      state: 'State',
      mode: 'Generation'
    },
    detail: {
      identifier: 'Identifier',
      holderCategory: 'Holder category',
      holderCode: 'Holder code',
      unmask: 'Show full name (audited)',
      validity: 'Validity',
      validityRange: '{from} to {until}',
      permanent: 'permanent',
      version: 'Version',
      completedAt: 'Completed',
      pushedAt: 'Pushed to the city library',
      notPushed: 'Not pushed',
      seal: 'Electronic seal',
      qrCode: 'QR code validity',
      areaCode: 'Area code',
      yes: 'Yes',
      no: 'No',
      history: 'Status changes (Art. 18)',
      issued: 'Completed; licence generated',
      recorded: 'recorded {time}',
      delayHours: '{hours} h later',
      delayDays: '{days} days later',
      delayNote: ' ({delay})',
      codeType: ' ({type})',
      reasonNote: ': {reason}',
      usage: 'Recent uses',
      noUsage: 'No uses yet',
      usedAt: 'Used',
      usingUnit: 'Using unit',
      channel: 'Channel',
      result: 'Result'
    }
  },
  demo: {
    loadingTitle: 'Loading the demo data',
    loadingIntro:
      'On first start the workbench generates and stores the Xuchang demo city locally (departments, catalog, licences, usage records and objections); it then works offline.',
    phase: {
      starting: 'Preparing…',
      reset: 'Clearing local data',
      reference: 'Writing departments and catalog',
      licences: 'Writing licences, usage records and objections',
      complete: 'Done'
    },
    pause: 'Pause',
    pausedTitle: 'Demo data loading paused',
    pausedIntro:
      'What was written is kept and loading resumes where it stopped; data pages stay hidden until loading completes.',
    resume: 'Resume loading',
    failedTitle: 'Demo data loading failed',
    retry: 'Retry'
  }
}
