import { APP_NAME, DATA_SCHEMA_VERSION } from '../../shared/app-meta'
import { message } from '../../shared/i18n/message'
import packageJson from '../../../package.json'
import type { CliCommand } from '../command'
import { createCliWords } from '../i18n'

/**
 * 系统信息, as the renderer's `features/system` shows it: the versions of the app, its data
 * structure and Node.js. `info` is its older name and still works.
 */
export const systemCommand: CliCommand = {
  name: 'system',
  summary: '显示版本与数据结构版本 · show versions',
  usage: [
    '用法 Usage: npm run cli -- system [--json]',
    '',
    '显示应用版本、数据结构版本与 Node.js 版本（旧名 info 仍可使用）。',
    'Shows the app version, the data structure version and the Node.js version (the old name info still works).'
  ].join('\n'),
  async run(args, io) {
    const words = createCliWords(io.locale)
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
        [
          words.say(
            message('system.cli.app', { name: message('system.appName'), version: info.version })
          ),
          words.say(message('system.cli.dataSchemaVersion', { version: info.dataSchemaVersion })),
          words.say(message('system.cli.node', { version: info.node }))
        ].join('\n')
      )
    }
    return 0
  }
}
