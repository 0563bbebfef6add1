import { auditMessagesZhCN } from './audit-messages'
import { complianceMessagesZhCN } from './compliance-messages'
import { dataMessagesZhCN } from './data-messages'
import { helpMessagesZhCN } from './help-messages'
import { importTemplateMessagesZhCN } from './import-template-messages'

export default {
  ...auditMessagesZhCN,
  ...complianceMessagesZhCN,
  ...dataMessagesZhCN,
  ...helpMessagesZhCN,
  ...importTemplateMessagesZhCN,
  app: {
    title: '证照治理工作台',
    subtitle: '许昌市政务服务和大数据管理局',
    language: '语言',
    browserModeBadge: '浏览器模式'
  },
  nav: {
    overview: '概况',
    dashboard: '总览',
    registry: '证照',
    licences: '证照查询',
    auditLog: '审计日志',
    imports: '数据管理',
    system: '系统',
    systemInfo: '系统信息',
    compliance: '合规',
    complianceMonitor: '合规监测',
    complianceScorecards: '部门评分',
    complianceNotices: '整改通知',
    verification: '核验',
    sealInspection: '印章核验',
    settings: '设置',
    help: '帮助',
    label: '主导航'
  },
  system: {
    title: '系统信息',
    intro: '本机安装的版本、数据位置与运行环境。以下数值均由主程序实时提供。',
    appVersion: '应用版本',
    dataSchemaVersion: '数据结构版本',
    dataLocation: '数据位置',
    runtimeMode: '运行模式',
    modeDesktop: '桌面应用',
    modeBrowser: '浏览器模式（无 Electron 运行时，由本机 Node 主程序提供服务）',
    electron: 'Electron 版本',
    chromium: 'Chromium 版本',
    node: 'Node.js 版本',
    platform: '操作系统平台',
    startedAt: '主程序启动时间',
    transport: '通信方式',
    transportIpc: '进程间通信（IPC）',
    transportWebsocket: '本机 WebSocket',
    notApplicable: '不适用（浏览器模式）',
    rendererChromium: '界面浏览器',
    loading: '正在读取系统信息…',
    loadFailed: '无法读取系统信息',
    retry: '重试',
    selfTest: {
      title: '与主程序的连接自检',
      run: '运行自检',
      running: '正在自检…',
      roundTrip: '往返通信',
      roundTripOk: '正常，往返 {ms} 毫秒',
      validation: '格式错误的请求',
      unknownChannel: '不存在的功能',
      rejected: '已被拒绝：{message}',
      unexpected: '异常：{message}',
      accepted: '主程序接受了本应拒绝的请求',
      mismatch: '往返的内容不一致',
      passed: '通过',
      failed: '未通过'
    }
  },
  seals: {
    title: '印章核验',
    intro:
      '离线核验 PDF 中的电子签章与数字签名：签名后是否被改动、由谁签署、是否可信。文件只在本机处理。',
    tabs: { single: '单个文件', batch: '批量核验' },
    status: { passed: '通过', failed: '未通过', indeterminate: '无法确定' },
    drop: {
      pdfTitle: '把 PDF 文件拖到这里，或按此处选择文件',
      pdfHint: '拖入多个文件或一个文件夹即可批量核验',
      trustTitle: '把证书或吊销列表拖到这里，或按此处选择文件',
      trustHint: '支持 PEM、DER、CER、CRT、P7B、CRL 格式',
      chooseFolder: '选择文件夹…',
      browserFallback: '浏览器模式下无法打开系统文件对话框，请把文件拖入此处。',
      chooseInBrowser: '或从本机选择文件',
      uploading: '正在上传 {done}/{total}：{name}',
      busy: '正在处理上一次选择的文件，请稍候再拖入',
      noMatchingFiles: '所选位置中没有可处理的文件'
    },
    fileErrors: {
      PDF_NOT_PDF: '这不是 PDF 文件，无法核验。请确认选择的是 PDF 格式的电子证照。',
      PDF_TRUNCATED: '文件不完整（可能在传输或下载中被截断），无法核验。请重新获取原文件。',
      PDF_PASSWORD_REQUIRED: '文件已加密，需要打开密码才能核验其中的签章。',
      PDF_PASSWORD_WRONG: '密码不正确：它既不是该文件的打开密码，也不是所有者密码。',
      PDF_ENCRYPTION_UNSUPPORTED:
        '文件使用了本工具不支持的加密方式（如证书加密），无法核验其中的签章。请向出具单位索取未加密的版本。',
      PDF_MALFORMED: '文件结构已损坏，无法核验。',
      PDF_TIMEOUT: '核验超时：文件结构过于复杂或已损坏。',
      PDF_TOO_COMPLEX: '文件结构超出核验上限（解压后的数据或对象过多），无法核验。',
      FILE_UNREADABLE: '无法读取文件，它可能已被移动、删除或正被其他程序占用。'
    },
    reasons: {
      'format-failure': '签名结构不合规（签名范围或签名数据无法使用）',
      'hash-failure': '签名后文档内容被篡改（摘要不一致）',
      'signature-failure': '签名值验证失败',
      'nonstandard-coverage': '签名未覆盖完整的文档版本，存在未受保护的内容',
      'illegal-modification': '签名后文档被做了不允许的修改',
      revoked: '签名证书已被吊销',
      expired: '签名时签名证书不在有效期内',
      'seal-invalid': '电子印章无效（制章签名、证书列表或印章有效期不符）',
      'unknown-format': '签名数据格式无法识别，无法核验',
      'unknown-algorithm': '签名算法不受支持，无法判断签名是否有效',
      'modifications-unknown': '无法分析签名后的修改',
      'signed-content-changed': '签名后修改了签署时已显示的表单内容，请人工核对',
      'out-of-bounds-no-poe': '签名证书现已过期，且没有可信时间戳证明签名时证书有效',
      'no-chain-found':
        '找不到签名证书的签发者，无法建立证书链；如确认可信，请在“设置 → 信任证书”中导入其根证书',
      untrusted: '签名证书链不以受信任的根证书结尾；如确认可信，请在“设置 → 信任证书”中导入根证书',
      'chain-constraints-failure': '证书链不满足约束（签发签名、CA 约束或密钥用途）',
      'no-signature-fields': '文档中没有数字签名（电子签章）',
      'unsigned-fields-only': '文档有签名域，但尚未签名',
      unreadable: '文件无法核验'
    },
    phase: {
      verifying: '正在核验签章…已用 {seconds} 秒',
      rendering: '正在加载页面…{percent}'
    },
    document: {
      verdict: '核验结论',
      signatureCount: '共 {count} 个签名',
      reverify: '重新核验',
      fileSize: '{size} MB',
      stampsWithoutSignature:
        '文档中有 {count} 个图章批注但没有数字签名：这只是贴上的印章图片，不是电子签章',
      verifiedAt: '核验时间：{time}',
      encrypted: '文件已加密（{method}），{how}',
      passwordUsed: {
        'empty-user': '无需打开密码',
        user: '已用打开密码打开',
        owner: '已用所有者密码打开'
      },
      enterPassword: '输入密码…'
    },
    password: {
      title: '需要密码',
      required: '「{name}」已加密，需要打开密码才能核验其中的签章。',
      wrong: '密码不正确。请重新输入「{name}」的打开密码或所有者密码。',
      label: '打开密码或所有者密码',
      hint: '密码只用于这次核验和显示页面，不会保存或记录。',
      submit: '核验',
      cancel: '取消'
    },
    signature: {
      kind: { signature: '签名', 'document-timestamp': '文档时间戳' },
      onPage: '第 {page} 页',
      reviewChange: '需人工核对：签署时已显示的内容被改写',
      approvalOnlyChange: '认证签名之后不允许',
      noWidget: '不可见签名',
      signer: '签名者',
      commonName: '名称',
      organization: '单位',
      uscc: '统一社会信用代码',
      nameInDictionary: '签名域中填写的名称（未经验证）',
      times: '时间',
      claimed: '签名者电脑时间（/M，未经验证）',
      signingTime: '签名内声明的签署时间',
      timestamped: '可信时间戳证明的时间',
      noTimestamp: '无可信时间戳',
      seal: '电子印章',
      sealName: '印章名称',
      sealId: '印章编码',
      sealValidity: '印章有效期',
      sealPictureAlt: '印章图片：{name}',
      pictureNotShown: '印章图片为 {type} 格式，无法显示',
      integrity: '完整性',
      intact: '摘要一致：签名覆盖的内容未被改动',
      notIntact: '摘要不一致：签名覆盖的内容已被改动',
      integrityUnknown: '无法判断',
      signatureValue: '签名值',
      valid: '签名值验证通过',
      invalid: '签名值验证失败',
      algorithms: '算法',
      chain: '证书链',
      chainEmpty: '签名中没有证书',
      leaf: '签名证书',
      root: '根证书',
      validity: '有效期 {from} 至 {to}',
      fingerprint: 'SHA-256 指纹',
      trust: '信任',
      trusted: '受信任：证书链以“信任证书”中的根证书结尾',
      trustProblems: {
        'no-chain': '不受信任：找不到签发者证书',
        'untrusted-root': '不受信任：根证书不在“信任证书”中',
        'bad-chain-signature': '不受信任：证书链中的签发签名无效',
        'ca-constraints': '不受信任：签发者不是 CA 证书',
        'key-usage': '不受信任：证书的密钥用途不允许签名'
      },
      untrusted: '不受信任',
      revocation: '吊销状态',
      revocationStatus: {
        good: '未吊销',
        revoked: '已吊销',
        unknown: '未知（没有可用的吊销列表或 OCSP 响应）'
      },
      revokedAt: '吊销时间 {time}',
      coverage: '签名覆盖范围',
      coverageValues: {
        'entire-file': '整个文件',
        'entire-revision': '签署时的版本（其后有追加的修改）',
        'contiguous-block-from-start': '部分内容（末尾有未受保护的内容）',
        unclear: '异常'
      },
      changes: '签名后的修改',
      noChanges: '签名后没有任何修改',
      changesUnknown: '无法分析签名后的修改',
      changeLevels: {
        'signatures-dss-timestamps': '追加签名或验证数据',
        'form-filling': '填写表单',
        annotations: '新增批注',
        other: '其他修改'
      },
      revision: '第 {revision} 版',
      signedRevision: '签名覆盖到第 {revision} 版（前 {bytes} 字节）',
      viewSigned: '查看签署时版本',
      signedHere: '签署时版本',
      warnings: '提示',
      warningTexts: {
        'revocation-unknown': '没有可用的吊销信息，未能确认证书是否已被吊销',
        'annotations-added-after-signing': '签名后新增了批注（允许的修改），请查看列出的改动',
        'form-filled-after-signing': '签名后填写了表单（允许的修改），请查看列出的改动',
        'claimed-time-differs-from-signing-time': '签名者电脑时间与签名内声明的时间相差超过一天',
        'sha1-digest': '使用了已不安全的 SHA-1 摘要算法',
        'signature-field-removed': '签名域在之后的版本中被删除',
        'byte-range-excludes-only-hex-digits':
          '签名范围只留出了签名值的十六进制数字（其两侧的 < > 也被签名），与常见写法不同，但没有未受保护的内容',
        'signature-shared-by-fields':
          '还有其他签名域指向同一个签名（如每页各盖一次的印章），请确认签名域名称',
        'signature-dictionary-rewritten': '签名字典在签名后被改写',
        'timestamp-imprint-mismatch': '时间戳与签名不对应',
        'timestamp-signature-invalid': '时间戳的签名无效',
        'signer-not-in-seal-cert-list': '签名证书不在印章的证书列表中',
        'seal-maker-signature-invalid': '印章的制章签名无效',
        'seal-not-valid-at-signing-time': '签署时印章不在有效期内',
        'crypto-engine-error': '核验签名数据时出错',
        'trailing-bytes-after-last-revision': '文件末尾有多余的数据'
      }
    },
    viewer: {
      signedVersion: '签署时版本：签名「{field}」覆盖的内容（前 {bytes} 字节）',
      backToCurrent: '返回当前版本',
      loadFailed: '无法显示文件页面：{message}',
      pageLabel: '第 {page} 页，共 {count} 页'
    },
    batch: {
      intro: '选择或拖入一个文件夹（或多个 PDF 文件），逐个核验并汇总结论。',
      needsPassword: '需要密码',
      folder: '文件夹「{name}」',
      progress: '已核验 {done} / {total}',
      running: '核验中',
      canceled: '已取消：已完成的结果保留，可继续核验其余文件',
      finished: '全部完成',
      cancel: '取消',
      resume: '继续核验',
      summary: '通过 {passed}，未通过 {failed}，无法确定 {indeterminate}',
      exportXlsx: '导出 Excel',
      exportCsv: '导出 CSV',
      columns: {
        file: '文件',
        status: '结论',
        reason: '原因',
        signer: '签名者',
        time: '签署时间',
        signatures: '签名数'
      },
      exportSheet: '印章核验结果',
      exportFileName: '印章核验结果-{date}',
      openRow: '查看 {name} 的核验详情'
    },
    auditFailed: '核验已完成，但写入审计日志失败：{message}'
  },
  settings: {
    title: '设置',
    tabs: { trustStore: '信任证书' },
    trust: {
      intro:
        '签名证书链以这里的根证书结尾时，签名才判定为“受信任”。默认不信任任何证书。吊销列表（CRL）用于检查证书是否已被吊销。',
      empty: '尚未导入任何证书',
      columns: {
        kind: '类型',
        subject: '主题',
        issuer: '签发者',
        validity: '有效期',
        fingerprint: 'SHA-256 指纹',
        source: '来源文件',
        actions: '操作'
      },
      kinds: { certificate: '证书', crl: '吊销列表' },
      crlSummary: '吊销 {count} 张证书，本次更新 {time}',
      remove: '移除',
      confirmRemove: '确定从信任证书中移除「{name}」吗？移除后由它签发的签名将不再被信任。',
      confirmTitle: '移除信任证书',
      confirm: '移除',
      cancel: '取消',
      imported: '已导入 {count} 项',
      duplicates: '{count} 项已存在，未重复导入',
      problems: {
        NO_TRUST_MATERIAL: '「{name}」中没有可识别的证书或吊销列表',
        FILE_TOO_LARGE: '「{name}」过大，不是证书文件',
        FILE_UNREADABLE: '无法读取「{name}」'
      },
      removed: '已移除'
    }
  }
}
