import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { createServer } from 'vite'
import { formatResult, type Benchmark, type BenchResult } from '../harness'
import { chromiumArgs, chromiumExecutablePath } from '../../test/chromium'
import type { ComplianceBenchOutcome } from './compliance-page/protocol'

const root = resolve(__dirname, '../..')
const DEFAULT_LICENCES = 1_000_000

/**
 * The compliance scan in real Chromium over IndexedDB: a full scan against a plain batched read
 * of the same tables, and an incremental re-scan after 1,000 changed licences against reading
 * those licences back. Serves `bench/browser/compliance-page` with Vite's dev server.
 * `BENCH_LICENCES` shrinks the city (default 1,000,000).
 */
export async function runBrowserComplianceBench(): Promise<BenchResult[]> {
  const licences = Number(process.env.BENCH_LICENCES ?? DEFAULT_LICENCES)
  const server = await createServer({
    configFile: false,
    root: resolve(root, 'bench/browser/compliance-page'),
    logLevel: 'warn',
    resolve: {
      alias: {
        '@renderer': resolve(root, 'src/renderer/src'),
        '@shared': resolve(root, 'src/shared')
      }
    },
    server: { port: 0, host: '127.0.0.1', fs: { allow: [root] } }
  })
  await server.listen()
  const url = server.resolvedUrls?.local[0]
  const browser = await chromium.launch({
    executablePath: chromiumExecutablePath,
    args: chromiumArgs
  })
  try {
    if (!url) throw new Error('vite did not report a URL')
    const page = await browser.newPage()
    page.on('console', (message) => console.error(`  [page] ${message.text()}`))
    await page.goto(`${url}?licences=${licences}`)
    await page.waitForFunction(() => 'benchOutcome' in globalThis, undefined, {
      timeout: 0,
      polling: 1000
    })
    const outcome = await page.evaluate(
      () => (globalThis as unknown as { benchOutcome: ComplianceBenchOutcome }).benchOutcome
    )
    if (!outcome.ok) throw new Error(outcome.message)
    return outcome.results
  } finally {
    await browser.close()
    await server.close()
  }
}

export const browserComplianceBenchmark: Benchmark = {
  name: 'compliance (browser): full scan and re-scan from IndexedDB',
  run: runBrowserComplianceBench
}

async function main(): Promise<void> {
  for (const result of await runBrowserComplianceBench()) console.log(formatResult(result))
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) void main()
