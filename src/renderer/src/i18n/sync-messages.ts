/** Messages of 同步: the first bootstrap, the 同步 page, the header badge, 电子证照库连接. */
export const syncMessagesZhCN = {
  syncPage: {
    title: '同步',
    intro:
      '工作台的数据来自市统一电子证照库：首次同步取得完整快照，之后按游标拉取变更，本单位的记录（整改通知等）作为变更推送；离线时照常工作，恢复连接后自动同步。',
    source: '数据来源',
    sourceName: {
      embedded: '演示库（本机内置的参考证照库）',
      configured: '市统一电子证照库',
      none: '未配置'
    },
    server: '证照库地址',
    cursor: '同步游标',
    pending: '待推送记录',
    syncNow: '立即同步',
    verify: '同步并核对',
    cancel: '取消',
    resync: {
      action: '重新同步',
      confirm:
        '将清空本机从电子证照库取得的数据（部门、目录、证照、用证记录、异议）并重新做首次同步；本单位待推送的记录、冲突列表与审计日志保留。确定继续吗？',
      confirmButton: '清空并重新同步'
    },
    phase: {
      starting: '准备中…',
      library: '正在准备演示库（证照）',
      info: '连接电子证照库',
      bootstrap: '写入快照（分段）',
      push: '推送本单位记录',
      pull: '拉取变更',
      verify: '核对数据（表）'
    },
    outcome: { complete: '完成', cancelled: '已暂停', failed: '失败' },
    history: {
      title: '同步记录',
      empty: '尚未同步',
      at: '时间',
      outcome: '结果',
      received: '收到',
      sent: '推送',
      error: '原因',
      snapshot: '首次同步，快照 {rows} 行',
      changes: '变更 {items} 条',
      fromPackage: '（离线同步包 {file}）'
    },
    package: {
      title: '离线同步包',
      intro:
        '不能连接政务外网的工作站，可导入在联网工作站上用 npm run cli -- sync export 制作的离线同步包：先核对校验和与签名者（签名的包需在设置中配置政务 CA），再按与在线同步相同的方式应用。',
      action: '导入离线同步包',
      apply: '导入',
      confirm: '{file}：来自 {server}，制作于 {created}，{contents}；{signer}。导入吗？',
      snapshot: '含完整快照（至序号 {head}）',
      changes: '含游标 {since} 之后至序号 {head} 的变更',
      signedBy: '签名者 {signer}',
      unsigned: '未签名，只核对了校验和',
      applied: '离线同步包已导入'
    },
    outbox: {
      title: '待推送包与推送回执',
      intro:
        '不能连接政务外网的工作站，可把待推送的记录导出为“待推送包”，在联网的电脑上运行 npm run cli -- sync push --server 地址 --in 待推送包 --receipt 推送回执，再把“推送回执”导入本机：效果与在线推送相同，发文字号由证照库分配。导出不会删除待推送记录，收到回执后才算推送完成。',
      export: '导出待推送包',
      exported: '已导出 {count} 条待推送记录：{file}（未签名：本机未配置客户端证书）',
      exportedSigned: '已导出 {count} 条待推送记录：{file}，已用本单位证书“{signer}”签名',
      nothing: '没有待推送的记录',
      import: '导入推送回执',
      settled: '推送回执已导入：证照库接受 {applied} 条，冲突或退回 {conflicts} 条（{signed}）',
      alreadySettled: '回执中的记录此前都已处理，未作更改（{signed}）',
      receiptSigned: '回执签名者：{signer}',
      receiptUnsigned: '回执未签名，只核对了校验和',
      tooLarge: '文件过大，不是推送回执'
    },
    conflicts: {
      title: '冲突',
      intro:
        '证照库已有更新版本或不接受的本单位记录：工作台保留证照库的版本，本机当时的内容列在这里备查。',
      empty: '没有冲突',
      record: '记录',
      status: '类型',
      kind: { conflict: '版本冲突', rejected: '被退回' },
      local: '本机内容',
      library: '证照库版本或退回原因'
    },
    badge: {
      running: '正在同步…',
      failed: '同步失败',
      never: '尚未同步',
      last: '已同步 {time}',
      pending: '待推送 {count}',
      conflicts: '冲突 {count}'
    },
    firstRun: {
      title: '正在进行首次同步',
      intro: '工作台正在从市统一电子证照库取得完整数据，之后可离线使用，并按游标增量同步。',
      introDemo:
        '未配置电子证照库，工作台使用本机内置的演示库（许昌市演示数据）进行首次同步，之后可离线使用。',
      pause: '暂停',
      pausedTitle: '首次同步已暂停',
      pausedIntro:
        '已写入的数据会保留，继续时从中断处接着同步；完成前，数据页面不显示不完整的数据。',
      resume: '继续同步',
      failedTitle: '首次同步失败',
      retry: '重试'
    },
    connection: {
      tab: '电子证照库连接',
      intro:
        '本工作站同步的电子证照库，以及逐步的连接诊断（地址、代理、域名解析、TCP、TLS 证书、协议版本）。',
      proxy: '代理服务器',
      noProxy: '不使用代理',
      proxyHint: '如 http://proxy.example:3128，不使用代理则留空',
      ca: 'CA 证书',
      systemCa: '系统默认（未指定政务 CA）',
      certificate: '客户端证书',
      noCertificate: '未配置',
      password: '证书密码',
      drop: '不再使用“{name}”',
      save: '保存',
      saved: '已保存电子证照库连接，下次同步起生效',
      switchConfirm:
        '更换数据来源后，下次同步将从新的证照库重新取得全部数据（本单位待推送的记录保留）。确定保存吗？',
      adminOnly: '只有系统管理员可以更改电子证照库连接。',
      check: '测试连接',
      step: '步骤',
      result: '结果',
      detail: '说明',
      ms: '耗时（毫秒）',
      steps: {
        address: '地址',
        proxy: '代理',
        dns: '域名解析',
        tcp: 'TCP 连接',
        tls: 'TLS 与服务器证书',
        clientCertificate: '客户端证书',
        library: '证照库协议'
      },
      status: { ok: '通过', warning: '注意', failed: '失败', skipped: '未检查' }
    }
  }
}

export const syncMessagesEn: typeof syncMessagesZhCN = {
  syncPage: {
    title: 'Sync',
    intro:
      "The workbench's data comes from the city e-licence library: a first sync takes a whole snapshot, later ones pull changes from the cursor, and the bureau's own records (rectification notices …) are pushed as changes; work goes on offline and syncs again when the connection is back.",
    source: 'Data source',
    sourceName: {
      embedded: 'Demo library (the reference library built in)',
      configured: 'City e-licence library',
      none: 'Not configured'
    },
    server: 'Library address',
    cursor: 'Sync cursor',
    pending: 'Waiting to be pushed',
    syncNow: 'Sync now',
    verify: 'Sync and verify',
    cancel: 'Cancel',
    resync: {
      action: 'Re-sync',
      confirm:
        "The library's data on this workstation (departments, catalog, licences, usage records, objections) is cleared and fetched again by a first sync; the bureau's records waiting to be pushed, the conflict list and the audit log are kept. Continue?",
      confirmButton: 'Clear and re-sync'
    },
    phase: {
      starting: 'Starting…',
      library: 'Preparing the demo library (licences)',
      info: 'Contacting the library',
      bootstrap: 'Writing the snapshot (parts)',
      push: "Pushing the bureau's records",
      pull: 'Pulling changes',
      verify: 'Verifying the data (tables)'
    },
    outcome: { complete: 'Complete', cancelled: 'Paused', failed: 'Failed' },
    history: {
      title: 'Sync history',
      empty: 'Not synced yet',
      at: 'Time',
      outcome: 'Outcome',
      received: 'Received',
      sent: 'Pushed',
      error: 'Reason',
      snapshot: 'First sync, snapshot of {rows} rows',
      changes: '{items} changes',
      fromPackage: ' (offline package {file})'
    },
    package: {
      title: 'Offline sync package',
      intro:
        'A workstation off the extranet imports a package made on a connected one with npm run cli -- sync export: its checksums and signer are checked first (a signed package needs the government CA configured in Settings), then it is applied exactly as an online sync.',
      action: 'Import an offline package',
      apply: 'Import',
      confirm: '{file}: from {server}, made {created}, {contents}; {signer}. Import it?',
      snapshot: 'the whole snapshot (to sequence {head})',
      changes: 'the changes after cursor {since} to sequence {head}',
      signedBy: 'signed by {signer}',
      unsigned: 'unsigned: only its checksums were checked',
      applied: 'The offline package is imported'
    },
    outbox: {
      title: 'Outbox package and receipt',
      intro:
        'A workstation off the extranet exports what waits to be sent as an outbox package. On a connected computer, run npm run cli -- sync push --server ADDRESS --in PACKAGE --receipt RECEIPT, then import the receipt here: the effect is the same as an online push, and the library allocates the document numbers. Exporting deletes nothing; the records count as sent once the receipt is in.',
      export: 'Export the outbox package',
      exported: '{count} waiting records exported: {file} (not signed: no client certificate here)',
      exportedSigned:
        '{count} waiting records exported: {file}, signed with the certificate {signer}',
      nothing: 'Nothing waits to be sent',
      import: 'Import a receipt',
      settled:
        'Receipt imported: the library took {applied}, {conflicts} came back as conflicts or returned ({signed})',
      alreadySettled: 'Every record in the receipt was settled before: nothing changed ({signed})',
      receiptSigned: 'receipt signed by {signer}',
      receiptUnsigned: 'receipt not signed, only its checksum was checked',
      tooLarge: 'The file is too large to be a receipt'
    },
    conflicts: {
      title: 'Conflicts',
      intro:
        "Records of the bureau the library had a newer version of, or refused: the workbench keeps the library's version and lists what this workstation had here.",
      empty: 'No conflicts',
      record: 'Record',
      status: 'Kind',
      kind: { conflict: 'Version conflict', rejected: 'Refused' },
      local: 'This workstation',
      library: "The library's version or reason"
    },
    badge: {
      running: 'Syncing…',
      failed: 'Sync failed',
      never: 'Not synced yet',
      last: 'Synced {time}',
      pending: '{count} to push',
      conflicts: '{count} conflicts'
    },
    firstRun: {
      title: 'First sync under way',
      intro:
        'The workbench is fetching the whole of the city e-licence library; afterwards it works offline and syncs changes from its cursor.',
      introDemo:
        'No e-licence library is configured: the workbench makes its first sync from the built-in demo library (the Xuchang demo city) and then works offline.',
      pause: 'Pause',
      pausedTitle: 'First sync paused',
      pausedIntro:
        'What is written stays; resuming continues where it stopped. Until it completes, data pages show no partial data.',
      resume: 'Resume sync',
      failedTitle: 'First sync failed',
      retry: 'Retry'
    },
    connection: {
      tab: 'E-licence library',
      intro:
        'The e-licence library this workstation syncs with, and a diagnosis of the road to it, step by step (address, proxy, DNS, TCP, TLS certificate, protocol version).',
      proxy: 'Proxy',
      noProxy: 'No proxy',
      proxyHint: 'e.g. http://proxy.example:3128; leave empty for none',
      ca: 'CA certificate',
      systemCa: 'System default (no government CA given)',
      certificate: 'Client certificate',
      noCertificate: 'None',
      password: 'Certificate password',
      drop: 'Stop using “{name}”',
      save: 'Save',
      saved: 'The e-licence library connection is saved; it is used from the next sync',
      switchConfirm:
        "With another data source, the next sync fetches everything again from the new library (the bureau's records waiting to be pushed are kept). Save?",
      adminOnly: 'Only a system administrator can change the e-licence library connection.',
      check: 'Test connection',
      step: 'Step',
      result: 'Result',
      detail: 'Detail',
      ms: 'Time (ms)',
      steps: {
        address: 'Address',
        proxy: 'Proxy',
        dns: 'DNS',
        tcp: 'TCP connection',
        tls: 'TLS and server certificate',
        clientCertificate: 'Client certificate',
        library: 'Library protocol'
      },
      status: { ok: 'Passed', warning: 'Note', failed: 'Failed', skipped: 'Not checked' }
    }
  }
}
