import type { Catalog } from '../catalog'

/**
 * The errors capability's words (codes under `errors.`): what the RPC layer, the uploads, the
 * background workers and the repositories answer when something fails.
 * A capability's own refusals (a seal, a rule, a code) live in that capability's catalog.
 */
export const errorsCatalog: Catalog = {
  'zh-CN': {
    errors: {
      rpc: {
        unknownChannel: '请求的功能不存在，可能是界面与主程序版本不一致。',
        invalidInput: '请求的数据格式不正确，已被主程序拒绝。',
        invalidOutput: '主程序返回的数据格式不正确，请联系技术支持。',
        handlerFailed: '主程序处理请求时出错，请稍后重试；如仍失败请联系技术支持。',
        forbiddenSender: '请求来源未经授权，已被拒绝。',
        transportClosed: '与主程序的连接已断开，请刷新页面或重新启动应用。',
        timeout: '主程序长时间未响应，请稍后重试。',
        notFound: '请求的对象不存在或已被删除。'
      },
      ui: {
        unexpected: '界面出现意外错误。已完成的工作不受影响，请重试该操作。'
      },
      upload: {
        fileTooLarge: '文件超过 {limitMb} MB 的上限，无法核验。',
        quotaExceeded:
          '本次运行已接收的文件达到上限（{files} 个或共 {limitMb} MB），请先完成当前核验或重新启动后再拖入。',
        failed: '文件上传失败，请重试。',
        badRequest: '没有收到文件内容，请重新拖入。',
        ofFile: '{name}：{error}'
      },
      settings: {
        reserved: '该设置项由系统自行保管，不能在这里读取或修改。'
      },
      objection: {
        notFound: '未找到该异议申请',
        alreadyReplied: '该异议申请已答复，不能重复答复'
      },
      schema: {
        versionOrder: '第{position}个数据结构版本应为 v{position}，实际为 v{actual}'
      },
      session: {
        openFailed: '无法打开本机的工作数据，请刷新页面重试；如仍失败请联系技术支持。'
      },
      worker: {
        failed: '{task}失败，请重试；如仍失败请联系技术支持。',
        crashed: '{task}失败：后台进程意外退出，请重试；如仍失败请联系技术支持。'
      },
      task: {
        complianceScan: '合规检查',
        sync: '同步',
        dashboardStats: '总览统计'
      }
    }
  },
  en: {
    errors: {
      rpc: {
        unknownChannel:
          'The requested function does not exist; the UI and the main program may differ in version.',
        invalidInput: 'The request was malformed and the main program rejected it.',
        invalidOutput: 'The main program returned malformed data; please contact support.',
        handlerFailed:
          'The main program failed to handle the request; please retry or contact support.',
        forbiddenSender: 'The request came from an unauthorised source and was rejected.',
        transportClosed:
          'The connection to the main program was lost; reload the page or restart the app.',
        timeout: 'The main program did not answer in time; please retry.',
        notFound: 'The requested item does not exist or was deleted.'
      },
      ui: {
        unexpected: 'Unexpected error in the UI. Finished work is unaffected; please retry.'
      },
      upload: {
        fileTooLarge: 'The file exceeds the {limitMb} MB limit and cannot be verified.',
        quotaExceeded:
          'This run has received as many files as it may hold ({files} files or {limitMb} MB in all); finish the current checks or restart before dropping more.',
        failed: 'The upload failed; please retry.',
        badRequest: 'No file content arrived; please drop the file again.',
        ofFile: '{name}: {error}'
      },
      settings: {
        reserved: 'The system keeps this setting itself; it cannot be read or changed here.'
      },
      objection: {
        notFound: 'The objection was not found.',
        alreadyReplied: 'The objection has already been answered and cannot be answered again.'
      },
      schema: {
        versionOrder: 'Data schema version {position} should be v{position}, but is v{actual}.'
      },
      session: {
        openFailed:
          'The local working data could not be opened; reload the page, and contact support if it fails again.'
      },
      worker: {
        failed: '{task} failed; please retry, and contact support if it fails again.',
        crashed:
          '{task} failed: the background process stopped unexpectedly; please retry, and contact support if it fails again.'
      },
      task: {
        complianceScan: 'The compliance scan',
        sync: 'Sync',
        dashboardStats: 'The overview statistics'
      }
    }
  }
}
