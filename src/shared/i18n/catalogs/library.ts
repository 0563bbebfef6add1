import type { Catalog } from '../catalog'

/**
 * The reference city library's words (codes under `library.`): what `library serve` says on the
 * command line, and the store's refusals. The reasons it gives for a rejected mutation are the
 * sync capability's (`sync.rejected.*`), since the workbench shows them.
 */
export const libraryCatalog: Catalog = {
  'zh-CN': {
    library: {
      cli: {
        seeding: '正在生成演示证照库：{done}/{total} 张证照（{seconds} 秒）',
        reused: '沿用已有数据文件 {file}',
        listening: '市电子证照库模拟服务已启动：{url}',
        dataset: '数据集 {datasetId}，纪元 {epoch}，变更序号至 {headSeq}',
        tableCount: '  {table}：{count} 条',
        writer: '写入模式：每 {seconds} 秒变更约 {percent}% 的证照',
        stopping: '正在停止……',
        stopped: '已停止；写入模式共变更 {changed} 条证照',
        unknownArgument: '未知参数：{argument}',
        needsValue: '{flag} 需要一个值',
        badCount: '证照数量应为 1–{max} 的整数：{value}',
        badPort: '端口应为 0–65535 的整数（0 表示任选空闲端口）：{value}',
        demoOnly: '{flag} 只能与 --demo 一起使用',
        tlsPair: '--tls-cert 与 --tls-key 须同时给出',
        clientCaNeedsTls: '--client-ca 须与 --tls-cert、--tls-key 一起使用',
        unknownSubcommand: '未知子命令：{subcommand}',
        missingSubcommand: '缺少子命令',
        readFailed: '无法读取 {file}（{code}）：{reason}',
        openFailed: '无法打开数据文件 {file}：{reason}',
        listenFailed: '无法在 {host}:{port} 上监听（{code}）：{reason}'
      },
      store: {
        retainBeyondSnapshot:
          '保留起点 {seq} 超过了最新快照的序号：从快照初始化的客户端将无法继续同步'
      },
      tables: {
        departments: '部门',
        catalog: '证照目录',
        usageAuthorizations: '用证授权',
        licences: '电子证照',
        usageRecords: '用证记录',
        objections: '异议',
        notices: '责令限期改正通知书',
        circulars: '通报',
        dispositions: '处置记录',
        auditHeads: '审计链头'
      }
    }
  },
  en: {
    library: {
      cli: {
        seeding: 'Generating the demo library: {done}/{total} licences ({seconds} s)',
        reused: 'Reusing the data file {file}',
        listening: 'City e-licence library simulator listening at {url}',
        dataset: 'Dataset {datasetId}, epoch {epoch}, changes up to seq {headSeq}',
        tableCount: '  {table}: {count}',
        writer: 'Writer mode: about {percent}% of the licences change every {seconds} s',
        stopping: 'Stopping…',
        stopped: 'Stopped; the writer changed {changed} licences',
        unknownArgument: 'Unknown argument: {argument}',
        needsValue: '{flag} needs a value',
        badCount: 'The number of licences must be a whole number from 1 to {max}: {value}',
        badPort: 'The port must be a whole number from 0 to 65535 (0 picks a free one): {value}',
        demoOnly: '{flag} only goes with --demo',
        tlsPair: '--tls-cert and --tls-key go together',
        clientCaNeedsTls: '--client-ca needs --tls-cert and --tls-key',
        unknownSubcommand: 'Unknown subcommand: {subcommand}',
        missingSubcommand: 'Missing subcommand',
        readFailed: 'Cannot read {file} ({code}): {reason}',
        openFailed: 'Cannot open the data file {file}: {reason}',
        listenFailed: 'Cannot listen on {host}:{port} ({code}): {reason}'
      },
      store: {
        retainBeyondSnapshot:
          'Retaining changes only from seq {seq} is past the latest snapshot: a client bootstrapped from it could not catch up'
      },
      tables: {
        departments: 'departments',
        catalog: 'licence catalog',
        usageAuthorizations: 'usage authorizations',
        licences: 'e-licences',
        usageRecords: 'usage records',
        objections: 'objections',
        notices: 'rectification notices',
        circulars: 'circulars',
        dispositions: 'dispositions',
        auditHeads: 'audit chain heads'
      }
    }
  }
}
