import { auditMessagesZhCN } from './audit-messages'
import { complianceMessagesZhCN } from './compliance-messages'
import { dataMessagesZhCN } from './data-messages'
import { syncMessagesZhCN } from './sync-messages'
import { documentsMessagesZhCN } from './documents-messages'
import { helpMessagesZhCN } from './help-messages'
import { importTemplateMessagesZhCN } from './import-template-messages'

export default {
  ...auditMessagesZhCN,
  ...complianceMessagesZhCN,
  ...dataMessagesZhCN,
  ...syncMessagesZhCN,
  ...documentsMessagesZhCN,
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
    sync: '同步',
    compliance: '合规',
    complianceMonitor: '合规监测',
    complianceScorecards: '部门评分',
    complianceNotices: '整改通知',
    documents: '公文',
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
    keyProtection: '密钥保护',
    keyProtectedBy: {
      safeStorage: '审计日志和持证主体代码的密钥由操作系统钥匙串加密保存（Electron safeStorage）',
      userFile: '审计日志和持证主体代码的密钥保存在仅当前用户可读的文件中（未经钥匙串加密）'
    },
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
      structureNotes: '文件结构提示',
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
      revocation: '吊销状态',
      revokedAt: '吊销时间 {time}',
      coverage: '签名覆盖范围',
      changes: '签名后的修改',
      noChanges: '签名后没有任何修改',
      changesUnknown: '无法分析签名后的修改',
      revision: '第 {revision} 版',
      signedRevision: '签名覆盖到第 {revision} 版（前 {bytes} 字节）',
      viewSigned: '查看签署时版本',
      signedHere: '签署时版本',
      warnings: '提示',
      trustHint: '如确认可信，请在“设置 → 信任证书”中导入其根证书。',
      byteRange: '签名范围问题',
      signatureData: '签名数据'
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
      exportXlsx: '导出 Excel',
      exportCsv: '导出 CSV',
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
      removed: '已移除'
    }
  }
}
