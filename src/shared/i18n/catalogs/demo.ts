import type { Catalog } from '../catalog'

/**
 * The demo capability's words (codes under `demo.`): what `demo generate` on the command line
 * says while it writes the demo city. The loading screen's own words are the renderer's.
 */
export const demoCatalog: Catalog = {
  'zh-CN': {
    demo: {
      cli: {
        progress: '已生成证照 {done}/{total}（{seconds} 秒）',
        written:
          '演示数据已写入 {dir}：证照 {licences} 张，用证记录 {usageRecords} 条，异议 {objections} 件',
        unknownArgument: '未知参数：{argument}',
        needsValue: '{flag} 需要一个值',
        badCount: '证照数量应为 1–{max} 的整数：{value}',
        unknownSubcommand: '未知子命令：{subcommand}',
        missingSubcommand: '缺少子命令',
        writeFailed: '无法写入演示数据（{code}）：{reason}'
      }
    }
  },
  en: {
    demo: {
      cli: {
        progress: 'Generated {done}/{total} licences ({seconds} s)',
        written:
          'Demo data written to {dir}: {licences} licences, {usageRecords} usage records, {objections} objections',
        unknownArgument: 'Unknown argument: {argument}',
        needsValue: '{flag} needs a value',
        badCount: 'The number of licences must be a whole number from 1 to {max}: {value}',
        unknownSubcommand: 'Unknown subcommand: {subcommand}',
        missingSubcommand: 'Missing subcommand',
        writeFailed: 'Cannot write the demo data ({code}): {reason}'
      }
    }
  }
}
