import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { createServer } from 'vite'
import type { BenchResult } from '../harness'
import { chromiumArgs, chromiumExecutablePath } from '../../test/chromium'

const root = resolve(__dirname, '../..')
const DEFAULT_LICENCES = 1_000_000

type BenchOutcome = { ok: true; results: BenchResult[] } | { ok: false; message: string }

/**
 * Serves a benchmark page (a folder under bench/browser) with Vite's dev server, opens it in
 * Debian's Chromium with `?licences=N` (`BENCH_LICENCES`, default 1,000,000) and returns the
 * results the page publishes as `globalThis.benchOutcome`.
 */
export async function runBenchPage(pageFolder: string): Promise<BenchResult[]> {
  const licences = Number(process.env.BENCH_LICENCES ?? DEFAULT_LICENCES)
  const server = await createServer({
    configFile: false,
    root: resolve(root, 'bench/browser', pageFolder),
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
  // A persistent profile keeps IndexedDB on disk, as the app does: a fresh context is incognito,
  // whose in-memory quota runs out long before 1,000,000 licences.
  const profile = mkdtempSync(join(tmpdir(), 'bench-profile-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutablePath,
    args: chromiumArgs,
    headless: true
  })
  try {
    if (!url) throw new Error('vite did not report a URL')
    const page = await context.newPage()
    page.on('console', (message) => console.error(`  [page] ${message.text()}`))
    await page.goto(`${url}?licences=${licences}`)
    // Both functions run in the page.
    await page.waitForFunction(() => 'benchOutcome' in globalThis, undefined, {
      timeout: 0,
      polling: 1000
    })
    const outcome = await page.evaluate(
      () => (globalThis as unknown as { benchOutcome: BenchOutcome }).benchOutcome
    )
    if (!outcome.ok) throw new Error(outcome.message)
    return outcome.results
  } finally {
    await context.close()
    await server.close()
    rmSync(profile, { recursive: true, force: true })
  }
}
