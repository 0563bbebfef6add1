import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { noSystemDialog } from './dialogs'
import { startHost } from './server'

/** `npm run dev:web`: the built renderer in any browser, against the real handlers. */
async function main(): Promise<void> {
  const rendererRoot = resolve(__dirname, '../../out/renderer')
  if (!existsSync(join(rendererRoot, 'index.html'))) {
    console.error('找不到已构建的界面（out/renderer），请先运行 npm run build。')
    process.exitCode = 1
    return
  }
  const dataLocation =
    process.env['WORKBENCH_DATA_DIR'] ??
    join(process.env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'), 'elicense-workbench')
  const port = process.env['PORT'] ? Number(process.env['PORT']) : 0
  const host = await startHost({ rendererRoot, dataLocation, port, dialogs: noSystemDialog })
  console.log(
    `证照治理工作台（浏览器模式）已启动，请在浏览器中打开：\n  ${host.url}\n按 Ctrl+C 退出。`
  )
  const stop = (): void => {
    void host.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
