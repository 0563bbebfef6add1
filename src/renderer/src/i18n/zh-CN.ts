export default {
  app: {
    title: '证照治理工作台',
    subtitle: '许昌市政务服务和大数据管理局',
    language: '语言',
    browserModeBadge: '浏览器模式'
  },
  nav: {
    system: '系统',
    systemInfo: '系统信息'
  },
  errors: {
    UNKNOWN_CHANNEL: '请求的功能不存在，可能是界面与主程序版本不一致。',
    INVALID_INPUT: '请求的数据格式不正确，已被主程序拒绝。',
    INVALID_OUTPUT: '主程序返回的数据格式不正确，请联系技术支持。',
    HANDLER_FAILED: '主程序处理请求时出错，请稍后重试；如仍失败请联系技术支持。',
    FORBIDDEN_SENDER: '请求来源未经授权，已被拒绝。',
    TRANSPORT_CLOSED: '与主程序的连接已断开，请刷新页面或重新启动应用。',
    TIMEOUT: '主程序长时间未响应，请稍后重试。',
    NOT_FOUND: '请求的对象不存在或已被删除。',
    unexpected: '界面出现意外错误：{message}。已完成的工作不受影响，请重试该操作。',
    detail: '技术细节：{detail}'
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
      validationOk: '已被拒绝（{code}）：{message}',
      unknownChannel: '不存在的功能',
      unknownChannelOk: '已被拒绝（{code}）：{message}',
      unexpected: '异常：{message}',
      passed: '通过',
      failed: '未通过'
    }
  }
}
