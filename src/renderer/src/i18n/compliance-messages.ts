/** Messages of the compliance pages: 合规监测, 部门评分, 整改通知, and their 设置 tabs. */
export const complianceMessagesZhCN = {
  compliance: {
    cancel: '取消',
    parameters: {
      tab: '合规规则参数',
      intro:
        '各项检查规则的参数。保存时按规则自身的取值范围校验，并记入审计日志；修改后需重新全面检查。',
      save: '保存',
      saved: '已保存规则参数，请重新全面检查。',
      ruleOf: '{article}，第三十一条{kind}'
    },
    holidays: {
      tab: '节假日安排',
      intro:
        '计算期限所用的节假日安排。内置年份来自国务院办公厅通知；新年度的通知发布后，可在此录入。',
      year: '年度',
      source: '依据',
      issuedOn: '发布日期',
      documentNumber: '文号',
      bundled: '内置',
      entered: '本机录入',
      newTitle: '录入新年度节假日安排',
      holidays: '放假安排',
      holidayName: '节日',
      from: '起',
      to: '止',
      adjusted: '调休上班日',
      date: '日期',
      forHoliday: '对应节日',
      add: '添加一行',
      remove: '删除',
      save: '保存',
      saved: '已保存{year}年节假日安排。'
    },
    monitor: {
      title: '合规监测',
      intro:
        '依据《许昌市电子证照管理暂行办法》第三十一条，对本地工作副本中的证照目录、电子证照、用证记录和异议复核逐条检查。',
      runFull: '全面检查',
      runIncremental: '检查变更',
      cancel: '取消检查',
      lastScan: '上次检查：{when}（{mode}），基准日 {today}',
      never: '尚未检查。请先进行一次全面检查。',
      mode: { full: '全面检查', incremental: '变更检查' },
      phase: {
        reference: '读取目录与部门',
        licences: '检查电子证照',
        usageRecords: '检查用证记录',
        objections: '检查异议复核',
        writing: '保存检查结果',
        done: '完成'
      },
      finished:
        '{mode}完成：新发现 {opened} 项，更新 {updated} 项，已整改 {resolved} 项；现有未整改问题 {open} 项。',
      heatmap: '未整改问题分布（第三十一条所列情形 × 部门）',
      heatmapHint: '点击格子，按该情形和部门筛选下方列表。',
      findings: '问题清单',
      count: '共 {count} 项',
      filters: {
        kind: '情形',
        rule: '规则',
        department: '部门',
        status: '状态',
        clear: '清除筛选'
      },
      status: { open: '未整改', resolved: '已整改' },
      undetermined: '待定（缺少节假日安排）',
      columns: {
        kind: '情形',
        title: '问题',
        department: '责任部门',
        article: '依据',
        deadline: '期限',
        late: '逾期工作日',
        firstSeen: '首次发现',
        status: '状态'
      },
      evidence: '查看证据',
      draftNotice: '发出整改通知',
      selectOneDepartment: '请选择同一部门的未整改问题',
      alreadyInNotice: '所选问题中有的已列入未办结的整改通知，不能再列入新通知',
      inNotice: '已列入 {number}',
      selectionCount: '已选择 {count} 项',
      selectAllFiltered: '全选筛选结果的 {count} 项',
      clearSelection: '清除选择',
      selectPage: '选择本页全部问题',
      selected: '已选 {count} 项（{department}）'
    },
    evidence: {
      title: '问题证据',
      explanation: '说明',
      deadline: '期限届满日',
      actual: '实际办理时间',
      workingDaysLate: '逾期工作日',
      records: '相关记录',
      openInBrowser: '在证照查询中查看',
      notHappened: '尚未办理',
      facts: '其他事实',
      fact: '其他',
      firstSeen: '首次发现',
      resolvedOn: '整改日期',
      moreRecords: '另有 {count} 条记录',
      record: {
        department: '部门：{name}',
        catalog: '证照目录：{name}',
        notice: '整改通知：{number}',
        circular: '书面通报：{number}',
        usage: '用证记录：{unit}，{when}',
        objection: '复核申请：收到于 {when}',
        other: '其他记录'
      }
    },
    draft: {
      title: '整改通知草稿',
      department: '整改部门',
      createdOn: '制发日期',
      workingDays: '整改期限（工作日）',
      corrections: '整改要求由系统依据所列问题生成，下发时编发文字号并计算期限届满日。',
      submit: '生成草稿',
      created: '已生成整改通知草稿，请在“整改通知”中下发。'
    },
    notices: {
      title: '整改通知',
      intro: '责令限期改正 → 逾期未改正的书面通报 → 依法依纪处理（第三十一条）。',
      empty: '暂无整改通知。在“合规监测”中选择问题后可发出整改通知。',
      columns: {
        number: '发文字号',
        department: '整改部门',
        findings: '问题数',
        status: '状态',
        deadline: '期限届满日',
        remaining: '剩余工作日',
        actions: '操作'
      },
      draftNumber: '（草稿，未编号）',
      provisionalNumber: '待证照库确认',
      provisionalHint: '本机暂编的文号；同步后由市电子证照库统一编号，两台工作站不会取得同一文号',
      overdueBy: '已逾期 {days} 个工作日',
      remainingDays: '{days} 个工作日',
      corrections: '整改要求',
      history: '办理记录',
      actions: {
        issue: '下发',
        report: '登记整改报告',
        verify: '重新检查并核验',
        close: '办结',
        markOverdue: '认定逾期',
        circulate: '起草书面通报',
        issueCircular: '签发书面通报',
        deliverCircular: '通报已送达',
        return: '核验不通过，退回整改',
        refer: '移送处理'
      },
      confirm: {
        markOverdue: '认定 {department} 的 {number} 逾期未整改？认定后只能书面通报，不能撤回。',
        issueCircular:
          '签发对 {department} 的书面通报？签发后该通知即为“已书面通报”，通报取得发文字号，不能撤回。',
        deliverCircular: '登记对 {department} 的书面通报已于今日送达？',
        refer: '将 {department} 的 {number} 移送依法依纪处理？移送后通知即终结，不能撤回。',
        close: '办结 {number}？办结后不能再登记报告或退回整改。'
      },
      returnReason: '核验不通过的原因（将写入退回记录，部门重新整改的期限从今日起算）',
      returnReasonMissing: '请写明原因',
      issueDate: '下发日期',
      report: {
        title: '登记整改报告',
        receivedOn: '收到日期',
        text: '报告内容',
        attachments: '附件（只记录文件名与 SHA-256）',
        pick: '选择附件',
        submit: '登记'
      },
      referAuthority: '移送机关',
      referDefault: '许昌市纪委监委',
      referNote: '备注',
      circulars: '书面通报',
      circularStatus: { drafted: '草稿', issued: '已签发', delivered: '已送达' },
      done: '已完成：{action}'
    },
    scorecards: {
      title: '部门评分',
      intro:
        '只对签发电子证照的单位排名（第一名最好）：先比逾期未整改的整改通知数（少者在前，第三十一条第（七）项），再比得分（高者在前）。',
      formula:
        '得分 = 按时推送率 × {onTimePush} + 目录完整率 × {catalogCompleteness} + 问题整改率 × {rectified}；问题整改率 = 1 − 未整改问题数 ÷ 签发证照数。尚无推送期限的按“按时”计，签发证照却没有登记目录的目录完整率按 0 计。',
      needScan: '请先在“合规监测”中进行一次全面检查。',
      chart: '各部门得分（按排名）',
      unranked: '不签发电子证照的单位（不参与排名）',
      export: '导出 Excel',
      sheet: '部门评分',
      columns: {
        rank: '排名',
        department: '部门',
        licences: '签发证照',
        score: '得分',
        onTimePushRate: '按时推送率',
        catalogCompleteness: '目录完整率',
        rectifiedRate: '问题整改率',
        openFindings: '未整改问题',
        overdueNotices: '逾期整改通知'
      },
      notMeasured: '—'
    }
  }
}

export const complianceMessagesEn: typeof complianceMessagesZhCN = {
  compliance: {
    cancel: 'Cancel',
    parameters: {
      tab: 'Compliance rules',
      intro:
        'Parameters of each rule, checked against the rule’s own ranges on save and audited; run a full scan afterwards.',
      save: 'Save',
      saved: 'Rule parameters saved; run a full scan.',
      ruleOf: '{article}, Article 31 {kind}'
    },
    holidays: {
      tab: 'Holiday arrangements',
      intro:
        'The holiday arrangements deadlines are counted with. Bundled years come from the State Council notices; enter a new year here once its notice is out.',
      year: 'Year',
      source: 'Source',
      issuedOn: 'Issued on',
      documentNumber: 'Document no.',
      bundled: 'Bundled',
      entered: 'Entered here',
      newTitle: 'Enter a year’s holiday arrangement',
      holidays: 'Holidays',
      holidayName: 'Holiday',
      from: 'From',
      to: 'To',
      adjusted: 'Adjusted workdays',
      date: 'Date',
      forHoliday: 'For holiday',
      add: 'Add a row',
      remove: 'Remove',
      save: 'Save',
      saved: 'Holiday arrangement of {year} saved.'
    },
    monitor: {
      title: 'Compliance monitoring',
      intro:
        'Checks the catalog, licences, usage records and objections of the local working copy against Art. 31 of the Xuchang e-licence measures.',
      runFull: 'Full scan',
      runIncremental: 'Scan changes',
      cancel: 'Cancel scan',
      lastScan: 'Last scan: {when} ({mode}), reference day {today}',
      never: 'Not scanned yet. Run a full scan first.',
      mode: { full: 'Full scan', incremental: 'Change scan' },
      phase: {
        reference: 'Reading catalog and departments',
        licences: 'Checking licences',
        usageRecords: 'Checking usage records',
        objections: 'Checking objections',
        writing: 'Saving results',
        done: 'Done'
      },
      finished:
        '{mode} finished: {opened} new, {updated} updated, {resolved} resolved; {open} open findings now.',
      heatmap: 'Open findings by Art. 31 kind and department',
      heatmapHint: 'Click a cell to filter the list below by that kind and department.',
      findings: 'Findings',
      count: '{count} in all',
      filters: {
        kind: 'Kind',
        rule: 'Rule',
        department: 'Department',
        status: 'Status',
        clear: 'Clear filters'
      },
      status: { open: 'Open', resolved: 'Resolved' },
      undetermined: 'Undetermined (holiday table missing)',
      columns: {
        kind: 'Kind',
        title: 'Finding',
        department: 'Department',
        article: 'Article',
        deadline: 'Deadline',
        late: 'Working days late',
        firstSeen: 'First seen',
        status: 'Status'
      },
      evidence: 'Evidence',
      draftNotice: 'Order rectification',
      selectOneDepartment: 'Select open findings of one department',
      alreadyInNotice:
        'Some selected findings are already in an open notice; they cannot go into a new one',
      inNotice: 'In {number}',
      selectionCount: '{count} selected',
      selectAllFiltered: 'Select all {count} findings that match',
      clearSelection: 'Clear selection',
      selectPage: 'Select every finding on this page',
      selected: '{count} selected ({department})'
    },
    evidence: {
      title: 'Evidence',
      explanation: 'Explanation',
      deadline: 'Deadline',
      actual: 'Actual time',
      workingDaysLate: 'Working days late',
      records: 'Records',
      openInBrowser: 'Open in licence browser',
      notHappened: 'Not done yet',
      facts: 'Other facts',
      fact: 'Other',
      firstSeen: 'First seen',
      resolvedOn: 'Resolved on',
      moreRecords: '{count} more records',
      record: {
        department: 'Department: {name}',
        catalog: 'Catalog entry: {name}',
        notice: 'Rectification notice: {number}',
        circular: 'Written circular: {number}',
        usage: 'Usage record: {unit}, {when}',
        objection: 'Request for review, received {when}',
        other: 'Another record'
      }
    },
    draft: {
      title: 'Draft rectification notice',
      department: 'Department',
      createdOn: 'Drafted on',
      workingDays: 'Period (working days)',
      corrections:
        'The required corrections are generated from the findings; the document number and deadline are set on issue.',
      submit: 'Create draft',
      created: 'Draft created; issue it under Rectification notices.'
    },
    notices: {
      title: 'Rectification notices',
      intro: 'Order to rectify → written circular when it lapses → referral (Art. 31).',
      empty: 'No notices yet. Select findings under Compliance monitoring to order rectification.',
      columns: {
        number: 'Document no.',
        department: 'Department',
        findings: 'Findings',
        status: 'Status',
        deadline: 'Deadline',
        remaining: 'Working days left',
        actions: 'Actions'
      },
      draftNumber: '(draft, not numbered)',
      provisionalNumber: 'awaiting the library',
      provisionalHint:
        'Numbered on this workstation for now; the city library gives the number when it syncs, so two workstations never get the same one',
      overdueBy: '{days} working days overdue',
      remainingDays: '{days} working days',
      corrections: 'Required corrections',
      history: 'History',
      actions: {
        issue: 'Issue',
        report: 'Record report',
        verify: 'Re-scan and verify',
        close: 'Close',
        markOverdue: 'Mark overdue',
        circulate: 'Draft circular',
        issueCircular: 'Issue circular',
        deliverCircular: 'Circular delivered',
        return: 'Check failed, return',
        refer: 'Refer'
      },
      confirm: {
        markOverdue:
          'Declare {number} of {department} overdue? After that only a written circular follows; this cannot be undone.',
        issueCircular:
          'Issue the written circular on {department}? The notice then reads circulated and the circular gets its own number; this cannot be undone.',
        deliverCircular: 'Record that the circular on {department} was delivered today?',
        refer:
          'Refer {number} of {department} for handling according to law and discipline? The notice then ends; this cannot be undone.',
        close: 'Close {number}? No report can be recorded and no return made afterwards.'
      },
      returnReason: 'Why the check failed (kept with the return; the new period counts from today)',
      returnReasonMissing: 'Say why',
      issueDate: 'Issue date',
      report: {
        title: 'Record rectification report',
        receivedOn: 'Received on',
        text: 'Report',
        attachments: 'Attachments (file name and SHA-256 only)',
        pick: 'Choose files',
        submit: 'Record'
      },
      referAuthority: 'Referred to',
      referDefault: 'Xuchang Commission for Discipline Inspection and Supervision',
      referNote: 'Note',
      circulars: 'Written circulars',
      circularStatus: { drafted: 'Draft', issued: 'Issued', delivered: 'Delivered' },
      done: 'Done: {action}'
    },
    scorecards: {
      title: 'Department scores',
      intro:
        'Only units that issue electronic licences are ranked (1 = best): first by overdue notices (fewer first, Article 31 (7)), then by score (higher first).',
      formula:
        'Score = on-time push rate × {onTimePush} + catalog completeness × {catalogCompleteness} + rectified rate × {rectified}; rectified rate = 1 − open findings ÷ licences issued. A unit with no push deadline yet counts as on time; one that issues licences without a catalog entry counts as 0 % complete.',
      needScan: 'Run a full scan under Compliance monitoring first.',
      chart: 'Score of each department, in ranking order',
      unranked: 'Units that issue no electronic licences (not ranked)',
      export: 'Export to Excel',
      sheet: 'Department scores',
      columns: {
        rank: 'Rank',
        department: 'Department',
        licences: 'Licences issued',
        score: 'Score',
        onTimePushRate: 'On-time push rate',
        catalogCompleteness: 'Catalog completeness',
        rectifiedRate: 'Rectified rate',
        openFindings: 'Open findings',
        overdueNotices: 'Overdue notices'
      },
      notMeasured: '—'
    }
  }
}
