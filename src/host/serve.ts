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
  // The 演示库's size: WORKBENCH_DEMO_LICENCES=N (1,000–1,000,000) to try a bigger city.
  const wanted = process.env['WORKBENCH_DEMO_LICENCES']
  const licences = wanted === undefined ? undefined : Number(wanted)
  if (
    licences !== undefined &&
    !(Number.isInteger(licences) && licences >= 1000 && licences <= 1_000_000)
  ) {
    console.error(`WORKBENCH_DEMO_LICENCES 应为 1000–1000000 的整数：${wanted}`)
    process.exitCode = 1
    return
  }
  const host = await startHost({
    rendererRoot,
    dataLocation,
    port,
    dialogs: noSystemDialog,
    embeddedLibrary: licences === undefined ? {} : { licences }
  })
  console.log(
    `证照治理工作台（浏览器模式）已启动，请在浏览器中打开：\n  ${host.url}\n按 Ctrl+C 退出。`
  )
  const library = await host.library
  if (library) console.log(`演示库（参考市电子证照库）已就绪：${library.url}`)
  const stop = (): void => {
    void host.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
