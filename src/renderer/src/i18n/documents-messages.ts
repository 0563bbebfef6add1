/** Messages of 公文: the document page, its preview and print, and the 公文印章 settings tab. */
export const documentsMessagesZhCN = {
  documentsPage: {
    title: '公文',
    back: '返回整改通知',
    missing: '没有找到这份整改通知（可能已被删除，或数据仍在同步中）',
    cancel: '取消',
    redraft: '按当前数据重新起草',
    redraftConfirm: '将丢弃对本文档的全部修改，按整改通知和问题的当前数据重新起草。继续吗？',
    addParagraph: '添加段落',
    removeParagraph: '删除段落',
    fonts: '本文档使用替代字体：{list}',
    print: '打印',
    field: {
      documentNumber: '发文字号',
      documentNumberPlaceholder: '如 许数管〔2026〕7号；签发前必须填写',
      title: '标题',
      addressee: '主送机关',
      paragraphs: '正文',
      style: '段落样式',
      signatory: '发文机关署名',
      date: '成文日期',
      copyTo: '抄送',
      copyToPlaceholder: '多个机关以逗号分隔',
      printedBy: '印发机关'
    },
    style: {
      body: '正文（首行缩进）',
      heading1: '一级标题（黑体）',
      heading2: '二级标题（楷体）',
      plain: '不缩进'
    },
    preview: {
      button: '打印预览',
      empty: '点击“打印预览”查看按 GB/T 9704 排版的效果',
      page: '第 {page} 页，共 {pages} 页'
    },
    download: { pdf: '下载 PDF', docx: '下载 DOCX' },
    issue: {
      title: '签发',
      button: '签发（加盖电子印章）',
      correction: '签发更正版',
      confirm:
        '将以本局公文印章证书对 {number} 签名并加盖电子印章。签发后的文件不可修改，也不会再次生成。确定签发吗？',
      confirmCorrection:
        '{number} 已签发过。将签发第 {version} 版（更正版），原版本保留不变。确定签发吗？',
      done: '已签发第 {version} 版（签名证书：{signer}），文件已下载',
      needsNumber: '签发前请填写发文字号（整改通知下发后自动取得）',
      provisional: '发文字号尚待市电子证照库确认（同步后确认），确认后才能签发'
    },
    issued: { version: '版本', at: '签发时间', signer: '签名证书', sha256: 'SHA-256' },
    seal: {
      tab: '公文印章',
      intro:
        '签发公文时使用的本局电子印章证书（PKCS#12，支持 RSA、ECDSA 和 SM2）。证书由系统管理员导入一次，主程序加密保存，私钥不会离开主程序。',
      none: '尚未配置公文印章证书，公文只能生成草稿，不能签发。',
      missing: '尚未配置公文印章证书：请系统管理员在“设置 → 公文印章”中导入',
      subject: '持有者',
      issuer: '签发机构',
      validity: '有效期',
      algorithm: '算法',
      algorithms: { rsa: 'RSA', ecdsa: 'ECDSA', sm2: 'SM2/SM3（国密）' },
      file: '文件',
      pick: 'PKCS#12 证书文件（.p12/.pfx）',
      password: '证书密码',
      save: '导入',
      saved: '公文印章证书已导入',
      remove: '移除证书',
      removeConfirm: '移除后将不能签发公文，直到重新导入。继续吗？',
      adminOnly: '只有系统管理员可以导入或移除公文印章证书。'
    }
  }
}

export const documentsMessagesEn: typeof documentsMessagesZhCN = {
  documentsPage: {
    title: 'Official document',
    back: 'Back to rectification notices',
    missing:
      'This rectification notice was not found (it may have been deleted, or data is still syncing)',
    cancel: 'Cancel',
    redraft: 'Draft again from current data',
    redraftConfirm:
      'All edits to this document will be discarded and it will be drafted again from the notice and its findings as they are now. Continue?',
    addParagraph: 'Add paragraph',
    removeParagraph: 'Remove paragraph',
    fonts: 'This document uses substitute fonts: {list}',
    print: 'Print',
    field: {
      documentNumber: 'Document number',
      documentNumberPlaceholder: 'for example 许数管〔2026〕7号; required before signing',
      title: 'Title',
      addressee: 'Addressee',
      paragraphs: 'Body',
      style: 'Paragraph style',
      signatory: 'Issuing authority',
      date: 'Date of writing',
      copyTo: 'Copy to',
      copyToPlaceholder: 'separate several authorities with commas',
      printedBy: 'Printed by'
    },
    style: {
      body: 'Body (first line indented)',
      heading1: 'First-level heading (Heiti)',
      heading2: 'Second-level heading (Kaiti)',
      plain: 'Not indented'
    },
    preview: {
      button: 'Print preview',
      empty: 'Choose Print preview to see the layout per GB/T 9704',
      page: 'Page {page} of {pages}'
    },
    download: { pdf: 'Download PDF', docx: 'Download DOCX' },
    issue: {
      title: 'Sign and issue',
      button: 'Sign and issue (electronic seal)',
      correction: 'Issue a correction',
      confirm:
        '{number} will be signed with the Bureau’s official seal certificate and sealed. An issued file cannot be changed and is never produced again. Sign and issue it?',
      confirmCorrection:
        '{number} has been issued before. Version {version} (a correction) will be issued; earlier versions stay as they are. Issue it?',
      done: 'Version {version} issued (certificate: {signer}); the file was downloaded',
      needsNumber:
        'Fill in the document number before signing (a notice gets one when it is issued)',
      provisional:
        'The document number awaits confirmation by the city e-licence library (at the next sync); it can be signed once confirmed'
    },
    issued: { version: 'Version', at: 'Issued at', signer: 'Certificate', sha256: 'SHA-256' },
    seal: {
      tab: 'Official seal',
      intro:
        'The Bureau’s electronic seal certificate that documents are signed with (PKCS#12; RSA, ECDSA and SM2). A system administrator imports it once; main keeps it encrypted and the private key never leaves main.',
      none: 'No official seal certificate is configured: documents can be drafted but not signed.',
      missing:
        'No official seal certificate is configured: a system administrator imports it under Settings, Official seal',
      subject: 'Holder',
      issuer: 'Issued by',
      validity: 'Valid',
      algorithm: 'Algorithm',
      algorithms: { rsa: 'RSA', ecdsa: 'ECDSA', sm2: 'SM2 with SM3' },
      file: 'File',
      pick: 'PKCS#12 certificate file (.p12 or .pfx)',
      password: 'Certificate password',
      save: 'Import',
      saved: 'The official seal certificate was imported',
      remove: 'Remove certificate',
      removeConfirm: 'Without it no document can be signed until one is imported again. Continue?',
      adminOnly: 'Only system administrators import or remove the official seal certificate.'
    }
  }
}
