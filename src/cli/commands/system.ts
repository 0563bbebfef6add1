import { APP_NAME, DATA_SCHEMA_VERSION } from '../../shared/app-meta'
import packageJson from '../../../package.json'
import type { CliCommand } from '../command'

export const infoCommand: CliCommand = {
  name: 'info',
  summary: '显示版本与数据结构版本 · show versions',
  usage: [
    '用法 Usage: npm run cli -- info [--json]',
    '',
    '显示应用版本、数据结构版本与 Node.js 版本。'
  ].join('\n'),
  async run(args, io) {
    const info = {
      app: APP_NAME,
      version: packageJson.version,
      dataSchemaVersion: DATA_SCHEMA_VERSION,
      node: process.versions.node
    }
    if (args.includes('--json')) {
      io.out(JSON.stringify(info, null, 2))
    } else {
      io.out(
        `${info.app} ${info.version}\n数据结构版本 v${info.dataSchemaVersion}\nNode.js ${info.node}`
      )
    }
    return 0
  }
}
