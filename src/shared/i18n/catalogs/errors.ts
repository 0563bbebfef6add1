import type { Catalog } from '../catalog'

/**
 * The errors capability's words (codes under `errors.`): what the RPC layer, the uploads, the
 * background workers, the import file reader and the repositories answer when something fails.
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
        failed: '文件上传失败，请重试。',
        badRequest: '没有收到文件内容，请重新拖入。',
        ofFile: '{name}：{error}'
      },
      worker: {
        failed: '{task}失败，请重试；如仍失败请联系技术支持。',
        crashed: '{task}失败：后台进程意外退出，请重试；如仍失败请联系技术支持。'
      },
      task: {
        complianceScan: '合规检查',
        demoLoad: '演示数据加载',
        dashboardStats: '总览统计'
      },
      spreadsheet: {
        tooLarge: '文件过大（{sizeMb} MB），超过 {limitMb} MB 的上限：请拆分为多个文件后分别导入',
        tooManyRows:
          '文件有 {rows} 行数据，超过每个文件 {limit} 行的上限：请拆分为多个文件后分别导入',
        tooManyColumns:
          '文件有 {columns} 列，超过 {limit} 列的上限：请使用导入模板，删除模板以外的列后再导入',
        tooManyCells:
          '文件有 {cells} 个单元格，超过 {limit} 个的上限：请删除模板以外的列，或拆分为多个文件后分别导入',
        tooWideRanges:
          '文件中的合并单元格、数据验证、筛选或名称覆盖 {cells} 个单元格，超过 {limit} 个的上限：请取消筛选以及整列、整行的合并与数据验证，或将数据复制到新的工作簿后再导入',
        bomb: '文件结构异常（{reason}），不像是正常的 Excel 文件，已拒绝导入：请在 Excel 中打开后另存为 .xlsx 或 CSV 再导入',
        bombReason: {
          zip64: '使用了 ZIP64 格式',
          zipEntries: '包含 {entries} 个压缩条目',
          inflatedTooLarge: '解压后超过 {limitMb} MB',
          compressionRatio: '压缩比超过 {ratio}:1',
          inflatesPastDeclared: '解压后的大小超过文件中声明的大小',
          sharedStrings: '共享字符串超过 {limit} 个'
        },
        unreadableXlsx: 'Excel 文件无法读取：文件已损坏或不完整（可能被截断），请重新导出后再导入',
        unreadableCsv: 'CSV 文件无法读取：{problem}',
        readerCrashed:
          '读取文件时出错（读取进程意外退出），文件未导入：请检查文件后重试，或拆分为多个较小的文件',
        legacyXls: '不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV 后再导入',
        notSpreadsheet: '文件不是电子表格：请选择 Excel（.xlsx）或 CSV 文件',
        empty: '文件为空',
        noSheet: '文件中没有工作表或没有内容',
        noContent: '文件中没有内容'
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
        failed: 'The upload failed; please retry.',
        badRequest: 'No file content arrived; please drop the file again.',
        ofFile: '{name}: {error}'
      },
      worker: {
        failed: '{task} failed; please retry, and contact support if it fails again.',
        crashed:
          '{task} failed: the background process stopped unexpectedly; please retry, and contact support if it fails again.'
      },
      task: {
        complianceScan: 'The compliance scan',
        demoLoad: 'Loading the demo data',
        dashboardStats: 'The overview statistics'
      },
      spreadsheet: {
        tooLarge:
          'The file is too large ({sizeMb} MB); the limit is {limitMb} MB. Split it into several files and import them one by one.',
        tooManyRows:
          'The file has {rows} data rows; a file may have at most {limit}. Split it into several files and import them one by one.',
        tooManyColumns:
          'The file has {columns} columns; the limit is {limit}. Use the import template and delete the columns it does not have.',
        tooManyCells:
          'The file has {cells} cells; the limit is {limit}. Delete the columns the template does not have, or split it into several files.',
        tooWideRanges:
          'Merged cells, data validation, filters or names in the file cover {cells} cells; the limit is {limit}. Remove the filter and any merging or validation of whole rows and columns, or copy the data into a new workbook, then import it.',
        bomb: 'The file is not structured like a normal Excel file ({reason}) and was refused. Open it in Excel, save it as .xlsx or CSV, and import that.',
        bombReason: {
          zip64: 'it uses the ZIP64 format',
          zipEntries: 'it holds {entries} compressed entries',
          inflatedTooLarge: 'it unpacks to more than {limitMb} MB',
          compressionRatio: 'it is compressed more than {ratio}:1',
          inflatesPastDeclared: 'it unpacks to more than the sizes it declares',
          sharedStrings: 'it has more than {limit} shared strings'
        },
        unreadableXlsx:
          'The Excel file cannot be read: it is damaged or incomplete (perhaps cut off). Export it again and import that.',
        unreadableCsv: 'The CSV file cannot be read: {problem}',
        readerCrashed:
          'Reading the file failed (the reading process stopped unexpectedly); nothing was imported. Check the file and retry, or split it into smaller files.',
        legacyXls:
          'Old Excel files (.xls) are not supported. Save the file as .xlsx or CSV in Excel and import that.',
        notSpreadsheet: 'The file is not a spreadsheet. Choose an Excel (.xlsx) or CSV file.',
        empty: 'The file is empty.',
        noSheet: 'The file has no worksheet or no content.',
        noContent: 'The file has no content.'
      }
    }
  }
}
